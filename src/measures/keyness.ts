/**
 * Keyness: which terms a target (an outlet) uses more, or less, than a reference
 * (the other outlets, or a chosen group), with the statistics corpus linguists use.
 *
 * @module
 */
import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";
import erfc from "@stdlib/math-base-special-erfc";
import { KeyBuckets } from "./buckets.ts";
import { PairCache } from "./pair_cache.ts";
import type { CountTable } from "./count_table.ts";
import { type CountColumns, countColumns } from "./term_index.ts";

/** x·ln(x/e), with 0·ln 0 = 0. */
function xlogx(o: number, e: number): number {
  return o > 0 ? o * Math.log(o / e) : 0;
}

/**
 * Log-likelihood G² of a 2×2 table (Dunning 1993), with the Williams (1976) correction
 * and signed: positive when the term is relatively more frequent in the target.
 *
 * The table is: a = term in target, b = term in reference, c = target total,
 * d = reference total (c and d include a and b). With N = c + d, row sums R1 = a + b,
 * R2 = N − R1 and column sums c, d, each cell's expected count is row × column / N and
 * G² = 2 Σ O ln(O/E). Williams' q = 1 + (N/R1 + N/R2 − 1)(N/c + N/d − 1) / (6N); the
 * corrected value is G²/q. Defined for zero counts (0 ln 0 = 0); 0 when the term or
 * one side is absent altogether.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logLikelihood } from "framelens";
 * assert.ok(logLikelihood(10, 0, 1000, 1000) > 13); // 10 against none is significant
 * assert.equal(logLikelihood(10, 10, 1000, 1000), 0); // the same rate in both
 * ```
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const N = c + d;
  const r1 = a + b;
  const r2 = N - r1;
  if (r1 === 0 || r2 === 0 || c === 0 || d === 0) return 0;
  const g = 2 * (
    xlogx(a, (r1 * c) / N) + xlogx(b, (r1 * d) / N) +
    xlogx(c - a, (r2 * c) / N) + xlogx(d - b, (r2 * d) / N)
  );
  const q = 1 + ((N / r1 + N / r2 - 1) * (N / c + N / d - 1)) / (6 * N);
  const sign = a / c >= b / d ? 1 : -1;
  return sign * Math.max(0, g) / q;
}

/**
 * The p-value of a G² statistic: P(χ²₁ ≥ |G²|) = erfc(√(|G²|/2)).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pValue } from "framelens";
 * assert.ok(Math.abs(pValue(3.841) - 0.05) < 1e-4); // the 5% critical value of χ²(1)
 * ```
 */
export function pValue(g2: number): number {
  return erfc(Math.sqrt(Math.abs(g2) / 2));
}

/**
 * Log Ratio (Hardie 2014): log₂ of the ratio of relative frequencies,
 * log₂((a/c) / (b/d)); a zero count is replaced by 0.5 so that the value is defined.
 * 1 means twice as frequent in the target; 0 when the term is absent from both.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logRatio } from "framelens";
 * assert.equal(logRatio(20, 10, 1000, 1000), 1); // twice as frequent: log₂ 2
 * ```
 */
export function logRatio(a: number, b: number, c: number, d: number): number {
  if (a === 0 && b === 0) return 0;
  return Math.log2(((a || 0.5) / c) / ((b || 0.5) / d));
}

/**
 * LRC, the conservative Log Ratio (Evert 2022): the end of a confidence interval for
 * the Log Ratio that is nearest to zero, or 0 when the interval contains zero.
 *
 * Given k = a + b, a is binomial with success probability π = c·r / (c·r + d) where r
 * is the true ratio of relative frequencies. A two-sided Clopper–Pearson interval for
 * π at level 1 − α (π_lo = B⁻¹(α/2; a, b + 1), π_hi = B⁻¹(1 − α/2; a + 1, b), with
 * π_lo = 0 when a = 0 and π_hi = 1 when b = 0) is turned into Log Ratio bounds
 * log₂(π/(1 − π) · d/c). Zero counts need no adjustment.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lrc } from "framelens";
 * assert.ok(lrc(20, 0, 1000, 1000) > 2);
 * assert.equal(lrc(1, 1, 1000, 1000), 0); // no evidence either way
 * ```
 *
 * @param alpha Significance level, 0.05 by default (divide it by the number of terms
 *   tested for a Bonferroni correction).
 */
export function lrc(a: number, b: number, c: number, d: number, alpha = 0.05): number {
  if (a + b === 0 || c === 0 || d === 0) return 0;
  return lrcOf(new Interval(a, b, alpha), c, d);
}

/**
 * The Clopper–Pearson interval [π_lo, π_hi] of {@linkcode lrc}, each end computed when
 * first asked for: it depends on the counts alone, not on the totals, and a beta quantile
 * is the dearest step of keyness.
 */
class Interval {
  #lo = NaN;
  #hi = NaN;
  constructor(readonly a: number, readonly b: number, readonly alpha: number) {}

  /** π_lo = B⁻¹(α/2; a, b + 1), 0 when a = 0. */
  lower(): number {
    if (Number.isNaN(this.#lo)) this.#lo = this.a === 0 ? 0 : betaQuantile(this.alpha / 2, this.a, this.b + 1);
    return this.#lo;
  }

  /** π_hi = B⁻¹(1 − α/2; a + 1, b), 1 when b = 0. */
  upper(): number {
    if (Number.isNaN(this.#hi)) this.#hi = this.b === 0 ? 1 : betaQuantile(1 - this.alpha / 2, this.a + 1, this.b);
    return this.#hi;
  }
}

/**
 * LRC from the interval of π and the totals c, d: the Log Ratio bound nearest zero when
 * the interval excludes the null value π₀ = c / (c + d), else 0.
 *
 * The interval holds the estimate a / (a + b): when that is at or above π₀ (a/c ≥ b/d),
 * so is π_hi, and only π_lo can exclude π₀; when it is below, only π_hi can. So one end
 * of the interval is computed, and the value is that of checking both.
 */
function lrcOf(interval: Interval, c: number, d: number): number {
  const toLr = (p: number) => Math.log2((p / (1 - p)) * (d / c));
  if (interval.a / c >= interval.b / d) {
    const lo = interval.lower();
    const lrLo = lo === 0 ? -Infinity : toLr(lo);
    return lrLo > 0 ? lrLo : 0;
  }
  const hi = interval.upper();
  const lrHi = hi === 1 ? Infinity : toLr(hi);
  return lrHi < 0 ? lrHi : 0;
}

/** One term's keyness for one target: a row of `keyness.csv`. */
export interface KeynessRow {
  /** The target (an outlet). */
  outlet: string;
  /** Term key. */
  term: string;
  /** Occurrences in the target. */
  count: number;
  /** Occurrences in the reference. */
  refCount: number;
  /** Counted terms in the target: the total the statistics used. */
  total: number;
  /** Counted terms in the reference. */
  refTotal: number;
  /** Signed log-likelihood with Williams' correction. */
  g2: number;
  /** Log Ratio (Hardie 2014). */
  logRatio: number;
  /** Conservative Log Ratio (Evert 2022). */
  lrc: number;
  /** p-value of g2 (χ², 1 degree of freedom). */
  p: number;
}

/** Options for {@linkcode keyness}. */
export interface KeynessOptions {
  /** The reference groups; all groups but the target by default. */
  reference?: readonly string[];
  /** Significance level for LRC. Default 0.05. */
  alpha?: number;
  /** Leave out terms with fewer occurrences in target and reference together. Default 1. */
  minCount?: number;
  /**
   * Keep a term the target never uses only when its p is below this (negative keyness
   * that is significant). Every term is kept by default; on a large corpus the terms an
   * outlet never uses, most of them rare elsewhere too, are most of the rows.
   */
  unusedMaxP?: number;
}

/**
 * Keyness of every term for each group against the others (or a chosen reference):
 * counts, totals, signed G², Log Ratio, LRC and p. Rows by group, then descending G²,
 * then term (by UTF-16 code units).
 * Terms absent from the target are included when they occur in the reference (negative keyness),
 * or only when significantly so with `unusedMaxP`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countTable, keyness } from "framelens";
 * const table = countTable([
 *   { article: "a1", outlet: "A", term: "war", count: 30 },
 *   { article: "a1", outlet: "A", term: "peace", count: 10 },
 *   { article: "b1", outlet: "B", term: "war", count: 10 },
 *   { article: "b1", outlet: "B", term: "peace", count: 30 },
 * ]);
 * const [top] = keyness(table, ["A"]);
 * assert.equal(top.term, "war"); // A's key term against B
 * assert.deepEqual([top.count, top.refCount, top.total, top.refTotal], [30, 10, 40, 40]);
 * assert.equal(top.logRatio, Math.log2(3));
 * assert.ok(top.p < 0.05);
 * ```
 *
 * @param table Counts by group.
 * @param targets The groups to test; all by default.
 */
export function keyness(
  table: CountTable,
  targets: readonly string[] = table.groups,
  options: KeynessOptions = {},
): KeynessRow[] {
  return keynessWith(
    table,
    (outlet, term, count, refCount, total, refTotal, s) => ({
      outlet,
      term,
      count,
      refCount,
      total,
      refTotal,
      g2: s.g2,
      logRatio: s.logRatio,
      lrc: s.lrc,
      p: s.p,
    }),
    targets,
    options,
  );
}

/** The statistics of a term in a target: the same for every term with the same two counts. */
export interface KeynessStats {
  /** Signed log-likelihood with Williams' correction. */
  g2: number;
  /** Log Ratio (Hardie 2014). */
  logRatio: number;
  /** Conservative Log Ratio (Evert 2022). */
  lrc: number;
  /** p-value of g2 (χ², 1 degree of freedom). */
  p: number;
}

/**
 * Makes a row of {@linkcode keynessWith} from a target, a term, its counts and totals
 * and its statistics (`Term`: the term itself, or its number in columns).
 */
export type KeynessRowMaker<R, Term = string> = (
  outlet: string,
  term: Term,
  count: number,
  refCount: number,
  total: number,
  refTotal: number,
  stats: Readonly<KeynessStats>,
) => R;

/**
 * {@linkcode keyness} with rows of the caller's making: `make` is called once for every
 * row that keyness gives, target by target (terms in no particular order within a
 * target), and the rows it makes come back in keyness's order. For a caller that adds
 * columns to every row, without a copy of every row.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countTable } from "framelens";
 * import { keynessWith } from "./keyness.ts";
 * const table = countTable([
 *   { article: "a1", outlet: "A", term: "war", count: 30 },
 *   { article: "b1", outlet: "B", term: "war", count: 10 },
 *   { article: "b1", outlet: "B", term: "peace", count: 30 },
 * ]);
 * const rows = keynessWith(table, (outlet, term, count, refCount, total, refTotal, s) => ({ outlet, term, g2: s.g2 }));
 * assert.deepEqual(rows.map((r) => `${r.outlet} ${r.term} ${r.g2 > 0 ? "+" : "-"}`), [
 *   "A war +",
 *   "A peace -",
 *   "B peace +",
 *   "B war -",
 * ]);
 * ```
 *
 * @param table Counts by group.
 * @param make Makes a row; `stats` is shared by the rows of equal counts, to be read, not kept.
 * @param targets The groups to test; all by default.
 */
export function keynessWith<R>(
  table: CountTable,
  make: KeynessRowMaker<R>,
  targets: readonly string[] = table.groups,
  options: KeynessOptions = {},
): R[] {
  const cols = countColumns(table);
  return keynessOf(
    cols,
    (outlet, k, count, refCount, total, refTotal, stats) =>
      make(outlet, cols.terms[k], count, refCount, total, refTotal, stats),
    targets,
    options,
  );
}

/**
 * Makes a row of {@linkcode keynessOf}: as {@linkcode KeynessRowMaker}, with the term's
 * number in the columns (its place in `terms`) for the term.
 */
export type KeynessColumnsRowMaker<R> = KeynessRowMaker<R, number>;

/**
 * {@linkcode keynessWith} from counts in columns: `make` is called target by target, and
 * within a target in the order of the terms (their numbers ascending).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { keynessOf } from "./keyness.ts";
 * import { termIndex } from "./term_index.ts";
 * const cols = termIndex([
 *   { article: "a1", outlet: "A", term: "war", count: 30 },
 *   { article: "b1", outlet: "B", term: "war", count: 10 },
 *   { article: "b1", outlet: "B", term: "peace", count: 30 },
 * ]);
 * const rows = keynessOf(cols, (outlet, k, count) => ({ outlet, term: cols.terms[k], count }), ["A"]);
 * assert.deepEqual(rows, [{ outlet: "A", term: "war", count: 30 }, { outlet: "A", term: "peace", count: 0 }]);
 * ```
 *
 * @param cols Counts by group, in columns.
 * @param make Makes a row; `stats` is shared by the rows of equal counts, to be read, not kept.
 * @param targets The groups to test; all by default.
 * @param out Where the rows go, in order (an array by default, returned): anything rows are
 *   pushed to, such as a `RowColumns`, so that a target's rows are the only ones held as objects.
 */
export function keynessOf<R, O extends { push(row: R): unknown } = R[]>(
  cols: CountColumns,
  make: KeynessColumnsRowMaker<R>,
  targets: readonly string[] = cols.groups,
  options: KeynessOptions = {},
  out?: O,
): O {
  const alpha = options.alpha ?? 0.05;
  const minCount = options.minCount ?? 1;
  const unusedMaxP = options.unusedMaxP ?? Infinity;
  const groups = cols.groups;
  const rows = out ?? ([] as R[] as unknown as O);
  // The Clopper–Pearson interval of LRC depends on (a, b) alone: computed once for every target.
  const intervals = new PairCache<Interval>();
  for (const target of targets) {
    const t = groups.indexOf(target);
    if (t < 0) throw new Error(`Cannot compute keyness: no group "${target}" (groups: ${groups.join(", ")})`);
    const refIdx = (options.reference ?? groups.filter((g) => g !== target))
      .map((g) => {
        const i = groups.indexOf(g);
        if (i < 0) throw new Error(`Cannot compute keyness: no reference group "${g}"`);
        return i;
      }).filter((i) => i !== t);
    const total = cols.totals[t];
    const refTotal = refIdx.reduce((s, i) => s + cols.totals[i], 0);
    targetRows({ outlet: target, t, refIdx, total, refTotal, alpha, minCount, unusedMaxP }, cols, intervals, make)
      .appendDescending(rows);
  }
  return rows;
}

/** One target of {@linkcode keyness}: its group, its reference groups, their totals. */
interface Target {
  outlet: string;
  t: number;
  refIdx: number[];
  total: number;
  refTotal: number;
  alpha: number;
  minCount: number;
  unusedMaxP: number;
}

/** The statistics of one pair of counts within a target, and the bucket of their rows. */
interface PairStats {
  stats: KeynessStats;
  /** The rows of G² equal to `stats.g2`, or null for a term the target never uses and that is left out. */
  rows: unknown[] | null;
}

/** The rows of one target, terms in their order, in buckets by G². */
function targetRows<R>(
  target: Target,
  cols: CountColumns,
  intervals: PairCache<Interval>,
  make: KeynessColumnsRowMaker<R>,
): KeyBuckets<R> {
  const { outlet, t, refIdx, total, refTotal, alpha, minCount, unusedMaxP } = target;
  const { counts, terms } = cols;
  const G = cols.groups.length;
  const R = refIdx.length;
  // Within a target every statistic depends on (a, b) alone: computed once per pair; those
  // of a = 0 (most terms of a large corpus for any one outlet) by b, in an array.
  const stats = new PairCache<PairStats>();
  const unused: (PairStats | undefined)[] = [];
  const byG2 = new KeyBuckets<R>();
  for (let k = 0; k < terms.length; k++) {
    const base = k * G;
    const a = counts[base + t];
    let b = 0;
    for (let r = 0; r < R; r++) b += counts[base + refIdx[r]];
    if (a + b < minCount || a + b === 0) continue;
    const byB = a === 0 && b < 0x10000 && b >= 0 && Math.floor(b) === b;
    let s = byB ? unused[b] : stats.get(a, b);
    if (!s) {
      const g2 = logLikelihood(a, b, total, refTotal);
      let lrcValue = 0;
      if (total !== 0 && refTotal !== 0) {
        let interval = intervals.get(a, b);
        if (!interval) intervals.set(a, b, interval = new Interval(a, b, alpha));
        lrcValue = lrcOf(interval, total, refTotal);
      }
      const pair = { g2, logRatio: logRatio(a, b, total, refTotal), lrc: lrcValue, p: pValue(g2) };
      s = { stats: pair, rows: a === 0 && !(pair.p < unusedMaxP) ? null : byG2.bucket(g2) };
      if (byB) unused[b] = s;
      else stats.set(a, b, s);
    }
    if (s.rows) s.rows.push(make(outlet, k, a, b, total, refTotal, s.stats));
  }
  return byG2;
}
