/**
 * A party's statement discredited by the word that reports it: a neutral naming of a
 * referent followed by a discrediting verb ("Israel claimed that ...", "Hezbollah has
 * falsely alleged ...") or noun ("Israel's claims", "Israeli allegations") from the
 * lexicon's `discrediting` list is a loaded hit for that party (FRAMING-GUIDE.md: "a verb
 * of saying that discredits a statement ... is loaded for that party"). The same for every
 * referent the lexicon names, rather than a wording per party.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { isPossessive } from "./possessive.ts";
import { type EvaluativeWords, isEvaluative } from "./judged.ts";

/**
 * Words between a naming and its discrediting word: auxiliaries, adverbs, negation ("has
 * falsely claimed"), adjectives ("Israel's false claims").
 */
const BETWEEN = new Set(["AUX", "ADV", "PART", "ADJ"]);
/** The parts of speech a discrediting word has (wink-nlp tags "alleged" after a name ADJ). */
const REPORTING = new Set(["VERB", "AUX", "ADJ", "NOUN"]);
/** The most such words. */
const MAX_BETWEEN = 3;
/** The most words of an aside between commas ("the US, as usual, alleged") that is skipped. */
const MAX_ASIDE = 5;
/**
 * Words after "claimed" that make it a claim of something rather than a discredited
 * statement ("claimed responsibility", "claimed the attack", "claimed the lives of").
 */
const CLAIMED_OBJECT = new Set([
  "responsibility",
  "credit",
  "victory",
  "the",
  "a",
  "an",
  "lives",
  "life",
  "its",
  "their",
]);

/** The most words of a subject before the verb of a clause after "claimed" ("claimed the target was"). */
const MAX_SUBJECT = 4;

/**
 * Whether the words from token `from` are the subject and verb of a clause ("claimed the
 * target was a commander": a statement) rather than an object ("claimed the lives of three
 * paramedics", "claimed the attack"): a verb within a few words, before any punctuation.
 */
function clauseAfter(tokens: readonly Token[], from: number): boolean {
  if (CLAIMED_OBJECT.has(tokens[from]?.norm ?? "") && !["the", "a", "an", "its", "their"].includes(tokens[from].norm)) {
    return false; // "claimed responsibility", "claimed credit"
  }
  for (let k = from + 1; k < tokens.length && k - from <= MAX_SUBJECT; k++) {
    const t = tokens[k];
    if (t.punct || t.pos === "ADP") return false;
    if (t.pos === "AUX" || t.pos === "VERB") return true;
  }
  return false;
}

/**
 * Where a discrediting word may follow a naming that ends before token `to` and a comma: the
 * participle right after the comma ("Israel, claiming that ..."), or the word after an aside
 * of at most five words between two commas ("The US, as usual, alleged ..."); `to` itself
 * when no comma follows.
 */
function pastComma(tokens: readonly Token[], to: number, discrediting: EvaluativeWords): number {
  if (tokens[to]?.text !== ",") return to;
  const next = tokens[to + 1];
  if (next && next.norm.endsWith("ing") && isEvaluative(discrediting, next.norm)) return to + 1;
  for (let k = to + 1; k < tokens.length && k - to <= MAX_ASIDE + 1; k++) {
    if (tokens[k].text === ",") return k + 1;
    if (tokens[k].punct) break;
  }
  return to;
}

/**
 * Where the statement of the naming that ends before token `to` is discredited: the
 * token just past the discrediting verb or noun and the word, or null. The word comes right
 * after the naming, or after at most three auxiliaries, adverbs and adjectives ("has falsely
 * alleged", "Israel's false claims"), or after a comma as a participle ("Israel, claiming
 * that") or past an aside between commas ("The US, as usual, alleged"), and is not followed by
 * an object such as "responsibility" or "the attack" (a clause such as "claimed the target was"
 * is no object); after a possessive it is a noun.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileEvaluative } from "./judged.ts";
 * import { discreditedEnd } from "./discredited.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const words = compileEvaluative(["claim*", "alleg*"]);
 * const claimed = tokenize(prepareText("Israel has claimed that the strike hit a depot.")).tokens;
 * assert.deepEqual(discreditedEnd(claimed, 1, words), { to: 3, word: "claimed" });
 * const responsibility = tokenize(prepareText("Hezbollah claimed responsibility for the attack.")).tokens;
 * assert.equal(discreditedEnd(responsibility, 1, words), null);
 * const aside = tokenize(prepareText("Israel, as usual, alleged that the clinic hid fighters.")).tokens;
 * assert.deepEqual(discreditedEnd(aside, 1, words), { to: 6, word: "alleged" });
 * ```
 */
export function discreditedEnd(
  tokens: readonly Token[],
  to: number,
  discrediting: EvaluativeWords,
): { to: number; word: string } | null {
  if (!discrediting.words.size && !discrediting.prefixes.length) return null;
  const possessive = isPossessive(tokens, to - 1);
  let k = possessive ? to : pastComma(tokens, to, discrediting);
  while (k < tokens.length && k - to < MAX_BETWEEN && BETWEEN.has(tokens[k].pos)) {
    if (isEvaluative(discrediting, tokens[k].norm)) break;
    k++;
  }
  const word = tokens[k];
  if (!word || word.punct || !REPORTING.has(word.pos) || !isEvaluative(discrediting, word.norm)) return null;
  // After a possessive only a noun ("Israel's claims"): "Hezbollah's alleged depot" doubts a fact, not a statement.
  if (possessive && word.pos !== "NOUN") return null;
  if (CLAIMED_OBJECT.has(tokens[k + 1]?.norm ?? "") && !clauseAfter(tokens, k + 1)) return null;
  return { to: k + 1, word: word.norm };
}
