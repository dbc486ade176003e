import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text } from '../../tests/arbitraries/search-text.ts';
import { excerpt, matchSpans } from './excerpt.ts';
import { fold, matches, queryReading, readings, VARIANTS, variantsFor } from './fold.ts';

const LESHAN =
  '積極推進政務公開標準化規範化,全面提升政務公開質量和實效,助力深化“放管服”改革、最佳化營商環境,助力經濟社會持續健康發展';
const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);
const shown = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const run = (t: string, q: string, options = {}, lang = 'zh-TW') =>
  excerpt(t, queryReading(q), variantsFor(lang), options);

describe('excerpt', () => {
  it('marks Traditional text for a Simplified query, without rewriting it', () => {
    expect(marked(run(LESHAN, '营商环境'))).toEqual(['營商環境']);
    expect(marked(run(LESHAN, '政务公开'))).toEqual(['政務公開', '政務公開']);
    expect(shown(run(LESHAN, '营商环境', { length: 1000 }))).toBe(LESHAN);
  });

  it('marks a Taiwan phrase for the mainland word in zh-TW text only', () => {
    expect(marked(run(LESHAN, '优化营商环境'))).toEqual(['最佳化營商環境']);
    expect(marked(run('建立健全制度，建立台账', '创建', {}, 'zh-TW'))).toEqual(['建立', '建立']);
    expect(marked(run('建立健全制度，建立台账', '创建', {}, 'zh-CN'))).toEqual([]);
  });

  it('marks across punctuation and width', () => {
    const t = '深入贯彻《国务院办公厅关于印发２０２０年政务公开工作要点的通知》（国办发〔2020〕17号）要求';
    expect(marked(run(t, '国办发〔2020〕17号'))).toEqual(['国办发〔2020〕17号']);
    expect(marked(run(t, '2020年政务'))).toEqual(['２０２０年政务']);
    expect(marked(run(t, '通知国办发'))).toEqual(['通知》（国办发']);
  });

  it('merges overlapping matches', () => {
    expect(marked(run('公开公开公开', '公开公开'))).toEqual(['公开公开公开']);
  });

  it('windows long text around the first match', () => {
    const t = `${'前'.repeat(200)}营商环境${'后'.repeat(200)}`;
    const segments = run(t, '营商环境', { before: 10, length: 30 });
    expect(segments[0]).toEqual({ text: '…', mark: false });
    expect(segments.at(-1)).toEqual({ text: '…', mark: false });
    expect(shown(segments)).toBe(`…${'前'.repeat(10)}营商环境${'后'.repeat(16)}…`);
  });

  it('shows the start, unmarked, when nothing matches', () => {
    expect(run('政务公开', '人工智能')).toEqual([{ text: '政务公开', mark: false }]);
  });

  it('collapses whitespace runs for display', () => {
    expect(shown(run('吉林省人民政府办公厅\n\n  2014年4月25日', '2014'))).toBe('吉林省人民政府办公厅 2014年4月25日');
  });

  it('never cuts a surrogate pair', () => {
    const t = `${'𠀀'.repeat(50)}营商`;
    for (const segment of run(t, '营商', { before: 7, length: 13 }))
      expect(segment.text).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
  });

  it('marks only text whose fold contains the query, whenever the query occurs', () => {
    fc.assert(
      fc.property(text(), fc.nat(), fc.nat(), fc.constantFrom('zh-CN', 'zh-TW'), (t, a, b, lang) => {
        const [from, to] = [Math.min(a, b) % (t.length + 1), Math.max(a, b) % (t.length + 1)];
        const q = queryReading(t.slice(from, to));
        const variants = variantsFor(lang);
        fc.pre(matches(readings(t, variants), q));
        const marks = marked(excerpt(t, q, variants, { length: 10_000 }));
        expect(marks.length).toBeGreaterThan(0);
        for (const mark of marks) expect(matches(readings(mark, VARIANTS), q)).toBe(true);
      }),
    );
  });

  it('marks exactly the query in text that folds character by character', () => {
    const simplified = fc
      .array(fc.constantFrom(...'政务公开营商环境年底前2014２０１４，。（）〔〕 '), { maxLength: 40 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        simplified,
        fc.string({ unit: fc.constantFrom(...'政务公开营商环境2014'), minLength: 1, maxLength: 4 }),
        (t, q) => {
          const spans = matchSpans(t, fold(q, 'standard'), ['standard']);
          for (const [start, end] of spans) {
            const f = fold(t.slice(start, end), 'standard');
            expect(f.startsWith(fold(q, 'standard')) && f.endsWith(fold(q, 'standard'))).toBe(true);
            expect(t.slice(start, end)).toMatch(/^[\p{L}\p{N}]/u);
            expect(t.slice(start, end)).toMatch(/[\p{L}\p{N}]$/u);
          }
          expect(spans.length > 0).toBe(fold(t, 'standard').includes(fold(q, 'standard')));
        },
      ),
    );
  });

  it('shows a contiguous piece of the original text', () => {
    fc.assert(
      fc.property(text(80), text(4), (t, q) => {
        const body = shown(excerpt(t, queryReading(q), VARIANTS)).replace(/^…|…$/g, '');
        expect(t.replace(/\s+/g, ' ')).toContain(body);
      }),
    );
  });
});
