import { describe, expect, it } from 'vitest';
import type { Region } from '../../src/model/notice.ts';
import { decodeLookupBucket, lookUp, nameKeys, unitFilterKeys } from '../../src/search/lookup.ts';
import { clause, component, duty, guangdong, notice } from '../../tests/helpers/notices.ts';
import { buildLookup } from './search-lookup.ts';

const youyi: Region = { code: '230522', name: '友谊县', province: '黑龙江省', city: '双鸭山市', county: '友谊县' };
const baoqing: Region = { code: '230523', name: '宝清县', province: '黑龙江省', city: '双鸭山市', county: '宝清县' };
const plan = (id: string, region: Region, lead: string) =>
  notice(id, {
    title: `${region.name}人民政府办公室关于印发${region.name}2020年政务公开工作实施方案的通知`,
    documentNumber: `${region.name.slice(0, 1)}政办发〔2020〕17号`,
    region,
    signedDate: '2020-09-07',
    components: [
      component('main', 'text', [clause('sec_1', '一、', [], { duty: duty([lead], ['县直各单位'], '2020-12-31') })], {
        title: `${region.name}2020年政务公开工作实施方案`,
      }),
    ],
  });

describe('buildLookup', () => {
  const notices = [
    plan('you-zheng-ban-fa-2020-17', youyi, '县司法局'),
    plan('bao-zheng-ban-fa-2020-17', baoqing, '司法局'),
    guangdong,
  ];
  const shardOf = new Map([
    ['you-zheng-ban-fa-2020-17', 2],
    ['bao-zheng-ban-fa-2020-17', 0],
    ['yue-fu-ban-2020-14', 1],
  ]);
  const { lookup, labels } = buildLookup(notices, shardOf);
  const buckets = lookup.buckets().map(decodeLookupBucket);
  const find = async (keys: string[]) => (await lookUp(keys, buckets.length, async (b) => buckets[b]!)).targets;

  it('finds each notice by its 发文字号, its title and its own parts’ titles, with what its card shows', async () => {
    const [youyiPlan] = await find(nameKeys('友政辦發［2020］17號'));
    expect(youyiPlan).toEqual({
      kind: 'notice',
      id: 'you-zheng-ban-fa-2020-17',
      title: '友谊县人民政府办公室关于印发友谊县2020年政务公开工作实施方案的通知',
      docno: '友政办发〔2020〕17号',
      date: '2020-09-07',
    });
    expect(await find(nameKeys('《友谊县2020年政务公开工作实施方案》'))).toEqual([youyiPlan]);
    // A document forwarded inside a file is found on its own page, not as the file.
    expect(await find(nameKeys('国办发〔2020〕17号'))).toEqual([]);
  });

  it('finds each region’s unit by its printed names, with and without the region, and lists its shards', async () => {
    const units = await find(nameKeys('司法局'));
    expect(units.map((u) => u.kind === 'unit' && [u.filter, u.region, u.shards])).toEqual([
      ['230522:司法局', '黑龙江省 › 双鸭山市 › 友谊县', [2]],
      ['230523:司法局', '黑龙江省 › 双鸭山市 › 宝清县', [0]],
    ]);
    expect((await find(nameKeys('宝清县司法局'))).map((u) => u.kind === 'unit' && u.filter)).toEqual(['230523:司法局']);
    expect((await find(unitFilterKeys('230522:司法局'))).map((u) => u.kind === 'unit' && u.name)).toEqual(['县司法局']);
  });

  it('labels each unit filter value with the unit’s name and region', () => {
    expect(labels.unit).toMatchObject({ '230522:司法局': '县司法局（友谊县）', '230523:司法局': '司法局（宝清县）' });
  });
});
