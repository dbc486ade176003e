import { describe, expect, it } from 'vitest';
import { compareDeadlines, compareNewestFirst, formatDate, noticeDate, truncate } from './format.ts';
import { notice } from '../../tests/helpers/notices.ts';

describe('formatDate', () => {
  it('writes dates as official documents do, without zero padding', () => {
    expect(formatDate('2020-08-12')).toBe('2020年8月12日');
    expect(formatDate('2014-04-05')).toBe('2014年4月5日');
  });
});

describe('noticeDate', () => {
  it('prefers 成文日期, then 发布日期, then 印发日期', () => {
    expect(noticeDate({ signedDate: '2020-07-15', publishedDate: '2020-07-26', printedDate: null })).toBe('2020-07-15');
    expect(noticeDate({ signedDate: null, publishedDate: '2020-07-26', printedDate: '2020-07-20' })).toBe('2020-07-26');
    expect(noticeDate({ signedDate: null, publishedDate: null, printedDate: '2020-09-17' })).toBe('2020-09-17');
    expect(noticeDate({ signedDate: null, publishedDate: null, printedDate: null })).toBeNull();
  });
});

describe('compareNewestFirst', () => {
  it('sorts newest first, undated last, ties by id', () => {
    const list = [
      notice('b', { signedDate: '2020-05-28' }),
      notice('undated'),
      notice('c', { signedDate: '2020-09-07' }),
      notice('a', { signedDate: '2020-05-28' }),
    ];
    expect(list.sort(compareNewestFirst).map((n) => n.id)).toEqual(['c', 'a', 'b', 'undated']);
  });
});

describe('compareDeadlines', () => {
  it('puts dates first, then ongoing, then unknown', () => {
    const list = [null, 'ongoing', '2020-12-31', '2020-11-30'] as const;
    expect([...list].sort(compareDeadlines)).toEqual(['2020-11-30', '2020-12-31', 'ongoing', null]);
  });
});

describe('truncate', () => {
  it('cuts long text with an ellipsis and leaves short text alone', () => {
    expect(truncate('加强权力配置信息公开。', 20)).toBe('加强权力配置信息公开。');
    expect(truncate('加强权力配置信息公开。', 4)).toBe('加强权力…');
  });

  it('counts characters outside the BMP as one', () => {
    expect(truncate('𠀀𠀁𠀂', 2)).toBe('𠀀𠀁…');
  });
});
