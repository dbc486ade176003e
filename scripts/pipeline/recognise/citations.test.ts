import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferences } from './citations.ts';
import { readSeed } from '../../../tests/seeds.ts';

const base = { offset: 0, line: 1 };
const seed = (name: string) => readSeed(name);
const summary = (text: string, aliases: string[] = []) =>
  findReferences(text, base, null, aliases).map(({ raw, kind, title, documentNumber, alias }) => ({
    raw,
    kind,
    title,
    documentNumber,
    alias,
  }));

describe('findReferences', () => {
  it('pairs a title with the 发文字号 after it, one reference covering both', () => {
    const raw = '《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）';
    expect(findReferences(`第一行\n认真贯彻落实${raw}，对照…`, { offset: 40, line: 20 }, 'sec_1__para_2')).toEqual([
      {
        offset: 50,
        line: 21,
        raw,
        documentNumber: '国办发〔2019〕54号',
        title: '国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见',
        alias: null,
        in: 'sec_1__para_2',
        kind: 'document',
      },
    ]);
  });

  it('pairs a title with the decree number after it', () => {
    expect(summary('全面落实《中华人民共和国政府信息公开条例》（国务院令第711号），')).toEqual([
      {
        raw: '《中华人民共和国政府信息公开条例》（国务院令第711号）',
        kind: 'decree',
        title: '中华人民共和国政府信息公开条例',
        documentNumber: '国务院令第711号',
        alias: null,
      },
    ]);
  });

  it('reads an alias defined beside the number, and its later use', () => {
    expect(
      summary(
        '现将《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号，以下简称《要点》）转发给你们。贯彻《要点》。',
      ),
    ).toEqual([
      {
        raw: '《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号，以下简称《要点》）',
        kind: 'document',
        title: '国务院办公厅关于印发2020年政务公开工作要点的通知',
        documentNumber: '国办发〔2020〕17号',
        alias: '要点',
      },
      { raw: '《要点》', kind: 'alias', title: '要点', documentNumber: null, alias: null },
    ]);
  });

  it('reads a Traditional alias in half-width brackets, and quoted aliases', () => {
    expect(summary('全面落實《中華人民共和國政府信息公開條例》(以下簡稱《條例》),推動《條例》')).toEqual([
      {
        raw: '《中華人民共和國政府信息公開條例》(以下簡稱《條例》)',
        kind: 'title',
        title: '中華人民共和國政府信息公開條例',
        documentNumber: null,
        alias: '條例',
      },
      { raw: '《條例》', kind: 'alias', title: '條例', documentNumber: null, alias: null },
    ]);
    expect(summary('《政府信息公开条例》（以下简称“条例”）')[0]).toMatchObject({ kind: 'title', alias: '条例' });
  });

  it('knows aliases defined in earlier text, in either script', () => {
    expect(summary('一、持續推動《條例》貫徹實施', ['条例'])).toEqual([
      { raw: '《條例》', kind: 'alias', title: '條例', documentNumber: null, alias: null },
    ]);
    expect(summary('一、持續推動《條例》貫徹實施')[0]!.kind).toBe('title');
    expect(summary('先用《要点》，再定义《某通知》（以下简称《要点》）').map((r) => r.kind)).toEqual([
      'title',
      'title',
    ]);
  });

  it('keeps nested titles whole', () => {
    const title = '吉林省人民政府办公厅关于认真贯彻落实<中华人民共和国政府信息公开条例>有关工作的通知';
    expect(summary(`按照《${title}》（吉政办函〔2020〕49号）相关要求`)).toEqual([
      {
        raw: `《${title}》（吉政办函〔2020〕49号）`,
        kind: 'document',
        title,
        documentNumber: '吉政办函〔2020〕49号',
        alias: null,
      },
    ]);
    expect(summary('《关于印发〈要点〉的通知》')[0]!.title).toBe('关于印发〈要点〉的通知');
    expect(summary('《关于印发《要点》的通知》')[0]!.title).toBe('关于印发《要点》的通知');
  });

  it('leaves other brackets after a title outside the citation', () => {
    expect(summary('落实好《广东省政府系统政策解读工作细则（试行）》相关要求，《条例》（2019年修订）')).toEqual([
      {
        raw: '《广东省政府系统政策解读工作细则（试行）》',
        kind: 'title',
        title: '广东省政府系统政策解读工作细则（试行）',
        documentNumber: null,
        alias: null,
      },
      { raw: '《条例》', kind: 'title', title: '条例', documentNumber: null, alias: null },
    ]);
  });

  it('reads bare numbers, folding full-width digits', () => {
    expect(summary('按照国办发［２０１４］１２号和国务院令第711号要求')).toEqual([
      {
        raw: '国办发［２０１４］１２号',
        kind: 'document',
        title: null,
        documentNumber: '国办发［2014］12号',
        alias: null,
      },
      { raw: '国务院令第711号', kind: 'decree', title: null, documentNumber: '国务院令第711号', alias: null },
    ]);
  });

  it('ignores an unclosed title', () => {
    expect(summary('《未完的标题 国发〔2020〕5号')).toEqual([
      { raw: '国发〔2020〕5号', kind: 'document', title: null, documentNumber: '国发〔2020〕5号', alias: null },
    ]);
  });
});

describe('the seeds', () => {
  it('Jilin 2020 (000): 11 titles, 6 发文字号 and the 711 decree', () => {
    const refs = findReferences(seed('000-jilin-2020'), base, null);
    expect(refs.filter((r) => r.title !== null)).toHaveLength(11);
    expect(refs.filter((r) => r.kind === 'document').map((r) => r.documentNumber)).toEqual([
      '吉政公组〔2020〕3号',
      '国办发〔2019〕54号',
      '吉政公组〔2020〕1号',
      '吉政公组〔2020〕2号',
      '吉政办函〔2020〕49号',
      '国办公开办函〔2019〕61号',
    ]);
    expect(refs.filter((r) => r.kind === 'decree')).toMatchObject([
      { title: '中华人民共和国政府信息公开条例', documentNumber: '国务院令第711号', line: 23 },
    ]);
  });

  it('Guangdong (001): 《要点》 is the alias of 国办发〔2020〕17号', () => {
    const refs = findReferences(seed('001-guangdong-forwarding'), base, null);
    expect(refs.filter((r) => r.alias !== null)).toMatchObject([
      {
        alias: '要点',
        documentNumber: '国办发〔2020〕17号',
        title: '国务院办公厅关于印发2020年政务公开工作要点的通知',
        line: 7,
      },
    ]);
  });

  it('Leshan (003): 條例 is defined once and used 4 times, once in a 一、 heading', () => {
    // Clause by clause, as the pipeline runs: aliases carry over from earlier lines.
    const lines = seed('003-leshan-traditional').split('\n');
    const aliases: string[] = [];
    const refs = lines.flatMap((line, k) => {
      const found = findReferences(line, { offset: 0, line: k + 1 }, null, aliases);
      aliases.push(...found.flatMap((r) => (r.alias ? [r.alias] : [])));
      return found;
    });
    expect(refs.filter((r) => r.alias !== null)).toMatchObject([
      { alias: '條例', title: '中華人民共和國政府信息公開條例', line: 18 },
    ]);
    expect(refs.filter((r) => r.kind === 'alias').map((r) => [r.line, r.title])).toEqual([
      [19, '條例'],
      [20, '條例'],
      [20, '條例'],
      [20, '條例'],
    ]);
    expect(lines[18]).toContain('一、持續推動《條例》貫徹實施');
  });
});

describe('properties', () => {
  const fragment = fc.constantFrom(
    '《',
    '》',
    '<',
    '>',
    '（',
    '）',
    '(',
    ')',
    '，',
    '。',
    '\n',
    '要点',
    '条例',
    '條例',
    '通知',
    '以下简称',
    '以下簡稱',
    '国办发〔2020〕17号',
    '国务院令第711号',
    '吉政发［２０２０］３号',
    '各市〔州〕',
    '（试行）',
  );

  it('every reference is the source slice at its offset; references are ordered and do not overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 24 }),
        fc.nat(500),
        fc.subarray(['要点', '條例']),
        (pieces, offset, aliases) => {
          const text = pieces.join('');
          let end = 0;
          for (const ref of findReferences(text, { offset, line: 1 }, 'sec_1', aliases)) {
            const at = ref.offset - offset;
            expect(text.slice(at, at + ref.raw.length)).toBe(ref.raw);
            expect(at).toBeGreaterThanOrEqual(end);
            expect(ref.in).toBe('sec_1');
            if (ref.title !== null) expect(ref.raw).toContain(ref.title);
            if (ref.kind === 'alias') expect(ref.raw).toBe(`《${ref.title}》`);
            end = at + ref.raw.length;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('发文字号 damaged in print', () => {
  it('keeps a number that lost its brackets, a bracket or a digit to encoding, as printed, where a bracket holds it alone', () => {
    const numbers = (text: string) => summary(text).map((r) => r.documentNumber);
    expect(
      numbers('贯彻《国务院办公厅关于印发要点的通知》(国办发〔201226号)和《通知》(川办发202310,以下简称《要点》)'),
    ).toEqual(['国办发〔201226号', '川办发202310']);
    expect(numbers('落实省政府办公厅关于印发要点的通知(黑政办发201835号)精神')).toEqual(['黑政办发201835号']);
    expect(numbers('深入贯彻《政府信息公开条例》(国务院令492号)')).toEqual(['国务院令492号']);
    expect(numbers('请拨打电话(电话12345)或登录网站(2019年修订)')).toEqual([]);
  });
});
