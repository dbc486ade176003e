// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { deploySettings } from './scripts/lib/deploy-settings.ts';
import { noticesExport } from './src/export/notices-export.ts';
import { unitFilesIntegration } from './src/export/unit-files.ts';
import { contentSecurityPolicy } from './src/security/csp-integration.ts';
import { siteShard } from './src/lib/site-shard.ts';

// SITE=https://example.gov.cn BASE=/zhengwu/ npm run build → absolute URLs on that origin, every link under /zhengwu/.
// OUT_DIR=dist-staging keeps a second build beside dist/. Unsafe settings throw here, before anything is written;
// without SITE the build warns (here, and again at its end) and uses a placeholder origin.
const deploy = deploySettings(process.env, fileURLToPath(new URL('.', import.meta.url)));
for (const warning of deploy.warnings) console.warn(warning);
// SITE_SHARD: one shard of a sharded build (scripts/build-site.ts, src/lib/site-shard.ts). Each keeps its own
// content-layer cache, so that a rebuild of a shard reuses its own; a notices shard leaves the corpus export to the
// corpus shard. The plain build keeps its cache in the project too, not in node_modules/.astro: checkouts that share
// one node_modules (git worktrees) would otherwise read each other's data store.
const shard = siteShard();

export default defineConfig({
  site: deploy.site,
  base: deploy.base,
  outDir: deploy.outDir,
  cacheDir: shard ? `./.astro/shards/${shard.name}/` : './.astro/cache/',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // The offline page is for this browser's cache, not for search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/offline/') }),
    contentSecurityPolicy(),
    // A notices shard renders no list page: the corpus shard writes the corpus's exports and its units' files.
    ...(shard?.role === 'notices' ? [] : [noticesExport(), unitFilesIntegration()]),
  ],
  // Scripts and styles stay in files, never inlined into a page: the Content-Security-Policy allows the site's own
  // files and a few hashed one-liners (src/security/), not whatever small bundle Vite would inline.
  // Four pages at a time: one page's file is written while the next renders (the pages read the corpus once, through
  // promises cached at module level). At 1,000 notices rendering took 50.5 s against 57.1 s one at a time.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive and rolldown warns once per notice that it
        // may not be preserved (withastro/astro#18087): harmless, and a thousand notices would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  markdown: {
    // Clause anchors are written by the converter as `{#eId}`; legal text keeps its own quotation marks.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
  },
});
