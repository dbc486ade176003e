import { describe, expect, it } from 'vitest';
import { docNumberKey, titleKey } from './match-keys.ts';

describe('docNumberKey', () => {
  it('folds the ways one 发文字号 is written', () => {
    const key = docNumberKey('国办发〔2020〕17号');
    expect(docNumberKey('国办发[2020]17号')).toBe(key);
    expect(docNumberKey('国办发（２０２０）１７号')).toBe(key);
    expect(docNumberKey('國辦發〔2020〕17號')).toBe(key);
    expect(docNumberKey('国办发 〔2020〕 17号')).toBe(key);
  });

  it('keeps different numbers apart', () => {
    expect(docNumberKey('国办发〔2020〕17号')).not.toBe(docNumberKey('国办发〔2020〕7号'));
    expect(docNumberKey('国办发〔2020〕17号')).not.toBe(docNumberKey('国办函〔2020〕17号'));
  });
});

describe('titleKey', () => {
  it('matches a title across scripts, line breaks and brackets', () => {
    expect(titleKey('中華人民共和國政府信息公開條例')).toBe(titleKey('中华人民共和国政府信息公开条例'));
    expect(titleKey('2020年政务公开\n工作要点')).toBe(titleKey('《2020年政务公开工作要点》'));
  });
});
