import { describe, expect, it } from 'vitest';
import { type Clause, Notice, type NoiseKind, type Part, type Responsibility } from '../model/notice.ts';
import { MAX_RECORDS_PER_NOTICE, mergeParagraphs, searchRecords } from './records.ts';

const part = (role: Part['role'], text: string, kind?: NoiseKind): Part => ({
  role,
  text,
  offset: 0,
  line: 1,
  ...(kind ? { kind } : {}),
});
const duty = (lead: string[], units: string[]): Responsibility => ({
  raw: '',
  lead,
  units,
  deadline: null,
  deadlineDate: null,
  offset: 0,
  line: 1,
});
const clause = (
  eId: string,
  number: string | null,
  heading: string | null,
  text: string,
  more: Partial<Clause> = {},
): Clause => ({
  eId,
  form: null,
  ordinal: null,
  number,
  heading,
  text,
  children: [],
  duty: null,
  notes: [],
  inferred: false,
  offset: 0,
  line: 1,
  headingOffset: heading === null ? null : 0,
  textOffset: 0,
  ...more,
});

// A 广东 cover letter forwarding a 国务院办公厅 要点: two components with their own issuer, genre and 发文字号.
const NOTICE = Notice.parse({
  id: 'yue-fu-ban-2020-14',
  source: { file: 'x.txt', encoding: 'UTF-8', format: 'text', sha256: '0' },
  title: '广东省人民政府办公厅关于转发国务院办公厅2020年政务公开工作要点的通知',
  documentNumber: '粤府办〔2020〕14号',
  issuer: '广东省人民政府办公厅',
  addressees: null,
  signedDate: '2020-07-15',
  publishedDate: '2020-07-26',
  printedDate: null,
  validity: null,
  notes: [],
  cc: null,
  script: 'Hans',
  lang: 'zh-CN',
  region: { code: '440000', name: '广东省', province: '广东省', city: null, county: null },
  level: 'province',
  genre: '通知',
  year: 2020,
  components: [
    {
      eId: 'main',
      prefix: '',
      kind: 'letter',
      title: '广东省人民政府办公厅关于转发国务院办公厅2020年政务公开工作要点的通知',
      documentNumber: '粤府办〔2020〕14号',
      issuer: '广东省人民政府办公厅',
      signedDate: '2020-07-15',
      genre: '通知',
      front: [
        part('title', '广东省人民政府办公厅关于转发国务院办公厅'),
        part('noise', '发布日期:2020-07-26', 'portal'),
        part('title', '2020年政务公开工作要点的通知'),
        part('documentNumber', '粤府办〔2020〕14号'),
      ],
      clauses: [clause('sec_1', '一、', '加快推进基层政务公开标准化规范化工作。', '各地、各部门要进一步提高认识。')],
      back: [part('signature', '广东省人民政府办公厅'), part('date', '2020年7月15日')],
    },
    {
      eId: 'att_1',
      prefix: 'att_1__',
      kind: 'text',
      title: '2020年政务公开工作要点',
      documentNumber: '国办发〔2020〕17号',
      issuer: '国务院办公厅',
      signedDate: '2020-06-21',
      genre: '要点',
      front: [part('title', '2020年政务公开工作要点')],
      clauses: [
        clause('att_1__sec_2', '二、', '围绕“六稳”、“六保”加强政策发布解读', '', {
          children: [
            clause('att_1__sec_2__para_1', '（一）', null, '助力做好“六稳”工作。（省政数局牵头，各市〔州〕政府负责）', {
              notes: [duty(['省政数局'], ['各市〔州〕政府']), duty([], ['省政数局'])],
              duty: duty(['省政数局'], ['各市〔州〕政府']),
            }),
          ],
        }),
        clause('att_1__p_1', null, null, ''),
      ],
      back: [],
    },
  ],
  references: [],
  problems: [],
  foundIn: null,
  alsoIn: [],
  carries: [],
});

describe('searchRecords', () => {
  const records = searchRecords(NOTICE);
  const byEId = new Map(records.map((r) => [r.eId, r]));

  it('makes one record per component head and per clause with text, in document order', () => {
    expect(records.map((r) => r.eId)).toEqual(['main', 'sec_1', 'att_1', 'att_1__sec_2', 'att_1__sec_2__para_1']);
    expect(byEId.get('sec_1')!.url).toBe('/notices/yue-fu-ban-2020-14/#sec_1');
  });

  it('reads a zh-CN notice the standard way only', () => {
    expect(byEId.get('att_1__sec_2__para_1')!.readings).toEqual(['一助力做好六稳工作省政数局牵头各市州政府负责']);
  });

  it('keeps the printed text: number, heading, body; head lines without scrape noise', () => {
    expect(byEId.get('sec_1')!.meta.text).toBe(
      '一、加快推进基层政务公开标准化规范化工作。各地、各部门要进一步提高认识。',
    );
    expect(byEId.get('main')!.meta.text).toBe(
      '广东省人民政府办公厅关于转发国务院办公厅\n2020年政务公开工作要点的通知\n粤府办〔2020〕14号\n广东省人民政府办公厅\n2020年7月15日',
    );
  });

  it('cites a clause by the document it is in', () => {
    expect(byEId.get('att_1__sec_2__para_1')!.meta).toMatchObject({ cite: '国办发〔2020〕17号 二（一）', title: '' });
    expect(byEId.get('att_1')!.meta).toMatchObject({ cite: '国办发〔2020〕17号', title: '2020年政务公开工作要点' });
    const untitled = searchRecords({
      ...NOTICE,
      documentNumber: null,
      components: [{ ...NOTICE.components[0]!, documentNumber: null }],
    });
    expect(untitled[0]!.meta).toMatchObject({ cite: `《${NOTICE.title}》`, title: '' });
    expect(byEId.get('sec_1')!.meta).toMatchObject({
      notice: NOTICE.title,
      docno: '粤府办〔2020〕14号',
      date: '2020-07-15',
    });
  });

  it('filters by notice facets, the component’s own issuer and genre, and every responsible unit once, normalised', () => {
    expect(byEId.get('att_1__sec_2__para_1')!.filters).toEqual({
      year: ['2020'],
      region: ['广东省'],
      level: ['province'],
      issuer: ['广东省人民政府办公厅', '国务院办公厅'],
      genre: ['通知', '要点'],
      unit: ['440000:政务服务数据管理局', '440000:各市（州）政府'],
      status: ['unknown'],
    });
    expect(byEId.get('sec_1')!.filters.unit).toBeUndefined();
  });
});

describe('a notice of more clauses than the index takes', () => {
  const paragraphs = Array.from({ length: 5_000 }, (_, i) =>
    clause(`p_${i + 1}`, null, null, `第${i + 1}段加强公开。`),
  );
  const numbered = [
    clause('sec_1', '一、', '加强领导。', '落实责任。', { form: 'sec', ordinal: 1 }),
    clause('sec_2', '二、', '强化监督。', '', { form: 'sec', ordinal: 2, duty: duty(['县政府办'], []) }),
  ];
  const big = Notice.parse({
    ...NOTICE,
    components: [{ ...NOTICE.components[0]!, clauses: [numbered[0]!, ...paragraphs, numbered[1]!] }],
  });

  it(`keeps at most ${MAX_RECORDS_PER_NOTICE} records: runs of paragraphs share one, losing no text`, () => {
    const records = searchRecords(big);
    expect(records.length).toBeLessThanOrEqual(MAX_RECORDS_PER_NOTICE);
    expect(records.length).toBeGreaterThan(MAX_RECORDS_PER_NOTICE / 2);
    const all = records.map((r) => r.meta.text).join('\n');
    for (const paragraph of paragraphs) expect(all).toContain(paragraph.text);
    // Numbered clauses keep their own record, anchor and filters.
    expect(records.filter((r) => r.eId.startsWith('sec_')).map((r) => r.eId)).toEqual(['sec_1', 'sec_2']);
    expect(records.find((r) => r.eId === 'sec_2')!.meta.text).toBe('二、强化监督。');
    // A shared record links to its first paragraph.
    const shared = records.find((r) => r.meta.text.startsWith('第1段'))!;
    expect(shared.eId).toBe('p_1');
    expect(shared.meta.text.split('\n').length).toBeGreaterThan(1);
  });

  it('leaves a notice under the cap as it was, one record per clause; past it, joins just enough', () => {
    const drafts = paragraphs.slice(0, 3).map((c) => ({
      component: big.components[0]!,
      clause: c,
      eId: c.eId,
      meta: { title: '', cite: '', text: c.text },
    }));
    expect(mergeParagraphs(drafts, 3).map((group) => group.length)).toEqual([1, 1, 1]);
    expect(mergeParagraphs(drafts, 2).map((group) => group.length)).toEqual([2, 1]);
  });

  it('joins numbered clauses too when paragraphs alone cannot bring it under the cap', () => {
    const points = Array.from({ length: 5_000 }, (_, i) =>
      clause(`point_${(i % 50) + 1}-${i}`, `${(i % 50) + 1}.`, null, `第${i}项。`, {
        form: 'point',
        ordinal: (i % 50) + 1,
      }),
    );
    const many = Notice.parse({ ...NOTICE, components: [{ ...NOTICE.components[0]!, clauses: points }] });
    const records = searchRecords(many);
    expect(records.length).toBeLessThanOrEqual(MAX_RECORDS_PER_NOTICE);
    const all = records.map((r) => r.meta.text).join('\n');
    for (const point of points) expect(all).toContain(point.text);
    expect(records[0]!.eId).toBe('main'); // the head keeps its own record
  });
});
