/**
 * Passives whose agent after "by" is the source and whose subject is the content: "The
 * increase was opposed by Leonard Kaplan", "was envisioned for the 1970s here Tuesday by
 * Peter G. Peterson", "bonds proposed by then Gov. Marvin Griffin", "associates, announced
 * yesterday by the AID, include ...". Each looks at a bounded number of tokens, so that
 * finding relations stays linear in the article.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { HEARER_VERBS } from "./cues.ts";
import { MAX_PHRASE, TIME_WORDS } from "./words.ts";

/**
 * Verbs of stance that are no verbs of saying in the active ("supported the levy" may be a
 * vote) but whose passive with a named agent reports a stated position: "The candidacy was
 * supported today by Edward W. Roos", "The increase was opposed by Leonard Kaplan".
 */
export const PASSIVE_STANCE_VERBS: ReadonlySet<string> = new Set([
  "support",
  "oppose",
  "assail",
  "applaud",
  "favor",
  "favour",
]);

/**
 * Verbs whose reduced passive ("X accused by police", "the man told by a neighbour") names
 * the one spoken to or of, not what was said, or a figure ("arrests reported by the FBI in
 * 1959", "costs estimated by the city"): no relation.
 */
const NOT_REDUCED = new Set([
  ...HEARER_VERBS,
  "accuse",
  "charge",
  "quote",
  "cite",
  "call",
  "question",
  "describe",
  "report",
  "estimate",
  "forecast",
  "predict",
]);

/**
 * Parts of speech of the words of a noun phrase, as a preposition's object ("for the 1970s", "at a
 * news conference") or before a reduced relative: no pronoun, which heads no such phrase.
 */
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** How many tokens may stand between a passive verb and its "by". */
const BY_REACH = 10;

/**
 * The index of "by" after a passive participle ending before `from`, past adverbs, words of
 * time and prepositional phrases ("announced formally yesterday by", "envisioned for the
 * 1970s here Tuesday by"), or -1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "It was backed at the meeting by the mayor.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * assert.equal(byAfter(tokens, 3, tokens.length - 1), 6);
 * ```
 */
export function byAfter(tokens: readonly Token[], from: number, end: number, lemma = ""): number {
  let k = from;
  // "was asked for top speed only in the stretch by the jockey": the one asked is no content.
  const reach = HEARER_VERBS.has(lemma) ? 4 : BY_REACH;
  while (k < end && k - from <= reach) {
    const t = tokens[k];
    if (t.norm === "by") return k + 1 < end ? k : -1;
    // Not "this" opening an object ("construed this as an effort by X").
    if (TIME_WORDS.has(t.norm) && t.pos !== "DET" || t.pos === "ADV") {
      k++;
      continue;
    }
    // A prepositional phrase: the preposition and a noun phrase with a noun (not "as": "construed this as").
    if (t.pos !== "ADP" || t.norm === "as" || reach < BY_REACH) return -1;
    let m = k + 1;
    while (m < end && m - k <= 5 && NOUN_PHRASE_POS.has(tokens[m].pos)) m++;
    if (m === k + 1) return -1;
    k = m;
  }
  return -1;
}

/**
 * The first token of the noun phrase a reduced passive participle at `i` follows ("the
 * issuance of additional rural roads bonds proposed by", "Mrs. Lenygon's committee
 * associates, announced ... by"), or -1: nouns, adjectives, numbers, determiners, "of" and
 * possessives back from the participle (or from a comma right before it), within `floor`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "He fought the road bonds proposed by the governor.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * assert.equal(tokens[reducedSubject(tokens, 5, 0, "propose")].text, "the");
 * ```
 */
export function reducedSubject(tokens: readonly Token[], i: number, floor: number, lemma: string): number {
  if (NOT_REDUCED.has(lemma)) return -1;
  let j = tokens[i - 1]?.text === "," ? i - 2 : i - 1;
  if (j < floor || !/^(?:NOUN|PROPN)$/.test(tokens[j].pos)) return -1;
  const last = j;
  while (
    j - 1 >= floor && last - j < MAX_PHRASE &&
    (NOUN_PHRASE_POS.has(tokens[j - 1].pos) || tokens[j - 1].pos === "SYM" || tokens[j - 1].norm === "of" ||
      /^['\u2019]s$/.test(tokens[j - 1].text))
  ) j--;
  // Not from a preposition's object: "of" opening the phrase belongs to the noun before.
  while (j < last && (tokens[j].norm === "of" || tokens[j].pos === "SYM" && j === last)) j++;
  return j;
}
