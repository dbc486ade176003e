import { describe, expect, it } from 'vitest';
import { citationNumber, documentLabel, indexClauses } from './citation.ts';
import { chineseNumeral } from './forms.ts';
import { clause, component, guangdong, notice } from '../../tests/helpers/notices.ts';

describe('chineseNumeral', () => {
  it('writes clause numbers as printed', () => {
    expect([1, 3, 10, 11, 14, 20, 21, 99, 100, 105, 120].map(chineseNumeral)).toEqual([
      '一',
      '三',
      '十',
      '十一',
      '十四',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百二十',
    ]);
  });
});

describe('citationNumber', () => {
  it('drops the trailing 、 . ． of printed numbers and keeps brackets', () => {
    expect(citationNumber({ number: '二、', form: 'sec', ordinal: 2 })).toBe('二');
    expect(citationNumber({ number: '（三）', form: 'para', ordinal: 3 })).toBe('（三）');
    expect(citationNumber({ number: '(十八)', form: 'para', ordinal: 18 })).toBe('(十八)');
    expect(citationNumber({ number: '1.', form: 'point', ordinal: 1 })).toBe('1');
    expect(citationNumber({ number: '2．', form: 'point', ordinal: 2 })).toBe('2');
    expect(citationNumber({ number: '（1）', form: 'item', ordinal: 1 })).toBe('（1）');
  });

  it('supplies a missing number from its form and place in square brackets', () => {
    expect(citationNumber({ number: null, form: 'sec', ordinal: 3 })).toBe('[三]');
    expect(citationNumber({ number: null, form: 'para', ordinal: 2 })).toBe('[（二）]');
    expect(citationNumber({ number: null, form: 'point', ordinal: 4 })).toBe('[4]');
  });

  it('gives unnumbered paragraphs no number', () => {
    expect(citationNumber({ number: null, form: null, ordinal: null })).toBeNull();
  });
});

describe('indexClauses', () => {
  const index = indexClauses(guangdong);

  it('cites a forwarded clause by the forwarded document number', () => {
    expect(index.get('att_1__sec_2__para_3')?.citation).toBe('国办发〔2020〕17号 二（三）');
    expect(index.get('att_1__sec_2')?.citation).toBe('国办发〔2020〕17号 二');
  });

  it('cites the covering letter by the notice number', () => {
    expect(index.get('sec_2')?.citation).toBe('粤府办〔2020〕14号 二');
    expect(index.get('intro__p_1')?.citation).toBe('粤府办〔2020〕14号');
  });

  it('cites a paragraph by its enclosing clauses, and an inferred heading in brackets', () => {
    expect(index.get('att_1__sec_2__para_3__p_1')?.citation).toBe('国办发〔2020〕17号 二（三）');
    expect(index.get('att_1__sec_3__para_1')?.citation).toBe('国办发〔2020〕17号 [三]（一）');
  });

  it('records the component and ancestors of every clause', () => {
    const info = index.get('att_1__sec_2__para_3__p_1');
    expect(info?.component.eId).toBe('att_1__main');
    expect(info?.ancestors.map((c) => c.eId)).toEqual(['att_1__sec_2', 'att_1__sec_2__para_3']);
    expect(index.size).toBe(9);
  });

  it('falls back to the title when there is no number', () => {
    const leshan = notice('leshan', {
      title: '樂山市2020年政務公開工作要點',
      components: [component('main', 'text', [clause('sec_1', '一、', [clause('sec_1__para_1', '(一)')])])],
    });
    expect(indexClauses(leshan).get('sec_1__para_1')?.citation).toBe('《樂山市2020年政務公開工作要點》 一(一)');
  });
});

describe('documentLabel', () => {
  it('uses the title of a forwarded document that has no number', () => {
    const forwarded = notice('n', {
      documentNumber: '某发〔2020〕1号',
      components: [component('main', 'letter', []), component('att_2', 'text', [], { title: '某某实施方案' })],
    });
    expect(documentLabel(forwarded, forwarded.components[1])).toBe('《某某实施方案》');
    expect(documentLabel(forwarded, forwarded.components[0])).toBe('某发〔2020〕1号');
  });
});
