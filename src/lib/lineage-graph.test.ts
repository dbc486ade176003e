import { describe, expect, it } from 'vitest';
import type { LineageNode } from '../model/relations.ts';
import { lineageGraph } from './lineage-graph.ts';

const node = (notice: string, next: LineageNode[] = []): LineageNode => ({ notice, kind: 'implements', next });
const label = (notice: string) => notice.toUpperCase();

describe('lineageGraph', () => {
  it('draws what a notice carries out above it and what carries it out below, each notice once', () => {
    // A province's notice carries out the national one; two counties carry out the province's, one of them twice over.
    const graph = lineageGraph(
      'province',
      [node('national')],
      [node('county-a'), node('county-b', [node('town')])],
      label,
    )!;
    const y = new Map(graph.nodes.map((n) => [n.notice, n.y]));
    expect(graph.nodes.map((n) => n.notice).sort()).toEqual(['county-a', 'county-b', 'national', 'province', 'town']);
    expect(y.get('national')!).toBeLessThan(y.get('province')!);
    expect(y.get('province')!).toBeLessThan(y.get('county-a')!);
    expect(y.get('county-b')!).toBeLessThan(y.get('town')!);
    expect(graph.edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual([
      'county-b→town',
      'national→province',
      'province→county-a',
      'province→county-b',
    ]);
    expect(graph.nodes.find((n) => n.current)?.notice).toBe('province');
  });

  it('keeps every node inside the drawing, wide enough for its label', () => {
    const graph = lineageGraph('a', [node('国办发〔2020〕17号')], [], (id) => id)!;
    for (const n of graph.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(graph.width);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(graph.height);
      expect(n.width).toBeGreaterThan([...n.label].length * 10);
    }
  });

  it('draws one node more below the notice for what the graph leaves out, no notice and no edge', () => {
    const graph = lineageGraph('national', [], [node('province')], label, '另有 300 件')!;
    const more = graph.nodes.find((n) => n.more)!;
    expect(more).toMatchObject({ notice: '', label: '另有 300 件', current: false });
    expect(more.y).toBeGreaterThan(graph.nodes.find((n) => n.current)!.y);
    expect(graph.nodes.filter((n) => !n.more).map((n) => n.notice)).toEqual(['national', 'province']);
    expect(graph.edges.map((e) => `${e.from}→${e.to}`)).toEqual(['national→province']);
    expect(lineageGraph('national', [], [node('province')], label)!.nodes.some((n) => n.more)).toBe(false);
  });

  it('draws nothing for a notice with no lineage', () => {
    expect(lineageGraph('alone', [], [], label)).toBeNull();
  });
});
