/**
 * A facet with thousands of values (issuers: one or more per county that publishes) is browsed by province: its index
 * lists the provinces, each with its most frequent values, and each province has a page of all its values
 * (/issuers/region/440000/), so no page lists every value of a national corpus. A value belongs to the province its
 * own notices come from — those it is a value of as a whole, not as a forwarded document inside another's notice (国务院
 * 办公厅's 要点 forwarded by 广东 does not make it 广东's); the most frequent one if several.
 */
import { strings } from '../i18n/strings.ts';
import type { Notice } from '../model/notice.ts';
import type { FacetValue } from './catalog.ts';
import { FACETS, type FacetKey, valuesOf } from './facets.ts';
import { urls } from './urls.ts';

export interface FacetGroup {
  /** In the group page's URL: a province's GB/T 2260 code, or national, none, forwarded. */
  key: string;
  label: string;
  /** In the facet's order. */
  values: FacetValue[];
}

/** The groups that are not provinces, and where they come: national first, the provinces by code, then these. */
const NATIONAL = 'national';
const NONE = 'none';
const FORWARDED = 'forwarded';

/** GB/T 2260's code for the country as a whole (全国). */
const COUNTRY = '100000';

function noticeGroup(notice: Notice): [key: string, label: string] {
  const { region, level } = notice;
  if (level === 'national' || region?.code === COUNTRY) return [NATIONAL, strings.levels.national];
  if (region?.province) return [`${region.code.slice(0, 2)}0000`, region.province];
  if (region?.code.endsWith('0000')) return [region.code, region.name];
  return [NONE, strings.browse.noRegion];
}

const rank = (key: string) => (key === NATIONAL ? 0 : key === NONE ? 2 : key === FORWARDED ? 3 : 1);

/** The groups of a facet's values (in the facet's order within each), national, provinces by code, the rest. */
export function groupByProvince(key: FacetKey, values: FacetValue[]): FacetGroup[] {
  const groups = new Map<string, FacetGroup>();
  for (const value of values) {
    const own = value.notices.filter((notice) =>
      valuesOf(key, { notice, component: null, clause: null }).includes(value.value),
    );
    const tally = new Map<string, { label: string; count: number }>();
    for (const notice of own) {
      const [groupKey, label] = noticeGroup(notice);
      const seen = tally.get(groupKey);
      tally.set(groupKey, { label, count: (seen?.count ?? 0) + 1 });
    }
    const [groupKey, { label }] = [...tally].sort(
      ([a, x], [b, y]) => y.count - x.count || rank(a) - rank(b) || (a < b ? -1 : 1),
    )[0] ?? [FORWARDED, { label: strings.browse.forwardedOnly }];
    const group = groups.get(groupKey);
    if (group) group.values.push(value);
    else groups.set(groupKey, { key: groupKey, label, values: [value] });
  }
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : 1));
}

/** How many of a province's values its facet's index shows; its page shows them all. */
export const GROUP_PREVIEW = 10;

/** A value as a browse index lists it (FacetList.astro): its label in its notices' script, its link and count. */
export const facetListItem = (key: FacetKey, value: FacetValue) => ({
  label: value.label,
  // A name is printed in its notices' script; labels made by the site (2020年, 县级) are the site's zh-CN.
  lang: FACETS[key].slug === 'pinyin' ? value.notices[0]!.lang : undefined,
  href: urls.facetValue(key, value.slug),
  count: strings.browse.count(value.count),
});
