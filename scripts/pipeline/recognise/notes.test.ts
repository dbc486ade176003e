import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Responsibility } from '../../../src/model/notice.ts';
import { findResponsibilities } from './notes.ts';
import { readSeed } from '../../../tests/seeds.ts';

const base = { offset: 0, line: 1 };
const only = (text: string, year: number | null = null) => {
  const notes = findResponsibilities(text, base, year);
  expect(notes).toHaveLength(1);
  return notes[0]!;
};

/** Every note of a seed, run paragraph line by paragraph line as the clause tree would. */
function seedNotes(name: string): Responsibility[] {
  const text = readSeed(name);
  let offset = 0;
  return text.split('\n').flatMap((line, k) => {
    const notes = findResponsibilities(line, { offset, line: k + 1 }, 2020);
    offset += line.length + 1;
    for (const note of notes) expect(text.slice(note.offset, note.offset + note.raw.length)).toBe(note.raw);
    return notes;
  });
}

describe('labelled notes', () => {
  it('reads lead, units and deadline, keeping 各乡（镇）政府 whole', () => {
    const raw = '（牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）';
    expect(findResponsibilities(`更新完善权责清单并公开。${raw}`, { offset: 100, line: 7 })).toEqual([
      {
        offset: 112,
        line: 7,
        raw,
        lead: ['县政府办公室'],
        units: ['县直各单位', '各乡（镇）政府'],
        deadline: '2020年底前',
        deadlineDate: '2020-12-31',
      },
    ]);
  });

  it('keeps 各市、县〔市、区〕人民政府 one unit and reads a closing 持续推进 as the deadline, not a unit', () => {
    expect(only('（牵头单位：省发展改革委；责任单位：各市、县〔市、区〕人民政府，持续推进）')).toMatchObject({
      lead: ['省发展改革委'],
      units: ['各市、县〔市、区〕人民政府'],
      deadline: '持续推进',
      deadlineDate: 'ongoing',
    });
    expect(only('（责任单位：省财政厅、各市、县〔市、区〕人民政府；完成时限：2021年9月底前）').units).toEqual([
      '省财政厅',
      '各市、县〔市、区〕人民政府',
    ]);
  });

  it('reads labelled fields without brackets that close a paragraph or make one up, but not a label inside a parenthetical', () => {
    expect(
      only('做到快速反应、及时回应。责任单位：市委网信办、市政府办公室；完成时限：长期坚持。', 2023),
    ).toMatchObject({
      raw: '责任单位：市委网信办、市政府办公室；完成时限：长期坚持',
      units: ['市委网信办', '市政府办公室'],
      deadlineDate: 'ongoing',
    });
    expect(only('牵头单位：市政府办公室　　配合单位：各县市区人民政府、市政府各部门')).toMatchObject({
      lead: ['市政府办公室'],
      units: ['各县市区人民政府', '市政府各部门'],
    });
    expect(only('责任单位:县政府办,县绩效办;完成时限:2019年12月底前')).toMatchObject({
      units: ['县政府办', '县绩效办'],
      deadlineDate: '2019-12-31',
    });
    expect(findResponsibilities('各地要明确责任单位：分管领导负总责（见附表，责任单位：另行通知', base)).toEqual([]);
  });

  it('reads a sentence of its own, 由…牵头，…配合, but not prose that merely mentions a lead', () => {
    expect(only('公开财政预决算。由省财政厅牵头，省直各部门、各市（州）人民政府配合。')).toMatchObject({
      raw: '由省财政厅牵头，省直各部门、各市（州）人民政府配合',
      lead: ['省财政厅'],
      units: ['省直各部门', '各市（州）人民政府'],
      deadline: null,
    });
    expect(only('由省政府法制办、省监察厅牵头，试点市（州）人民政府负责落实。').lead).toEqual([
      '省政府法制办',
      '省监察厅',
    ]);
    expect(findResponsibilities('由省政府办公厅牵头组织开展评估，结果向社会公开。', base)).toEqual([]);
    expect(findResponsibilities('由群众评议牵头，大家配合。', base)).toEqual([]);
  });

  it('takes the typo 完成时限；… as the deadline and a half-width colon as a colon', () => {
    expect(only('（牵头单位：县政府办公室；责任单位：县直各单位；完成时限；2020年底前）').deadline).toBe('2020年底前');
    expect(only('（责任单位：县直各单位、各乡（镇）政府；完成时限:2020年11月底前）')).toMatchObject({
      units: ['县直各单位', '各乡（镇）政府'],
      deadlineDate: '2020-11-30',
    });
  });

  it('reads Traditional labels in 〔〕 with nested half-width brackets', () => {
    expect(only('落地見效。〔責任單位:市政府辦公室、各縣(市、區)人民政府、市政府各部門〕')).toMatchObject({
      raw: '〔責任單位:市政府辦公室、各縣(市、區)人民政府、市政府各部門〕',
      lead: [],
      units: ['市政府辦公室', '各縣(市、區)人民政府', '市政府各部門'],
      deadline: null,
      deadlineDate: null,
    });
    expect(only('〔牽頭單位:市司法局;配合單位:各縣(市、區)人民政府;完成時限:長期堅持〕')).toMatchObject({
      lead: ['市司法局'],
      units: ['各縣(市、區)人民政府'],
      deadline: '長期堅持',
      deadlineDate: 'ongoing',
    });
  });

  it('drops a role phrase after the names', () => {
    expect(only('（责任单位：各乡（镇）政府、县直各单位按照职能分别落实）').units).toEqual([
      '各乡（镇）政府',
      '县直各单位',
    ]);
  });

  it('dates a deadline without a year by the notice’s year', () => {
    const note = '【牵头部门：市数据局；时间节点：年底前】';
    expect(only(note).deadlineDate).toBeNull();
    expect(only(note, 2023)).toMatchObject({ lead: ['市数据局'], deadline: '年底前', deadlineDate: '2023-12-31' });
  });
});

describe('free-form notes', () => {
  it.each([
    [
      '（省政数局牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）',
      ['省政数局'],
      ['各市〔州〕、县〔市、区〕政府', '省政府各部门', '各单位'],
    ],
    [
      '（省教育厅、省卫健委牵头，抓好相关工作；各市〔州〕、县〔市、区〕政府，省政府各部门、各单位分别落实）',
      ['省教育厅', '省卫健委'],
      ['各市〔州〕、县〔市、区〕政府', '省政府各部门', '各单位'],
    ],
    ['（市发展改革委负责落实）', [], ['市发展改革委']],
    ['（全省各级政务公开主管部门负责落实）', [], ['全省各级政务公开主管部门']],
    [
      '（各市〔州〕、县〔市、区〕政府，省政府各部门、各单位分别落实）',
      [],
      ['各市〔州〕、县〔市、区〕政府', '省政府各部门', '各单位'],
    ],
    ['(县政府办牵头负责，县直各单位配合)', ['县政府办'], ['县直各单位']],
  ])('%s', (raw, lead, units) => {
    expect(only(`做好相关工作。${raw}`)).toMatchObject({ raw, lead, units, deadline: null, deadlineDate: null });
  });

  it('picks up a deadline segment', () => {
    expect(only('（县政府办公室牵头，各乡（镇）政府落实，2020年底前完成）')).toMatchObject({
      lead: ['县政府办公室'],
      units: ['各乡（镇）政府'],
      deadline: '2020年底前完成',
      deadlineDate: '2020-12-31',
    });
  });
});

describe('ordinary parentheticals', () => {
  it.each([
    '全面落实《中华人民共和国政府信息公开条例》（国务院令第711号）',
    '《指导意见》（国办发〔2019〕54号）',
    '（国办发〔2020〕17号，以下简称《要点》）',
    '县级以上政府办公厅（室）',
    '各乡（镇）人民政府',
    '（此件公开发布）',
    '应急预案编制部门（单位）',
    '《广东省政府系统政策解读工作细则（试行）》',
    '（一）加强权力配置信息公开。',
    '（具体办法另行制定并落实）',
    '“全国信用信息共享平台(四川樂山)”',
  ])('%s holds no note', (text) => {
    expect(findResponsibilities(text, base)).toEqual([]);
  });

  it('finds a note after an unclosed bracket and counts lines to it', () => {
    expect(
      findResponsibilities('各市（州、县政府\n要落实。\n（牵头单位：县政府办公室）', { offset: 10, line: 3 }),
    ).toEqual([
      {
        offset: 24,
        line: 5,
        raw: '（牵头单位：县政府办公室）',
        lead: ['县政府办公室'],
        units: [],
        deadline: null,
        deadlineDate: null,
      },
    ]);
  });
});

describe('the seeds', () => {
  it('Youyi (002): 28 labelled notes, 20 with a lead, every one with a deadline (the 完成时限；typo included)', () => {
    const notes = seedNotes('002-youyi-county');
    expect(notes).toHaveLength(28);
    expect(notes.filter((n) => n.lead.length > 0)).toHaveLength(20);
    expect(notes.every((n) => n.units.length > 0)).toBe(true);
    expect(notes.filter((n) => n.deadline !== null)).toHaveLength(28);
    expect(notes.filter((n) => n.deadlineDate === '2020-11-30')).toHaveLength(4);
    expect(notes.filter((n) => n.deadlineDate === '2020-12-31')).toHaveLength(24);
    expect(notes.at(-1)).toMatchObject({ line: 79, lead: ['县政府办公室'], deadline: '2020年底前' });
    expect(notes.find((n) => n.line === 61)!.units).toEqual([
      '县教体局',
      '生态环境局',
      '住建局',
      '交通运输局',
      '卫生健康局等部门',
      '各乡（镇）政府',
    ]);
  });

  it('Leshan (003): 20 notes, 19 in 〔〕 and one in half-width ( )', () => {
    const notes = seedNotes('003-leshan-traditional');
    expect(notes).toHaveLength(20);
    expect(notes.filter((n) => n.raw.startsWith('〔'))).toHaveLength(19);
    expect(notes.find((n) => n.raw.startsWith('('))!.units).toEqual(['市政府辦公室', '市數字經濟局', '市政府各部門']);
    expect(notes[7]!.units).toEqual([
      '市財政局',
      '市生態環境局',
      '市住房城鄉建設局',
      '市扶貧開發局',
      '市金融工作局',
      '各縣(市、區)人民政府',
      '市政府有關部門',
    ]);
  });

  it('Jilin 2020 (000): 20 free-form notes with the right units', () => {
    const notes = seedNotes('000-jilin-2020');
    const everyone = ['各市〔州〕、县〔市、区〕政府', '省政府各部门', '各单位'];
    expect(notes).toHaveLength(20);
    expect(notes.map((n) => n.lead.join('、'))).toEqual([
      '',
      '省政数局',
      '',
      '',
      '',
      '',
      '省政数局',
      '省政数局',
      '',
      '省应急管理厅、省卫健委、省公安厅、省生态环境厅、省自然资源厅',
      '省卫健委',
      '省应急管理厅、省卫健委',
      '省政府办公厅',
      '省教育厅、省卫健委、省住建厅、省生态环境厅、省交通厅',
      '省政府办公厅、省政数局',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(notes[0]!.units).toEqual(['各市〔州〕、县〔市、区〕政府', '各级政府各部门', '各单位']);
    expect(notes.slice(1, 19).every((n) => JSON.stringify(n.units) === JSON.stringify(everyone))).toBe(true);
    expect(notes[19]!.units).toEqual(['全省各级政务公开主管部门']);
  });

  it.each(['001-guangdong-forwarding', '004-jilin-2014'])('%s has no notes', (name) => {
    expect(seedNotes(name)).toEqual([]);
  });
});

describe('properties', () => {
  const fragment = fc.constantFrom(
    '（',
    '）',
    '(',
    ')',
    '〔',
    '〕',
    '【',
    '】',
    '：',
    ':',
    '；',
    '，',
    '、',
    '\n',
    '。',
    '牵头单位',
    '责任单位',
    '完成时限',
    '責任單位',
    '牵头',
    '负责落实',
    '分别落实',
    '县政府办公室',
    '各乡（镇）政府',
    '各市〔州〕',
    '2020年底前',
    '国办发〔2020〕17号',
    '以下简称《要点》',
    '抓好相关工作',
  );
  const textArb = fc.oneof(
    fc.array(fragment, { maxLength: 24 }).map((pieces) => pieces.join('')),
    fc.string({ maxLength: 40 }),
  );

  it('every note is the source slice at its offset, notes do not overlap, units come from the note', () => {
    fc.assert(
      fc.property(textArb, fc.nat(1000), fc.integer({ min: 1, max: 50 }), (text, offset, line) => {
        let end = 0;
        for (const note of findResponsibilities(text, { offset, line })) {
          const at = note.offset - offset;
          expect(text.slice(at, at + note.raw.length)).toBe(note.raw);
          expect(at).toBeGreaterThanOrEqual(end);
          expect(note.line).toBe(line + (text.slice(0, at).match(/\n/g)?.length ?? 0));
          // A hard-wrapped note keeps its line breaks in raw; names drop them.
          const unwrapped = note.raw.replace(/\s*(?:\r\n|[\n\r\u2028\u2029])\s*/g, '');
          for (const unit of [...note.lead, ...note.units]) expect(unwrapped).toContain(unit);
          end = at + note.raw.length;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a labelled note is found wherever it stands in ordinary text', () => {
    const note = '（牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）';
    const plain = fc.string({
      unit: fc.constantFrom('要', '加', '强', '公', '开', '，', '。', '\n', '《', '》'),
      maxLength: 20,
    });
    fc.assert(
      fc.property(plain, plain, (before, after) => {
        const found = findResponsibilities(before + note + after, base);
        expect(found.map((n) => [n.offset, n.raw])).toEqual([[before.length, note]]);
      }),
    );
  });
});

describe("labels of a bureau's own divisions and of implementers", () => {
  it('reads 牵头处室, 责任处室 and 实施单位 as lead and units', () => {
    const note = only('（牵头处室：办公室；责任处室：预算处、国库处；实施单位：各市县财政局）');
    expect([note.lead, note.units]).toEqual([['办公室'], ['预算处', '国库处', '各市县财政局']]);
  });
});
