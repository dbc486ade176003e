/**
 * Where the built site goes and where it will be served, from the environment: SITE (the origin it is served at),
 * BASE (the path under that origin) and OUT_DIR (the folder the build writes). astro.config.mjs and the build scripts
 * after it read them here, so they agree, and a setting that would produce a broken or dangerous build is refused
 * before anything is written.
 */
import path from 'node:path';

/** Stands in for SITE when it is unset, so a trial build still has absolute URLs; never right for a deployment. */
export const PLACEHOLDER_SITE = 'https://zhengwu.example.org';

/**
 * Top-level folders of the repository that hold sources or tools: Astro empties its output folder before writing, so
 * building into one of them would delete it.
 */
const SOURCE_FOLDERS = new Set([
  '.git',
  'content',
  'docs',
  'generated',
  'node_modules',
  'public',
  'scripts',
  'src',
  'tests',
]);

export interface DeploySettings {
  /** The origin every absolute URL (canonical links, feed, sitemap, JSON-LD) is built on. */
  site: string;
  /** BASE, as Astro reads it. */
  base: string;
  /** Absolute path of the output folder, inside the repository. */
  outDir: string;
  /** Messages to print before and after the build. */
  warnings: string[];
}

export const messages = {
  siteUnset: [
    `WARNING: SITE is not set. Canonical links, the RSS feed, the sitemap and every page's JSON-LD will point to`,
    `WARNING: ${PLACEHOLDER_SITE}, a placeholder. Fine for a trial build; for a deployment, build with the address`,
    `WARNING: the site is served at, e.g. SITE=https://example.gov.cn npm run build`,
  ].join('\n'),
  siteNotAnOrigin: (site: string) =>
    `SITE must be an absolute http(s) address such as https://example.gov.cn; got "${site}".`,
  siteHasPath: (site: string, pathname: string) =>
    `SITE is the origin only ("${new URL(site).origin}"); put the path in BASE: BASE=${pathname} SITE=${new URL(site).origin}`,
  outDirOutside: (outDir: string, root: string) =>
    `OUT_DIR=${outDir} is outside the repository (${root}). The build empties its output folder before writing, so it ` +
    `only writes inside the repository: build into dist/ (the default) or another folder here, then copy it to the host.`,
  outDirSources: (outDir: string) =>
    `OUT_DIR=${outDir} is the repository itself or lies among its own files, and the build empties its output folder ` +
    `before writing. Use dist/ (the default) or a new folder such as dist-staging/.`,
};

export function deploySettings(env: Record<string, string | undefined>, repositoryRoot: string): DeploySettings {
  const root = path.resolve(repositoryRoot);
  const warnings: string[] = [];

  let site = env.SITE?.trim() ?? '';
  if (site === '') {
    site = PLACEHOLDER_SITE;
    warnings.push(messages.siteUnset);
  } else {
    let url: URL;
    try {
      url = new URL(site);
    } catch {
      throw new Error(messages.siteNotAnOrigin(site));
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(messages.siteNotAnOrigin(site));
    if (url.pathname !== '/') throw new Error(messages.siteHasPath(site, url.pathname.replace(/\/?$/, '/')));
    site = url.origin;
  }

  const outDirSetting = env.OUT_DIR?.trim() || 'dist';
  const outDir = path.resolve(root, outDirSetting);
  const relative = path.relative(root, outDir);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
    throw new Error(messages.outDirOutside(outDirSetting, root));
  if (relative === '' || SOURCE_FOLDERS.has(relative.split(path.sep)[0]!))
    throw new Error(messages.outDirSources(outDirSetting));

  return { site, base: env.BASE?.trim() || '/', outDir, warnings };
}
