/**
 * The only scripts the site writes inline, each one line that must run before first paint. They live here, as text,
 * so that the Content-Security-Policy (content-security-policy.ts) allows exactly these by their hashes; any other
 * inline script in a built page stops the build (csp-integration.ts).
 */
export const INLINE_SCRIPTS = {
  /** Base.astro, in <head>: controls that need a script (the copy buttons) show only when scripts run. */
  scriptsRun: `document.documentElement.classList.add('js');`,
  /** NoticeToc.astro, after the table of contents: open in the sidebar on wide screens; phones keep it folded above the text. */
  openTocWhenWide: `if (matchMedia('(min-width: 64rem)').matches) document.getElementById('noticeToc').open = true;`,
  /** MetadataCard.astro: open where there is room; on phones the subline above already gives number, issuer, date. */
  openMetadataWhenWide: `if (matchMedia('(min-width: 40rem)').matches) document.getElementById('noticeMeta').open = true;`,
} as const;
