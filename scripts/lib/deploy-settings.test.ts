import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deploySettings, PLACEHOLDER_SITE } from './deploy-settings.ts';

const ROOT = '/work/repo';

describe('deploySettings: SITE', () => {
  it('without SITE uses the placeholder origin and warns, naming what points to it and how to set it', () => {
    const settings = deploySettings({}, ROOT);
    expect(settings.site).toBe(PLACEHOLDER_SITE);
    expect(settings.warnings).toEqual([
      [
        `WARNING: SITE is not set. Canonical links, the RSS feed, the sitemap and every page's JSON-LD will point to`,
        `WARNING: https://zhengwu.example.org, a placeholder. Fine for a trial build; for a deployment, build with the address`,
        `WARNING: the site is served at, e.g. SITE=https://example.gov.cn npm run build`,
      ].join('\n'),
    ]);
    expect(deploySettings({ SITE: '  ' }, ROOT).warnings).toHaveLength(1);
  });

  it('takes an http(s) origin, with or without its trailing slash, and does not warn', () => {
    for (const SITE of ['https://example.gov.cn', 'https://example.gov.cn/', 'http://10.0.0.5:8080'])
      expect(deploySettings({ SITE }, ROOT)).toMatchObject({ site: new URL(SITE).origin, warnings: [] });
  });

  it('refuses a SITE that is not an absolute http(s) address', () => {
    expect(() => deploySettings({ SITE: 'example.gov.cn' }, ROOT)).toThrow(
      'SITE must be an absolute http(s) address such as https://example.gov.cn; got "example.gov.cn".',
    );
    expect(() => deploySettings({ SITE: 'ftp://example.gov.cn' }, ROOT)).toThrow(
      'SITE must be an absolute http(s) address such as https://example.gov.cn; got "ftp://example.gov.cn".',
    );
  });

  it('refuses a SITE with a path, and says to put the path in BASE', () => {
    expect(() => deploySettings({ SITE: 'https://example.gov.cn/zhengwu' }, ROOT)).toThrow(
      'SITE is the origin only ("https://example.gov.cn"); put the path in BASE: BASE=/zhengwu/ SITE=https://example.gov.cn',
    );
  });
});

describe('deploySettings: OUT_DIR', () => {
  it('writes to dist/ by default, and to any new folder inside the repository', () => {
    expect(deploySettings({}, ROOT).outDir).toBe(path.join(ROOT, 'dist'));
    expect(deploySettings({ OUT_DIR: 'dist-subpath' }, ROOT).outDir).toBe(path.join(ROOT, 'dist-subpath'));
    expect(deploySettings({ OUT_DIR: './build/site' }, ROOT).outDir).toBe(path.join(ROOT, 'build', 'site'));
    expect(deploySettings({ OUT_DIR: `${ROOT}/dist-staging` }, ROOT).outDir).toBe(path.join(ROOT, 'dist-staging'));
    expect(deploySettings({ OUT_DIR: '..dist' }, ROOT).outDir).toBe(path.join(ROOT, '..dist'));
  });

  it('refuses an absolute OUT_DIR outside the repository, or a relative one that leaves it', () => {
    expect(() => deploySettings({ OUT_DIR: '/var/www/html' }, ROOT)).toThrow(
      'OUT_DIR=/var/www/html is outside the repository (/work/repo). The build empties its output folder before ' +
        'writing, so it only writes inside the repository: build into dist/ (the default) or another folder here, ' +
        'then copy it to the host.',
    );
    expect(() => deploySettings({ OUT_DIR: '../site' }, ROOT)).toThrow(
      'OUT_DIR=../site is outside the repository (/work/repo).',
    );
    expect(() => deploySettings({ OUT_DIR: '/' }, ROOT)).toThrow('OUT_DIR=/ is outside the repository');
  });

  it('refuses the repository itself and the folders of its own files', () => {
    for (const OUT_DIR of ['.', ROOT, 'src', 'content/', 'public', 'node_modules', 'generated', '.git', 'src/out'])
      expect(() => deploySettings({ OUT_DIR }, ROOT), OUT_DIR).toThrow(
        `OUT_DIR=${OUT_DIR} is the repository itself or lies among its own files, and the build empties its output ` +
          'folder before writing. Use dist/ (the default) or a new folder such as dist-staging/.',
      );
  });
});
