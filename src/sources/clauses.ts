/**
 * Clauses after a cue of belief: whether a stretch of tokens opens a clause ("there was
 * nothing", "a vote will be held", "if the timetable holds, a vote ..."), and the cue of an
 * adjective of conviction ("was convinced that", "are optimistic the quarter will ..."). Each
 * looks at a bounded number of tokens, so that finding relations stays linear in the article.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { BELIEF_ADJECTIVES } from "./cues.ts";

/** How many tokens a clause's subject may span before its verb. */
const MAX_SUBJECT = 12;
const SUBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);
/** Conjunctions that open a condition or a time before a clause's subject ("expects if the timetable holds, ..."). */
const OPENERS = new Set(["if", "when", "unless", "once", "should"]);
/** Verbs that link a subject to an adjective of conviction. */
const LINKS = new Set(["be", "become", "remain", "grow", "seem", "feel"]);

/**
 * Whether the tokens from `k` (before `end`) open a finite clause: "that", a conjunction of
 * condition or time, or a subject (a noun phrase or a pronoun) followed by an auxiliary or a
 * finite verb ("there was", "a vote will be", "the plan failed"); not an object alone ("the
 * heat.") or an adjective ("strong").
 *
 * @example
 * ```ts
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "He felt the plan would fail. He felt strong.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * [opensClause(tokens, 2, 7), opensClause(tokens, 9, 10)];
 * // [true, false]
 * ```
 */
export function opensClause(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!t || k >= end) return false;
  if (t.norm === "that" && t.pos === "SCONJ" || OPENERS.has(t.norm) && t.pos !== "VERB") return true;
  let m = k;
  while (m < end && m - k < MAX_SUBJECT) {
    const x = tokens[m];
    const subject = SUBJECT_POS.has(x.pos) || /^['\u2019]s$/.test(x.text) || x.text === "-" ||
      x.norm === "of" && m > k;
    if (!subject) break;
    m++;
    // A pronoun ends the subject ("there", "it", "he").
    if (x.pos === "PRON" && !/^(?:their|his|her|its|our|my|your)$/.test(x.norm)) break;
  }
  if (m === k || m >= end) return false;
  const v = tokens[m];
  return v.pos === "AUX" || v.pos === "VERB" && !/ing$/.test(v.norm);
}

/**
 * The cue of an adjective of conviction at token `i` ("was convinced", "had become
 * convinced", "are optimistic"): from its linking verb to the adjective, when a clause
 * follows. Returns the cue's first token, or -1.
 */
export function convictionCueStart(tokens: readonly Token[], i: number, end: number, first: number): number {
  if (!BELIEF_ADJECTIVES.has(tokens[i].norm) || !opensClause(tokens, i + 1, end)) return -1;
  let b = i - 1;
  while (b >= first && tokens[b].pos === "ADV") b--;
  if (b < first || !LINKS.has(tokens[b].lemma)) return -1;
  while (b - 1 >= first && tokens[b - 1].pos === "AUX") b--;
  return b;
}
