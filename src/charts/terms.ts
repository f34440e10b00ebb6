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
import { FONT_FAMILY, FONT_SIZE, marginFor, outletColors, WIDTH } from "./theme.ts";

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
  /** Bar length: raw count or per 1,000 terms. Default `"per_1k"`. */
  measure?: "count" | "per_1k";
}

/**
 * Each outlet's most frequent terms, as horizontal bars grouped by outlet.
 *
 * @example
 * ```ts
 * show(topTermsChart(termRows(articleTermCounts(annotated)), { n: 8 }));
 * ```
 *
 * @param rows Term rows sorted by outlet then descending count (as `termRows` returns them).
 */
export function topTermsChart(rows: readonly TermRow[], options: TopTermsOptions = {}): ChartSpec<TermRow> {
  const n = options.n ?? 10;
  const measure = options.measure ?? "per_1k";
  const top = topPerOutlet(rows, n);
  const color = outletColors(rows.map((r) => r.outlet));
  const keys = top.map((r) => `${r.outlet}${SEP}${r.term}`);
  return {
    name: "top-terms",
    title: "Most frequent terms per outlet",
    subtitle: `Top ${n} terms of each outlet, ${
      measure === "per_1k" ? "per 1,000 counted terms" : "occurrences"
    }; stop words left out`,
    rows: top,
    legend: "Outlet",
    plot: {
      width: WIDTH,
      height: 50 + top.length * ROW,
      marginLeft: marginFor(top.map((r) => r.term)),
      marginRight: 40,
      style,
      x: { label: measure === "per_1k" ? "Per 1,000 terms" : "Occurrences", grid: true },
      y: { label: null, domain: keys, tickFormat: termOf, tickSize: 0 },
      color,
      marks: [
        Plot.barX(top, {
          x: measure,
          y: (r: TermRow) => `${r.outlet}${SEP}${r.term}`,
          fill: "outlet",
          title: (r: TermRow) => `${r.outlet}: ${r.term}, ${r.count} (${r.per_1k.toFixed(1)} per 1,000)`,
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
  measure?: "g2" | "log_ratio";
  /** Significance level: only terms with p below it are drawn. Default 0.05. */
  alpha?: number;
  /** At most this many positive and this many negative terms per outlet. Default 8. */
  n?: number;
}

/**
 * Keyness per outlet as diverging bars: terms an outlet uses more than the others to
 * the right, less to the left; only significant terms.
 *
 * @example
 * ```ts
 * show(keynessChart(keyness(countTable(articleTermCounts(annotated)))));
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
    title: "Keyness: what each outlet says more, and less, than the others",
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
            `${r.outlet}: ${r.term}, ${r.count} vs ${r.ref_count} (G² ${r.g2.toFixed(1)}, p ${r.p.toPrecision(2)})`,
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

/**
 * Weighted log-odds of all outlets: one panel per outlet, each term a dot at its
 * corpus frequency (log scale) and z-score; the most favoured terms labelled, those
 * above the z threshold in the outlet's colour. Only the terms an outlet uses are drawn.
 *
 * The number of dots is bounded, so that the chart stays readable and small on a large
 * corpus: terms at the same point (the same corpus frequency and z, as many rare terms
 * are) are one dot, and a panel with more than `maxDots` points keeps one dot per
 * square of a grid, the smallest grid that fits (see {@linkcode LogOddsChartOptions}).
 * The rows of the chart are the dots and labels drawn; `log_odds.csv` has every term.
 *
 * @example
 * ```ts
 * show(logOddsChart(weightedLogOdds(countTable(articleTermCounts(annotated)))));
 * ```
 */
export function logOddsChart(rows: readonly LogOddsRow[], options: LogOddsChartOptions = {}): ChartSpec<LogOddsRow> {
  const k = options.labels ?? 5;
  const zMin = options.z ?? 1.96;
  const maxDots = options.maxDots ?? 500;
  const color = outletColors(rows.map((r) => r.outlet));
  const used = rows.filter((r) => r.count > 0);
  const panel = color.domain.length > 8 ? 95 : 130;
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
  const labelled = color.domain.flatMap((o) => best.get(o) ?? []);
  // The scales' domains are those of every term used (and the two rules), dots drawn or not.
  const xDomain = extent(used.map((r) => r.corpus_count));
  const yDomain = extent([0, zMin, ...used.map((r) => r.z)]);
  // Where a dot falls, in pixels of its panel (near enough: before "nice").
  const toX = logScale(xDomain, WIDTH - 50 - marginRight);
  const toY = linearScale(yDomain, panel - 20);
  // Grey dots at the same point look as one; coloured ones each have their title.
  const grey = thinDots(used, maxDots, toX, toY, true);
  const coloured = thinDots(used.filter((r) => r.z > zMin), maxDots, toX, toY, false);
  const drawn = new Set([...grey, ...coloured, ...labelled]);
  return {
    name: "log-odds",
    title: "Weighted log-odds: the terms each outlet favours",
    subtitle:
      `z-score against all other outlets (informative Dirichlet prior, Monroe et al. 2008); coloured where z > ${zMin}`,
    rows: used.filter((r) => drawn.has(r)),
    plot: {
      width: WIDTH,
      height: 40 + color.domain.length * panel,
      marginLeft: 50,
      marginRight,
      style,
      x: { type: "log", label: "Frequency in the corpus →", grid: true, ...(used.length ? { domain: xDomain } : {}) },
      y: { label: "z", grid: true, nice: true, domain: yDomain },
      fy: { label: null, domain: color.domain, axis: "right" },
      color,
      marks: [
        Plot.ruleY([0, zMin], { stroke: "#bbb", strokeDasharray: "3,3" }),
        Plot.dot(grey, { x: "corpus_count", y: "z", fy: "outlet", r: 2, fill: "#ccc" }),
        Plot.dot(coloured, {
          x: "corpus_count",
          y: "z",
          fy: "outlet",
          r: 3,
          fill: "outlet",
          title: (r: LogOddsRow) => `${r.outlet}: ${r.term}, z ${r.z.toFixed(2)}`,
        }),
        Plot.text(labelled, {
          x: "corpus_count",
          y: "z",
          fy: "outlet",
          text: "term",
          textAnchor: "start",
          dx: 5,
          fontSize: 11,
          stroke: "white",
          strokeWidth: 3,
          paintOrder: "stroke",
          fill: "#111",
        }),
      ],
    },
  };
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

/** A map from [lo, hi] onto [0, width] pixels on a log scale. */
function logScale([lo, hi]: [number, number], width: number): (v: number) => number {
  const span = Math.log(hi) - Math.log(lo);
  return (v) => span > 0 ? ((Math.log(v) - Math.log(lo)) / span) * width : 0;
}

/** A map from [lo, hi] onto [0, height] pixels on a linear scale. */
function linearScale([lo, hi]: [number, number], height: number): (v: number) => number {
  const span = hi - lo;
  return (v) => span > 0 ? ((v - lo) / span) * height : 0;
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
    let dots = merge ? onePer(list, (r) => `${r.corpus_count} ${r.z}`) : list;
    for (let cell = 1; dots.length > Math.max(1, max); cell *= 2) {
      dots = onePer(dots, (r) => `${Math.floor(toX(r.corpus_count) / cell)} ${Math.floor(toY(r.z) / cell)}`);
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
