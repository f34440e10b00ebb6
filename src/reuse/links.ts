/**
 * Which outlets share text with which: the shared passages and reprint pairs of each
 * pair of outlets (or groups).
 *
 * @module
 */
import type { PassageRow } from "./passages.ts";
import type { ReprintRow } from "./reprints.ts";

/** One pair of outlets (or groups) that share text, both ways: a row of the chart of shared text. */
export interface ReuseLinkRow {
  /** One outlet. */
  outletA: string;
  /** The other. */
  outletB: string;
  /** Shared passages between an article of each (a common passage counts once for each pair of its outlets). */
  passages: number;
  /** Their words. */
  words: number;
  /** Reprint pairs: an article of one in the same cluster as an article of the other. */
  reprints: number;
}

/**
 * The text each pair of outlets shares, one row for each order of the pair (A, B and
 * B, A), sorted by the first then the second: passages and their words from the shared
 * passages (a common passage once for each pair of the outlets of its articles), and
 * reprint pairs from the clusters (each pair of articles of two outlets in a cluster).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reuseLinks } from "./links.ts";
 * const passage = { articleA: "a", outletA: "A", articleB: "b", outletB: "B", words: 12 } as const;
 * const reprints = [
 *   { article: "a", cluster: "a", outlet: "A", similarity: 1 },
 *   { article: "c", cluster: "a", outlet: "C", similarity: 0.9 },
 * ];
 * const rows = reuseLinks([passage], [["a", "b"]], reprints, new Map([["a", "A"], ["b", "B"]]));
 * assert.deepEqual(rows.map((r) => [r.outletA, r.outletB, r.passages, r.words, r.reprints]), [
 *   ["A", "B", 1, 12, 0],
 *   ["A", "C", 0, 0, 1],
 *   ["B", "A", 1, 12, 0],
 *   ["C", "A", 0, 0, 1],
 * ]);
 * ```
 *
 * @param members The articles of each passage, in the order of `passages`.
 * @param groupOf Each article's outlet (or group), by id, for the members of common passages.
 */
export function reuseLinks(
  passages: readonly Pick<PassageRow, "outletA" | "outletB" | "words">[],
  members: readonly (readonly string[])[],
  reprints: readonly ReprintRow[],
  groupOf: ReadonlyMap<string, string>,
): ReuseLinkRow[] {
  const links = new Map<string, ReuseLinkRow>();
  const link = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    let row = links.get(key);
    if (!row) links.set(key, row = { outletA: a, outletB: b, passages: 0, words: 0, reprints: 0 });
    return row;
  };
  passages.forEach((p, i) => {
    const outlets = members[i].length > 2
      ? [...new Set(members[i].map((id) => groupOf.get(id) ?? ""))]
      : [p.outletA, p.outletB];
    for (const a of outlets) {
      for (const b of outlets) {
        if (a === b) continue;
        const row = link(a, b);
        row.passages++;
        row.words += p.words;
      }
    }
  });
  const clusters = new Map<string, ReprintRow[]>();
  for (const r of reprints) {
    const list = clusters.get(r.cluster);
    if (list) list.push(r);
    else clusters.set(r.cluster, [r]);
  }
  for (const list of clusters.values()) {
    for (const x of list) {
      for (const y of list) if (x !== y && x.outlet !== y.outlet) link(x.outlet, y.outlet).reprints++;
    }
  }
  return [...links.values()].sort((x, y) =>
    x.outletA < y.outletA ? -1 : x.outletA > y.outletA ? 1 : x.outletB < y.outletB ? -1 : x.outletB > y.outletB ? 1 : 0
  );
}
