/**
 * Cues that are nouns of speech or stance: "Smith's contention that ...", "his call for
 * ...", "a remark by the governor that ...", "the union leveled charges that ...", "charges
 * of assault" (an accusation with no accuser named). Each looks at a bounded number of
 * tokens around the noun, so that finding relations stays linear in the article.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { SOURCELESS_NOUNS, STANCE_NOUNS, SUPPORT_VERBS } from "./cues.ts";
import { MAX_PHRASE, phraseEndingAt, sourceBefore, type TextSpan } from "./phrases.ts";
import { complementThat } from "./clauses.ts";

/** A noun cue found in a sentence. */
export interface NounCue {
  /** First token of the cue (the noun, or "by" and its agent's noun). */
  from: number;
  /** Past the cue's last token. */
  to: number;
  /** The first token of the content (after "that", "of", "for"). */
  contentFrom: number;
  /** Who, as written: a possessor ("Smith's", "his"), the agent after "by", or the subject of a support verb. */
  source?: TextSpan;
  /** Whether the content runs to the sentence's end ("The feeling was that ...": the noun is no subject of a later verb). */
  toEnd?: boolean;
}

/** Possessive pronouns that name a source before a noun ("his argument that"). */
const POSSESSIVE = new Set(["his", "her", "their", "its"]);

/** The first token after a noun phrase that starts at `from` (an agent after "by"), within `end`. */
function phraseAfter(tokens: readonly Token[], from: number, end: number): number {
  // "by his foes": a possessive opens the agent.
  let k = from < end && POSSESSIVE.has(tokens[from].norm) ? from + 1 : from;
  while (
    k < end && k - from < MAX_PHRASE &&
    (/^(?:PROPN|NOUN|ADJ|DET|NUM)$/.test(tokens[k].pos) || tokens[k].text === "." || tokens[k].text === "-" ||
      /^['\u2019]s$/.test(tokens[k].text))
  ) k++;
  return k;
}

/**
 * The noun cue at token `i` of a sentence `[first, end)`, with content after it: a noun of
 * `STANCE_NOUNS` followed by one of its words ("that", "of", "for") and named by a
 * possessor, an agent after "by", or the subject of a support verb ("leveled charges
 * that"). Only an accusation in the plural with no determiner ("charges of assault",
 * "reports of fighting") stands without a source. `floor` bounds a source before.
 *
 * @example
 * ```ts
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "Smith's contention that the tax was illegal drew a reply.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * const cue = nounCueAt(tokens, 2, tokens.length - 1, 0, 0)!;
 * [tokens[cue.from].text, text.slice(cue.source!.start, cue.source!.end), tokens[cue.contentFrom].text];
 * // ["contention", "Smith", "the"]
 * ```
 */
export function nounCueAt(
  tokens: readonly Token[],
  i: number,
  end: number,
  first: number,
  floor: number,
): NounCue | undefined {
  const t = tokens[i];
  const words = STANCE_NOUNS[t.norm];
  if (!words) return undefined;
  // "were reports of fighting": a plural the tagger took for a verb is a noun before its preposition.
  if (t.pos !== "NOUN" && t.pos !== "PROPN" && !(t.pos === "VERB" && words.includes(tokens[i + 1]?.norm ?? ""))) {
    return undefined;
  }
  // What the noun is followed by: "that", its preposition, or an agent "by X" and then one of them.
  let k = i + 1;
  let agent: TextSpan | undefined;
  if (tokens[k]?.norm === "by" && k + 1 < end) {
    const after = phraseAfter(tokens, k + 1, end);
    if (after === k + 1 || !tokens.slice(k + 1, after).some((x) => x.pos === "PROPN" || x.pos === "NOUN")) {
      return undefined;
    }
    agent = { start: tokens[k + 1].start, end: tokens[after - 1].end };
    k = after;
  }
  // "The feeling was that ...", "the argument goes that ...": the noun's verb before "that".
  const linked = !agent && SOURCELESS_NOUNS.has(t.norm) && /^(?:be|go)$/.test(tokens[k]?.lemma ?? "") &&
    complementThat(tokens, k + 1, end);
  if (linked) return k + 2 < end ? { from: i, to: k + 1, contentFrom: k + 2, toEnd: true } : undefined;
  const link = tokens[k];
  if (!link || k + 1 >= end || !(complementThat(tokens, k, end) || words.includes(link.norm))) {
    return undefined;
  }
  const cue = { from: i, to: agent ? k : i + 1, contentFrom: k + 1 };
  if (agent) return { ...cue, source: agent };
  // Before the noun: adjectives ("his repeated calls for"), then a possessor or a support verb.
  let b = i - 1;
  while (b >= first && i - b <= 3 && tokens[b].pos === "ADJ") b--;
  const before = tokens[b];
  if (b >= floor && before && /^['\u2019]s$/.test(before.text)) {
    const start = phraseEndingAt(tokens, b - 1, floor);
    if (start >= 0) return { ...cue, source: { start: tokens[start].start, end: tokens[b - 1].end } };
  }
  if (b >= floor && before && POSSESSIVE.has(before.norm)) {
    return { ...cue, source: { start: before.start, end: before.end } };
  }
  // "The union leveled charges that", "voiced a warning that": the support verb's subject.
  let v = b;
  if (v >= first && tokens[v].pos === "DET") v--;
  if (v >= floor && tokens[v].pos === "VERB" && SUPPORT_VERBS.has(tokens[v].lemma)) {
    const source = sourceBefore(tokens, v, floor);
    if (source) return { ...cue, source: { start: source.start, end: source.end } };
  }
  // "charges of assault", "reports of fighting": an accusation with no accuser named.
  const bare = /s$/.test(t.norm) && link.norm !== "for" && (b < first || tokens[b].pos !== "DET");
  // "the belief that the timing could hardly be worse", "despite warnings that ...": an unnamed source.
  const unnamed = SOURCELESS_NOUNS.has(t.norm) && link.norm === "that";
  return bare || unnamed ? cue : undefined;
}
