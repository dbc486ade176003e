import { describe, expect, it } from 'vitest';
import type { Part } from '../../../../src/model/notice.ts';
import { portalFields, portalStatus } from './metadata.ts';

const noise = (...texts: string[]): Part[] =>
  texts.map((text, i) => ({ role: 'noise', kind: 'portal', offset: i * 40, line: i + 1, text }));

describe('portal fields', () => {
  it('reads 发布日期 and 发文字号 from a portal line, or from the line after a bare label', () => {
    const sameLine = noise(
      '发布时间：2022-05-13 16:20　　来源：市政府办公室',
      '索引号：008651300/2022-00057　　发文字号：绵府办发〔2022〕9号',
    );
    expect(portalFields(sameLine)).toMatchObject({
      publishedDate: '2022-05-13',
      documentNumber: '绵府办发〔2022〕9号',
    });
    const nextLine = noise(
      '成文日期：',
      '2018年04月08日',
      '发文字号：',
      '国办发〔2018〕23号',
      '发布日期：',
      '2018年04月24日',
    );
    expect(portalFields(nextLine)).toMatchObject({
      publishedDate: '2018-04-24',
      documentNumber: '国办发〔2018〕23号',
      signedDate: '2018-04-08',
    });
  });

  it('never takes a 成文日期 for the 发布日期, nor a field without a value', () => {
    expect(portalFields(noise('成文日期：2018年04月08日'))).toMatchObject({
      publishedDate: null,
      signedDate: '2018-04-08',
    });
    expect(portalFields(noise('发文字号：', '主题分类：政务公开')).documentNumber).toBeNull();
  });

  it('reads the tables portals and crawlers print: spaced labels, label rows, pipe rows, a lone label over its value', () => {
    const crawler = noise(
      '标题: 平潭县公安局警务公开工作实施办法',
      '发布时间: 2010-03-17 00:00',
      '文号:',
      '发布机构: 平潭县公安局',
    );
    expect(portalFields(crawler)).toMatchObject({
      title: '平潭县公安局警务公开工作实施办法',
      publishedDate: '2010-03-17',
      documentNumber: null,
      issuer: '平潭县公安局',
    });
    const pipes = noise(
      '文 号 | 江政办〔2022〕1号 | 发文日期 | 2022-01-30 16:20 |',
      '发布机构 | 江汉区人民政府办公室 | 有 效 性 | 有效 |',
    );
    expect(portalFields(pipes)).toMatchObject({
      documentNumber: '江政办〔2022〕1号',
      signedDate: '2022-01-30',
      validity: '有效',
    });
    const lone = noise(
      '索 引 號: 000014349/2019-00040 主題分類: 綜合政務',
      '標　題',
      '國務院辦公廳關於印發2019年政務公開工作要點的通知',
    );
    // Read as printed: a Traditional page's title stays Traditional.
    expect(portalFields(lone).title).toBe('國務院辦公廳關於印發2019年政務公開工作要點的通知');
  });

  it('reads adjacent cells of a table row, an empty cell leaving its field unread, and labels sharing a cell', () => {
    const row = noise('| 發(fā)布機構(gòu) | 發(fā)布日期 | 2024-02-21 17:44:04 | |');
    expect(portalFields(row)).toMatchObject({ issuer: null, publishedDate: '2024-02-21' });
    const fujian = noise('• 备注/文号:晋政办〔2020〕26号', '• 公文生成日期:2020-08-10');
    expect(portalFields(fujian)).toMatchObject({ documentNumber: '晋政办〔2020〕26号', signedDate: '2020-08-10' });
  });
});

describe('the file a document-sharing page offers', () => {
  it('gives its 发文字号 and title when nothing else does', () => {
    expect(
      portalFields(noise('某政办字〔2019〕33号:关于印发某市2019年政务公开工作任务分解表的通知.pdf')),
    ).toMatchObject({
      documentNumber: '某政办字〔2019〕33号',
      title: '关于印发某市2019年政务公开工作任务分解表的通知',
    });
    expect(portalFields(noise('附件下载', '2019年统计数据.xls'))).toMatchObject({ documentNumber: null, title: null });
  });
});

describe('portalStatus', () => {
  it('reads the printed 有效性 into a status, keeping the words as printed', () => {
    expect(portalStatus('现行有效')).toEqual({
      value: 'in-force',
      partial: false,
      source: 'portal',
      printed: '现行有效',
      by: null,
    });
    expect(portalStatus('部分失效')).toMatchObject({ value: 'expired', partial: true, printed: '部分失效' });
  });

  it('leaves a value it cannot read, and a page without the field, 未知', () => {
    expect(portalStatus('尚未生效').value).toBe('unknown');
    expect(portalStatus(null).source).toBeNull();
  });
});
