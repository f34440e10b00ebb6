/**
 * The term-by-group count table that keyness, log-odds and dispersion read: per-article
 * term counts summed by outlet (or any grouping of the rows).
 *
 * @module
 */
import type { ArticleTermRow } from "../types.ts";

/** A term-by-group count table: the input of keyness, log-odds and dispersion. */
export interface CountTable {
  /** Group names (outlets), sorted. */
  groups: string[];
  /** counts.get(term)[g] = occurrences of the term in group g. */
  counts: Map<string, number[]>;
  /** totals[g] = counted term occurrences in group g. */
  totals: number[];
}

/**
 * Counts terms by group (outlet by default) into a {@linkcode CountTable}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countTable } from "framelens";
 * const table = countTable([
 *   { article: "a1", outlet: "B", term: "war", count: 2 },
 *   { article: "a2", outlet: "A", term: "war", count: 1 },
 *   { article: "a2", outlet: "A", term: "peace", count: 3 },
 * ]);
 * assert.deepEqual(table.groups, ["A", "B"]);
 * assert.deepEqual(table.counts.get("war"), [1, 2]); // one count per outlet
 * assert.deepEqual(table.totals, [4, 2]);
 * ```
 *
 * @param rows Per-article counts.
 * @param groupOf The group of a row; the outlet by default.
 */
export function countTable(
  rows: readonly ArticleTermRow[],
  groupOf: (row: ArticleTermRow) => string = (r) => r.outlet,
): CountTable {
  const groups = [...new Set(rows.map(groupOf))].sort((a, b) => a.localeCompare(b));
  const index = new Map(groups.map((g, i) => [g, i]));
  const counts = new Map<string, number[]>();
  const totals = new Array(groups.length).fill(0);
  // Rows come article by article, so mostly group by group: the last group's index is kept.
  let lastGroup: string | undefined;
  let g = -1;
  for (const r of rows) {
    const group = groupOf(r);
    if (group !== lastGroup) g = index.get(lastGroup = group)!;
    let c = counts.get(r.term);
    if (!c) counts.set(r.term, c = new Array(groups.length).fill(0));
    c[g] += r.count;
    totals[g] += r.count;
  }
  return { groups, counts, totals };
}
