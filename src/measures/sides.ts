/**
 * Sources by side: whose side each outlet (or media system, under `groupBy`) quotes. A
 * speaker's side is its affiliation in the gazetteer (`data/entities.yaml`: a country, a
 * party, a government), the same names as `data/outlets.yaml`'s countries and camps.
 *
 * @module
 */
import type { SourceRow } from "./sources.ts";
import { wilsonInterval } from "./wilson.ts";
import { MIN_MENTIONS } from "../framing/summary.ts";

/**
 * A speaker's side: its first affiliation in the gazetteer, else "no affiliation" with
 * its type (`no affiliation (unnamed)` for "a diplomat").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { speakerSide } from "./sides.ts";
 * assert.equal(speakerSide({ affiliation: "Iran|Supreme National Security Council", speakerType: "person" }), "Iran");
 * assert.equal(speakerSide({ affiliation: "", speakerType: "unnamed" }), "no affiliation (unnamed)");
 * ```
 */
export function speakerSide(row: Pick<SourceRow, "affiliation" | "speakerType">): string {
  return row.affiliation ? row.affiliation.split("|")[0] : `no affiliation (${row.speakerType})`;
}

/** One outlet (or group) and side: a row of `sources_by_side.csv`. */
export interface SideRow {
  /** The outlet, or the value of the field the rows are grouped by. */
  outlet: string;
  /** The speakers' side ({@linkcode speakerSide}). */
  side: string;
  /** Relations (quoted and reported speech) of the side's speakers in the outlet. */
  relations: number;
  /** Relations with a speaker in the outlet, every side's. */
  outletRelations: number;
  /** relations / outletRelations. */
  share: number;
  /** Lower bound of the share's 95% Wilson interval. */
  shareLow: number;
  /** Upper bound of the share's 95% Wilson interval. */
  shareHigh: number;
  /** Whether the outlet has fewer than `MIN_MENTIONS` relations: too few to compare. */
  tooFew: boolean;
  /** Words of the side's relations. */
  words: number;
  /** words / the words of the outlet's relations with a speaker. */
  wordsShare: number;
}

/**
 * Per outlet (or group) and side, from `sources.csv`'s rows: the relations of the side's
 * speakers, their share of the outlet's relations with a speaker and its 95% Wilson
 * interval (a relation is one trial: quoted from this side or not), and their words.
 * Every side quoted anywhere gets a row in every outlet that quotes anyone, zero
 * included, so that "never quoted" has its interval too. Sorted by outlet, then share
 * (largest first), then side.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sideRows } from "./sides.ts";
 * const row = { speakerType: "person" as const, share: 0 };
 * const rows = sideRows([
 *   { ...row, outlet: "A", speaker: "Ali Larijani", affiliation: "Iran", relations: 3, words: 60 },
 *   { ...row, outlet: "A", speaker: "Joseph Aoun", affiliation: "Lebanon", relations: 1, words: 20 },
 *   { ...row, outlet: "B", speaker: "Joseph Aoun", affiliation: "Lebanon", relations: 2, words: 30 },
 * ]);
 * assert.deepEqual(rows.map((r) => [r.outlet, r.side, r.relations, r.outletRelations, r.share]), [
 *   ["A", "Iran", 3, 4, 0.75],
 *   ["A", "Lebanon", 1, 4, 0.25],
 *   ["B", "Lebanon", 2, 2, 1],
 *   ["B", "Iran", 0, 2, 0],
 * ]);
 * ```
 */
export function sideRows(sources: readonly SourceRow[]): SideRow[] {
  const counts = new Map<string, Map<string, { relations: number; words: number }>>();
  const sides = new Set<string>();
  for (const r of sources) {
    const side = speakerSide(r);
    sides.add(side);
    let bySide = counts.get(r.outlet);
    if (!bySide) counts.set(r.outlet, bySide = new Map());
    const c = bySide.get(side) ?? { relations: 0, words: 0 };
    c.relations += r.relations;
    c.words += r.words;
    bySide.set(side, c);
  }
  const rows: SideRow[] = [];
  for (const [outlet, bySide] of counts) {
    let outletRelations = 0;
    let outletWords = 0;
    for (const c of bySide.values()) {
      outletRelations += c.relations;
      outletWords += c.words;
    }
    if (outletRelations === 0) continue;
    for (const side of sides) {
      const { relations, words } = bySide.get(side) ?? { relations: 0, words: 0 };
      const interval = wilsonInterval(relations, outletRelations)!;
      rows.push({
        outlet,
        side,
        relations,
        outletRelations,
        share: relations / outletRelations,
        shareLow: interval.low,
        shareHigh: interval.high,
        tooFew: outletRelations < MIN_MENTIONS,
        words,
        wordsShare: outletWords ? words / outletWords : 0,
      });
    }
  }
  return rows.sort((a, b) =>
    a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : b.share - a.share || (a.side < b.side ? -1 : 1)
  );
}
