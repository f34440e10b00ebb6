/**
 * Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn
 * 2008): many groups compared at once, each against all the others.
 *
 * @module
 */
import { KeyBuckets } from "./buckets.ts";
import { PairCache } from "./pair_cache.ts";
import type { CountTable } from "./count_table.ts";
import { type CountColumns, countColumns } from "./term_index.ts";

/** One term of one group: its weighted log-odds and z-score. */
export interface LogOddsRow {
  /** The group (outlet). */
  outlet: string;
  /** Term key. */
  term: string;
  /** Occurrences in the group. */
  count: number;
  /** Occurrences in the whole corpus. */
  corpusCount: number;
  /** δ: log-odds ratio of the term in the group against all other groups, with the prior. */
  logOdds: number;
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
 * import assert from "node:assert/strict";
 * import { countTable, weightedLogOdds } from "framelens";
 * const rows = weightedLogOdds(countTable([
 *   { article: "a1", outlet: "A", term: "war", count: 30 },
 *   { article: "a1", outlet: "A", term: "peace", count: 10 },
 *   { article: "b1", outlet: "B", term: "war", count: 10 },
 *   { article: "b1", outlet: "B", term: "peace", count: 30 },
 * ]));
 * assert.deepEqual(rows.filter((r) => r.z > 1.96).map((r) => [r.outlet, r.term]), [["A", "war"], ["B", "peace"]]);
 * ```
 */
export function weightedLogOdds(table: CountTable, options: LogOddsOptions = {}): LogOddsRow[] {
  return apart(table.groups) ? weightedLogOddsOf(countColumns(table), options) : interleaved(table, options);
}

/** Whether no two of the groups compare equal by `localeCompare`. */
function apart(groups: readonly string[]): boolean {
  const sorted = groups.slice().sort((a, b) => a.localeCompare(b));
  return sorted.every((g, k) => k === 0 || sorted[k - 1].localeCompare(g) !== 0);
}

/**
 * {@linkcode weightedLogOdds} from counts in columns. The rows go to `out` when given
 * (anything rows are pushed to, such as a `RowColumns`, so that only one group's rows are
 * held as objects at a time), which is returned; to a new array otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { weightedLogOddsOf } from "./logodds.ts";
 * import { termIndex } from "./term_index.ts";
 * const rows = weightedLogOddsOf(termIndex([
 *   { article: "a1", outlet: "A", term: "war", count: 30 },
 *   { article: "b1", outlet: "B", term: "war", count: 10 },
 *   { article: "b1", outlet: "B", term: "peace", count: 1 },
 * ]), { unusedMinZ: 1.96 });
 * // A never uses "peace", but that one use by B is no significant avoidance: no row.
 * assert.equal(rows.some((r) => r.outlet === "A" && r.term === "peace"), false);
 * ```
 */
export function weightedLogOddsOf<O extends { push(row: LogOddsRow): unknown } = LogOddsRow[]>(
  cols: CountColumns,
  options: LogOddsOptions = {},
  out?: O,
): O {
  if (!apart(cols.groups)) {
    const counts = new Map<string, number[]>();
    const G = cols.groups.length;
    cols.terms.forEach((term, k) => counts.set(term, Array.from(cols.counts.subarray(k * G, k * G + G))));
    const sorted = interleaved({ groups: cols.groups, counts, totals: cols.totals }, options);
    if (!out) return sorted as unknown as O;
    for (const row of sorted) out.push(row);
    return out;
  }
  const { terms, counts, totals } = cols;
  const G = cols.groups.length;
  const n = totals.reduce((s, x) => s + x, 0);
  const alpha0 = options.priorSize ?? n;
  const unusedMinZ = options.unusedMinZ ?? 0;
  const groups = cols.groups.map((outlet, i) => ({ outlet, i })).sort((a, b) => a.outlet.localeCompare(b.outlet));
  const corpusCounts = new Float64Array(terms.length);
  for (let k = 0; k < terms.length; k++) {
    let s = 0;
    for (let g = 0; g < G; g++) s += counts[k * G + g];
    corpusCounts[k] = s;
  }
  const rows = out ?? ([] as LogOddsRow[] as unknown as O);
  // By outlet, then descending z, then term: the rows of each outlet in term order, stably by z.
  for (const { outlet, i } of groups) {
    const ni = totals[i];
    const nj = n - ni;
    const byZ = new KeyBuckets<LogOddsRow>();
    // Within a group, δ and z depend on (yᵢw, y_w) alone: computed once per pair; those of
    // yᵢw = 0 (most terms of a large corpus for any one group) by y_w, in an array.
    const known = new PairCache<LogOddsStat>();
    const unused: (LogOddsStat | undefined)[] = [];
    for (let k = 0; k < terms.length; k++) {
      const yw = corpusCounts[k];
      if (yw === 0) continue;
      const yi = counts[k * G + i];
      const byW = yi === 0 && yw < 0x10000 && yw >= 0 && Math.floor(yw) === yw;
      let stat = byW ? unused[yw] : known.get(yi, yw);
      if (!stat) {
        stat = logOddsStat(yi, yw, ni, nj, n, alpha0);
        stat.rows = yi === 0 && !(Math.abs(stat.z) >= unusedMinZ) ? null : byZ.bucket(stat.z);
        if (byW) unused[yw] = stat;
        else known.set(yi, yw, stat);
      }
      if (stat.rows) {
        stat.rows.push({ outlet, term: terms[k], count: yi, corpusCount: yw, logOdds: stat.delta, z: stat.z });
      }
    }
    byZ.appendDescending(rows);
  }
  return rows;
}

/** δ and z of a count pair in a group, and the bucket of their rows (null for left-out rows). */
interface LogOddsStat {
  delta: number;
  z: number;
  rows: LogOddsRow[] | null;
}

/** δ and z of a term with yᵢw occurrences in a group of nᵢ and y_w in a corpus of n (Monroe et al. 2008). */
function logOddsStat(yi: number, yw: number, ni: number, nj: number, n: number, alpha0: number): LogOddsStat {
  const yj = yw - yi;
  const alpha = (alpha0 * yw) / n;
  const wi = (yi + alpha) / (ni + alpha0 - yi - alpha);
  const wj = (yj + alpha) / (nj + alpha0 - yj - alpha);
  const delta = Math.log(wi) - Math.log(wj);
  const sigma2 = 1 / (yi + alpha) + 1 / (yj + alpha);
  return { delta, z: delta / Math.sqrt(sigma2), rows: null };
}

/**
 * Weighted log-odds when two groups' names compare equal: the rows of every group, terms
 * in the table's order, and one sort of them all, which interleaves those groups.
 */
function interleaved(table: CountTable, options: LogOddsOptions): LogOddsRow[] {
  const n = table.totals.reduce((s, x) => s + x, 0);
  const alpha0 = options.priorSize ?? n;
  const unusedMinZ = options.unusedMinZ ?? 0;
  const terms = [...table.counts.keys()];
  const counts = terms.map((term) => table.counts.get(term)!);
  const corpusCounts = counts.map((c) => c.reduce((s, x) => s + x, 0));
  const rows: LogOddsRow[] = [];
  table.groups.forEach((outlet, i) => {
    const ni = table.totals[i];
    const nj = n - ni;
    for (let k = 0; k < terms.length; k++) {
      const yw = corpusCounts[k];
      if (yw === 0) continue;
      const yi = counts[k][i];
      const stat = logOddsStat(yi, yw, ni, nj, n, alpha0);
      if (yi === 0 && !(Math.abs(stat.z) >= unusedMinZ)) continue;
      rows.push({ outlet, term: terms[k], count: yi, corpusCount: yw, logOdds: stat.delta, z: stat.z });
    }
  });
  return rows.sort((a, b) => a.outlet.localeCompare(b.outlet) || b.z - a.z || (a.term < b.term ? -1 : 1));
}
