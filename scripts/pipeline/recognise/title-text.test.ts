import { describe, expect, it } from 'vitest';
import { titleText, titleWithOrgan } from './title-text.ts';

describe('titleText', () => {
  it('joins the lines of a title broken over several', () => {
    expect(titleText(['友谊县人民政府办公室', '关于印发2020年政务公开工作要点的通知'])).toBe(
      '友谊县人民政府办公室关于印发2020年政务公开工作要点的通知',
    );
  });

  it('drops the 书名号 a page prints round the whole title, and the title printed twice', () => {
    const wrapped = '《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》';
    const bare = '北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知';
    expect(titleText([wrapped])).toBe(bare);
    expect(titleText([wrapped, wrapped])).toBe(bare);
    expect(titleText([bare, wrapped])).toBe(bare);
  });

  it('takes a headline and the title run into one line once', () => {
    expect(
      titleText(['随县经济开发区2019年政府信息公开工作年度报告随县经济开发区2019年政府信息公开工作年度报告']),
    ).toBe('随县经济开发区2019年政府信息公开工作年度报告');
    expect(titleText(['通知通知'])).toBe('通知通知'); // too short to be a title twice
  });

  it('keeps 书名号 that are part of the title, or that close before its end', () => {
    expect(titleText(['《政府信息公开条例》实施办法'])).toBe('《政府信息公开条例》实施办法');
    expect(titleText(['《甲工作要点》和《乙实施方案》'])).toBe('《甲工作要点》和《乙实施方案》');
    expect(titleText(['《政务公开》'])).toBe('《政务公开》'); // no 文种: a name in 书名号, not a wrapped title
  });

  it('drops what a portal page leaves on the title line: table bars, pinyin after characters', () => {
    expect(titleText(['2009年度下管鎮(zhèn)政府信息公開年度報(bào)告 | ||'])).toBe(
      '2009年度下管鎮政府信息公開年度報告',
    );
  });
});

describe('titleWithOrgan', () => {
  const own = '关于印发永川区2022年政务公开工作要点任务分工的通知';
  it("takes the page's 标题 when it is the text's title with its organ before it", () => {
    expect(titleWithOrgan(own, `重庆市永川区人民政府办公室${own}`)).toBe(`重庆市永川区人民政府办公室${own}`);
  });
  it('keeps the text’s title against anything else before it, or a title that has its organ', () => {
    expect(titleWithOrgan(own, `附件:某省政务公开办公室${own}`)).toBe(own);
    expect(titleWithOrgan(own, `某县${own}二`)).toBe(own);
    expect(titleWithOrgan(`某区人民政府${own}`, `重庆市某区人民政府${own}`)).toBe(`某区人民政府${own}`);
    expect(titleWithOrgan(own, null)).toBe(own);
  });
});
