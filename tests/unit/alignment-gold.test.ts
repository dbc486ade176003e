/**
 * The alignment against the hand-written gold set (tests/alignment/fixtures). The floors are the figures reached when
 * the parameters were tuned (README, `npm run align-quality`) minus a margin: a change that loses pairs fails here.
 */
import { describe, expect, it } from 'vitest';
import { scoreAgainstGold } from '../alignment/gold.ts';
import { changeOf, compareCorpus } from '../../src/align/compare.ts';
import { bundledNotice } from '../alignment/gold.ts';

const MARGIN = 0.05;
const report = scoreAgainstGold();

describe('alignment against the gold set', () => {
  it.each([
    ['Youyi → 国办发〔2020〕17号', report.youyi, 1, 1],
    ['Guangdong letter → 国办发〔2020〕17号', report.guangdong, 1, 0.667],
    ['both, numbered clauses', report.numbered, 1, 0.875],
    ['both, with unnumbered paragraphs', report.all, 0.936, 0.898],
    ['Jilin 2020 → 2014', report.jilin, 0.857, 0.706],
  ])('%s keeps its precision and recall', (_, score, precision, recall) => {
    expect(score.precision).toBeGreaterThanOrEqual(precision - MARGIN);
    expect(score.recall).toBeGreaterThanOrEqual(recall - MARGIN);
  });
});

describe('the bundled corpus', () => {
  const notices = [
    bundledNotice('2020-guangdong-zhuanfa-guoban'),
    bundledNotice('2020-youyi-shishi-fangan'),
    bundledNotice('2014-jilin-yaodian'),
    bundledNotice('2020-jilin-yaodian'),
    bundledNotice('2020-leshan-yaodian-hant'),
  ];
  const byNumber = (n: string | null) =>
    notices.flatMap((notice) =>
      [null, ...notice.components]
        .filter((c) => (c ? c.documentNumber : notice.documentNumber) === n)
        .map((component) => ({ notice, component })),
    );
  const comparisons = compareCorpus(notices, (r) => (r.documentNumber ? byNumber(r.documentNumber) : []));

  it('compares exactly the related pairs: Youyi and Guangdong with 国办发〔2020〕17号, Jilin 2020 with 2014', () => {
    expect(comparisons.map((c) => `${c.kind} ${c.local.label} → ${c.higher.label}`).sort()).toEqual([
      'implements 友政办发〔2020〕17号 → 国办发〔2020〕17号',
      'implements 粤府办〔2020〕14号 → 国办发〔2020〕17号',
      'previousYear 吉政公组〔2020〕3号 → 吉政办函〔2014〕59号',
    ]);
  });

  it('says of Jilin 2020 what is reworded and what is new, and nothing is carried word for word', () => {
    const jilin = comparisons.find((c) => c.kind === 'previousYear')!;
    const numbered = jilin.local.clauses.filter((c) => c.numbered);
    const changes = numbered.map((c) => changeOf(jilin, c));
    expect(changes).not.toContain('carried');
    expect(
      changeOf(
        jilin,
        numbered.find((c) => c.eId === 'sec_1__para_1')!,
      ),
    ).toBe('reworded'); // 权力清单 → 权责清单
    expect(
      changeOf(
        jilin,
        numbered.find((c) => c.eId === 'sec_2__para_3')!,
      ),
    ).toBe('new'); // 政策解读 is new in 2020
  });
});
