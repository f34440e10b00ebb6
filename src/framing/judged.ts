/**
 * Judgement through the noun phrase: a neutral wording ("US pressure", "Israel's", "the
 * Israeli attack") whose noun phrase holds an evaluative modifier from the lexicon's
 * `evaluative` list ("blatant US pressure", "Israel's brutal bombardment", "the heinous
 * Israeli attack") is a loaded characterisation of its referent.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { isPossessive } from "./possessive.ts";
import { wordValence } from "../nlp/polarity.ts";
import { isQuoteMark } from "../nlp/wink.ts";

/** The lexicon's evaluative modifiers, compiled: words, and word families (a trailing `*`). */
export interface EvaluativeWords {
  /** Whole words, lower case ("so-called" with its hyphen). */
  words: Set<string>;
  /** Word families: any word starting so. */
  prefixes: string[];
  /**
   * The least negative polarity (see `src/nlp/polarity.ts`: 0.6 takes a word scored -0.6 or
   * lower by wink-nlp, AFINN-165 or VADER) that makes an adjective or a noun judge as the listed
   * words do ("Washington's blackmail"); absent or 0: the lists only. Positive scores do not
   * count: most are praise that judges no party ("good", "famous", "expert", "veteran", "work").
   */
  polarity?: number;
  /**
   * The least negative polarity at which two independent sources agree that a word judges:
   * VADER and one of wink-nlp and AFINN-165 (which share their ratings), each this negative or
   * more (0.4: "weakness", wink-nlp -0.4 and VADER -0.45); absent or 0: one source must be strong.
   */
  agree?: number;
  /** Words and families whose polarity does not count (events such as "killing", "death"). */
  except?: EvaluativeWords;
}

/** The parts of speech whose polarity judges. */
const POLAR = new Set(["ADJ", "NOUN"]);

/**
 * Compiles an `evaluative` list with the polarity that also judges and the words exempt from
 * it (see {@linkcode EvaluativeWords}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileJudging, judges } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const words = compileJudging(["brutal*"], 0.6, ["kill*"]);
 * const [, blackmail, killing] = tokenize(prepareText("the blackmail killing")).tokens;
 * assert.ok(judges(words, blackmail)); // scored -0.6
 * assert.ok(!judges(words, killing)); // exempt
 * ```
 */
export function compileJudging(
  list: readonly string[],
  polarity: number,
  except: readonly string[],
  agree = 0,
): EvaluativeWords {
  return { ...compileEvaluative(list), polarity, agree, except: compileEvaluative(except) };
}

/**
 * Whether a word's valences judge: one of wink-nlp, AFINN-165 and VADER scores it `strong` or
 * more negative, or VADER and one of the other two both score it `agree` or more negative (the
 * first two share their ratings, so only VADER's agreement is a second opinion). 0 turns a test off.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { negativeEnough } from "./judged.ts";
 * assert.ok(negativeEnough({ wink: -0.6, afinn: -0.6, vader: 0 }, 0.6, 0.4)); // "blackmail"
 * assert.ok(negativeEnough({ wink: -0.4, afinn: -0.4, vader: -0.45 }, 0.6, 0.4)); // "weakness"
 * assert.ok(!negativeEnough({ wink: -0.4, afinn: -0.4, vader: -0.3 }, 0.6, 0.4)); // "critics"
 * ```
 */
export function negativeEnough(
  v: { wink: number; afinn: number; vader: number },
  strong: number,
  agree: number,
): boolean {
  if (strong > 0 && Math.min(v.wink, v.afinn, v.vader) <= -strong) return true;
  return agree > 0 && v.vader <= -agree && Math.min(v.wink, v.afinn) <= -agree;
}

/**
 * Whether a token judges: a word of the list, or (with a polarity set) an adjective or noun
 * whose polarity, or its lemma's, is that negative, unless it is exempt.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileJudging, judges } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("a brutal and costly war"));
 * const words = compileJudging(["brutal*"], 0.6, ["war"]); // VADER scores "war" -0.725: an event, exempt
 * assert.deepEqual(tokens.map((t) => judges(words, t)), [false, true, false, false, false]);
 * ```
 */
export function judges(evaluative: EvaluativeWords, token: Token): boolean {
  if (token.punct) return false;
  if (isEvaluative(evaluative, token.norm)) return true;
  return POLAR.has(token.pos) && judgesByValence(evaluative, token);
}

/**
 * Whether a word judges by its valence alone, whatever its part of speech (the caller decides
 * which may: an adjective or noun in a noun phrase, a verb of conduct after its subject): not
 * exempt, and negative enough by its form as written or its lemma ("atrocities" by "atrocity").
 */
export function judgesByValence(evaluative: EvaluativeWords, token: Token): boolean {
  const { polarity = 0, agree = 0, except } = evaluative;
  if ((!polarity && !agree) || token.punct || !/^\p{L}/u.test(token.norm)) return false;
  if (except && (isEvaluative(except, token.norm) || isEvaluative(except, token.lemma))) return false;
  return negativeEnough(wordValence(token.norm), polarity, agree) ||
    (token.lemma !== token.norm && negativeEnough(wordValence(token.lemma), polarity, agree));
}

/**
 * Compiles the `evaluative` list of a lexicon: "brutal*" is a family, "so-called" a word.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileEvaluative, isEvaluative } from "./judged.ts";
 * const words = compileEvaluative(["brutal*", "so-called"]);
 * assert.ok(isEvaluative(words, "Brutality"));
 * assert.ok(!isEvaluative(words, "heavy"));
 * ```
 */
export function compileEvaluative(list: readonly string[]): EvaluativeWords {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const entry of list) {
    const w = entry.trim().toLowerCase();
    if (w.endsWith("*")) prefixes.push(w.slice(0, -1));
    else words.add(w);
  }
  return { words, prefixes };
}

/**
 * Whether a word (any case) is one of the evaluative modifiers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileEvaluative, isEvaluative } from "./judged.ts";
 * assert.ok(isEvaluative(compileEvaluative(["so-called"]), "So-called"));
 * ```
 */
export function isEvaluative(evaluative: EvaluativeWords, word: string): boolean {
  const w = word.toLowerCase();
  return evaluative.words.has(w) || evaluative.prefixes.some((p) => w.startsWith(p));
}

/** Parts of speech a noun phrase's modifiers have. */
const MODIFIER = new Set(["ADJ", "ADV", "NOUN", "PROPN", "VERB"]);
const LINKS = new Set([",", "and", "-"]);
/** The most words a modifier stretch before a hit, or a noun phrase after a possessive, takes. */
const MAX_WORDS = 4;

/** The evaluative word that ends at token k, with its first token ("so-called" is three tokens), or null. */
function evaluativeEndingAt(
  tokens: readonly Token[],
  k: number,
  evaluative: EvaluativeWords,
  noun = false,
): [number, string] | null {
  const t = noun ? { ...tokens[k], pos: "NOUN" } : tokens[k];
  if (!t || t.punct) return null;
  if (tokens[k - 1]?.text === "-" && tokens[k - 2] && !tokens[k - 2].punct) {
    const compound = `${tokens[k - 2].norm}-${t.norm}`;
    if (isEvaluative(evaluative, compound)) return [k - 2, compound];
  }
  return judges(evaluative, t) ? [k, t.norm] : null;
}

/**
 * Whether the noun phrase of the hit on tokens `from` to `to` (exclusive) holds an
 * evaluative modifier: inside the hit, among the adjectives (and adverbs, commas, "and")
 * right before it ("the blatant and illegal US pressure"), or, when the hit ends in a
 * possessive ("Israel's"), among the words of the noun phrase it governs ("Israel's
 * brutal bombardment"). Returns the span of the judged noun phrase and the modifier, or
 * null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileEvaluative, judgedPhrase } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("Israel's brutal bombardment of Gaza"));
 * // The hit "Israel's" (tokens 0 and 1) governs "brutal bombardment": the phrase is judged.
 * assert.deepEqual(judgedPhrase(tokens, 0, 2, compileEvaluative(["brutal*"])), { from: 0, to: 4, word: "brutal" });
 * assert.equal(judgedPhrase(tokens, 0, 2, compileEvaluative(["heinous"])), null);
 * ```
 */
export function judgedPhrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  evaluative: EvaluativeWords,
): { from: number; to: number; word: string } | null {
  if (!evaluative.words.size && !evaluative.prefixes.length) return null;
  let found: { from: number; to: number; word: string } | null = null;
  for (let k = from; k < to && !found; k++) {
    const e = evaluativeEndingAt(tokens, k, evaluative);
    if (e && e[0] >= from) found = { from, to, word: e[1] };
  }
  // Before the hit: a stretch of modifiers, the farthest evaluative one counted.
  let words = 0;
  for (let k = from - 1; k >= 0 && words < MAX_WORDS;) {
    const e = evaluativeEndingAt(tokens, k, evaluative);
    // After an auxiliary the word is a verb's participle, not a modifier ("has degraded Hezbollah").
    if (e && tokens[e[0] - 1]?.pos === "AUX") break;
    if (e) {
      found = { from: e[0], to: found?.to ?? to, word: e[1] };
      k = e[0] - 1;
      words++;
      continue;
    }
    const t = tokens[k];
    if (LINKS.has(t.norm) || t.pos === "ADJ" || t.pos === "ADV") {
      if (!LINKS.has(t.norm)) words++;
      k--;
      continue;
    }
    break;
  }
  // After a possessive: a noun phrase in scare quotes ("Washington's 'mediation'"), or the noun phrase it governs.
  const quoted = isPossessive(tokens, to - 1) ? scareQuotedEnd(tokens, to) : -1;
  if (quoted > to) {
    return { from: found?.from ?? from, to: quoted + 1, word: found?.word ?? quotedWords(tokens, to, quoted) };
  }
  if (isPossessive(tokens, to - 1)) {
    let last = -1;
    let word: string | null = null;
    words = 0;
    for (let k = to; k < tokens.length && words < MAX_WORDS; k++) {
      const t = tokens[k];
      if (LINKS.has(t.norm) && t.norm !== ",") continue;
      if (t.punct || !MODIFIER.has(t.pos)) break;
      words++;
      // A verb right after the possessive is its noun, mis-tagged ("Washington's blackmail").
      const noun = t.pos === "NOUN" || (t.pos === "VERB" && k === to);
      const e = evaluativeEndingAt(tokens, k, evaluative, noun);
      if (e && !word) word = e[1];
      if (t.pos === "VERB" && !noun && !e && last >= 0) break; // a verb after the head ends the phrase
      if (noun) last = k;
    }
    if (word && last >= to) found = { from: found?.from ?? from, to: last + 1, word: found?.word ?? word };
  }
  return found;
}

/** Quotation marks, straight and curly. */
/** The most words a noun phrase in scare quotes holds. */
const MAX_QUOTED = 3;

/**
 * Where the noun phrase in scare quotes that opens at token k closes: the index of its closing
 * mark, when token k is a quotation mark and one to three words (nouns and adjectives, hyphens
 * between them), ending in a noun, come before the next mark; else -1. Marks around a word the
 * writer could have used plainly distance the writer from it (Washington's "mediation", Israel's
 * 'self-defence'), and marks around a party's own phrase quote a characterisation: either way the
 * phrase judges (FRAMING-GUIDE.md: scare quotes; an evaluative characterisation from either side).
 * A quoted clause (a verb, a determiner, more words) is not such a phrase.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scareQuotedEnd } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText(`Washington's "mediation" failed`));
 * assert.equal(scareQuotedEnd(tokens, 2), 4);
 * const clause = tokenize(prepareText(`Washington's "we will stay" pledge`)).tokens;
 * assert.equal(scareQuotedEnd(clause, 2), -1);
 * ```
 */
export function scareQuotedEnd(tokens: readonly Token[], k: number): number {
  if (!isQuoteMark(tokens[k])) return -1;
  let words = 0;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (isQuoteMark(t)) return words > 0 && tokens[j - 1].pos === "NOUN" ? j : -1;
    if (t.text === "-" && words > 0) continue;
    if (t.punct || (t.pos !== "NOUN" && t.pos !== "ADJ") || ++words > MAX_QUOTED) return -1;
  }
  return -1;
}

/** The words between the marks at `open` and `close`, as one string ("economic terrorism"). */
function quotedWords(tokens: readonly Token[], open: number, close: number): string {
  return tokens.slice(open + 1, close).map((t) => t.norm).join(" ").replace(/ - /g, "-");
}
