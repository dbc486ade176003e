import { describe, expect, it } from 'vitest';
import { assignSlugs, slugify } from './slugs.ts';

describe('slugify', () => {
  it('spells Chinese names in toneless pinyin joined by hyphens', () => {
    expect(slugify('县营商环境建设监督局')).toBe('xian-ying-shang-huan-jing-jian-she-jian-du-ju');
    expect(slugify('通知')).toBe('tong-zhi');
  });

  it('reads Traditional characters and drops brackets and punctuation', () => {
    expect(slugify('各縣(市、區)人民政府')).toBe('ge-xian-shi-qu-ren-min-zheng-fu');
    expect(slugify('各乡（镇）政府')).toBe('ge-xiang-zhen-zheng-fu');
  });

  it('keeps Latin letters and digits, lower-cased', () => {
    expect(slugify('ABC局2号')).toBe('abc-ju-2-hao');
  });

  it('never returns an empty slug', () => {
    expect(slugify('（）')).toBe('x');
  });

  it('cuts long names at a syllable boundary', () => {
    const slug = slugify('各市州县市区人民政府省政府各厅委办各直属机构各有关单位及其所属事业单位');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('assignSlugs', () => {
  it('deduplicates colliding slugs in a stable order', () => {
    const slugs = assignSlugs(['各縣(市、區)人民政府', '各县（市、区）人民政府', '县司法局', '县司法局']);
    expect(slugs.size).toBe(3);
    expect(new Set(slugs.values()).size).toBe(3);
    expect(slugs.get('县司法局')).toBe('xian-si-fa-ju');
    const again = assignSlugs(['县司法局', '各县（市、区）人民政府', '各縣(市、區)人民政府']);
    expect([...again]).toEqual([...slugs]);
  });

  it('gives the suffix to the later name in sort order', () => {
    const slugs = assignSlugs(['各县（市、区）人民政府', '各縣(市、區)人民政府']);
    expect(slugs.get('各县（市、区）人民政府')).toBe('ge-xian-shi-qu-ren-min-zheng-fu');
    expect(slugs.get('各縣(市、區)人民政府')).toBe('ge-xian-shi-qu-ren-min-zheng-fu-2');
  });
});
