/**
 * Every link of the built site leads somewhere: each page and asset a page links to exists, and each fragment names
 * an element of its page — at / and under the subpath. Citations in notice text (<Ref>) are links too, so a
 * cross-reference to a missing notice or clause fails here.
 */
import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { DIST, DIST_LONG, DIST_SUBPATH, SUBPATH } from './global-setup.ts';

describe.each([
  ['/', DIST],
  [SUBPATH, DIST_SUBPATH],
  // With a notice of 2,000 clauses shown on several pages: links into its later pages, and its pages.json.
  [`${SUBPATH} (a long notice)`, DIST_LONG],
])('link check of the build served at %s', (served, dist) => {
  const base = served.split(' ')[0]!;
  test('0 dangling links, 0 missing fragments', () => {
    const report = checkLinks(dist, base);
    console.log(
      `[links ${base}] ${report.pages} pages, ${report.internal} internal links (${report.fragments} with a fragment), ${report.external} external`,
    );
    expect(report.dangling).toEqual([]);
    // It looked at the site: every notice page links its clauses, and citations link across notices.
    expect(report.pages).toBeGreaterThan(20);
    expect(report.fragments).toBeGreaterThan(100);
  });
});
