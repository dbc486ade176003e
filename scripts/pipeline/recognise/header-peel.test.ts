import { describe, expect, it } from 'vitest';
import {
  inlineCc,
  leadingDocumentNumber,
  leadingNote,
  signatureAndDate,
  titleBeforeAddressees,
  titleBeforeBody,
  titleBeforeClause,
  titleBeforeDocumentNumber,
  trailingImprint,
} from './header-peel.ts';
import { isDocumentNumberLine } from './header-lines.ts';

const titleLike = (t: string) => t.length > 0 && !/[。；]/.test(t);
const cut = (text: string, at: number | null) => (at === null ? null : [text.slice(0, at), text.slice(at)]);

describe('header peeling after lost line breaks', () => {
  it('finds where each element ends', () => {
    const head =
      '友政办发〔2020〕17号友谊县人民政府办公室关于印发友谊县2020年政务公开工作实施方案的通知各乡（镇）人民政府，县直各单位：现印发给你们。';
    expect(cut(head, leadingDocumentNumber(head))?.[0]).toBe('友政办发〔2020〕17号');
    const rest = head.slice('友政办发〔2020〕17号'.length);
    expect(
      cut(
        rest,
        titleBeforeAddressees(rest, (r) => r.includes('：')),
      )?.[0],
    ).toBe('友谊县人民政府办公室关于印发友谊县2020年政务公开工作实施方案的通知');
    const titled = '国务院办公厅关于印发2021年政务公开工作要点的通知国办发〔2021〕9号各省人民政府：';
    expect(cut(titled, titleBeforeDocumentNumber(titled, titleLike))?.[0]).toBe(
      '国务院办公厅关于印发2021年政务公开工作要点的通知',
    );
    expect(
      cut(
        '长春市2018年政务公开工作要点 一、推进决策公开。',
        titleBeforeClause('长春市2018年政务公开工作要点 一、推进决策公开。', titleLike),
      )?.[1],
    ).toBe('一、推进决策公开。');
    expect(
      cut(
        '2020年政务公开工作要点做好今年政务公开工作，要坚持…',
        titleBeforeBody('2020年政务公开工作要点做好今年政务公开工作，要坚持…'),
      )?.[0],
    ).toBe('2020年政务公开工作要点');
  });

  it('finds a signature and date run in after the last sentence, and a 附注, 抄送 and imprint', () => {
    const text = '请认真贯彻执行。吉林省人民政府办公厅2014年4月25日2014年吉林省政务公开工作要点';
    const [signature, date, end] = signatureAndDate(text)!;
    expect([text.slice(signature, date), text.slice(date, end)]).toEqual(['吉林省人民政府办公厅', '2014年4月25日']);
    expect(signatureAndDate('各单位要在2020年6月30日前完成。')).toBeNull();
    expect(
      cut('（此件公开发布）2020年政务公开工作要点', leadingNote('（此件公开发布）2020年政务公开工作要点'))?.[0],
    ).toBe('（此件公开发布）');
    expect(cut('予以公开。抄送：县委办。', inlineCc('予以公开。抄送：县委办。'))?.[1]).toBe('抄送：县委办。');
    const cc = '抄送：县人大办，县法院。友谊县人民政府办公室  2020年9月17日印发';
    expect(cut(cc, trailingImprint(cc))?.[1]).toBe('友谊县人民政府办公室  2020年9月17日印发');
  });

  it('takes nothing from ordinary prose', () => {
    const prose = '各地要加强领导，按照《实施方案》要求做好工作。';
    expect([
      leadingDocumentNumber(prose),
      titleBeforeBody(prose),
      leadingNote(prose),
      inlineCc(prose),
      trailingImprint(prose),
    ]).toEqual([null, null, null, null, null]);
  });
});

describe('header shapes seen on real portal pages', () => {
  it('takes a 发文字号 in brackets, before the title or after it', () => {
    const before = '(池政〔2017〕101号)池州市人民政府关于深化政务公开工作的实施意见';
    expect(cut(before, leadingDocumentNumber(before))?.[1]).toBe('池州市人民政府关于深化政务公开工作的实施意见');
    const after = '池州市人民政府关于深化政务公开工作的实施意见(池政〔2017〕101号)';
    expect(cut(after, titleBeforeDocumentNumber(after, titleLike))?.[0]).toBe(
      '池州市人民政府关于深化政务公开工作的实施意见',
    );
    expect(isDocumentNumberLine('（黄政办〔2008〕17号）')).toBe(true);
    expect(isDocumentNumberLine('（根据国办发〔2008〕17号）')).toBe(false);
  });

  it('takes a decree number before the decree text', () => {
    const decree = '中华人民共和国国务院令第711号《中华人民共和国政府信息公开条例》已经修订通过，现予公布。';
    expect(cut(decree, leadingDocumentNumber(decree))?.[0]).toBe('中华人民共和国国务院令第711号');
  });

  it('signs with an office, a 管委会, a leader, or a date alone', () => {
    const parts = (text: string) => {
      const found = signatureAndDate(text);
      return found && [text.slice(found[0], found[1]), text.slice(found[1], found[2])];
    };
    expect(parts('现予公布。总理 李克强2019年4月3日')).toEqual(['总理 李克强', '2019年4月3日']);
    expect(parts('认真贯彻执行。平潭综合实验区管委会2015年7月31日')).toEqual(['平潭综合实验区管委会', '2015年7月31日']);
    expect(parts('本办法由市政府办公室负责解释。 二0一0年三月十七日')).toEqual(['', '二0一0年三月十七日']);
    expect(parts('要在二0一0年三月十七日前完成，并报送市政府办公室')).toBeNull();
  });
});
