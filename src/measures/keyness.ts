/**
 * Keyness: which terms a target (an outlet) uses more, or less, than a reference
 * (the other outlets, or a chosen group), with the statistics corpus linguists use.
 *
 * @module
 */
import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";
import erfc from "@stdlib/math-base-special-erfc";
import type { CountTable } from "./terms.ts";

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
 * logLikelihood(10, 0, 1000, 1000) > 13; // true: 10 against none is significant
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
 * pValue(3.841); // ≈ 0.05
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
 * logRatio(20, 10, 1000, 1000); // 1
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
 * lrc(20, 0, 1000, 1000) > 2; // true
 * lrc(1, 1, 1000, 1000); // 0: no evidence either way
 * ```
 *
 * @param alpha Significance level, 0.05 by default (divide it by the number of terms
 *   tested for a Bonferroni correction).
 */
export function lrc(a: number, b: number, c: number, d: number, alpha = 0.05): number {
  if (a + b === 0 || c === 0 || d === 0) return 0;
  const lo = a === 0 ? 0 : betaQuantile(alpha / 2, a, b + 1);
  const hi = b === 0 ? 1 : betaQuantile(1 - alpha / 2, a + 1, b);
  const toLr = (p: number) => Math.log2((p / (1 - p)) * (d / c));
  const lrLo = lo === 0 ? -Infinity : toLr(lo);
  const lrHi = hi === 1 ? Infinity : toLr(hi);
  if (lrLo > 0) return lrLo;
  if (lrHi < 0) return lrHi;
  return 0;
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
  ref_count: number;
  /** Counted terms in the target: the total the statistics used. */
  total: number;
  /** Counted terms in the reference. */
  ref_total: number;
  /** Signed log-likelihood with Williams' correction. */
  g2: number;
  /** Log Ratio (Hardie 2014). */
  log_ratio: number;
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
}

/**
 * Keyness of every term for each group against the others (or a chosen reference):
 * counts, totals, signed G², Log Ratio, LRC and p. Rows by group, then descending G².
 * Terms absent from the target are included when they occur in the reference (negative keyness).
 *
 * @example
 * ```ts
 * const table = countTable(articleTermCounts(annotated));
 * keyness(table).filter((r) => r.outlet === "Alwaght" && r.p < 0.05);
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
  const alpha = options.alpha ?? 0.05;
  const minCount = options.minCount ?? 1;
  const rows: KeynessRow[] = [];
  for (const target of targets) {
    const t = table.groups.indexOf(target);
    if (t < 0) throw new Error(`Cannot compute keyness: no group "${target}" (groups: ${table.groups.join(", ")})`);
    const refIdx = (options.reference ?? table.groups.filter((g) => g !== target))
      .map((g) => {
        const i = table.groups.indexOf(g);
        if (i < 0) throw new Error(`Cannot compute keyness: no reference group "${g}"`);
        return i;
      }).filter((i) => i !== t);
    const total = table.totals[t];
    const refTotal = refIdx.reduce((s, i) => s + table.totals[i], 0);
    const group: KeynessRow[] = [];
    for (const [term, c] of table.counts) {
      const a = c[t];
      const b = refIdx.reduce((s, i) => s + c[i], 0);
      if (a + b < minCount || a + b === 0) continue;
      const g2 = logLikelihood(a, b, total, refTotal);
      group.push({
        outlet: target,
        term,
        count: a,
        ref_count: b,
        total,
        ref_total: refTotal,
        g2,
        log_ratio: logRatio(a, b, total, refTotal),
        lrc: lrc(a, b, total, refTotal, alpha),
        p: pValue(g2),
      });
    }
    group.sort((x, y) => y.g2 - x.g2 || (x.term < y.term ? -1 : 1));
    rows.push(...group);
  }
  return rows;
}
