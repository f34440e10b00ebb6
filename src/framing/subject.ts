/**
 * A generic judgement as a verb is the conduct of its subject. The lexicon counts a generic
 * wording ("massacred", "interfered in ... affairs") for a referent in a sentence with the
 * referent's cues; when the verb's subject, written right before it, is someone else ("Israel
 * says Hezbollah massacred", "US officials said Iran interfered"), the judgement is not the
 * referent's and the hit is dropped.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { type Cues, hasCue } from "./cues.ts";

/** Words that may stand between a subject and its verb ("has long", "had already", "to"). */
const BETWEEN = new Set(["AUX", "ADV", "PART"]);
const MAX_BETWEEN = 3;
/** The words of a subject's noun phrase, and how many are looked at. */
const PHRASE = new Set(["NOUN", "PROPN", "ADJ"]);
const MAX_PHRASE = 4;

/** A hit as this rule sees it. */
export interface SubjectHit {
  from: number;
  to: number;
  p: { referent: string | null };
}

/**
 * Whether the hit starts with a verb whose subject, right before it (past at most three
 * auxiliaries, adverbs and "to"), names someone other than `referent`: its noun phrase holds
 * a hit of another referent, or a name (a proper noun) that is none of the wording's cues
 * ("Hamas gunmen"), before any hit of the referent itself ("the Israeli army").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { foreignSubject } from "./subject.ts";
 * import { cueRegex } from "./cues.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const cues = cueRegex(["US", "Washington"])!;
 * const us = (text: string, at: number) => foreignSubject(tokenize(prepareText(text)).tokens, at, "us", cues, []);
 * assert.equal(us("US officials said Iran interfered in Iraq.", 4), true);
 * assert.equal(us("Washington has long interfered in Iraq.", 3), false);
 * assert.equal(us("The occupiers interfered in Iraq.", 2), false); // no name: the cue decides
 * assert.equal(us("The Iranian leaders interfered in Iraq.", 3), true);
 * assert.equal(us("An Iraqi general assassinated by the US was buried.", 3), false); // a passive
 * ```
 */
export function foreignSubject(
  tokens: readonly Token[],
  at: number,
  referent: string,
  cues: Cues,
  hits: readonly SubjectHit[],
): boolean {
  const verb = tokens[at];
  if (!verb || verb.pos !== "VERB") return false;
  // A passive ("were massacred", "a commander assassinated by"): the subject is the victim.
  if (tokens[at + 1]?.norm === "by") return false;
  let k = at - 1;
  while (k >= 0 && at - k <= MAX_BETWEEN && BETWEEN.has(tokens[k].pos)) {
    if (tokens[k].lemma === "be" || tokens[k].lemma === "get") return false;
    k--;
  }
  // The subject's noun phrase, back from its head ("Hamas gunmen", "the Israeli army").
  for (let j = k; j >= 0 && k - j < MAX_PHRASE && tokens[j].sentence === verb.sentence; j--) {
    const t = tokens[j];
    if (t.punct || !PHRASE.has(t.pos)) break;
    const named = hits.find((h) => h.from <= j && j < h.to);
    if (named) return named.p.referent !== referent;
    if (t.pos === "PROPN" && !hasCue(cues, t.text)) return true;
  }
  return false;
}
