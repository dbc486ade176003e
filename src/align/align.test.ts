import { describe, expect, it } from 'vitest';
import { clause, component, duty, notice } from '../../tests/helpers/notices.ts';
import { alignDocuments } from './align.ts';
import { alignableDocument, comparable, keyPhrases } from './documents.ts';

const worded = (eId: string, number: string | null, text: string, children = [] as ReturnType<typeof clause>[]) =>
  clause(eId, number, children, { heading: null, text });

/** A higher text with two sections of two items each, on unrelated tasks. */
const higher = notice('higher', {
  documentNumber: '国办发〔2020〕17号',
  components: [
    component('main', 'text', [
      clause(
        'sec_1',
        '一、',
        [
          worded('sec_1__para_1', '（一）', '全面梳理本机关依法行使的行政权力，更新完善权责清单并向社会公开。'),
          worded('sec_1__para_2', '（二）', '构建基层行政决策公众参与机制，听取利益相关方和社会公众意见。'),
        ],
        { heading: '加强用权公开', text: '' },
      ),
      clause(
        'sec_2',
        '二、',
        [
          worded('sec_2__para_1', '（一）', '及时准确发布疫情信息，依法做到公开透明，回应“六稳”关切。'),
          worded('sec_2__para_2', '（二）', '加强各级各类应急预案公开和公共卫生知识普及。'),
        ],
        { heading: '加强公共卫生信息公开', text: '' },
      ),
    ]),
  ],
});

const local = (clauses: ReturnType<typeof clause>[]) =>
  alignableDocument(notice('local', { components: [component('main', 'text', clauses)] }), null);
const national = alignableDocument(higher, null);

describe('alignDocuments', () => {
  it('pairs a reworded clause with the one it takes up, and nothing unrelated', () => {
    const a = alignDocuments(
      local([worded('para_1', '1.', '各部门要全面梳理依法行使的行政权力，更新权责清单并及时公开。')]),
      national,
    );
    expect(a.links.map((l) => l.higher)).toEqual(['sec_1__para_1']);
    expect(a.links[0]!.score).toBeGreaterThan(0.3);
    expect(a.notTakenUp).toEqual(['sec_1__para_2', 'sec_2', 'sec_2__para_1', 'sec_2__para_2']);
  });

  it('calls a clause with no counterpart a local addition', () => {
    const a = alignDocuments(local([worded('para_1', '1.', '县档案馆每年汇编馆藏目录，供查阅者使用。')]), national);
    expect(a.links).toEqual([]);
    expect(a.localAdditions).toEqual(['para_1']);
  });

  it('maps one clause to several when it takes up several (one-to-many)', () => {
    const a = alignDocuments(
      local([worded('para_1', '1.', '准确发布疫情信息，依法做到公开透明；加强各类应急预案公开和公共卫生知识普及。')]),
      national,
    );
    expect(a.links.map((l) => l.higher).sort()).toEqual(['sec_2__para_1', 'sec_2__para_2']);
  });

  it('maps several clauses to one (many-to-one)', () => {
    const a = alignDocuments(
      local([
        worded('para_1', '1.', '全面梳理行政权力，更新完善权责清单。'),
        worded('para_2', '2.', '权责清单更新后向社会公开，梳理本机关依法行使的行政权力。'),
      ]),
      national,
    );
    expect(a.links.map((l) => [l.local, l.higher])).toEqual([
      ['para_1', 'sec_1__para_1'],
      ['para_2', 'sec_1__para_1'],
    ]);
  });

  it('maps a heading-only section to the higher section holding its items’ counterparts', () => {
    const a = alignDocuments(
      local([
        clause('sec_1', '一、', [worded('sec_1__para_1', '（一）', '加强应急预案公开，普及公共卫生知识。')], {
          heading: '做好本县工作',
          text: '',
        }),
      ]),
      national,
    );
    expect(a.links.map((l) => [l.local, l.higher])).toEqual([
      ['sec_1', 'sec_2'],
      ['sec_1__para_1', 'sec_2__para_2'],
    ]);
  });

  it('does not count responsibility notes as wording', () => {
    const raw = '（牵头单位：县政府办公室；完成时限：2020年底前）';
    const note = { ...duty(['县政府办公室'], [], '2020-12-31'), raw };
    const [withNote] = local([
      clause('para_1', '1.', [], { heading: null, text: `全面梳理行政权力。${raw}`, notes: [note] }),
    ]).clauses;
    expect(withNote!.comparable).toBe('全面梳理行政权力');
    expect(withNote!.wording).toBe('全面梳理行政权力。');
  });
});

describe('comparable and key phrases', () => {
  it('folds width, script and punctuation, so the same wording compares equal', () => {
    expect(comparable('２０２０年，營商環境“六穩”')).toBe(comparable('2020年营商环境六稳'));
  });
  it('takes quoted terms and cited titles', () => {
    expect(keyPhrases('围绕“六稳”“六保”，按照《政府工作报告》要求')).toEqual(['六稳', '六保', '政府工作报告']);
  });
});
