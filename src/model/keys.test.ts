import { describe, expect, it } from 'vitest';
import { documentNumberKey, titleCoreKey, titleKey } from './keys.ts';

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
    ['国办发2020年17号', '国办发〔2020〕17号'],
    ['國辦發２０２０年第17號', '国办发〔2020〕17号'],
    ['中华人民共和国国务院令第711号', '国务院令第711号'],
    ['国务院第711号令', '国务院令第711号'],
  ])('%s → %s', (documentNumber, key) => {
    expect(documentNumberKey(documentNumber)).toBe(key);
  });

  it('keeps different numbers apart', () => {
    expect(documentNumberKey('国办发〔2020〕17号')).not.toBe(documentNumberKey('国办发〔2020〕7号'));
    expect(documentNumberKey('国办发〔2020〕17号')).not.toBe(documentNumberKey('国办函〔2020〕17号'));
    // Without an issuer's prefix it is no 发文字号.
    expect(documentNumberKey('2020年17号')).toBe('2020年17号');
  });
});

describe('titleKey', () => {
  it('matches a title across scripts, line breaks and brackets', () => {
    expect(titleKey('中華人民共和國政府信息公開條例')).toBe(titleKey('中华人民共和国政府信息公开条例'));
    expect(titleKey('2020年政务公开\n工作要点')).toBe(titleKey('《2020年政务公开工作要点》'));
  });
});

describe('titleCoreKey', () => {
  it('takes off the 印发 wrapper and writes the year in digits', () => {
    const core = titleCoreKey('2020年政务公开工作要点');
    expect(titleCoreKey('国务院办公厅关于印发2020年政务公开工作要点的通知')).toBe(core);
    expect(titleCoreKey('國務院辦公廳關於印發二〇二〇年政務公開工作要點的通知')).toBe(core);
    expect(titleCoreKey('二零二零年政务公开工作要点')).toBe(core);
  });

  it('keeps a 转发 title and another year apart', () => {
    const core = titleCoreKey('2020年政务公开工作要点');
    expect(titleCoreKey('广东省人民政府办公厅关于转发国务院办公厅关于印发2020年政务公开工作要点的通知的通知')).not.toBe(
      core,
    );
    expect(titleCoreKey('国务院办公厅关于印发2019年政务公开工作要点的通知')).not.toBe(core);
  });
});
