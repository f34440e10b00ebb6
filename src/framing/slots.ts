/**
 * The slots of the wording pattern language (`src/framing/pattern.ts`) matched against an
 * article's tokens: how many tokens `[adj]`, `[any]` and `[quote]` may take at a point.
 *
 * @module
 */
import type { Token } from "../types.ts";
import type { SlotKind } from "./pattern.ts";
import { ENGLISH } from "../text/english.ts";

/** A slot of a compiled pattern: from `min` to `max` tokens of a kind. */
export interface PatternSlot {
  kind: "slot";
  slot: SlotKind;
  min: number;
  max: number;
}

/** The quotation marks `[quote]` matches. */
export const QUOTES: ReadonlySet<string> = new Set([
  '"',
  "\u201c",
  "\u201d",
  "\u201e",
  "'",
  "\u2018",
  "\u2019",
  "\u00ab",
  "\u00bb",
  "``",
  "''",
]);

const LINKS = new Set(["and", "or", ",", "-", "&"]);

/**
 * Words that open a new clause, which `[any]` does not cross: the subject of a pattern's
 * verb is the referent named before the slot, not someone in a clause between ("Israel says
 * Hezbollah massacred", "the US, which claims Iran meddled").
 */
const CLAUSE_WORDS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "although",
  "though",
  "whether",
  "if",
  "while",
  "whereas",
]);

/**
 * A proper adjective of creed or sect written as a name ("Shi'ite Muslim group"), which
 * wink-nlp tags as a proper noun. Not of nation: "Iraqi" or "Israeli" between the words
 * would let one referent's wording take another's ("US and Israeli pressure", "Tehran's
 * Iraqi proxies").
 */
const CREEDS = new Set([
  "muslim",
  "islamic",
  "islamist",
  "arab",
  "sunni",
  "shia",
  "shi'a",
  "shiite",
  "shi'ite",
  "druze",
  "maronite",
  "alawite",
  "christian",
  "jewish",
]);

/** Whether a token is a proper adjective of creed or sect (see {@linkcode CREEDS}). */
function isProperAdjective(t: Token): boolean {
  return t.pos === "PROPN" && CREEDS.has(t.norm);
}

/**
 * Whether `[any]` stops before token t: punctuation, a verb of saying ("US officials said
 * Iran interfered": the interference is not the US's), or a word that opens a clause.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { endsAnySlot } from "./slots.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("US officials said that Iran meddled."));
 * assert.deepEqual(tokens.map(endsAnySlot), [false, false, true, true, false, false, true]);
 * ```
 */
export function endsAnySlot(t: Token): boolean {
  if (t.punct || CLAUSE_WORDS.has(t.norm)) return true;
  return (t.pos === "VERB" || t.pos === "AUX") && ENGLISH.speech_verbs.has(t.lemma);
}

/**
 * Where a slot may end when it starts at token j: the indices just past each possible
 * stretch of tokens it takes, longest first (j itself last, when the slot may be empty).
 * `[adj]` takes adjectives, participles used as adjectives ("continued", "mounting") and
 * proper adjectives of creed ("Shi'ite Muslim"), with adverbs, hyphens, commas,
 * "and" and "or" between them (a stretch ends on an adjective); `[any]` any word up to a verb
 * of saying or a word that opens a clause (see {@linkcode endsAnySlot}); `[quote]` one
 * quotation mark.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { slotEnds } from "./slots.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("the Iran-backed Shi'ite Muslim group"));
 * // After "backed": [adj]* may take "Shi'ite Muslim", "Shi'ite" or nothing.
 * assert.deepEqual(slotEnds(tokens, 4, { kind: "slot", slot: "adj", min: 0, max: 6 }), [6, 5, 4]);
 * ```
 */
export function slotEnds(tokens: readonly Token[], j: number, slot: PatternSlot): number[] {
  const ends: number[] = [];
  let words = 0;
  for (let k = j; k < tokens.length && words < slot.max; k++) {
    const t = tokens[k];
    if (slot.slot === "quote") {
      if (QUOTES.has(t.text)) ends.push(k + 1);
      break;
    }
    if (slot.slot === "any") {
      if (endsAnySlot(t)) break;
      words++;
      ends.push(k + 1);
      continue;
    }
    // An adjective, or a participle used as one ("continued occupation", "mounting pressure").
    if (
      t.pos === "ADJ" || isProperAdjective(t) ||
      (t.pos === "VERB" && /(ed|ing)$/.test(t.norm) && tokens[k + 1] && !tokens[k + 1].punct)
    ) {
      words++;
      ends.push(k + 1);
      continue;
    }
    if (t.pos === "ADV" || LINKS.has(t.norm)) continue;
    break;
  }
  ends.reverse();
  if (slot.min === 0) ends.push(j);
  return ends.filter((e, i) => i === 0 || e !== ends[i - 1]);
}
