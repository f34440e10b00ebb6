/**
 * Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn
 * 2008): many groups compared at once, each against all the others.
 *
 * @module
 */
import type { CountTable } from "./terms.ts";

/** One term of one group: its weighted log-odds and z-score. */
export interface LogOddsRow {
  /** The group (outlet). */
  outlet: string;
  /** Term key. */
  term: string;
  /** Occurrences in the group. */
  count: number;
  /** Occurrences in the whole corpus. */
  corpus_count: number;
  /** δ: log-odds ratio of the term in the group against all other groups, with the prior. */
  log_odds: number;
  /** z = δ / √σ²: positive when the group favours the term. */
  z: number;
}

/** Options for {@linkcode weightedLogOdds}. */
export interface LogOddsOptions {
  /** α₀, the prior's total size; the corpus size n by default (the prior is then the pooled counts). */
  priorSize?: number;
}

/**
 * Weighted log-odds ratios with an informative Dirichlet prior from the pooled counts
 * of all groups (Monroe et al. 2008, eqs. 16–22), each group against all the others.
 *
 * For term w and group i, with yᵢw its count in i, yⱼw = y_w − yᵢw its count in all
 * other groups, nᵢ and nⱼ = n − nᵢ the group totals, and the prior αw = α₀ · y_w / n
 * (the pooled counts scaled to a prior size α₀, by default α₀ = n, so αw = y_w):
 * ωᵢ = (yᵢw + αw) / (nᵢ + α₀ − yᵢw − αw), ωⱼ = (yⱼw + αw) / (nⱼ + α₀ − yⱼw − αw),
 * δ = ln ωᵢ − ln ωⱼ, σ² = 1/(yᵢw + αw) + 1/(yⱼw + αw), z = δ / √σ².
 * Every term with a corpus count gets a row for every group, including groups that
 * never use it (their z is negative).
 *
 * @example
 * ```ts
 * const rows = weightedLogOdds(countTable(articleTermCounts(annotated)));
 * rows.filter((r) => r.z > 1.96);
 * ```
 */
export function weightedLogOdds(table: CountTable, options: LogOddsOptions = {}): LogOddsRow[] {
  const n = table.totals.reduce((s, x) => s + x, 0);
  const alpha0 = options.priorSize ?? n;
  const rows: LogOddsRow[] = [];
  table.groups.forEach((outlet, i) => {
    const ni = table.totals[i];
    const nj = n - ni;
    for (const [term, c] of table.counts) {
      const yw = c.reduce((s, x) => s + x, 0);
      if (yw === 0) continue;
      const yi = c[i];
      const yj = yw - yi;
      const alpha = (alpha0 * yw) / n;
      const wi = (yi + alpha) / (ni + alpha0 - yi - alpha);
      const wj = (yj + alpha) / (nj + alpha0 - yj - alpha);
      const delta = Math.log(wi) - Math.log(wj);
      const sigma2 = 1 / (yi + alpha) + 1 / (yj + alpha);
      rows.push({ outlet, term, count: yi, corpus_count: yw, log_odds: delta, z: delta / Math.sqrt(sigma2) });
    }
  });
  rows.sort((a, b) => a.outlet.localeCompare(b.outlet) || b.z - a.z || (a.term < b.term ? -1 : 1));
  return rows;
}
