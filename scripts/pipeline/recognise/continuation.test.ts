import { describe, expect, it } from 'vitest';
import { continues } from './continuation.ts';

const line = (text: string) => ({ text, match: text, noise: null });

describe('a line carries on the paragraph before it', () => {
  it('joins prose wrapped mid-sentence, not a new clause or a finished sentence', () => {
    expect(continues('各地要加强领导，认真做好', line('政务公开各项工作。'))).toBe(true);
    expect(continues('各地要加强领导。', line('政务公开各项工作。'))).toBe(false);
    expect(continues('各地要加强领导，认真做好', line('二、加强组织保障'))).toBe(false);
  });

  it('keeps a heading whole when a database cut it before a 《title》 its last word governs', () => {
    expect(continues('一、提高对', line('《政府信息公开条例》施行工作的认识'))).toBe(true);
    expect(continues('一、加强用权公开', line('《政府信息公开条例》施行工作的认识'))).toBe(false);
  });
});
