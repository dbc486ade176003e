import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Region } from '../model/notice.ts';
import { toTraditional } from '../model/script.ts';
import { notice } from '../../tests/helpers/notices.ts';
import { definedAbbreviations, foldCore, includesEveryDepartment, isDepartment, readUnit } from './units.ts';

// Regions as the converter gives them for the seeds (content/2020/).
const youyi: Region = { code: '230522', name: '友谊县', province: '黑龙江省', city: '双鸭山市', county: '友谊县' };
const baoqing: Region = { code: '230523', name: '宝清县', province: '黑龙江省', city: '双鸭山市', county: '宝清县' };
const jilin: Region = { code: '220000', name: '吉林省', province: null, city: null, county: null };
const leshan: Region = { code: '511100', name: '乐山市', province: '四川省', city: null, county: null };
const yangzhou: Region = { code: '321000', name: '扬州市', province: '江苏省', city: null, county: null };

const youyiNotice = notice('you-zheng-ban-fa-2020-17', { region: youyi });
const baoqingNotice = notice('bao-zheng-ban-fa-2020-3', { region: baoqing });
const jilinNotice = notice('ji-zheng-gong-zu-2020-3', { region: jilin });
const leshanNotice = notice('511100-2020-05-28-25ca', { region: leshan, script: 'Hant', lang: 'zh-TW' });
const yangzhouNotice = notice('yang-fu-ban-fa-2021-26', { region: yangzhou });
const nowhere = notice('x-zheng-ban-fa-2019-x');

const key = (printed: string, n = youyiNotice) => readUnit(printed, n).map((r) => r.key);

describe('units within their region', () => {
  it('merges a county’s 县司法局 and 司法局, and 友谊县司法局', () => {
    expect(key('县司法局')).toEqual(['230522:司法局']);
    expect(key('司法局')).toEqual(['230522:司法局']);
    expect(key('友谊县司法局')).toEqual(['230522:司法局']);
  });

  it('never merges across regions: another county’s 县司法局 is its own', () => {
    expect(key('县司法局', baoqingNotice)).toEqual(['230523:司法局']);
    expect(key('县政府办公室', baoqingNotice)).not.toEqual(key('县政府办公室'));
  });

  it('places 省… of a city notice in its province, and keeps words that begin with a level (市场监管局)', () => {
    const [reading] = readUnit('省发展改革委', yangzhouNotice);
    expect(reading).toMatchObject({ key: '320000:发展改革委', region: { code: '320000', name: '江苏省' } });
    expect(key('县市场监督管理局')).toEqual(key('市场监管局'));
    expect(key('乡村振兴局')).toEqual(['230522:乡村振兴局']);
  });

  it('folds standard abbreviations and full names before the organ', () => {
    expect(key('省政务服务数据管理局', jilinNotice)).toEqual(key('省政数局', jilinNotice));
    expect(key('省卫生健康委员会', jilinNotice)).toEqual(key('省卫健委', jilinNotice));
    expect(key('省住房和城乡建设厅', jilinNotice)).toEqual(key('省住建厅', jilinNotice));
    expect(key('省交通厅', jilinNotice)).toEqual(key('省交通运输厅', jilinNotice));
    expect(key('县政府办')).toEqual(key('县人民政府办公室'));
    // A stem counts only right before the organ: 交通 inside a longer name stays.
    expect(foldCore('交通建设投资公司')).toBe('交通建设投资公司');
    // Different organs stay apart: a 委 is not a 局.
    expect(key('县卫生健康委')).not.toEqual(key('县卫生健康局'));
  });

  it('reads Traditional as Simplified and keeps the printed form', () => {
    const [reading] = readUnit('市衛生健康委', leshanNotice);
    expect(reading).toMatchObject({ key: '511100:卫生健康委', printed: '市衛生健康委', kind: 'named' });
    expect(key('各縣(市、區)人民政府', leshanNotice)).toEqual(key('各县（市、区）政府', leshanNotice));
  });

  it('uses a short name the notice defines', () => {
    const pairs = definedAbbreviations('省政务服务和数字化建设管理局（以下简称“省政数局”）负责……');
    expect(pairs).toEqual([['省政务服务和数字化建设管理局', '省政数局']]);
    expect(readUnit('省政数局', jilinNotice, pairs)[0]!.key).toBe(
      readUnit('省政务服务和数字化建设管理局', jilinNotice)[0]!.key,
    );
  });

  it('keeps units of a notice without a region to that notice', () => {
    expect(key('县财政局', nowhere)).toEqual(['notice-x-zheng-ban-fa-2019-x:财政局']);
  });
});

describe('collective addressees', () => {
  it.each([
    '各乡（镇）政府',
    '县直各单位',
    '各市〔州〕、县〔市、区〕政府',
    '县〔市、区〕政府',
    '省政府各部门',
    '市政府有关部门',
    '全省各级政务公开主管部门',
    '省属国有企业',
  ])('%s is a collective', (printed) => {
    expect(readUnit(printed, jilinNotice).map((r) => r.kind)).toEqual(['collective']);
  });

  it.each(['县政府办公室', '融媒体中心', '县营商环境建设监督局', '省委党校（省行政学院）'])(
    '%s is named',
    (printed) => {
      expect(readUnit(printed, youyiNotice).map((r) => r.kind)).toEqual(['named']);
    },
  );

  it('reads 卫生健康局等部门 as 卫生健康局 plus a collective remainder', () => {
    expect(readUnit('卫生健康局等部门', youyiNotice)).toMatchObject([
      { kind: 'named', printed: '卫生健康局', key: '230522:卫生健康局' },
      { kind: 'collective', printed: '卫生健康局等部门' },
    ]);
    expect(readUnit('县卫生健康局', youyiNotice)[0]!.key).toBe('230522:卫生健康局');
    // A collective before 等 stays one collective.
    expect(readUnit('各有关单位等部门', youyiNotice).map((r) => r.kind)).toEqual(['collective']);
  });

  it('takes in every department of its region through 县直各单位 / 省政府各部门, never through 有关部门', () => {
    const [all] = readUnit('县直各单位', youyiNotice);
    const [some] = readUnit('县直有关部门', youyiNotice);
    const [province] = readUnit('省政府各部门', jilinNotice);
    expect(includesEveryDepartment(all!)).toBe(true);
    expect(includesEveryDepartment(province!)).toBe(true);
    expect(includesEveryDepartment(some!)).toBe(false);
    expect(isDepartment(readUnit('县司法局', youyiNotice)[0]!)).toBe(true);
    expect(isDepartment(readUnit('县人民政府', youyiNotice)[0]!)).toBe(false);
  });
});

describe('properties', () => {
  const departments = fc.constantFrom(
    '司法局',
    '财政局',
    '政府办公室',
    '卫生健康局',
    '市场监督管理局',
    '住房和城乡建设局',
    '营商环境建设监督局',
    '融媒体中心',
    '公安局',
    '应急管理局',
  );

  it('a county’s department is one unit with or without its prefix, in either script', () => {
    fc.assert(
      fc.property(departments, fc.constantFrom('', '县', '友谊县'), fc.boolean(), (name, prefix, traditional) => {
        const printed = prefix + name;
        const shown = traditional ? toTraditional(printed) : printed;
        expect(key(shown)).toEqual(key(name));
      }),
    );
  });

  it('never puts units of two regions together, and never invents a name', () => {
    fc.assert(
      fc.property(departments, fc.constantFrom('', '县'), (name, prefix) => {
        const here = readUnit(prefix + name, youyiNotice);
        const there = readUnit(prefix + name, baoqingNotice);
        expect(here.map((r) => r.key)).not.toEqual(there.map((r) => r.key));
        for (const r of [...here, ...there]) expect(prefix + name).toContain(r.printed);
      }),
    );
  });
});
