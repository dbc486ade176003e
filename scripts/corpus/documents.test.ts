import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Notice } from '../../src/model/notice.ts';
import { convertNotice } from '../pipeline/convert-notice.ts';
import { gatherDocuments, placeDocuments } from './documents.ts';
import { assignIds, idInput } from './ids.ts';

const GUANGDONG = join(import.meta.dirname, '../../content/2020/guangdong-zhuanfa-guoban.txt');
const NATIONAL = join(import.meta.dirname, 'fixtures/link/national-2020.txt');

/** The documents of a corpus made of these files (a file may come twice, under another name). */
function documentsOf(files: { path: string; name: string }[]): Notice[] {
  const documents = gatherDocuments(
    files.map(({ path, name }) => convertNotice({ bytes: readFileSync(path), file: name })),
  );
  const { ids } = assignIds(documents.drafts.map(idInput), {});
  return placeDocuments(documents, ids, files.length).map((draft, i) => Notice.parse({ id: ids[i], ...draft }));
}

describe('gatherDocuments', () => {
  it('takes the notice a file forwards out as a document of its own, national, with its own ids', () => {
    const [guangdong, national] = documentsOf([{ path: GUANGDONG, name: 'guangdong.txt' }]);
    expect(guangdong!.carries).toEqual([{ eId: 'att_1', notice: 'guo-ban-fa-2020-17' }]);
    expect(national).toMatchObject({
      id: 'guo-ban-fa-2020-17',
      title: '国务院办公厅关于印发2020年政务公开工作要点的通知',
      documentNumber: '国办发〔2020〕17号',
      signedDate: '2020-06-21',
      level: 'national',
      year: 2020,
      foundIn: { notice: 'yue-fu-ban-2020-14', eId: 'att_1' },
      alsoIn: [],
      carries: [],
    });
    expect(national!.components.map((c) => [c.eId, c.prefix])).toEqual([
      ['cover', 'cover__'],
      ['main', ''],
    ]);
    expect(national!.components[1]!.clauses.map((c) => c.eId)).toContain('sec_1');
    // Its citations go with it, their clause renamed; the file keeps its own.
    expect(national!.references.map((r) => r.in)).toEqual(
      guangdong!.references.filter((r) => r.in?.startsWith('att_1')).map((r) => r.in!.replace(/^att_1__/, '')),
    );
  });

  it('makes a notice that arrives twice one document, with its sources listed', () => {
    const twice = documentsOf([
      { path: GUANGDONG, name: 'guangdong.txt' },
      { path: GUANGDONG, name: 'guangdong-again.txt' },
    ]);
    expect(twice.map((n) => n.id)).toEqual(['yue-fu-ban-2020-14', 'yue-fu-ban-2020-14-2', 'guo-ban-fa-2020-17']);
    expect(twice[2]).toMatchObject({
      foundIn: { notice: 'yue-fu-ban-2020-14', eId: 'att_1' },
      alsoIn: [{ notice: 'yue-fu-ban-2020-14-2', eId: 'att_1' }],
    });
    // With its own file in the corpus, the forwarded copy is that file's.
    const withOwnFile = documentsOf([
      { path: GUANGDONG, name: 'guangdong.txt' },
      { path: NATIONAL, name: 'national.txt' },
    ]);
    expect(withOwnFile.map((n) => n.id)).toEqual(['yue-fu-ban-2020-14', 'guo-ban-fa-2020-17']);
    expect(withOwnFile[1]).toMatchObject({ foundIn: null, alsoIn: [{ notice: 'yue-fu-ban-2020-14', eId: 'att_1' }] });
    expect(withOwnFile[0]!.carries).toEqual([{ eId: 'att_1', notice: 'guo-ban-fa-2020-17' }]);
  });
});
