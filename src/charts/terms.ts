/**
 * Charts of terms: top terms per outlet, keyness per outlet, log-odds of all outlets.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { KeynessRow } from "../measures/keyness.ts";
import type { LogOddsRow } from "../measures/logodds.ts";
import type { TermRow } from "../measures/terms.ts";
import type { ChartSpec } from "./spec.ts";
import { FONT_FAMILY, FONT_SIZE, marginFor, outletColors, truncate, WIDTH } from "./theme.ts";
import { placeLabels } from "./network_layout.ts";

const SEP = "\u0001";
const termOf = (key: string) => key.slice(key.indexOf(SEP) + 1);
const style = { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` };
const ROW = 16;

/** A row drawn in a grouped bar chart: the outlet and term joined into one band key. */
export interface BandRow<T> {
  /** `outlet␁term`: one band per outlet and term. */
  key: string;
  /** The row behind it. */
  row: T;
}

function topPerOutlet<T extends { outlet: string }>(
  rows: readonly T[],
  n: number,
  keep: (r: T) => boolean = () => true,
): T[] {
  const seen = new Map<string, number>();
  const out: T[] = [];
  for (const r of rows) {
    if (!keep(r)) continue;
    const k = seen.get(r.outlet) ?? 0;
    if (k < n) out.push(r);
    seen.set(r.outlet, k + 1);
  }
  return out;
}

/** Options for {@linkcode topTermsChart}. */
export interface TopTermsOptions {
  /** Terms per outlet. Default 10. */
  n?: number;
  /** Bar length: raw count or per 1,000 terms. Default `"per1k"`. */
  measure?: "count" | "per1k";
}

/**
 * Each outlet's most frequent terms, as horizontal bars grouped by outlet. By default
 * a bar's length is the term's rate per 1,000 counted terms of the outlet, so that
 * outlets of different sizes compare, and the number beside it is the raw count; the
 * subtitle says so.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderSvg, termRows, topTermsChart } from "framelens";
 * const rows = termRows([
 *   { article: "a1", outlet: "A", term: "war", count: 3 },
 *   { article: "a1", outlet: "A", term: "peace", count: 1 },
 *   { article: "b1", outlet: "B", term: "peace", count: 2 },
 * ]);
 * const spec = topTermsChart(rows, { n: 1 });
 * assert.deepEqual(spec.rows.map((r) => [r.outlet, r.term]), [["A", "war"], ["B", "peace"]]);
 * assert.match(renderSvg(spec), /^<svg/);
 * ```
 *
 * @param rows Term rows sorted by outlet then descending count (as `termRows` returns them).
 */
export function topTermsChart(rows: readonly TermRow[], options: TopTermsOptions = {}): ChartSpec<TermRow> {
  const n = options.n ?? 10;
  const measure = options.measure ?? "per1k";
  const top = topPerOutlet(rows, n);
  const color = outletColors(rows.map((r) => r.outlet));
  const keys = top.map((r) => `${r.outlet}${SEP}${r.term}`);
  return {
    name: "top-terms",
    title: "Most frequent terms per outlet",
    subtitle: `Top ${n} terms of each outlet, stop words left out. ${
      measure === "per1k"
        ? "Bar: occurrences per 1,000 counted terms of the outlet; number: occurrences (the raw count)"
        : "Bar and number: occurrences"
    }`,
    rows: top,
    legend: "Outlet",
    plot: {
      width: WIDTH,
      height: 50 + top.length * ROW,
      marginLeft: marginFor(top.map((r) => r.term)),
      marginRight: 40,
      style,
      x: { label: measure === "per1k" ? "Per 1,000 terms" : "Occurrences", grid: true },
      y: { label: null, domain: keys, tickFormat: termOf, tickSize: 0 },
      color,
      marks: [
        Plot.barX(top, {
          x: measure,
          y: (r: TermRow) => `${r.outlet}${SEP}${r.term}`,
          fill: "outlet",
          title: (r: TermRow) => `${r.outlet}: ${r.term}, ${r.count} (${r.per1k.toFixed(1)} per 1,000)`,
        }),
        Plot.text(top, {
          x: measure,
          y: (r: TermRow) => `${r.outlet}${SEP}${r.term}`,
          text: (r: TermRow) => String(r.count),
          textAnchor: "start",
          dx: 3,
          fill: "#333",
        }),
        Plot.ruleX([0]),
      ],
    },
  };
}

/** Options for {@linkcode keynessChart}. */
export interface KeynessChartOptions {
  /** Bar length: signed G² or Log Ratio. Default `"g2"`. */
  measure?: "g2" | "logRatio";
  /** Significance level: only terms with p below it are drawn. Default 0.05. */
  alpha?: number;
  /** At most this many positive and this many negative terms per outlet. Default 8. */
  n?: number;
}

/**
 * Keyness per outlet as diverging bars: terms an outlet uses more than the others to
 * the right, less to the left; only significant terms. With fewer than two outlets
 * there is nothing to compare: the chart says so instead of drawing no bars.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countTable, keyness, keynessChart, renderSvg } from "framelens";
 * const table = countTable([
 *   { article: "a1", outlet: "A", term: "war", count: 30 },
 *   { article: "a1", outlet: "A", term: "peace", count: 10 },
 *   { article: "b1", outlet: "B", term: "war", count: 10 },
 *   { article: "b1", outlet: "B", term: "peace", count: 30 },
 * ]);
 * const svg = renderSvg(keynessChart(keyness(table)));
 * assert.match(svg, /war/);
 * ```
 */
export function keynessChart(rows: readonly KeynessRow[], options: KeynessChartOptions = {}): ChartSpec<KeynessRow> {
  const measure = options.measure ?? "g2";
  const alpha = options.alpha ?? 0.05;
  const n = options.n ?? 8;
  // Each outlet's significant rows, in order: one pass over what may be a million rows.
  const names = new Set<string>();
  const significant = new Map<string, KeynessRow[]>();
  for (const r of rows) {
    names.add(r.outlet);
    if (!(r.p < alpha)) continue;
    const list = significant.get(r.outlet);
    if (list) list.push(r);
    else significant.set(r.outlet, [r]);
  }
  const color = outletColors(names);
  const outlets = color.domain;
  const title = "Keyness: what each outlet says more, and less, than the others";
  if (outlets.length < 2) return needsTwoOutlets(`keyness-${measure.replace("_", "-")}`, title, outlets);
  const shown: KeynessRow[] = [];
  for (const outlet of outlets) {
    const mine = significant.get(outlet) ?? [];
    const pos = mine.filter((r) => r.g2 > 0).sort((a, b) => b[measure] - a[measure]).slice(0, n);
    const neg = mine.filter((r) => r.g2 < 0).sort((a, b) => a[measure] - b[measure]).slice(0, n).reverse();
    shown.push(...pos, ...neg);
  }
  const keys = shown.map((r) => `${r.outlet}${SEP}${r.term}`);
  const key = (r: KeynessRow) => `${r.outlet}${SEP}${r.term}`;
  const starts = outlets.map((o) => shown.find((r) => r.outlet === o)).filter((r): r is KeynessRow => !!r);
  return {
    name: `keyness-${measure.replace("_", "-")}`,
    title,
    subtitle: `${
      measure === "g2" ? "Signed log-likelihood G²" : "Log Ratio"
    } of each outlet against all others; p < ${alpha}; ${shown.length} terms`,
    rows: shown,
    legend: "Outlet",
    plot: {
      width: WIDTH,
      height: 60 + Math.max(1, shown.length) * ROW,
      marginLeft: marginFor(shown.map((r) => r.term)),
      marginRight: 110,
      style,
      x: {
        label: measure === "g2" ? "← less   signed G²   more →" : "← less   Log Ratio   more →",
        grid: true,
        labelAnchor: "center",
      },
      y: { label: null, domain: keys, tickFormat: termOf, tickSize: 0 },
      color,
      marks: [
        Plot.barX(shown, {
          x: measure,
          y: key,
          fill: "outlet",
          fillOpacity: (r: KeynessRow) => (r.g2 > 0 ? 1 : 0.45),
          title: (r: KeynessRow) =>
            `${r.outlet}: ${r.term}, ${r.count} vs ${r.refCount} (G² ${r.g2.toFixed(1)}, p ${r.p.toPrecision(2)})`,
        }),
        Plot.text(starts, {
          frameAnchor: "right",
          y: key,
          text: "outlet",
          textAnchor: "start",
          dx: 8,
          fontWeight: "bold",
          fill: "outlet",
        }),
        Plot.ruleX([0]),
      ],
    },
  };
}

/** Options for {@linkcode logOddsChart}. */
export interface LogOddsChartOptions {
  /** Label this many of each outlet's most favoured terms (highest positive z). Default 5. */
  labels?: number;
  /** |z| above which a term is drawn in colour. Default 1.96. */
  z?: number;
  /**
   * At most this many grey dots, and this many coloured dots, in an outlet's panel,
   * whatever the size of the corpus. Default 500. Terms at the same point are one dot;
   * when an outlet has more points than this, dots that would fall in the same square of
   * the panel are drawn once, the squares growing from one pixel until the dots fit.
   */
  maxDots?: number;
}

/** A label of the log-odds chart: the terms of one point of a panel, and where the text goes. */
export interface LogOddsLabel {
  /** The outlet (the panel). */
  outlet: string;
  /** The point's corpus frequency. */
  corpusCount: number;
  /** The point's z. */
  z: number;
  /** The text: the point's labelled terms, joined. */
  label: string;
  /** The labelled terms at this point, highest z first. */
  terms: LogOddsRow[];
}

/** Height of an outlet's panel, and the room above and below its y scale. */
const PANEL = { tall: 130, short: 95, top: 10, bottom: 14 };
/** Font size of the log-odds labels, and the width and height of their characters as laid out. */
const LABEL = { size: 11, char: 11 * 0.62, line: 13 };

/**
 * Weighted log-odds of all outlets: one panel per outlet, each term a dot at its
 * corpus frequency (log scale) and z-score; the most favoured terms labelled, those
 * above the z threshold in the outlet's colour. Only the terms an outlet uses are drawn.
 *
 * The subtitle says how many terms pass the threshold. On a small corpus few do: the
 * prior is the pooled counts of all outlets, as large as the corpus itself, and pulls
 * the z of rare terms towards 0, so a term passes only when an outlet uses it several
 * times and the others seldom (the keyness chart, whose G² has no prior, lists more).
 *
 * Labels never overlap: the labelled terms of one point share a label, each label is
 * set beside its dot where it hits no other label or coloured dot (see
 * {@linkcode placeLabels}), and a label that finds no free place is left out (its
 * term stays in the chart's rows and in `log_odds.csv`). The x axis labels every tick
 * (1, 2, 5, 10, 20, 50, ...).
 *
 * The number of dots is bounded, so that the chart stays readable and small on a large
 * corpus: terms at the same point (the same corpus frequency and z, as many rare terms
 * are) are one dot, and a panel with more than `maxDots` points keeps one dot per
 * square of a grid, the smallest grid that fits (see {@linkcode LogOddsChartOptions}).
 * The rows of the chart are the dots and labels drawn; `log_odds.csv` has every term.
 *
 * With fewer than two outlets there is nothing to compare: the chart says so instead
 * of drawing empty panels.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countTable, logOddsChart, renderSvg, weightedLogOdds } from "framelens";
 * const rows = weightedLogOdds(countTable([
 *   { article: "a1", outlet: "A", term: "war", count: 30 },
 *   { article: "a1", outlet: "A", term: "peace", count: 10 },
 *   { article: "b1", outlet: "B", term: "war", count: 10 },
 *   { article: "b1", outlet: "B", term: "peace", count: 30 },
 * ]));
 * const spec = logOddsChart(rows);
 * assert.match(spec.subtitle!, /\d/);
 * assert.match(renderSvg(spec), /^<svg/);
 * ```
 */
export function logOddsChart(rows: readonly LogOddsRow[], options: LogOddsChartOptions = {}): ChartSpec<LogOddsRow> {
  const k = options.labels ?? 5;
  const zMin = options.z ?? 1.96;
  const maxDots = options.maxDots ?? 500;
  const color = outletColors(rows.map((r) => r.outlet));
  const title = "Weighted log-odds: the terms each outlet favours";
  if (color.domain.length < 2) return needsTwoOutlets("log-odds", title, color.domain);
  const used = rows.filter((r) => r.count > 0);
  const panel = color.domain.length > 8 ? PANEL.short : PANEL.tall;
  const marginLeft = 50;
  const marginTop = 30;
  const marginRight = marginFor(color.domain, 60, 260);
  // Each outlet's k most favoured terms: highest z first, the earlier row first among equals.
  const best = new Map<string, LogOddsRow[]>();
  for (const r of used) {
    if (!(r.z > 0)) continue;
    const top = best.get(r.outlet) ?? [];
    if (top.length === k && !(r.z > top[k - 1].z)) continue;
    let at = top.length;
    while (at > 0 && r.z > top[at - 1].z) at--;
    top.splice(at, 0, r);
    if (top.length > k) top.pop();
    best.set(r.outlet, top);
  }
  // The scales are set in full (domain and range), so that a point's pixel in its panel is
  // known here: the labels are laid out in pixels. The domains are those of every term
  // used (and the two rules), dots drawn or not; z's is widened to halves.
  const xDomain = logDomain(extent(used.map((r) => r.corpusCount)));
  const [zLo, zHi] = extent([0, zMin, ...used.map((r) => r.z)]);
  const yDomain: [number, number] = [
    Math.floor(zLo * 2) / 2,
    Math.max(Math.ceil(zHi * 2) / 2, Math.floor(zLo * 2) / 2 + 1),
  ];
  const xRange: [number, number] = [marginLeft, WIDTH - marginRight];
  const yRange: [number, number] = [panel - PANEL.bottom, PANEL.top];
  const toX = logScale(xDomain, xRange);
  const toY = linearScale(yDomain, yRange);
  // Grey dots at the same point look as one; coloured ones each have their title.
  const grey = thinDots(used, maxDots, toX, toY, true);
  const coloured = thinDots(used.filter((r) => r.z > zMin), maxDots, toX, toY, false);
  const labels = color.domain.flatMap((o) =>
    placeLogOddsLabels(o, best.get(o) ?? [], coloured.filter((r) => r.outlet === o), toX, toY, xRange, panel)
  );
  // One text mark per placement (Plot's dx, dy and text anchor are a mark's, not a datum's).
  const byPlace = new Map<string, PlacedText[]>();
  for (const l of labels) {
    const key = `${l.anchor} ${l.dx} ${l.dy}`;
    const list = byPlace.get(key);
    if (list) list.push(l);
    else byPlace.set(key, [l]);
  }
  const drawn = new Set([...grey, ...coloured, ...labels.flatMap((l) => l.terms)]);
  const passing = used.filter((r) => r.z > zMin).length;
  return {
    name: "log-odds",
    title,
    subtitle: `z-score against all other outlets (informative Dirichlet prior, Monroe et al. 2008); coloured ` +
      `where z\u00a0>\u00a0${zMin}: ${passing} of ${used.length} terms. The prior (the pooled counts) pulls rare terms ` +
      "towards 0, so on a small corpus few terms pass",
    rows: used.filter((r) => drawn.has(r)),
    plot: {
      width: WIDTH,
      height: marginTop + color.domain.length * panel + 30,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom: 30,
      style,
      x: {
        type: "log",
        label: "Frequency in the corpus →",
        grid: true,
        domain: xDomain,
        range: xRange,
        ticks: logTicks(xDomain),
        tickFormat: ",",
      },
      y: { label: "z", grid: true, domain: yDomain, range: yRange, ticks: wholeTicks(yDomain), tickFormat: "d" },
      fy: {
        label: null,
        domain: color.domain,
        axis: "right",
        padding: 0,
        range: [marginTop, marginTop + color.domain.length * panel],
      },
      color,
      marks: [
        Plot.ruleY([0, zMin], { stroke: "#bbb", strokeDasharray: "3,3" }),
        Plot.dot(grey, { x: "corpusCount", y: "z", fy: "outlet", r: 2, fill: "#ccc" }),
        Plot.dot(coloured, {
          x: "corpusCount",
          y: "z",
          fy: "outlet",
          r: 3,
          fill: "outlet",
          title: (r: LogOddsRow) => `${r.outlet}: ${r.term}, z ${r.z.toFixed(2)}`,
        }),
        ...[...byPlace.values()].map((group) =>
          Plot.text(group, {
            x: "corpusCount",
            y: "z",
            fy: "outlet",
            text: "label",
            textAnchor: group[0].anchor,
            dx: group[0].dx,
            dy: group[0].dy,
            fontSize: LABEL.size,
            stroke: "white",
            strokeWidth: 3,
            paintOrder: "stroke",
            fill: "#111",
          })
        ),
      ],
    },
  };
}

/** A label with its offset from its dot, in pixels, and its text anchor. */
interface PlacedText extends LogOddsLabel {
  dx: number;
  dy: number;
  anchor: "start" | "middle" | "end";
}

/**
 * The labels of one outlet's panel: its labelled terms by point (those at one point
 * share a label), each placed by {@linkcode placeLabels} off the other labelled points
 * and the coloured dots, inside the panel; a label that still overlaps a label kept
 * before it, or leaves the panel, is left out.
 */
function placeLogOddsLabels(
  outlet: string,
  top: readonly LogOddsRow[],
  coloured: readonly LogOddsRow[],
  toX: (count: number) => number,
  toY: (z: number) => number,
  [left, right]: [number, number],
  panel: number,
): PlacedText[] {
  const points = new Map<string, LogOddsLabel>();
  for (const r of top) {
    const key = `${r.corpusCount} ${r.z}`;
    const point = points.get(key);
    if (point) point.terms.push(r);
    else points.set(key, { outlet, corpusCount: r.corpusCount, z: r.z, label: "", terms: [r] });
  }
  const labels = [...points.values()].map((p) => ({
    ...p,
    label: truncate(p.terms.map((r) => r.term).join(", "), 40),
  }));
  const nodes = labels.map((l, i) => ({
    id: String(i),
    x: toX(l.corpusCount) - left,
    y: toY(l.z),
    r: 3,
    label: l.label,
  }));
  const placed = placeLabels(nodes, {
    charWidth: LABEL.char,
    lineHeight: LABEL.line,
    width: right - left,
    height: panel,
    sides: ["right", "left", "above-right", "below-right", "above", "below"],
    // The coloured dots are kept clear too.
    obstacles: coloured.map((r) => ({ x: toX(r.corpusCount) - left, y: toY(r.z), r: 3 })),
  });
  type Box = [number, number, number, number];
  const kept: Box[] = [];
  const out: PlacedText[] = [];
  labels.forEach((l, i) => {
    const p = placed[i];
    const w = l.label.length * LABEL.char;
    const x0 = p.anchor === "middle" ? p.x - w / 2 : p.anchor === "start" ? p.x : p.x - w;
    const box: Box = [x0, p.y - LABEL.line / 2, x0 + w, p.y + LABEL.line / 2];
    const inside = box[0] >= 0 && box[2] <= right - left && box[1] >= 0 && box[3] <= panel;
    const clear = kept.every((b) =>
      !(Math.min(b[2], box[2]) > Math.max(b[0], box[0]) &&
        Math.min(b[3], box[3]) > Math.max(b[1], box[1]))
    );
    if (!inside || !clear) return;
    kept.push(box);
    out.push({ ...l, dx: round(p.x - nodes[i].x), dy: round(p.y - nodes[i].y), anchor: p.anchor });
  });
  return out;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * A chart that says that it needs two outlets or more: keyness and log-odds compare an
 * outlet with the others.
 */
function needsTwoOutlets<T extends object>(name: string, title: string, outlets: readonly string[]): ChartSpec<T> {
  const text = outlets.length === 1
    ? `This corpus has one outlet (${outlets[0]}): there are no others to compare it with.`
    : "This corpus has no terms to compare.";
  return {
    name,
    title,
    subtitle: "Needs articles from two outlets or more",
    rows: [],
    plot: {
      width: WIDTH,
      height: 60,
      style,
      x: { axis: null },
      y: { axis: null },
      marks: [Plot.text([text], { frameAnchor: "middle", text: (d: string) => d, fontSize: FONT_SIZE, fill: "#555" })],
    },
  };
}

/** Whole numbers within a domain, every one or, when there would be more than six, every 2, 5, 10, .... */
function wholeTicks([lo, hi]: [number, number]): number[] {
  let step = 1;
  for (let k = 0; (hi - lo) / step > 6; k++) step = [2, 5, 10][k % 3] * 10 ** Math.floor(k / 3);
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v + 0); // + 0: no -0
  return out;
}

/** A log scale's domain: the extent, widened around a single value (a log scale needs lo < hi, both above 0). */
function logDomain([lo, hi]: [number, number]): [number, number] {
  if (!(lo > 0)) return [1, 10];
  return lo < hi ? [lo, hi] : [lo / 2, hi * 2];
}

/** Ticks of a log scale, each one labelled: 1, 2 and 5 times the powers of ten within the domain (every digit when fewer than three). */
function logTicks([lo, hi]: [number, number]): number[] {
  const pick = (steps: number[]) => {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
      for (const m of steps) {
        const v = Number((m * 10 ** e).toPrecision(12));
        if (v >= lo && v <= hi) out.push(v);
      }
    }
    return out;
  };
  const ticks = pick([1, 2, 5]);
  return ticks.length >= 3 ? ticks : pick([1, 2, 3, 4, 5, 6, 7, 8, 9]);
}

/** The least and the greatest of some numbers ([0, 0] for none). */
function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}

/** A map from the domain [lo, hi] onto the range of pixels [a, b] on a log scale, as Plot's. */
function logScale([lo, hi]: [number, number], [a, b]: [number, number]): (v: number) => number {
  const span = Math.log(hi) - Math.log(lo);
  return (v) => a + (span > 0 ? ((Math.log(v) - Math.log(lo)) / span) * (b - a) : 0);
}

/** A map from the domain [lo, hi] onto the range of pixels [a, b] on a linear scale, as Plot's. */
function linearScale([lo, hi]: [number, number], [a, b]: [number, number]): (v: number) => number {
  const span = hi - lo;
  return (v) => a + (span > 0 ? ((v - lo) / span) * (b - a) : 0);
}

/**
 * At most `max` dots of each outlet, in the order given: one per point (corpus count and
 * z) when `merge`, then, while an outlet has more, one per square of a grid of 1, 2, 4,
 * ... pixels.
 */
function thinDots(
  rows: readonly LogOddsRow[],
  max: number,
  toX: (count: number) => number,
  toY: (z: number) => number,
  merge: boolean,
): LogOddsRow[] {
  const byOutlet = new Map<string, LogOddsRow[]>();
  for (const r of rows) {
    const list = byOutlet.get(r.outlet);
    if (list) list.push(r);
    else byOutlet.set(r.outlet, [r]);
  }
  const kept = new Set<LogOddsRow>();
  for (const list of byOutlet.values()) {
    let dots = merge ? onePer(list, (r) => `${r.corpusCount} ${r.z}`) : list;
    for (let cell = 1; dots.length > Math.max(1, max); cell *= 2) {
      dots = onePer(dots, (r) => `${Math.floor(toX(r.corpusCount) / cell)} ${Math.floor(toY(r.z) / cell)}`);
    }
    for (const r of dots) kept.add(r);
  }
  return rows.filter((r) => kept.has(r));
}

/** The first row of each key, in order. */
function onePer<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = key(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
