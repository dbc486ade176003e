// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

// BASE=/zhengwu/ npm run build → a dist/ that works under a subpath; SITE sets absolute URLs (feed, sitemap).
const base = process.env.BASE ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'https://zhengwu.example.org',
  base,
  // OUT_DIR=dist-subpath BASE=/zhengwu/ npm run build keeps a second build beside dist/ (the e2e tests use both).
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
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
