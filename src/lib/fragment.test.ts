import { describe, expect, it } from 'vitest';
import { fragmentId } from './fragment.ts';

describe('fragmentId', () => {
  it('decodes a percent-encoded fragment, with or without its #', () => {
    expect(fragmentId('#att_1__sec_2__para_1')).toBe('att_1__sec_2__para_1');
    expect(fragmentId('#%E4%B8%80')).toBe('一');
    expect(fragmentId('sec_1')).toBe('sec_1');
    expect(fragmentId('')).toBe('');
  });

  it('takes a malformed fragment as written instead of throwing', () => {
    expect(() => decodeURIComponent('%E0%A4%A')).toThrow(URIError);
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('#%')).toBe('%');
  });
});
