/**
 * The lineage of a notice drawn as a graph: what it carries out above it (up to the State Council's notice), what
 * carries it out below, laid out by dagre (ranks top to bottom, crossings minimised) at build time. Pure: positions
 * only; the page draws them (src/components/notice/LineageGraph.astro).
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { Relation } from '../model/notice.ts';
import type { LineageNode } from '../model/relations.ts';

export interface GraphNode {
  notice: string;
  label: string;
  /** The notice the page is about. */
  current: boolean;
  /** Not a notice: the count of the notices below it the graph leaves out (notice ''). */
  more: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge {
  /** The higher notice and the one that carries it out. */
  from: string;
  to: string;
  kind: Relation;
  points: { x: number; y: number }[];
}

export interface LineageGraph {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const NODE_HEIGHT = 40;
const CHAR_WIDTH = 14; // a Han character at the graph's font size
const PADDING = 24;
/** The more node's key in the layout (no page id has '+'). */
const MORE = '+more';

/**
 * The graph of a notice's lineage, or null when it has none. `labelOf` names a notice on its node (its 发文字号, or a
 * short title). `more` labels one node more below the notice, for the notices below it that `down` leaves out.
 */
export function lineageGraph(
  notice: string,
  up: LineageNode[],
  down: LineageNode[],
  labelOf: (notice: string) => string,
  more?: string,
): LineageGraph | null {
  if (up.length === 0 && down.length === 0) return null;
  const graph = new Graph({ multigraph: false });
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  const kinds = new Map<string, Relation>();
  const addNode = (id: string, label = labelOf(id)) => {
    if (graph.hasNode(id)) return;
    graph.setNode(id, { label, width: [...label].length * CHAR_WIDTH + PADDING, height: NODE_HEIGHT });
  };
  // Edges run from the higher notice to the one that carries it out, so ranks read national → county.
  const addEdges = (from: string, nodes: LineageNode[], upward: boolean) => {
    for (const node of nodes) {
      addNode(node.notice);
      const [higher, lower] = upward ? [node.notice, from] : [from, node.notice];
      graph.setEdge(higher, lower);
      kinds.set(`${higher}\n${lower}`, node.kind);
      addEdges(node.notice, node.next, upward);
    }
  };
  addNode(notice);
  addEdges(notice, up, true);
  addEdges(notice, down, false);
  if (more) {
    addNode(MORE, more);
    graph.setEdge(notice, MORE);
  }
  layout(graph);

  const nodes = graph.nodes().map((id) => {
    const { x, y, width, height, label } = graph.node(id) as {
      x: number;
      y: number;
      width: number;
      height: number;
      label: string;
    };
    return { notice: id === MORE ? '' : id, label, current: id === notice, more: id === MORE, x, y, width, height };
  });
  const edges = graph
    .edges()
    .filter(({ w }) => w !== MORE)
    .map(({ v, w }) => ({
      from: v,
      to: w,
      kind: kinds.get(`${v}\n${w}`)!,
      points: (graph.edge(v, w) as { points: { x: number; y: number }[] }).points,
    }));
  const { width, height } = graph.graph() as { width: number; height: number };
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}
