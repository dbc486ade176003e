import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../model/script.ts';
import { bucketOf } from './router.ts';
import {
  decodeLookupBucket,
  lookUp,
  LookupBuilder,
  MAX_TARGETS,
  nameKeys,
  type NoticeTarget,
  type UnitTarget,
  unitFilterKeys,
} from './lookup.ts';

const national: NoticeTarget = {
  kind: 'notice',
  id: 'guo-ban-fa-2020-17',
  title: '国务院办公厅关于印发2020年政务公开工作要点的通知',
  docno: '国办发〔2020〕17号',
  date: '2020-06-21',
};
const youyi: NoticeTarget = {
  kind: 'notice',
  id: 'you-zheng-ban-fa-2020-17',
  title: '友谊县人民政府办公室关于印发友谊县2020年政务公开工作实施方案的通知',
  docno: '友政办发〔2020〕17号',
};
const justice = (code: string, name: string, region: string): UnitTarget => ({
  kind: 'unit',
  slug: `${code}-si-fa-ju`,
  name,
  region,
  filter: `${code}:司法局`,
  shards: [0],
});

function lookup(build: (builder: LookupBuilder) => void) {
  const builder = new LookupBuilder();
  build(builder);
  const buckets = builder.buckets().map(decodeLookupBucket);
  return async (q: string) => (await lookUp(nameKeys(q), buckets.length, async (b) => buckets[b]!)).targets;
}

describe('nameKeys', () => {
  it('is one key for a 发文字号 in any width, bracket or script, with or without 年 and 第', () => {
    const [key] = nameKeys('国办发〔2020〕17号');
    for (const variant of ['國辦發［２０２０］17號', '国办发(2020)17号', '国办发 【2020】 第17号', '国办发2020年17号'])
      expect(nameKeys(variant)).toContain(key);
    expect(nameKeys('国办发〔2020〕7号')).not.toContain(key);
  });

  it('knows a title with or without 《》, in either script, without its 印发 wrapper', () => {
    const [key] = nameKeys('2020年政务公开工作要点');
    expect(nameKeys(`《${national.title}》`)).toContain(key);
    expect(nameKeys(toTraditional(national.title))).toContain(key);
    expect(nameKeys('二〇二〇年政务公开工作要点')).toContain(key);
    // A 转发 title names the forwarding notice, not the forwarded one (as the corpus link step reads it).
    expect(nameKeys('广东省人民政府办公厅关于转发国务院办公厅2020年政务公开工作要点的通知')).not.toContain(key);
  });

  it('gives nothing for a query without letters or digits', () => {
    expect(nameKeys('〔 〕《》，')).toEqual([]);
  });
});

describe('the lookup', () => {
  const find = lookup((builder) => {
    builder.addNotice(national, ['2020年政务公开工作要点']);
    builder.addNotice(youyi, []);
    builder.addUnit(justice('230522', '县司法局', '黑龙江省 › 双鸭山市 › 友谊县'), [
      '县司法局',
      '司法局',
      '友谊县司法局',
    ]);
    builder.addUnit(justice('511100', '市司法局', '四川省 › 乐山市'), ['市司法局', '司法局', '乐山市司法局']);
  });

  it('finds a notice by its 发文字号 and by its titles, and only it', async () => {
    expect(await find('國辦發［2020］17號')).toEqual([national]);
    expect(await find('《2020年政务公开工作要点》')).toEqual([national]);
    expect(await find('友政办发〔2020〕17号')).toEqual([youyi]);
    expect(await find('政务公开')).toEqual([]);
  });

  it('finds a unit by each of its names, each region’s unit once', async () => {
    expect((await find('友誼縣司法局')).map((t) => t.kind === 'unit' && t.filter)).toEqual(['230522:司法局']);
    expect((await find('司法局')).map((t) => t.kind === 'unit' && t.filter)).toEqual([
      '230522:司法局',
      '511100:司法局',
    ]);
  });

  it('finds a unit by its filter value, and by a printed name as an older link carries it', async () => {
    const builder = new LookupBuilder();
    builder.addUnit(justice('230522', '县司法局', '友谊县'), ['县司法局']);
    const buckets = builder.buckets().map(decodeLookupBucket);
    const byFilter = async (value: string) =>
      (await lookUp(unitFilterKeys(value), buckets.length, async (b) => buckets[b]!)).targets;
    expect((await byFilter('230522:司法局')).map((t) => t.kind)).toEqual(['unit']);
    expect((await byFilter('縣司法局')).map((t) => t.kind)).toEqual(['unit']);
    expect(await byFilter('511100:司法局')).toEqual([]);
  });

  it('is not fooled by a key that names a property of every object', async () => {
    expect(await find('constructor')).toEqual([]);
    expect(await find('__proto__')).toEqual([]);
  });

  it('cuts its keys into as many buckets as they need, each key in the bucket its hash names', () => {
    const builder = new LookupBuilder();
    for (let i = 0; i < 1000; i++) builder.addNotice({ ...youyi, id: `n${i}`, docno: `友政办发〔2020〕${i}号` }, []);
    // 1,000 numbers and the one title's two keys (with and without its 印发 wrapper): ~16 a bucket.
    expect(builder.keys).toBe(1002);
    const buckets = builder.buckets().map(decodeLookupBucket);
    expect(buckets).toHaveLength(64);
    for (const [b, bucket] of buckets.entries())
      for (const key of bucket.keys()) expect(bucketOf(key, buckets.length), key).toBe(b);
    expect(buckets.reduce((n, bucket) => n + bucket.size, 0)).toBe(1002);
    expect(Math.max(...buckets.map((bucket) => bucket.size))).toBeLessThan(40);
  });

  it('lists at most MAX_TARGETS under a key, those added first, and counts the rest', async () => {
    const builder = new LookupBuilder();
    const units = Array.from({ length: MAX_TARGETS + 7 }, (_, i) => justice(String(230500 + i), '司法局', `县${i}`));
    for (const unit of units) builder.addUnit(unit, ['司法局']);
    const buckets = builder.buckets().map(decodeLookupBucket);
    const found = await lookUp(nameKeys('司法局'), buckets.length, async (b) => buckets[b]!);
    expect(found).toEqual({ targets: units.slice(0, MAX_TARGETS), more: 7 });
    // Under its own filter value, each unit is found whatever its name shares.
    const last = await lookUp(unitFilterKeys(units.at(-1)!.filter), buckets.length, async (b) => buckets[b]!);
    expect(last).toEqual({ targets: [units.at(-1)], more: 0 });
  });
});

// 发文字号 as issuers print them: an abbreviation, a year, a number.
const prefix = fc.constantFrom(
  '国办发',
  '国办函',
  '国办公开办函',
  '粤府办',
  '吉政办发',
  '友政办发',
  '川府函',
  '乐府办发',
);
const docno = fc.record({ prefix, year: fc.integer({ min: 1990, max: 2029 }), n: fc.integer({ min: 1, max: 999 }) });
const BRACKETS = ['〔〕', '[]', '［］', '（）', '()', '【】', '﹝﹞'];
const WIDE = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** How a reader may type it: any bracket or none (then 年), 第 or not, full-width digits, Traditional, spaces. */
const variant = fc.record({
  bracket: fc.constantFrom(...BRACKETS, '年'),
  di: fc.boolean(),
  wide: fc.boolean(),
  traditional: fc.boolean(),
  spaced: fc.boolean(),
});

describe('every way of typing a 发文字号', () => {
  it('finds the notice that carries it, first, and no other notice', async () => {
    await fc.assert(
      fc.asyncProperty(docno, fc.array(docno, { maxLength: 5 }), variant, async (own, others, how) => {
        const printed = ({ prefix, year, n }: typeof own) => `${prefix}〔${year}〕${n}号`;
        const target: NoticeTarget = {
          kind: 'notice',
          id: 'own',
          title: '关于做好政务公开工作的通知',
          docno: printed(own),
        };
        const find = lookup((builder) => {
          builder.addNotice(target, []);
          others
            .filter((other) => printed(other) !== printed(own))
            .forEach((other, i) => builder.addNotice({ ...target, id: `other-${i}`, docno: printed(other) }, []));
        });
        const digits = (value: number) => (how.wide ? WIDE(String(value)) : String(value));
        const [open, close] = how.bracket === '年' ? ['', '年'] : [...how.bracket];
        const gap = how.spaced ? ' ' : '';
        const typed = `${how.traditional ? toTraditional(own.prefix) : own.prefix}${gap}${open}${digits(own.year)}${close}${gap}${how.di ? '第' : ''}${digits(own.n)}${how.traditional ? '號' : '号'}`;
        expect(await find(typed), typed).toEqual([target]);
      }),
      { numRuns: 300 },
    );
  });
});
