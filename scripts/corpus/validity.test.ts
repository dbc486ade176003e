import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Notice } from '../../src/model/notice.ts';
import { clause, component, notice, reference } from '../../tests/helpers/notices.ts';
import { convertNotice } from '../pipeline/convert-notice.ts';
import { gatherDocuments, placeDocuments } from './documents.ts';
import { assignIds, idInput } from './ids.ts';
import { linkNotices } from './link.ts';
import { assessValidity, validitySummary } from './validity.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/validity');

/** The fixture notices, linked as the converter links a corpus (before the validity step). */
function linked(): Notice[] {
  const paths = readdirSync(FIXTURES).map((f) => join(FIXTURES, f));
  const documents = gatherDocuments(paths.map((path) => convertNotice({ bytes: readFileSync(path), file: path })));
  const { ids } = assignIds(documents.drafts.map(idInput), {});
  return linkNotices(
    placeDocuments(documents, ids, paths.length).map((draft, i) => Notice.parse({ id: ids[i], ...draft })),
  );
}

const statuses = (notices: Notice[]) => new Map(notices.map((n) => [n.id, n.status]));
const all = statuses(assessValidity(linked()));

describe('assessValidity', () => {
  it('keeps the portal’s 有效性 with its printed words, ahead of what the library would infer', () => {
    expect(all.get('ce-zheng-ban-fa-2018-7')).toEqual({
      value: 'in-force',
      partial: false,
      source: 'portal',
      printed: '现行有效',
      by: null,
    });
  });

  it('repeals a notice named by a later notice’s 废止 statement, linking the stating clause', () => {
    expect(all.get('ce-zheng-ban-fa-2018-12')).toEqual({
      value: 'repealed',
      partial: false,
      source: 'statement',
      printed: '同时废止',
      by: { notice: 'ce-zheng-ban-fa-2020-5', eId: 'sec_2' },
    });
    // The stating notice itself, and a repealed document not in the library (测政办发〔2019〕3号), change nothing.
    expect(all.get('ce-zheng-ban-fa-2020-5')!.value).toBe('unknown');
    const unresolved = linked()
      .find((n) => n.id === 'ce-zheng-ban-fa-2020-5')!
      .references.find((r) => r.documentNumber === '测政办发〔2019〕3号');
    expect(unresolved).toMatchObject({ in: 'sec_2', target: null, unresolved: 'notInLibrary' });
    expect([...all.values()].filter((s) => s.source === 'statement')).toHaveLength(1);
  });

  it('lets a statement speak only of notices signed before it (date gating)', () => {
    // 测政办发〔2021〕2号同时废止, printed in a notice of 2020: the 2021 guide stays 未知.
    expect(all.get('ce-zheng-ban-fa-2021-2')!.value).toBe('unknown');
    // The same statement with the 2018 rules dated after it: it cannot repeal them either.
    const later = linked().map((n) => (n.id === 'ce-zheng-ban-fa-2018-12' ? { ...n, signedDate: '2020-07-01' } : n));
    expect(statuses(assessValidity(later)).get('ce-zheng-ban-fa-2018-12')!.value).toBe('unknown');
  });

  it('infers, and says so, that a 工作要点 is superseded by the next year’s of the same issuer', () => {
    expect(all.get('ce-zheng-ban-fa-2019-8')).toEqual({
      value: 'superseded',
      partial: false,
      source: 'inferred',
      printed: null,
      by: { notice: 'ce-zheng-ban-fa-2020-9', eId: null },
    });
    // The newest plan, and another county's older plan, stay 未知.
    expect(all.get('ce-zheng-ban-fa-2020-9')!.value).toBe('unknown');
    expect(all.get('ling-zheng-ban-fa-2018-4')!.value).toBe('unknown');
  });

  it('repeals the page of a document a statement names as printed inside a file', () => {
    const text = '国办发〔2010〕5号同时废止。';
    const stating = notice('stating', {
      signedDate: '2020-05-01',
      components: [component('main', 'letter', [clause('sec_1', '一、', [], { text, textOffset: 100 })])],
      references: [
        reference('国办发〔2010〕5号', { offset: 100, in: 'sec_1', target: { notice: 'file', eId: 'att_1' } }),
      ],
    });
    const file = notice('file', { signedDate: '2011-01-01', carries: [{ eId: 'att_1', notice: 'forwarded' }] });
    const forwarded = notice('forwarded', { signedDate: '2010-03-01' });
    const assessed = statuses(assessValidity([stating, file, forwarded]));
    expect(assessed.get('forwarded')).toMatchObject({ value: 'repealed', by: { notice: 'stating', eId: 'sec_1' } });
    expect(assessed.get('file')!.value).toBe('unknown');
  });

  it('counts statuses by source', () => {
    expect(validitySummary(assessValidity(linked()))).toMatchObject({
      'in-force': { portal: 1 },
      repealed: { statement: 1 },
      superseded: { inferred: 1 },
      unknown: { none: 4 },
    });
  });
});
