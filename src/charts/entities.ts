/**
 * Charts of entities: the top entities of each outlet, the co-occurrence network and
 * the co-occurrence matrix of the top entities.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { ENTITY_TYPES, type EntityOutletRow } from "../entities/types.ts";
import type { CooccurrenceRow, CooccurrenceScope } from "../entities/types.ts";
import type { Network } from "../measures/network.ts";
import type { ChartSpec } from "./spec.ts";
import { BAND, ENTITY_TYPE_COLORS, FONT_FAMILY, FONT_SIZE, marginFor, truncate, WIDTH } from "./theme.ts";
import { networkLayout, placeLabels } from "./network_layout.ts";

const typeColor = { domain: [...ENTITY_TYPES], range: ENTITY_TYPES.map((t) => ENTITY_TYPE_COLORS[t]) };
const style = { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` };

/**
 * The top entities of each outlet as a grid: one row per entity (the union of each
 * outlet's top N, most mentioned overall first), one column per outlet, a dot sized by
 * the outlet's mentions and coloured by type, with the count beside it. An outlet's
 * column thus also shows its mentions of entities that are in another outlet's top N
 * only, and the subtitle says so; it wraps where the chart is narrow (two outlets).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderSvg, topEntitiesChart } from "framelens";
 * const spec = topEntitiesChart([
 *   { outlet: "A", entity: "Ali Larijani", type: "person", mentions: 7, articles: 2, rank: 1 },
 *   { outlet: "A", entity: "Iraq", type: "place", mentions: 3, articles: 1, rank: 2 },
 *   { outlet: "B", entity: "Hezbollah", type: "organization", mentions: 4, articles: 1, rank: 1 },
 * ], { top: 1 });
 * assert.deepEqual(spec.rows.map((r) => r.entity), ["Ali Larijani", "Hezbollah"]); // each outlet's top 1
 * assert.match(renderSvg(spec), /^<svg/);
 * ```
 */
export function topEntitiesChart(rows: EntityOutletRow[], options: { top?: number } = {}): ChartSpec<EntityOutletRow> {
  const top = options.top ?? 8;
  const keep = new Set(rows.filter((r) => r.rank <= top).map((r) => r.entity));
  const shown = rows.filter((r) => keep.has(r.entity));
  const totals = new Map<string, number>();
  for (const r of shown) totals.set(r.entity, (totals.get(r.entity) ?? 0) + r.mentions);
  const entities = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const outlets = [...new Set(shown.map((r) => r.outlet))].sort((a, b) => a.localeCompare(b));
  const labels = entities.map((e) => truncate(e, 36));
  const colWidth = Math.max(60, Math.min(130, (WIDTH - marginFor(labels)) / Math.max(1, outlets.length)));
  const rotate = outlets.some((o) => o.length * FONT_SIZE * 0.62 > colWidth - 8);
  const lastLabel = (outlets[outlets.length - 1] ?? "").length * FONT_SIZE * 0.62;
  const marginRight = Math.max(
    40,
    Math.ceil(rotate ? lastLabel * 0.82 - colWidth / 2 : lastLabel / 2 - colWidth / 2 + 12),
  );
  return {
    name: "top-entities",
    title: "Top entities by outlet",
    subtitle: `The ${entities.length} people, organisations and places among the ${top} most mentioned by at least ` +
      `one outlet, and every outlet's mentions of them (dot area and number)`,
    rows: shown,
    legend: "Type",
    plot: {
      width: Math.round(marginFor(labels) + marginRight + outlets.length * colWidth),
      height: 40 + entities.length * BAND + (rotate ? marginFor(outlets) * 0.75 : 30),
      marginLeft: marginFor(labels),
      marginTop: rotate ? Math.round(marginFor(outlets) * 0.75) : 30,
      marginRight,
      style,
      x: { domain: outlets, axis: "top", label: null, tickRotate: rotate ? -35 : 0, padding: 0, insetLeft: 12 },
      y: { domain: entities, label: null, tickFormat: (d: string) => truncate(d, 36) },
      r: { range: [2, 11] },
      color: typeColor,
      marks: [
        Plot.gridY(entities, { stroke: "#eee", strokeOpacity: 1 }),
        Plot.dot(shown, {
          x: "outlet",
          y: "entity",
          r: "mentions",
          fill: "type",
          title: (r: EntityOutletRow) => `${r.entity} (${r.type}), ${r.outlet}: ${r.mentions} mentions`,
        }),
        Plot.text(shown, { x: "outlet", y: "entity", text: "mentions", dx: 14, textAnchor: "start", fill: "#444" }),
      ],
    },
  };
}

/** One row of the network chart's CSV: a node or a link, with positions. */
export interface NetworkRow {
  /** `node` or `link`. */
  kind: "node" | "link";
  /** The node's entity, or the link's first entity. */
  source: string;
  /** The link's second entity (empty for a node). */
  target: string;
  /** The node's type (empty for a link). */
  type: string;
  /** Mentions of a node, sentences (or articles) of a link. */
  weight: number;
  /** x of the node, or of the link's first end. */
  x: number;
  /** y of the node, or of the link's first end. */
  y: number;
  /** x of the link's second end (the node's x for a node). */
  x2: number;
  /** y of the link's second end (the node's y for a node). */
  y2: number;
  /** Radius of the node in pixels (0 for a link). */
  r: number;
}

/** Options for {@linkcode cooccurrenceNetworkChart}. */
export interface NetworkChartOptions {
  /** Width in pixels (default 760). */
  width?: number;
  /** Height in pixels (default 600). */
  height?: number;
  /** Seed of the layout (default 1). */
  seed?: number;
}

/**
 * The co-occurrence network drawn with Plot: a force layout with a fixed seed (the same
 * on every run), links as lines as thick as their count, nodes as dots sized by
 * mentions and coloured by type, names in dark text on a white halo.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   cooccurrenceNetwork,
 *   cooccurrenceNetworkChart,
 *   cooccurrenceRows,
 *   extractEntities,
 *   loadGazetteer,
 *   loadResources,
 *   renderSvg,
 * } from "framelens";
 * const text = "Ali Larijani met officials in Baghdad. Larijani then flew to Beirut.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const { mentions } = extractEntities(annotated, await loadGazetteer());
 * const network = cooccurrenceNetwork(mentions, cooccurrenceRows(mentions, annotated), { top: 20 });
 * const svg = renderSvg(cooccurrenceNetworkChart(network));
 * assert.equal(renderSvg(cooccurrenceNetworkChart(network)), svg); // a seeded layout: the same every run
 * assert.match(svg, /Beirut/);
 * ```
 */
export function cooccurrenceNetworkChart(network: Network, options: NetworkChartOptions = {}): ChartSpec<NetworkRow> {
  const width = options.width ?? WIDTH;
  const height = options.height ?? 600;
  const weightOf = (l: Network["links"][number]) => network.scope === "sentence" ? l.sentences : l.articles;
  const placed = networkLayout(
    network.nodes.map((n) => ({
      id: n.id,
      weight: n.mentions,
      radius: Math.min(80, 14 + truncate(n.id, 28).length * 2.6),
    })),
    network.links.map((l) => ({ source: l.source, target: l.target, weight: weightOf(l) })),
    {
      width,
      height,
      margin: 50,
      // Half the widest label (bold text), so that no name runs off the side.
      marginX: Math.max(60, Math.ceil(Math.max(0, ...network.nodes.map((n) => truncate(n.id, 28).length)) * 4.1) + 8),
      seed: options.seed ?? 1,
    },
  );
  const at = new Map(placed.map((p) => [p.id, p]));
  const maxMentions = Math.max(1, ...network.nodes.map((n) => n.mentions));
  const maxLink = Math.max(1, ...network.links.map(weightOf));
  const radius = (m: number) => Math.round((4 + 10 * Math.sqrt(m / maxMentions)) * 10) / 10;
  const nodes: NetworkRow[] = network.nodes.map((n) => {
    const p = at.get(n.id)!;
    return {
      kind: "node",
      source: n.id,
      target: "",
      type: n.type,
      weight: n.mentions,
      x: p.x,
      y: p.y,
      x2: p.x,
      y2: p.y,
      r: radius(n.mentions),
    };
  });
  const links: NetworkRow[] = [...network.links].sort((a, b) => weightOf(a) - weightOf(b)).map((l) => ({
    kind: "link",
    source: l.source,
    target: l.target,
    type: "",
    weight: weightOf(l),
    x: at.get(l.source)!.x,
    y: at.get(l.source)!.y,
    x2: at.get(l.target)!.x,
    y2: at.get(l.target)!.y,
    r: 0,
  }));
  // Labels of the most mentioned entities are placed first, where they fit best.
  const labels = new Map(
    placeLabels(
      [...nodes].sort((a, b) => b.weight - a.weight || (a.source < b.source ? -1 : 1)).map((d) => ({
        id: d.source,
        x: d.x,
        y: d.y,
        r: d.r,
        label: truncate(d.source, 28),
      })),
      { width, height },
    ).map((l) => [l.id, l]),
  );
  const where = network.outlet === "all" ? "all outlets" : network.outlet;
  return {
    name: `cooccurrence-network${
      network.outlet === "all" ? "" : "-" + network.outlet.toLowerCase().replace(/[^a-z0-9]+/g, "-")
    }`,
    title: `Who is named with whom: ${where}`,
    subtitle: `The ${nodes.length} most mentioned entities; a line joins two named in the same ${network.scope} ` +
      `(thicker: more ${network.scope}s). Dot area: mentions`,
    rows: [...nodes, ...links],
    legend: "Type",
    plot: {
      width,
      height,
      margin: 0,
      style,
      x: { domain: [0, width], range: [0, width], axis: null },
      y: { domain: [0, height], range: [0, height], axis: null },
      r: { type: "identity" },
      color: typeColor,
      marks: [
        Plot.link(links, {
          x1: "x",
          y1: "y",
          x2: "x2",
          y2: "y2",
          stroke: "#6b7280",
          strokeOpacity: (d: NetworkRow) => 0.18 + 0.5 * (d.weight / maxLink),
          strokeWidth: (d: NetworkRow) => 0.6 + 5 * Math.sqrt(d.weight / maxLink),
          title: (d: NetworkRow) => `${d.source} – ${d.target}: ${d.weight} ${network.scope}(s)`,
        }),
        Plot.dot(nodes, {
          x: "x",
          y: "y",
          r: "r",
          fill: "type",
          stroke: "white",
          strokeWidth: 1.5,
          title: (d: NetworkRow) => `${d.source} (${d.type}): ${d.weight} mentions`,
        }),
        // Plot's text anchor is one value per mark: one mark per anchor.
        ...(["middle", "start", "end"] as const).map((anchor) =>
          Plot.text(nodes.filter((d) => labels.get(d.source)!.anchor === anchor), {
            x: (d: NetworkRow) => labels.get(d.source)!.x,
            y: (d: NetworkRow) => labels.get(d.source)!.y,
            textAnchor: anchor,
            text: (d: NetworkRow) => truncate(d.source, 28),
            lineAnchor: "middle",
            fill: "#1a1a1a",
            stroke: "white",
            strokeWidth: 4,
            strokeOpacity: 0.9,
            fontWeight: "bold",
          })
        ),
      ],
    },
  };
}

/** One cell of the co-occurrence matrix. */
export interface MatrixCell {
  /** Row entity. */
  row: string;
  /** Column entity. */
  column: string;
  /** Sentences that mention both. */
  sentences: number;
  /** Articles that mention both. */
  articles: number;
  /** NPMI in the scope. */
  npmi: number;
  /** logDice in the scope. */
  logdice: number;
}

/** Options for {@linkcode cooccurrenceMatrixChart}. */
export interface MatrixChartOptions {
  /** An outlet, or `all` (default). */
  outlet?: string;
  /** Sentence (default) or article co-occurrence. */
  scope?: CooccurrenceScope;
  /** What the colour shows: the count in the scope (default), `npmi` or `logdice`. */
  value?: "count" | "npmi" | "logdice";
}

/**
 * The co-occurrence matrix of some entities (Plot cells): each pair's count in the
 * scope written in its cell, the colour by count, NPMI or logDice. The matrix is
 * symmetric; pairs never together are left pale. Labels get the room they need.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cooccurrenceMatrixChart, renderSvg } from "framelens";
 * const pair = { scope: "sentence" as const, outlet: "all", articles: 1, npmi: 0.5, logdice: 13 };
 * const spec = cooccurrenceMatrixChart([
 *   { ...pair, source: "Beirut", target: "Hezbollah", sentences: 2 },
 *   { ...pair, source: "Hezbollah", target: "Iran", sentences: 1 },
 * ], ["Iran", "Hezbollah", "Beirut"]);
 * // The matrix is symmetric: each pair fills two cells.
 * assert.deepEqual(spec.rows.filter((c) => c.sentences === 2).map((c) => [c.row, c.column]), [
 *   ["Beirut", "Hezbollah"],
 *   ["Hezbollah", "Beirut"],
 * ]);
 * assert.match(renderSvg(spec), /^<svg/);
 * ```
 *
 * @param rows Co-occurrence rows.
 * @param entities The entities to show, in order.
 */
export function cooccurrenceMatrixChart(
  rows: readonly CooccurrenceRow[],
  entities: string[],
  options: MatrixChartOptions = {},
): ChartSpec<MatrixCell> {
  const outlet = options.outlet ?? "all";
  const scope = options.scope ?? "sentence";
  const value = options.value ?? "count";
  const keep = new Set(entities);
  const cells: MatrixCell[] = [];
  for (const r of rows) {
    if (r.scope !== scope || r.outlet !== outlet || !keep.has(r.source) || !keep.has(r.target)) continue;
    const { sentences, articles, npmi, logdice } = r;
    cells.push({ row: r.source, column: r.target, sentences, articles, npmi, logdice });
    cells.push({ row: r.target, column: r.source, sentences, articles, npmi, logdice });
  }
  const count = (c: MatrixCell) => scope === "sentence" ? c.sentences : c.articles;
  const fill = value === "count" ? count : (c: MatrixCell) => c[value];
  const labels = entities.map((e) => truncate(e, 30));
  const side = marginFor(labels);
  const cell = Math.max(22, Math.min(36, Math.floor((WIDTH - side - 20) / Math.max(1, entities.length))));
  // Column labels are turned 45°: room above for the longest, and on the right for the
  // last ones, which run past the last column.
  const textWidth = (l: string) => l.length * FONT_SIZE * 0.62;
  const top = Math.round(Math.max(...labels.map(textWidth), 20) * 0.71) + 18;
  const right = Math.max(
    20,
    ...labels.map((l, i) => Math.ceil(textWidth(l) * 0.71 - (labels.length - i - 0.5) * cell + 12)),
  );
  const background = entities.flatMap((a) => entities.filter((b) => b !== a).map((b) => ({ row: a, column: b })));
  const where = outlet === "all" ? "all outlets" : outlet;
  const colour = value === "npmi"
    ? { type: "linear" as const, scheme: "rdbu" as const, domain: [-1, 1] }
    : { type: "linear" as const, scheme: "blues" as const, zero: value === "count" };
  return {
    name: `cooccurrence-matrix${outlet === "all" ? "" : "-" + outlet.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
    title: `Entities named together: ${where}`,
    subtitle: `${scope === "sentence" ? "Sentences" : "Articles"} that name both (number in the cell); colour: ${
      value === "count" ? "that count" : value === "npmi" ? "NPMI, −1 to 1" : "logDice"
    }`,
    rows: cells,
    plot: {
      width: side + right + entities.length * cell,
      height: top + 10 + entities.length * cell,
      marginLeft: side,
      marginTop: top,
      marginRight: right,
      marginBottom: 10,
      style,
      x: { domain: entities, axis: "top", label: null, tickRotate: -45, tickFormat: (d: string) => truncate(d, 30) },
      y: { domain: entities, label: null, tickFormat: (d: string) => truncate(d, 30) },
      color: colour,
      marks: [
        Plot.cell(background, { x: "column", y: "row", fill: "#f3f4f6", inset: 0.5 }),
        Plot.cell(cells, {
          x: "column",
          y: "row",
          fill,
          inset: 0.5,
          title: (c: MatrixCell) =>
            `${c.row} + ${c.column}: ${c.sentences} sentence(s), ${c.articles} article(s), NPMI ${c.npmi}, logDice ${c.logdice}`,
        }),
        Plot.text(cells, {
          x: "column",
          y: "row",
          text: (c: MatrixCell) => String(count(c)),
          fill: (c: MatrixCell) => value === "npmi" ? (Math.abs(c.npmi) > 0.6 ? "white" : "#222") : "#222",
          stroke: "white",
          strokeWidth: 2.5,
          paintOrder: "stroke",
          fontSize: 10,
        }),
      ],
    },
  };
}
