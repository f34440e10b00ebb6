/**
 * A referent named by a description: a definite description whose head is one of a referent's
 * `descriptions` in the lexicon ("the occupier", "the infanticidal occupiers", "the aggressor",
 * "the superpower") stands for the referent named last before it in the article (within five
 * sentences), when that
 * referent allows such a description, and is a loaded hit of it (FRAMING-GUIDE.md: every
 * epithet of a referent is a hit). Partisan writing names a party once and then by what it is
 * said to be; the description's own sentence need not name it. The last naming decides: after
 * "Hezbollah", "the occupier" stands for nobody (Hezbollah allows no such description), and is
 * no hit.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { type EvaluativeWords, isEvaluative } from "./judged.ts";

/** A naming of a referent: a framing hit, or one of its agents ("Washington"), on tokens `from` to `to`. */
export interface Naming {
  from: number;
  to: number;
  referent: string;
}

/** A description that stands for a referent: its tokens, the referent and its head word. */
export interface DescriptionHit {
  from: number;
  to: number;
  referent: string;
  word: string;
}

/** The words that open a definite description. */
const DEFINITE = new Set(["the", "this", "that"]);
/** The parts of speech of the words between "the" and the head ("the infanticidal Zionist occupier"). */
const MODIFIER = new Set(["ADJ", "NOUN", "PROPN", "VERB"]);
/** The most such words. */
const MAX_MODIFIERS = 3;
/** The most sentences between a naming and a description that stands for it (the same sentence is 0). */
const MAX_SENTENCES_BACK = 5;

/**
 * The descriptions in `tokens` that stand for a referent: "the" (or "this", "that"), at most
 * three adjectives and nouns, and a head noun that ends the phrase (no noun and no "of" after
 * it: "the enemy of progress" describes nothing) and is one of the `descriptions` of the
 * referent of the last naming before it in `named` (in text order), at most five sentences
 * before (a naming further back is out of reach: the text may have moved on). `taken(k)` tells whether
 * token k is already in a hit (such a phrase is left to it).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { descriptionHits } from "./description.ts";
 * import { compileEvaluative } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("Israel struck at dawn. Later the brutal occupier struck again."));
 * const heads = new Map([["israel", compileEvaluative(["occupier*"])]]);
 * const named = [{ from: 0, to: 1, referent: "israel" }];
 * assert.deepEqual(descriptionHits(tokens, named, heads, () => false), [
 *   { from: 6, to: 9, referent: "israel", word: "occupier" },
 * ]);
 * // After a naming of a referent that allows no such description: none.
 * const other = [...named, { from: 4, to: 5, referent: "hezbollah" }];
 * assert.deepEqual(descriptionHits(tokens, other, heads, () => false), []);
 * ```
 */
export function descriptionHits(
  tokens: readonly Token[],
  named: readonly Naming[],
  descriptions: ReadonlyMap<string, EvaluativeWords>,
  taken: (k: number) => boolean,
): DescriptionHit[] {
  if (!descriptions.size || !named.length) return [];
  const hits: DescriptionHit[] = [];
  let last = -1; // the last naming that ends before the description
  for (let k = 0; k < tokens.length; k++) {
    if (!DEFINITE.has(tokens[k].norm)) continue;
    while (last + 1 < named.length && named[last + 1].to <= k) last++;
    if (last < 0 || tokens[k].sentence - tokens[named[last].from].sentence > MAX_SENTENCES_BACK) continue;
    const { referent } = named[last];
    const heads = descriptions.get(referent);
    if (!heads) continue;
    for (let j = k + 1; j < tokens.length && j - k <= MAX_MODIFIERS + 1; j++) {
      const t = tokens[j];
      if (taken(j) || t.sentence !== tokens[k].sentence || !MODIFIER.has(t.pos)) break;
      const next = tokens[j + 1];
      const ends = !next || (next.pos !== "NOUN" && next.pos !== "PROPN" && next.norm !== "of");
      if (t.pos === "NOUN" && ends && (isEvaluative(heads, t.norm) || isEvaluative(heads, t.lemma))) {
        if (!taken(k)) hits.push({ from: k, to: j + 1, referent, word: t.norm });
        k = j;
        break;
      }
    }
  }
  return hits;
}
