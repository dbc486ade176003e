import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Notice, type Reference } from '../../src/model/notice.ts';
import { convertNotice } from '../pipeline/convert-notice.ts';
import { gatherDocuments, placeDocuments } from './documents.ts';
import { assignIds, idInput } from './ids.ts';
import { linkNotices } from './link.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/link');
const GUANGDONG = join(import.meta.dirname, '../../content/2020/guangdong-zhuanfa-guoban.txt');

/** The fixture notices, the documents forwarded inside them, linked as the converter links a corpus. */
function corpus(paths: string[]): Notice[] {
  const documents = gatherDocuments(
    paths.map((path) => convertNotice({ bytes: readFileSync(path), file: path.replace(/^.*\//, '') })),
  );
  const { ids } = assignIds(documents.drafts.map(idInput), {});
  return linkNotices(
    placeDocuments(documents, ids, paths.length).map((draft, i) => Notice.parse({ id: ids[i], ...draft })),
  );
}

const all = corpus([...readdirSync(FIXTURES).map((f) => join(FIXTURES, f)), GUANGDONG]);
const byId = new Map(all.map((n) => [n.id, n]));
const links = (id: string) =>
  byId
    .get(id)!
    .references.map((r: Reference) => [r.raw, r.target && `${r.target.notice}#${r.target.eId ?? ''}`, r.unresolved]);

describe('linkNotices', () => {
  it('resolves 发文字号 in any width, bracket or script, near-exact titles, an alias and clause paths', () => {
    expect(links('ce-zheng-ban-fa-2020-9')).toEqual([
      ['《测县2020年政务公开工作实施方案》', 'ce-zheng-ban-fa-2020-9#main', null],
      [
        '《国务院办公厅关于印发2020年政务公开工作要点的通知》（國辦發［２０２０］17號，以下简称《要点》）',
        'guo-ban-fa-2020-17#',
        null,
      ],
      ['《要点》第一部分第（二）项', 'guo-ban-fa-2020-17#sec_1__para_2', null],
      ['国办发[2020]17号文件第二部分', 'guo-ban-fa-2020-17#sec_2', null],
      ['《2020年政務公開工作要點》', 'guo-ban-fa-2020-17#main', null],
      ['本方案第一条第（二）项', 'ce-zheng-ban-fa-2020-9#sec_1__para_2', null],
      ['国务院令第711号', null, 'notInLibrary'],
      ['《关于测县未收录事项的通知》', null, 'notInLibrary'],
      // Date gating: a notice of September 2020 cannot rest on one of April 2021.
      ['国办发〔2021〕12号', null, 'laterThanCiting'],
    ]);
  });

  it('resolves references inside a notice: 本要点第三部分, and 上述第（一）项 near the citing clause', () => {
    expect(links('guo-ban-fa-2020-17')).toContainEqual(['本要点第三部分', 'guo-ban-fa-2020-17#sec_3', null]);
    // Under 二、: （一） of the same section, not 一、（一）.
    expect(links('guo-ban-fa-2020-17')).toContainEqual(['上述第（一）项', 'guo-ban-fa-2020-17#sec_2__para_1', null]);
  });

  it('scopes an alias to the notice that defines it', () => {
    expect(links('ling-zheng-ban-fa-2020-3')).toEqual([['《要点》第一部分', null, 'notInLibrary']]);
  });

  it('leads a forwarding notice to its own forwarded copy; any other notice to the document’s own page', () => {
    const guangdong = links('yue-fu-ban-2020-14');
    expect(guangdong[0]).toEqual([
      '《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号，以下简称《要点》）',
      'yue-fu-ban-2020-14#att_1',
      null,
    ]);
    expect(guangdong).toContainEqual(['《2020年政务公开工作要点》', 'yue-fu-ban-2020-14#att_1__main', null]);
    const alone = corpus([GUANGDONG, join(FIXTURES, 'county-2020.txt')]);
    // Without the national file, the county's citation finds the national notice taken out of the Guangdong file.
    expect(alone.map((n) => n.id)).toEqual(['yue-fu-ban-2020-14', 'ce-zheng-ban-fa-2020-9', 'guo-ban-fa-2020-17']);
    expect(alone[1]!.references[1]!.target).toEqual({ notice: 'guo-ban-fa-2020-17', eId: null });
    expect(alone[1]!.references[2]!.target).toEqual({ notice: 'guo-ban-fa-2020-17', eId: 'sec_1__para_2' });
  });

  it('keeps every reference, in order, and touches nothing else', () => {
    const unlinked = corpus([join(FIXTURES, 'county-2020.txt')]);
    const linked = linkNotices(unlinked);
    expect(linked[0]!.references.map((r) => r.raw)).toEqual(unlinked[0]!.references.map((r) => r.raw));
    expect({ ...linked[0], references: [] }).toEqual({ ...unlinked[0], references: [] });
  });
});
