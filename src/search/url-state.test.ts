import { describe, expect, it } from 'vitest';
import { readQuery, writeQuery } from './url-state.ts';

describe('url state', () => {
  it('reads the query, known filters and sort', () => {
    expect(readQuery(new URLSearchParams('q=营商环境&year=2020&unit=县政府办公室&sort=date&page=2&color=red'))).toEqual(
      {
        q: '营商环境',
        filters: { year: '2020', unit: '县政府办公室' },
        sort: 'date',
      },
    );
  });

  it('falls back to relevance and an empty query', () => {
    expect(readQuery(new URLSearchParams('sort=random&year='))).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  it('writes what it reads, leaving defaults out', () => {
    const search = 'q=%E8%90%A5%E5%95%86&year=2020&region=%E5%90%89%E6%9E%97%E7%9C%81&sort=date';
    expect(writeQuery(readQuery(new URLSearchParams(search))).toString()).toBe(search);
    expect(writeQuery({ q: '', filters: { level: '' }, sort: 'relevance' }).toString()).toBe('');
  });
});
