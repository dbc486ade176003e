import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, parseDate, parseDeadline } from './dates.ts';
import { readSeed } from '../../../tests/seeds.ts';

const seed = (name: string) => readSeed(name);

describe('parseDate', () => {
  it.each([
    ['2020年8月12日', '2020-08-12'],
    ['２０１４年４月２５日', '2014-04-25'],
    ['二〇二〇年八月十二日', '2020-08-12'],
    ['二零二零年十二月三十一日', '2020-12-31'],
    ['二○一九年二月廿八日', '2019-02-28'],
    ['2020-07-26', '2020-07-26'],
    ['2020.7.26', '2020-07-26'],
    ['2020/7/26', '2020-07-26'],
    ['                 2020年9月7日 ', '2020-09-07'],
    ['2020年 9月 7日', '2020-09-07'],
    ['2020年2月29日', '2020-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    '2019年2月29日',
    '2020年13月1日',
    '2020年4月31日',
    '2020年0月1日',
    '2020-7/26',
    '2020年8月12日印发',
    '发布日期:2020-07-26',
    '2020年',
    '',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('agrees with the calendar for every day of 2000–2030', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const iso = date.toISOString().slice(0, 10);
          expect(parseDate(`${y}年${m}月${d}日`)).toBe(iso);
          expect(parseDate(`${y}.${m}.${d}`)).toBe(iso);
        },
      ),
    );
  });
});

describe('findDates', () => {
  it('finds dates with their spans in the source, full-width digits included', () => {
    const text = '现印发。\n２０１４年４月２５日\n发布日期:2020-07-26 截至2020年13月1日';
    expect(findDates(text)).toEqual([
      { start: 5, end: 15, raw: '２０１４年４月２５日', iso: '2014-04-25' },
      { start: 21, end: 31, raw: '2020-07-26', iso: '2020-07-26' },
    ]);
  });

  it('does not start inside a longer number', () => {
    expect(findDates('编号12020.1.2')).toEqual([]);
  });

  it('finds the signing and printing dates of the Youyi seed', () => {
    expect(findDates(seed('002-youyi-county')).map((d) => d.iso)).toEqual(['2020-09-07', '2020-09-17']);
  });

  it('every match is the source slice at its offsets', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '2020年8月12日',
            '２０１４年４月２５日',
            '二〇二〇年八月十二日',
            '2020-7-26',
            '年',
            '月',
            '1',
            '日',
            '。',
            '\n',
          ),
          { maxLength: 12 },
        ),
        (pieces) => {
          const text = pieces.join('');
          for (const d of findDates(text)) {
            expect(text.slice(d.start, d.end)).toBe(d.raw);
            expect(parseDate(d.raw)).toBe(d.iso);
          }
        },
      ),
    );
  });
});

describe('parseDeadline', () => {
  it.each([
    ['2020年底前', '2020-12-31'],
    ['2020年年底前', '2020-12-31'],
    ['2020年12月底前', '2020-12-31'],
    ['2020年11月底前', '2020-11-30'],
    ['2020年2月底前', '2020-02-29'],
    ['2020年8月31日前', '2020-08-31'],
    ['2020年8月31日', '2020-08-31'],
    ['２０２０年８月底前', '2020-08-31'],
    ['2020年上半年', '2020-06-30'],
    ['2020年下半年', '2020-12-31'],
    ['2020年第三季度', '2020-09-30'],
    ['2020年三季度末', '2020-09-30'],
    ['2020年6月至12月', '2020-12-31'],
    ['2020年底前完成', '2020-12-31'],
    ['二〇二〇年底前', '2020-12-31'],
    ['2020年', '2020-12-31'],
    [' 2020年底前。', '2020-12-31'],
  ])('%j → %s', (text, iso) => {
    expect(parseDeadline(text)).toBe(iso);
  });

  it.each([
    ['年底前', 2021, '2021-12-31'],
    ['年内', 2020, '2020-12-31'],
    ['年內', 2020, '2020-12-31'],
    ['三季度', 2020, '2020-09-30'],
    ['第一季度', 2024, '2024-03-31'],
    ['上半年', 2020, '2020-06-30'],
    ['11月底前', 2020, '2020-11-30'],
    ['6月至12月', 2020, '2020-12-31'],
    ['第三季度末', 2020, '2020-09-30'],
    ['2019年底前', 2020, '2019-12-31'],
    ['一季度（3月31日前）', 2018, '2018-03-31'],
    ['2019年底前（12月20日前）', 2020, '2019-12-20'],
    ['三季度（按要求）', 2020, '2020-09-30'],
  ])('%j in a notice of %d → %s', (text, year, iso) => {
    expect(parseDeadline(text, year)).toBe(iso);
  });

  it.each([
    '长期坚持',
    '持续推进',
    '长期',
    '持续开展',
    '常态化',
    '長期堅持',
    '持續推進',
    '每季度',
    '每季度末',
    '每月',
    '每半年',
  ])('%j → ongoing', (text) => {
    expect(parseDeadline(text)).toBe('ongoing');
  });

  it('leaves 月底前 undated even in a dated notice: it names no month, and is kept as printed', () => {
    expect(parseDeadline('月底前', 2020)).toBeNull();
  });

  it.each(['按要求', '年底前', '年内', '前', '', '2020年13月底前', '2020年2月30日'])(
    '%j (no notice year) → null',
    (text) => {
      expect(parseDeadline(text)).toBeNull();
    },
  );
});
