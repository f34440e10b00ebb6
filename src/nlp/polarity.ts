/**
 * The polarity of a word alone: the sentiment that wink-nlp's English model gives a
 * document made of that one word (`its.sentiment`, from -1 to 1; the model's lexicon
 * scores "blackmail" -0.6, "brutal" -0.6, "valuable" 0.69, "war" -0.4, "aid" 0). The
 * framing stage reads it for the few words that modify or predicate a referent's hit,
 * never for every token.
 *
 * It runs on an instance of its own, with wink-nlp's sentiment pass only: the instance
 * of `src/nlp/wink.ts` (sentences and parts of speech) is not touched, and a word's
 * polarity does not depend on the words asked before it (an unknown word is 0).
 *
 * @module
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | undefined;
const known = new Map<string, number>();
/** The most words kept: past it the cache starts afresh (a word's polarity is the same either way). */
const MAX_KNOWN = 50_000;

/**
 * The polarity of a word, case ignored: wink-nlp's sentiment of the word alone, from -1
 * (most negative) to 1 (most positive); 0 for a word its model does not score.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wordPolarity } from "./polarity.ts";
 * assert.ok(wordPolarity("blackmail") <= -0.6);
 * assert.ok(wordPolarity("Valuable") >= 0.6);
 * assert.equal(wordPolarity("initiative"), 0);
 * ```
 */
export function wordPolarity(word: string): number {
  const w = word.toLowerCase();
  const cached = known.get(w);
  if (cached !== undefined) return cached;
  if (!instance) instance = winkNLP(model, ["sentiment"] as unknown as Parameters<typeof winkNLP>[1]);
  const value = instance.readDoc(w).out(instance.its.sentiment) as unknown as number;
  const polarity = Number.isFinite(value) ? value : 0;
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(w, polarity);
  return polarity;
}
