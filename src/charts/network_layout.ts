/**
 * A force-directed layout of a co-occurrence network, the same on every run: d3-force
 * with a seeded random source, nodes started on a fixed spiral, a fixed number of ticks.
 *
 * @module
 */
// @ts-types="npm:@types/d3-force@3.0.10"
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { SimulationLinkDatum, SimulationNodeDatum } from "d3-force";

/** A node to lay out. */
export interface NetworkNodeInput {
  /** Unique id (the entity's name). */
  id: string;
  /** Its weight, e.g. its mentions: heavier nodes are drawn larger. */
  weight: number;
  /** Room to keep around it, in layout units, e.g. for its label (default 34). */
  radius?: number;
}

/** A link to lay out. */
export interface NetworkLinkInput {
  /** Id of one node. */
  source: string;
  /** Id of the other. */
  target: string;
  /** Its weight, e.g. the sentences that mention both: heavier links pull harder. */
  weight: number;
}

/** A node with its position. */
export interface PlacedNode extends NetworkNodeInput {
  /** Horizontal position, from 0 to the width. */
  x: number;
  /** Vertical position, from 0 to the height. */
  y: number;
}

/** Options for {@linkcode networkLayout}. */
export interface NetworkLayoutOptions {
  /** Width of the area (default 760). */
  width?: number;
  /** Height of the area (default 560). */
  height?: number;
  /** Blank border kept free for labels (default 60). */
  margin?: number;
  /** Blank border on the left and right, for wide labels (default `margin`). */
  marginX?: number;
  /** Seed of the random source (default 1). */
  seed?: number;
  /** Ticks of the simulation (default 300). */
  ticks?: number;
}

/**
 * A seeded pseudo-random source (a linear congruential generator, as d3's own
 * `randomLcg`), returning numbers in [0, 1).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { seededRandom } from "./network_layout.ts";
 * const random = seededRandom(1);
 * const first = random();
 * assert.ok(first >= 0 && first < 1);
 * assert.equal(seededRandom(1)(), first); // the same seed, the same numbers
 * ```
 */
export function seededRandom(seed: number): () => number {
  let state = (Math.abs(Math.floor(seed * 0xffffffff)) || 1) >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  weight: number;
  radius: number;
}

/**
 * Lays out a network with d3-force (many-body repulsion, links pulling by weight,
 * collision, a pull to the centre), then scales the positions into the area. Pure:
 * the same input and options give the same positions.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { networkLayout } from "framelens";
 * const nodes = [{ id: "Iran", weight: 40 }, { id: "Iraq", weight: 30 }];
 * const links = [{ source: "Iran", target: "Iraq", weight: 12 }];
 * const placed = networkLayout(nodes, links, { width: 400, height: 300 });
 * assert.deepEqual(placed.map((n) => n.id), ["Iran", "Iraq"]);
 * assert.ok(placed.every((n) => n.x >= 0 && n.x <= 400 && n.y >= 0 && n.y <= 300)); // inside the area
 * assert.deepEqual(networkLayout(nodes, links, { width: 400, height: 300 }), placed); // pure
 * ```
 */
export function networkLayout(
  nodes: NetworkNodeInput[],
  links: NetworkLinkInput[],
  options: NetworkLayoutOptions = {},
): PlacedNode[] {
  const width = options.width ?? 760;
  const height = options.height ?? 560;
  const margin = options.margin ?? 60;
  const marginX = options.marginX ?? margin;
  if (!nodes.length) return [];
  const sim: SimNode[] = nodes.map((n, i) => {
    // A fixed spiral start (d3's phyllotaxis), independent of object identity.
    const r = 10 * Math.sqrt(0.5 + i);
    const a = i * Math.PI * (3 - Math.sqrt(5));
    return { id: n.id, weight: n.weight, radius: n.radius ?? 34, x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const simLinks: (SimulationLinkDatum<SimNode> & { weight: number })[] = links
    .filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target)
    .map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const maxWeight = Math.max(1, ...simLinks.map((l) => l.weight));
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(seededRandom(options.seed ?? 1))
    .force(
      "link",
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { weight: number }>(simLinks)
        .id((d) => d.id)
        .distance(110)
        .strength((l) => 0.05 + 0.6 * (l.weight / maxWeight)),
    )
    .force("charge", forceManyBody<SimNode>().strength(-420))
    .force("collide", forceCollide<SimNode>((d) => d.radius).strength(0.9))
    .force("x", forceX<SimNode>(0).strength(0.06))
    .force("y", forceY<SimNode>(0).strength(0.09))
    .stop();
  simulation.tick(options.ticks ?? 300);
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (v: number) => x1 === x0 ? width / 2 : marginX + ((v - x0) / (x1 - x0)) * (width - 2 * marginX);
  const sy = (v: number) => y1 === y0 ? height / 2 : margin + ((v - y0) / (y1 - y0)) * (height - 2 * margin);
  const round = (v: number) => Math.round(v * 10) / 10;
  return sim.map((n, i) => ({ ...nodes[i], x: round(sx(n.x ?? 0)), y: round(sy(n.y ?? 0)) }));
}

/** A node to label: its centre, radius and label. */
export interface LabelInput {
  /** Node id. */
  id: string;
  /** Centre x. */
  x: number;
  /** Centre y. */
  y: number;
  /** Radius of its dot. */
  r: number;
  /** The label text. */
  label: string;
}

/** Where a label goes: its anchor point and text anchor. */
export interface PlacedLabel {
  /** Node id. */
  id: string;
  /** Anchor x. */
  x: number;
  /** Anchor y (the middle of the text line). */
  y: number;
  /** SVG text-anchor. */
  anchor: "start" | "middle" | "end";
}

/** Options for {@linkcode placeLabels}. */
export interface PlaceLabelsOptions {
  /** Width of one character in pixels. Default 7.6 (12 px bold). */
  charWidth?: number;
  /** Line height in pixels. Default 15. */
  lineHeight?: number;
  /** The drawing area, labels kept inside it. */
  width?: number;
  /** The drawing area's height. */
  height?: number;
  /** Other dots that labels must keep off, besides the nodes' own. */
  obstacles?: readonly { x: number; y: number; r: number }[];
  /**
   * The places around its dot a label tries, in order: centred above or below it, right
   * or left of it on its line, or above or below it starting at its centre
   * (`above-right`, `below-right`). Default above, below, right, left.
   */
  sides?: readonly ("above" | "below" | "right" | "left" | "above-right" | "below-right")[];
}

/**
 * Places node labels so that they do not overlap each other or other nodes' dots:
 * nodes in the given order (put the most important first) try above, below, right and
 * left of their dot (or the `sides` given), then the same further out, and take the
 * first free place (or, failing all, the one with the least overlap). Deterministic.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { placeLabels } from "./network_layout.ts";
 * const [a, b] = placeLabels([
 *   { id: "a", x: 100, y: 100, r: 5, label: "Iran" },
 *   { id: "b", x: 104, y: 100, r: 5, label: "Iraq" },
 * ]);
 * assert.ok(a.y < 100); // "a" above its dot
 * assert.ok(b.y > 100); // "b" below: the place above is taken
 * ```
 */
export function placeLabels(nodes: readonly LabelInput[], options: PlaceLabelsOptions = {}): PlacedLabel[] {
  const cw = options.charWidth ?? 7.6;
  const lh = options.lineHeight ?? 15;
  const W = options.width ?? Infinity;
  const H = options.height ?? Infinity;
  const sides = options.sides ?? ["above", "below", "right", "left"];
  type Box = [number, number, number, number];
  const taken: Box[] = nodes.map((n) => [n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r]);
  for (const o of options.obstacles ?? []) taken.push([o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r]);
  const overlap = (a: Box, b: Box) =>
    Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const out: PlacedLabel[] = [];
  nodes.forEach((n, i) => {
    const w = n.label.length * cw;
    let best: { label: PlacedLabel; box: Box; cost: number } | undefined;
    for (const gap of [3, 10]) {
      const side: Record<string, PlacedLabel> = {
        above: { id: n.id, x: n.x, y: n.y - n.r - gap - lh / 2, anchor: "middle" },
        below: { id: n.id, x: n.x, y: n.y + n.r + gap + lh / 2, anchor: "middle" },
        right: { id: n.id, x: n.x + n.r + gap, y: n.y, anchor: "start" },
        left: { id: n.id, x: n.x - n.r - gap, y: n.y, anchor: "end" },
        "above-right": { id: n.id, x: n.x, y: n.y - n.r - gap - lh / 2, anchor: "start" },
        "below-right": { id: n.id, x: n.x, y: n.y + n.r + gap + lh / 2, anchor: "start" },
      };
      const candidates = sides.map((s) => side[s]);
      for (const c of candidates) {
        const x0 = c.anchor === "middle" ? c.x - w / 2 : c.anchor === "start" ? c.x : c.x - w;
        const box: Box = [x0, c.y - lh / 2, x0 + w, c.y + lh / 2];
        let cost = 0;
        taken.forEach((t, j) => {
          if (j !== i) cost += overlap(box, t);
        });
        if (box[0] < 0 || box[2] > W || box[1] < 0 || box[3] > H) cost += w * lh;
        if (!best || cost < best.cost) best = { label: c, box, cost };
        if (cost === 0) break;
      }
      if (best?.cost === 0) break;
    }
    taken.push(best!.box);
    out.push(best!.label);
  });
  return out;
}
