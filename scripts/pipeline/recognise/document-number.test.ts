import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentNumberKey } from '../../../src/model/keys.ts';
import { findDocumentNumbers, looseDocumentNumber } from './document-number.ts';
import { readSeed } from '../../../tests/seeds.ts';

describe('findDocumentNumbers', () => {
  it.each([
    ['吉政发〔2020〕3号', '〔〕 (GB/T 9704)'],
    ['吉政发[2020]3号', '[]'],
    ['吉政发［2020］3号', '［］'],
    ['吉政发【2020】3号', '【】'],
    ['吉政发﹝2020﹞3号', '﹝﹞'],
    ['吉政发（2020）3号', '（）'],
    ['吉政发(2020)3号', '()'],
  ])('reads %s with %s', (raw) => {
    expect(findDocumentNumbers(`见${raw}。`)).toEqual([
      {
        start: 1,
        end: 1 + raw.length,
        raw,
        documentNumber: raw,
        code: '吉政发',
        year: 2020,
        seq: '3',
        kind: 'document',
      },
    ]);
  });

  it('folds full-width digits but keeps the brackets as printed', () => {
    const [m] = findDocumentNumbers('要求（国办发［２０１４］１２号）');
    expect(m).toMatchObject({
      raw: '国办发［２０１４］１２号',
      documentNumber: '国办发［2014］12号',
      year: 2014,
      seq: '12',
    });
  });

  it('keeps long codes and Traditional 號', () => {
    expect(findDocumentNumbers('《通知》(國辦公開辦函〔2019〕61號)要求')).toMatchObject([
      { raw: '國辦公開辦函〔2019〕61號', code: '國辦公開辦函', year: 2019, seq: '61' },
    ]);
  });

  it.each([
    ['国办发〔2020〕X号', 'X'],
    ['国办发〔2020〕××号', '××'],
    ['国办发〔2020〕Ｘ号', 'X'],
    ['国办发〔2020〕第5号', '5'],
    ['×政办发〔2020〕X号', 'X'],
  ])('keeps the sequence of %s as printed: %s', (raw, seq) => {
    expect(findDocumentNumbers(raw)).toMatchObject([{ raw, seq, year: 2020 }]);
  });

  it.each([
    ['国务院令第711号', '国务院令', '国务院令第711号'],
    // The state's name is printed (raw) but not part of the number (the answer keys of real notices agree).
    ['中华人民共和国国务院令第711号', '中华人民共和国国务院令', '国务院令第711号'],
    ['国务院第711号令', '国务院', '国务院第711号令'],
    ['住房和城乡建设部令第16号', '住房和城乡建设部令', '住房和城乡建设部令第16号'],
  ])('reads the decree %s', (raw, code, documentNumber) => {
    expect(findDocumentNumbers(`（${raw}）`)).toEqual([
      {
        start: 1,
        end: 1 + raw.length,
        raw,
        documentNumber,
        code,
        year: null,
        seq: raw.match(/\d+/)![0],
        kind: 'decree',
      },
    ]);
  });

  it.each([
    ['按照国办发〔2019〕54号', '国办发'],
    ['认真贯彻落实国办发〔2019〕54号', '国办发'],
    ['根据国务院令第711号', '国务院令'],
    ['国办发〔2020〕17号和住房和城乡建设部令第16号', '住房和城乡建设部令'],
    ['关于印发要点的通知国办发〔2020〕17号', '国办发'],
    ['国办发〔2020〕17号国发〔2020〕5号', '国发'],
  ])('does not swallow the words before the code: %s', (text, code) => {
    expect(findDocumentNumbers(text).at(-1)!.code).toBe(code);
  });

  it.each([
    '各市〔州〕、县〔市、区〕政府',
    '各县(市、区)人民政府',
    '（2020）',
    '《条例》（2020）',
    '〔2020〕17号',
    '××〔2020〕17号',
    '2020年第3号',
    '第3号令',
  ])('finds nothing in %s', (text) => {
    expect(findDocumentNumbers(text)).toEqual([]);
  });

  it('finds the seeds’ numbers', () => {
    const documents = (name: string) =>
      findDocumentNumbers(readSeed(name))
        .filter((m) => m.kind === 'document')
        .map((m) => m.documentNumber);
    expect(documents('000-jilin-2020')).toEqual([
      '吉政公组〔2020〕3号',
      '国办发〔2019〕54号',
      '吉政公组〔2020〕1号',
      '吉政公组〔2020〕2号',
      '吉政办函〔2020〕49号',
      '国办公开办函〔2019〕61号',
    ]);
    expect(documents('001-guangdong-forwarding')).toEqual([
      '粤府办〔2020〕14号',
      '国办发〔2020〕17号',
      '国办发〔2020〕17号',
    ]);
    expect(documents('002-youyi-county')).toEqual([
      '友政办发〔2020〕17号',
      '国办发〔2020〕17号',
      '黑政办发〔2020〕22号',
      '双政办发〔2020〕18号',
      '友政办发〔2020〕14号',
      '国办公开办函〔2019〕61号',
    ]);
    expect(documents('003-leshan-traditional')).toEqual(['國辦公開辦函〔2019〕61號']);
    expect(documents('004-jilin-2014')).toEqual(['吉政办函〔2014〕59号', '国办发〔2014〕12号']);
    expect(
      findDocumentNumbers(readSeed('000-jilin-2020'))
        .filter((m) => m.kind === 'decree')
        .map((m) => m.raw),
    ).toEqual(['国务院令第711号']);
  });

  it('every match is the source slice at its offsets, in order and without overlap', () => {
    const piece = fc.constantFrom(
      '国办发',
      '按照',
      '〔',
      '〕',
      '［',
      '］',
      '（',
      '）',
      '2020',
      '２０２０',
      '17',
      '×',
      '号',
      '號',
      '令',
      '第',
      '国务院',
      '、',
      '各市',
      '州',
      '。',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        let end = 0;
        for (const m of findDocumentNumbers(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.raw);
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.raw.startsWith(m.code) || m.kind === 'decree').toBe(true);
          end = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('what real pages do to numbers', () => {
  it('reads through pinyin a site printed after characters, keeping it in raw', () => {
    const [m] = findDocumentNumbers('滬府發(fā)〔2017〕92號上海市人民政府');
    expect(m).toMatchObject({
      raw: '滬府發(fā)〔2017〕92號',
      documentNumber: '滬府發〔2017〕92號',
      code: '滬府發',
      year: 2017,
    });
  });

  it('leaves out an organ name run into the code, which never spells its organ out', () => {
    expect(findDocumentNumbers('和省委辦公廳冀辦字〔2005〕31號(hào)文件').map((m) => m.documentNumber)).toEqual([
      '冀辦字〔2005〕31號',
    ]);
    expect(findDocumentNumbers('国务院办公厅国办发〔2020〕17号')[0]).toMatchObject({ code: '国办发', start: 6 });
    // Nothing after the name: the name stands as printed rather than no number at all.
    expect(findDocumentNumbers('市委员会〔2020〕1号')[0]?.documentNumber).toBe('市委员会〔2020〕1号');
  });

  it('does not take the day of a date run into a decree for its issuer', () => {
    const [m] = findDocumentNumbers('（2007年4月5日中华人民共和国国务院令第492号公布）');
    expect(m).toMatchObject({ raw: '中华人民共和国国务院令第492号', documentNumber: '国务院令第492号' });
  });

  it('reads a number that lost its brackets only where a number is expected, as a whole', () => {
    expect(looseDocumentNumber('川办发202310')).toMatchObject({
      documentNumber: '川办发202310',
      code: '川办发',
      year: 2023,
      seq: '10',
    });
    expect(looseDocumentNumber('岚财金2017.135号')).toMatchObject({ code: '岚财金', year: 2017, seq: '135' });
    expect(looseDocumentNumber('2023年度工作')).toBeNull();
    expect(looseDocumentNumber('按照川办发202310要求')).toBeNull();
  });
});

describe('documentNumberKey (src/model/keys.ts) of found numbers', () => {
  it('is the same for every printing of a found number', () => {
    const brackets = fc.constantFrom(['〔', '〕'], ['[', ']'], ['［', '］'], ['【', '】'], ['（', '）'], ['(', ')']);
    const digits = (n: number, wide: boolean) =>
      wide ? String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : String(n);
    fc.assert(
      fc.property(
        brackets,
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1, max: 999 }),
        fc.boolean(),
        ([open, close], year, seq, wide) => {
          const [m] = findDocumentNumbers(`国办发${open}${digits(year, wide)}${close}${digits(seq, wide)}号`);
          expect(documentNumberKey(m!.documentNumber)).toBe(`国办发〔${year}〕${seq}号`);
        },
      ),
    );
  });
});
