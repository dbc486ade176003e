import { describe, expect, it } from 'vitest';
import { documentNumberKey, titleKey } from './keys.ts';

describe('documentNumberKey', () => {
  it.each([
    ['国办发〔2020〕17号', '国办发〔2020〕17号'],
    ['国办发[2020]17号', '国办发〔2020〕17号'],
    ['国办发［２０２０］１７号', '国办发〔2020〕17号'],
    ['国办发（２０２０）１７号', '国办发〔2020〕17号'],
    ['國辦發〔2020〕17號', '国办发〔2020〕17号'],
    ['国办发 〔2020〕 17号', '国办发〔2020〕17号'],
    ['国办发 (2020) 17 号', '国办发〔2020〕17号'],
    ['國辦公開辦函〔2019〕61號', '国办公开办函〔2019〕61号'],
    ['国办发【2020】第17号', '国办发〔2020〕17号'],
    ['中华人民共和国国务院令第711号', '国务院令第711号'],
    ['国务院第711号令', '国务院令第711号'],
  ])('%s → %s', (documentNumber, key) => {
    expect(documentNumberKey(documentNumber)).toBe(key);
  });

  it('keeps different numbers apart', () => {
    expect(documentNumberKey('国办发〔2020〕17号')).not.toBe(documentNumberKey('国办发〔2020〕7号'));
    expect(documentNumberKey('国办发〔2020〕17号')).not.toBe(documentNumberKey('国办函〔2020〕17号'));
  });
});

describe('titleKey', () => {
  it('matches a title across scripts, line breaks and brackets', () => {
    expect(titleKey('中華人民共和國政府信息公開條例')).toBe(titleKey('中华人民共和国政府信息公开条例'));
    expect(titleKey('2020年政务公开\n工作要点')).toBe(titleKey('《2020年政务公开工作要点》'));
  });
});
