/** A unit's tasks as a feed, newest notice first: a department subscribes to what is asked of it. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { strings } from '../../../i18n/strings.ts';
import type { Unit } from '../../../lib/catalog.ts';
import { getCatalog } from '../../../lib/corpus.ts';
import { noticeDate } from '../../../lib/format.ts';
import { regionLabel } from '../../../lib/unit-regions.ts';
import { unitPaths } from '../../../lib/unit-pages.ts';
import { urls } from '../../../lib/urls.ts';

export const getStaticPaths = unitPaths satisfies GetStaticPaths;

/** Each notice's place in the catalog (newest first), worked out once: for every unit it is units × notices. */
let order: Map<string, number> | undefined;

export const GET: APIRoute<{ unit: Unit }> = async (context) => {
  const { unit } = context.props;
  const place = (order ??= new Map((await getCatalog()).notices.map((n, i) => [n.id, i])));
  const tasks = [...unit.tasks].sort((a, b) => place.get(a.notice.id)! - place.get(b.notice.id)!);
  return rss({
    title: strings.units.feedTitle(`${unit.name}（${regionLabel(unit)}）`),
    description: strings.units.unitTitle(unit.name),
    site: new URL(urls.unit(unit.slug), context.site ?? context.url.origin).href,
    customData: '<language>zh-cn</language>',
    items: tasks.map(({ notice, clause, responsibility }) => {
      const date = noticeDate(notice);
      return {
        title: `${clause.citation} ${clause.clause.heading ?? ''}`.trim(),
        link: urls.notice(notice.id, clause.clause.eId),
        ...(date && { pubDate: new Date(`${date}T00:00:00+08:00`) }),
        description: [notice.title, responsibility.deadline].filter(Boolean).join(' · '),
      };
    }),
  });
};
