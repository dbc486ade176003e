import { describe, expect, it } from 'vitest';
import type { Part } from '../../../../src/model/notice.ts';
import { portalDocumentNumberOf, publishedDateOf } from './metadata.ts';

const noise = (...texts: string[]): Part[] =>
  texts.map((text, i) => ({ role: 'noise', kind: 'portal', offset: i * 40, line: i + 1, text }));

describe('portal fields', () => {
  it('reads 发布日期 and 发文字号 from a portal line, or from the line after a bare label', () => {
    const sameLine = noise(
      '发布时间：2022-05-13 16:20　　来源：市政府办公室',
      '索引号：008651300/2022-00057　　发文字号：绵府办发〔2022〕9号',
    );
    expect([publishedDateOf(sameLine), portalDocumentNumberOf(sameLine)]).toEqual([
      '2022-05-13',
      '绵府办发〔2022〕9号',
    ]);
    const nextLine = noise(
      '成文日期：',
      '2018年04月08日',
      '发文字号：',
      '国办发〔2018〕23号',
      '发布日期：',
      '2018年04月24日',
    );
    expect([publishedDateOf(nextLine), portalDocumentNumberOf(nextLine)]).toEqual(['2018-04-24', '国办发〔2018〕23号']);
  });

  it('takes neither from a 成文日期 field nor from a field without a value', () => {
    expect(publishedDateOf(noise('成文日期：2018年04月08日'))).toBeNull();
    expect(portalDocumentNumberOf(noise('发文字号：', '主题分类：政务公开'))).toBeNull();
  });
});
