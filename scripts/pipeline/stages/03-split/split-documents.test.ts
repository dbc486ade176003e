import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../02-lines/lines.ts';
import { splitDocuments } from './split-documents.ts';

/** The first document's title, 发文字号 and page lines kept as noise, from a fixture modelled on real portal pages. */
function header(fixture: string) {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', fixture), 'utf8');
  const { components } = splitDocuments(splitLines(text));
  const front = components[0]!.front;
  const texts = (role: string) => front.filter((p) => p.role === role).map((p) => p.text.replace(/\s/g, ''));
  return {
    title: texts('title').join(''),
    documentNumber: components[0]!.documentNumber?.raw ?? null,
    noise: texts('noise'),
    components: components.length,
  };
}

describe('the notice header below what a web page prints above it', () => {
  it('takes a bracketed date under a title that nobody signs as its 成文日期', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'report-date-under-title.txt'), 'utf8');
    const front = splitDocuments(splitLines(text)).components[0]!.front;
    expect(front.filter((p) => p.role !== 'noise').map((p) => [p.role, p.text])).toEqual([
      ['title', '某省人民政府办公厅2023年政府信息公开工作年度报告'],
      ['date', '（2024年3月15日）'],
    ]);
  });

  it('takes the author and date under a report title and the page fields as its 署名 and 成文日期', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'report-author-under-title.txt'), 'utf8');
    const front = splitDocuments(splitLines(text)).components[0]!.front;
    expect(front.filter((p) => p.role !== 'noise').map((p) => [p.role, p.text])).toEqual([
      ['title', '某县2015年政府信息公开年度报告'],
      ['signature', '某县政务公开办'],
      ['date', '(2016年3 月2日)'],
    ]);
  });

  it('keeps a whole title over the page fields when the line below is no title (引　言 begins the text)', () => {
    const { components } = splitDocuments(
      splitLines(readFileSync(join(import.meta.dirname, 'fixtures', 'report-preface-under-title.txt'), 'utf8')),
    );
    expect(components[0]!.front.filter((p) => p.role === 'title').map((p) => p.text)).toEqual([
      '某州2012年政府信息公开工作年度报告',
    ]);
    expect(components[0]!.body[0]!.text.trim()).toBe('引 言');
  });

  it("takes a site's blurb above the header for the page when a whole title and its 发文字号 follow it", () => {
    const { title, documentNumber, noise } = header('site-blurb-above-header.txt');
    expect(title).toBe('某县人民政府办公室关于印发全面推进某县基层政务公开标准化规范化工作实施方案的通知');
    expect(documentNumber).toBe('某政办〔2020〕28号');
    expect(noise[0]).toBe('欢迎访问');
    expect(noise).toContain(
      '某县地处某省东北部,为某市辖县,南北长38.2公里,东西宽48.7公里,辖19个乡镇,609个行政村,总人口89.02万。',
    );
  });

  it("reads past a journal database's 【正】 mark to the 发文字号 run into the addressees", () => {
    expect(header('journal-mark-before-number.txt')).toMatchObject({ documentNumber: '某政办发[2008]21号' });
  });

  it('takes a page field list, as Markdown items or as label: value runs, as the page above the title', () => {
    const { title, noise } = header('field-list-above-title.txt');
    expect(title).toBe('某乡2018年政府信息公开工作年度报告');
    expect(noise).toContain('公开形式:网站公开方式:主动公开公开范围:面向全社会');
    expect(noise).toContain('-发文机构');
  });

  it('takes a news headline and its timestamp as the page, not the title', () => {
    expect(header('news-headline-above.txt')).toMatchObject({
      title: '某省人民政府办公厅关于印发某省2024年政务公开工作要点的通知',
      documentNumber: '某政办发〔2024〕12号',
      noise: ['某省公布2024年政务公开工作要点', '2024-04-2418:11:00来源：某省人民政府网'],
    });
  });

  it('keeps a portal line between the title and the 发文字号 as the page, and finds the number', () => {
    expect(header('portal-line-before-number.txt')).toMatchObject({
      title: '某市人民政府办公室关于明确2019年政务公开工作责任分工的通知',
      documentNumber: '某政办明电〔2019〕69号',
    });
  });

  it('takes spam lines above the title as the page', () => {
    expect(header('spam-above-title.txt')).toMatchObject({
      title: '某省人民政府办公厅关于印发某省2017年政务公开工作要点的通知',
      documentNumber: '某办发[2017]40号',
      noise: ['滩羊免费吃', '美食世界网', '2017-05-08791'],
    });
  });

  it('never takes a cover letter for a page preamble: the issued text after it is a second document', () => {
    expect(header('cover-letter-then-text.txt')).toMatchObject({
      title: '某市人民政府办公室关于印发某市2014年政务公开工作要点的通知',
      documentNumber: '某政办函〔2014〕4号',
      noise: [],
      components: 2,
    });
  });

  it('joins the organ line to the 关于… line below it across a blank line, under a repeated page title', () => {
    expect(header('organ-line-above-subject.txt')).toMatchObject({
      title: '某省人民政府办公厅关于印发某省2017年政务公开工作安排的通知',
      documentNumber: '某府办〔2017〕62号',
    });
  });

  it('takes the notice title, organ included, over the page title before the page fields on one line', () => {
    expect(header('one-line-page-title-then-own-title.txt')).toMatchObject({
      title: '某区管委会办公室关于印发《某区政务公开试点工作方案》的通知',
      documentNumber: '某综管办〔2015〕69号',
    });
  });

  it('reads a 关于 title on until the letter genre ends it, across blank lines (…工作要点 / 任务分解表的通知)', () => {
    expect(header('title-broken-after-issued-genre.txt')).toMatchObject({
      title: '某县人民政府办公室关于印发2023年全县政务公开工作要点任务分解表的通知',
    });
  });

  it('takes a task table title run into its spaced-out header row as the title, the header and rows as the body', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'table-title-run-into-header.txt'), 'utf8');
    const table = splitDocuments(splitLines(text)).components.at(-1)!;
    expect(table.front.map((p) => `${p.role}:${p.text}`)).toEqual(['title:2016年政务公开工作主要任务分解表']);
    expect(table.body.map((l) => l.text.trim()).filter(Boolean)).toEqual([
      '工 作 任 务牵头单位责　任　单　位工　作　要　求',
      '一、围绕深化改革推进公开（一）推进权力清单公开1.全面公开权力清单省编办省直各部门及时动态更新。',
    ]);
  });

  it('splits attachments run into one line after a signature glued to the 附件说明: each its own document, titled', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'attachments-run-into-one-line.txt'), 'utf8');
    const { components } = splitDocuments(splitLines(text));
    const parts = (c: (typeof components)[number], role: string) =>
      [...c.front, ...c.back].filter((p) => p.role === role).map((p) => p.text.trim());
    expect(components.map((c) => [parts(c, 'attachmentLabel').at(-1) ?? null, parts(c, 'title')])).toEqual([
      [
        '附件：1.应主动公开政府信息的单位名单 2.主动公开政府信息工作规程',
        ['某区管委会办公室关于做好政府信息公开工作的通知'],
      ],
      ['附件1', ['应主动公开政府信息的单位名单']],
      ['附件2', ['某区主动公开政府信息工作规程']],
    ]);
    expect(parts(components[0]!, 'signature')).toEqual(['某区管委会办公室']);
  });

  it('lets the full title on a run-together line replace a page title cut short above it', () => {
    expect(header('cut-page-title-then-full-line.txt')).toMatchObject({
      title: '国务院办公厅关于做好施行《某条例》准备工作的通知',
      documentNumber: '国办发〔2007〕54号',
    });
  });

  it('takes digits under the signature whose 年/月/日 a page stripped (2020610) for the 成文日期', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'signature-date-without-units.txt'), 'utf8');
    const [letter] = splitDocuments(splitLines(text)).components;
    expect(letter!.back.map((p) => `${p.role}:${p.text.trim()}`)).toEqual([
      'signature:某市政务公开办公室',
      'date:2020610',
    ]);
  });
});
