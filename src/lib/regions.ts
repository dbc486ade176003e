/**
 * The province › city › county tree of the regions notices come from. A notice only names its most specific
 * division (GB/T 2260 code + names of the levels above), so the ancestors' codes are derived from the code:
 * 230522 → province 230000, city 230500.
 */
import type { Notice, Region } from '../model/notice.ts';

export type RegionRank = 'province' | 'city' | 'county';

export interface RegionNode {
  code: string;
  name: string;
  rank: RegionRank;
  parent: string | null;
  children: RegionNode[];
  /** Notices of exactly this division. */
  notices: Notice[];
  /** Notices of this division and everything below it. */
  total: number;
}

/** The chain of [code, name, rank] from the province down to the region itself, skipping unnamed levels. */
export function regionChain(region: Region): [string, string, RegionRank][] {
  const { code } = region;
  const provinceCode = `${code.slice(0, 2)}0000`;
  const cityCode = `${code.slice(0, 4)}00`;
  const rank: RegionRank = code === provinceCode ? 'province' : code === cityCode ? 'city' : 'county';
  const chain: [string, string, RegionRank][] = [];
  if (rank !== 'province' && region.province) chain.push([provinceCode, region.province, 'province']);
  // Municipalities and 省直辖县 have no named city level in between.
  if (rank === 'county' && region.city) chain.push([cityCode, region.city, 'city']);
  chain.push([code, region.name, rank]);
  return chain;
}

export interface RegionTree {
  roots: RegionNode[];
  byCode: Map<string, RegionNode>;
  /** Notices without a region (national documents, or a region the converter could not tell). */
  unplaced: Notice[];
}

export function buildRegionTree(notices: Notice[]): RegionTree {
  const byCode = new Map<string, RegionNode>();
  const unplaced: Notice[] = [];
  for (const notice of notices) {
    if (!notice.region) {
      unplaced.push(notice);
      continue;
    }
    let parent: RegionNode | undefined;
    for (const [code, name, rank] of regionChain(notice.region)) {
      const node: RegionNode = byCode.get(code) ?? {
        code,
        name,
        rank,
        parent: null,
        children: [],
        notices: [],
        total: 0,
      };
      byCode.set(code, node);
      // Attached on first sight of its parent, which may come from a later notice that names the level above.
      if (parent && node.parent === null) {
        node.parent = parent.code;
        parent.children.push(node);
      }
      parent = node;
    }
    parent?.notices.push(notice);
  }
  const byCodeOrder = (a: RegionNode, b: RegionNode) => (a.code < b.code ? -1 : 1);
  for (const node of byCode.values()) node.children.sort(byCodeOrder);
  const roots = [...byCode.values()].filter((n) => n.parent === null).sort(byCodeOrder);
  const count = (node: RegionNode): number =>
    (node.total = node.notices.length + node.children.reduce((sum, child) => sum + count(child), 0));
  roots.forEach(count);
  return { roots, byCode, unplaced };
}

/** The node and its ancestors, outermost first — for breadcrumbs. */
export function regionPath(tree: RegionTree, code: string): RegionNode[] {
  const path: RegionNode[] = [];
  for (let node = tree.byCode.get(code); node; node = node.parent ? tree.byCode.get(node.parent) : undefined)
    path.unshift(node);
  return path;
}

/** Every notice of the node and its descendants. */
export function regionNotices(node: RegionNode): Notice[] {
  return [...node.notices, ...node.children.flatMap(regionNotices)];
}
