import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { strings } from '../i18n/strings.ts';
import { getCatalog } from '../lib/corpus.ts';
import { noticeDate } from '../lib/format.ts';
import { urls } from '../lib/urls.ts';

const FEED_SIZE = 50;

export const GET: APIRoute = async (context) => {
  const { notices } = await getCatalog();
  return rss({
    title: strings.site.name,
    description: strings.site.description,
    // The channel links to the home page, base included; item links are resolved against it.
    site: new URL(urls.home(), context.site ?? context.url.origin).href,
    customData: '<language>zh-cn</language>',
    items: notices.slice(0, FEED_SIZE).map((notice) => {
      const date = noticeDate(notice);
      return {
        title: notice.title,
        link: urls.notice(notice.id),
        ...(date && { pubDate: new Date(`${date}T00:00:00+08:00`) }),
        description: [notice.documentNumber, notice.issuer].filter(Boolean).join(' · '),
      };
    }),
  });
};
