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
