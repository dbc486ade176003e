import { describe, expect, it } from 'vitest';
import { clause, component, notice } from '../../tests/helpers/notices.ts';
import { checkNotice, comparable } from './answer-key.ts';

const converted = notice('x', {
  title: '國務院辦公廳關於印發2017年政務公開工作要點的通知',
  documentNumber: '国办发〔2017〕24号',
  signedDate: '2017-05-09',
  script: 'Hant',
  components: [
    component('main', 'text', [
      clause('sec_1', '一、', [], { heading: '推进决策公开', text: '各地区要…。' }),
      clause('sec_2', '二、', [], { heading: '各级各部门要高度重视', text: '，进一步提高认识。再说一句。' }),
    ]),
  ],
  references: [
    {
      offset: 0,
      line: 1,
      raw: '国办发[2016]80号',
      documentNumber: '国办发〔2016〕80号',
      title: null,
      alias: null,
      in: null,
      kind: 'document',
    },
  ],
});

describe('answer keys', () => {
  it('compares as a reader does: width, brackets, script, spaces and pinyin residue make no difference', () => {
    expect(comparable('國辦發(fā)［2017］24 號')).toBe(comparable('国办发〔2017〕24号'));
    expect(comparable('国办发〔2017〕24号')).not.toBe(comparable('国办发〔2017〕25号'));
  });

  it('checks each field the key gives, headings by heading or by first sentence', () => {
    const checks = checkNotice(
      {
        title: '国务院办公厅关于印发2017年政务公开工作要点的通知',
        documentNumber: '國辦發〔2017〕24號',
        date: '2017-05-10',
        script: 'Hant',
        topLevelHeadings: ['一、推进决策公开', '二、各级各部门要高度重视，进一步提高认识', '三、没有这一条'],
        citedDocumentNumbers: ['国办发〔2016〕80号', '国发〔2016〕1号'],
      },
      converted,
    );
    expect(checks.map((c) => `${c.field}:${c.right}`)).toEqual([
      'title:true',
      'documentNumber:true',
      'date:false',
      'script:true',
      'headings:true',
      'headings:true',
      'headings:false',
      'cited:true',
      'cited:false',
    ]);
  });

  it('counts every field wrong when no notice was made', () => {
    expect(checkNotice({ title: 'X', documentNumber: null }, null).every((c) => !c.right)).toBe(true);
  });
});
