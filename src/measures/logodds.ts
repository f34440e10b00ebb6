/**
 * Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn
 * 2008): many groups compared at once, each against all the others.
 *
 * @module
 */
import { KeyBuckets } from "./buckets.ts";
import { PairCache } from "./pair_cache.ts";
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
  /**
   * Keep the row of a group that never uses a term only when its |z| is at least this:
   * 1.96 keeps the terms a group avoids significantly (p < 0.05, two-sided) and leaves out
   * the rest, which on a large corpus are most rows (every term times every group).
   * Default 0: every row.
   */
  unusedMinZ?: number;
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
 * never use it (their z is negative), unless `unusedMinZ` leaves those out. Rows by
 * group (`localeCompare`), then descending z, then term.
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
  const unusedMinZ = options.unusedMinZ ?? 0;
  const groups = table.groups.map((outlet, i) => ({ outlet, i })).sort((a, b) => a.outlet.localeCompare(b.outlet));
  const apart = groups.every((g, k) => k === 0 || groups[k - 1].outlet.localeCompare(g.outlet) !== 0);
  // Terms alphabetically (the default sort orders strings by UTF-16 code units), for the
  // rows of each group to be added in that order and then ordered by descending z.
  const terms = apart ? [...table.counts.keys()].sort() : [...table.counts.keys()];
  const counts = terms.map((term) => table.counts.get(term)!);
  const corpusCounts = counts.map((c) => c.reduce((s, x) => s + x, 0));
  const rows: LogOddsRow[] = [];
  /** The rows of group i, terms in order, each into its bucket by z (into `rows` without buckets). */
  const rowsOf = (outlet: string, i: number, byZ: KeyBuckets<LogOddsRow> | null) => {
    const ni = table.totals[i];
    const nj = n - ni;
    // Within a group, δ and z depend on (yᵢw, y_w) alone: computed once per pair.
    const known = new PairCache<{ delta: number; z: number; rows: LogOddsRow[] }>();
    for (let k = 0; k < terms.length; k++) {
      const yw = corpusCounts[k];
      if (yw === 0) continue;
      const yi = counts[k][i];
      let stat = known.get(yi, yw);
      if (!stat) {
        const yj = yw - yi;
        const alpha = (alpha0 * yw) / n;
        const wi = (yi + alpha) / (ni + alpha0 - yi - alpha);
        const wj = (yj + alpha) / (nj + alpha0 - yj - alpha);
        const delta = Math.log(wi) - Math.log(wj);
        const sigma2 = 1 / (yi + alpha) + 1 / (yj + alpha);
        const z = delta / Math.sqrt(sigma2);
        known.set(yi, yw, stat = { delta, z, rows: byZ ? byZ.bucket(z) : rows });
      }
      if (yi === 0 && !(Math.abs(stat.z) >= unusedMinZ)) continue;
      stat.rows.push({ outlet, term: terms[k], count: yi, corpus_count: yw, log_odds: stat.delta, z: stat.z });
    }
  };
  if (apart) {
    // By outlet, then descending z, then term: the rows of each outlet in term order, stably by z.
    for (const { outlet, i } of groups) {
      const byZ = new KeyBuckets<LogOddsRow>();
      rowsOf(outlet, i, byZ);
      byZ.appendDescending(rows);
    }
    return rows;
  }
  // Two groups whose names compare equal: one sort of all rows interleaves them.
  table.groups.forEach((outlet, i) => rowsOf(outlet, i, null));
  return rows.sort((a, b) => a.outlet.localeCompare(b.outlet) || b.z - a.z || (a.term < b.term ? -1 : 1));
}
