/**
 * A judgement of conduct after "its", counted for the referent named just before ("The
 * Zionist enemy pressed on with its daily violations", "Israel struck Nabatieh. Its brutal
 * aggression ..."): the referent's own possessive wordings ("Israel's [adj]* aggress*") tried
 * with "its" in the place of the name, when the nearest hit before "its", in the same sentence
 * or the one before, is of that referent. The nearest naming stands for the antecedent: a
 * crude resolution, which keeps to the wordings that judge conduct, so that "its officials" or
 * "its victims" count for nothing.
 *
 * @module
 */
import type { Token } from "../types.ts";

/** A hit as the matcher keeps it while it works: token span and referent (null: an ignored phrase). */
export interface SpanHit<P> {
  /** Index of the first token. */
  from: number;
  /** Index just past the last token. */
  to: number;
  /** What matched. */
  p: P;
}

/** The most words between the comma that opens an aside and a hit inside it. */
const ASIDE_LEAD = 4;

/**
 * Whether a hit stands in an aside before "its" at token k: a comma a few words before it and
 * one between it and "its", in one sentence ("the Zionist regime, backed by American forces in
 * the region, launched its aggression": "its" is the regime's, not the forces').
 */
function inAside(tokens: readonly Token[], hit: { from: number; to: number }, k: number): boolean {
  const sentence = tokens[k].sentence;
  const comma = (a: number, b: number) =>
    tokens.slice(Math.max(0, a), b).some((t) => t.text === "," && t.sentence === sentence);
  return comma(hit.from - ASIDE_LEAD, hit.from) && comma(hit.to, k);
}

/**
 * The hits that "its" gives: for each "its" outside the hits (sorted by `from`), the nearest
 * hit before it in its sentence or the one before (past hits in an aside between commas) names
 * the antecedent, and `tryAt(k,
 * referent)` tries that referent's possessive wordings with "its" at token k (the end of the
 * longest match and what matched, or null). A hit that would run into the next one is dropped.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { anaphoraHits } from "./anaphora.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("Israel struck again. Its crimes go on."));
 * const hits = [{ from: 0, to: 1, p: "israel" }];
 * // A stand-in for the lexicon: "its crimes" is a loaded wording of Israel.
 * const tryAt = (k: number, referent: string) =>
 *   referent === "israel" && tokens[k + 1].norm === "crimes" ? { to: k + 2, p: "israel, loaded" } : null;
 * assert.deepEqual(anaphoraHits(tokens, hits, (h) => h.p, tryAt), [{ from: 4, to: 6, p: "israel, loaded" }]);
 * ```
 */
export function anaphoraHits<P>(
  tokens: readonly Token[],
  hits: readonly SpanHit<P>[],
  referentOf: (hit: SpanHit<P>) => string | null,
  tryAt: (k: number, referent: string) => { to: number; p: P } | null,
): SpanHit<P>[] {
  const found: SpanHit<P>[] = [];
  let n = 0; // hits[n] is the first hit that ends after token k
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].norm !== "its") continue;
    while (n < hits.length && hits[n].to <= k) n++;
    if (n < hits.length && hits[n].from <= k) continue; // inside a hit
    let m = n - 1; // the antecedent: the nearest hit before, past those in an aside
    while (m >= 0 && inAside(tokens, hits[m], k)) m--;
    const before = hits[m];
    const referent = before && referentOf(before);
    if (!referent || tokens[before.from].sentence < tokens[k].sentence - 1) continue;
    const match = tryAt(k, referent);
    if (!match || (n < hits.length && match.to > hits[n].from)) continue;
    found.push({ from: k, to: match.to, p: match.p });
  }
  return found;
}
