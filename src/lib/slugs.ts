/**
 * ASCII URL slugs for Chinese names (issuers, units, genres): pinyin syllables joined by '-'.
 * Names come from many notices, so slugs are assigned over the whole set at once and deduplicated.
 */
import { pinyin } from 'pinyin-pro';

const MAX_LENGTH = 80;

/** 县营商环境建设监督局 → xian-ying-shang-huan-jing-jian-she-jian-du-ju. Non-Chinese letters and digits are kept. */
export function slugify(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= MAX_LENGTH) return slug || 'x';
  // Cut at a syllable boundary so a long name does not end in half a syllable.
  return slug.slice(0, MAX_LENGTH + 1).replace(/-[^-]*$/, '');
}

/**
 * name → slug for a set of names. Names are sorted first so the result does not depend on input order;
 * names whose pinyin collides (a Traditional and a Simplified spelling, homophones) get -2, -3….
 */
export function assignSlugs(names: Iterable<string>): Map<string, string> {
  const unique = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const name of unique) {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}
