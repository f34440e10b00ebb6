/**
 * How far the parts of an attribution reach, for `findAttributions`' cue steps: where a
 * content starts and ends, past a hearer, a setting or words of time, the "that" that opens a
 * clause, the source of a participle's main clause. Each reads tokens and returns an index or
 * a span, nothing else.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { SETTING_NOUNS } from "./cues.ts";
import { opensClause } from "./clauses.ts";
import { tokenFrom } from "./attribution_quotes.ts";
import { ORGANIZATION_HEADS } from "../text/english.ts";
import {
  cueAt,
  END_PUNCT,
  MAX_PHRASE,
  pastHearer,
  sourceAfter,
  sourceBefore,
  subjectAt,
  type TextSpan,
  TIME_WORDS,
} from "./phrases.ts";
import { isQuoteMark } from "../nlp/wink.ts";

/**
 * How many tokens after a cue (and its hearer) "that" may come, over adverbials and no verb or
 * comma: “told the Rotary Club of Providence at its luncheon at the Sheraton-Biltmore Hotel that”.
 */
const THAT_REACH = 16;
/** Conjunctions that open a clause of time, cause or condition ("when", "after", "if"). */
const SUBORDINATORS = new Set([
  "when",
  "whenever",
  "while",
  "after",
  "before",
  "as",
  "if",
  "unless",
  "because",
  "although",
  "though",
  "since",
  "until",
  "once",
]);
/** Conjunctions after a comma that open a contrast the outlet sets against reported words, not more of them. */
const CONTRAST = new Set(["while", "whereas"]);

/** The comma that ends a participle's content and the source of the clause after it ("Noting that X, he said"). */
export function participleSource(
  tokens: readonly Token[],
  from: number,
  end: number,
): { comma: number; source: TextSpan } | undefined {
  for (let m = from; m < end && m - from < 60; m++) {
    if (END_PUNCT.has(tokens[m].text)) return undefined;
    if (tokens[m].text !== ",") continue;
    for (let c = m + 1; c < end && c - m <= MAX_PHRASE; c++) {
      const main = cueAt(tokens, c, end);
      if (!main || main.kind !== "verb") continue;
      const source = sourceBefore(tokens, main.from, m + 1);
      return source ? { comma: m, source } : undefined;
    }
  }
  return undefined;
}

/** The subject opening a sentence when its last word may name a speaker: a name, a pronoun, an organisation's head noun. */
export function speakingSubject(tokens: readonly Token[], first: number, end: number): TextSpan | undefined {
  const subject = subjectAt(tokens, first, end);
  const head = subject && tokens[tokenFrom(tokens, subject.end) - 1];
  const speaks = head && (head.pos === "PROPN" || head.pos === "PRON" || ORGANIZATION_HEADS.has(head.norm));
  return speaks ? subject : undefined;
}

/**
 * The "that" opening the content after token `k` (a cue, its source and hearer), over
 * adverbials and no verb, comma or quote; -1 if none.
 */
export function thatAfter(tokens: readonly Token[], k: number, end: number): number {
  for (let m = k; m < end && m - k < THAT_REACH; m++) {
    // "intimated even before inauguration that he hoped ...": a "that" the tagger took for a pronoun
    // after an adverbial (not after an object: "said the plan that he made failed").
    const adverbial = m > k && /^(?:ADV|ADP)$/.test(tokens[k].pos) && opensClause(tokens, m + 1, end);
    if (tokens[m].norm === "that" && (tokens[m].pos === "SCONJ" || adverbial)) return m;
    if (tokens[m].pos === "VERB" || tokens[m].text === "," || isQuoteMark(tokens[m])) break;
  }
  return -1;
}

/**
 * Where content with no "that" starts after token `k` of a cue ending at `cueEnd`: past the
 * words of time that open it ("said this Sunday's sessions will ..."), a setting after "in"
 * ("said in a statement:") and a "that".
 */
export function pastTimeAndSetting(tokens: readonly Token[], k: number, cueEnd: number, end: number): number {
  for (let n = 0; n < 2; n++) {
    // Not the words of time that open the content ("said this Sunday's sessions will ...").
    let w = k;
    // A determiner only before a word of time ("this Sunday's"), not before an object ("described this as").
    while (
      w < end && w - cueEnd < 6 && TIME_WORDS.has(tokens[w].norm) &&
      (tokens[w].pos !== "DET" || TIME_WORDS.has(tokens[w + 1]?.norm ?? ""))
    ) w++;
    if (!/^['\u2019]s$/.test(tokens[w]?.text ?? "") && !/^['\u2019]s$/.test(tokens[w + 1]?.text ?? "")) k = w;
    // "said in a statement:", "told in an interview that": the setting, not the content.
    if (tokens[k]?.norm === "in") k = pastSetting(tokens, k + 1, end) ?? k;
  }
  if (tokens[k]?.norm === "that" && k < end) k++;
  return k;
}

/**
 * Where the content after a cue ends: before a participle cue of the same source ("praised the
 * talks, adding that ..."), before a contrast the outlet sets against it ("asks X to disarm,
 * while the army keeps ..."), before a second verb of saying of the same subject
 * ("reiterated X, but has announced that ..."), and, once the content holds a verb, before a
 * new subject's verb of saying ("said X would go and she said ..."). The second verb of the same
 * subject only at the content's first conjunction: after ", and Williams got ...", a verb is
 * the new subject's.
 */
export function contentEnd(tokens: readonly Token[], k: number, end: number, first: number): number {
  let stop = k;
  let conjoined = false;
  let verb = false;
  // Inside a quotation mark the content opens, a new subject's verb is the quoted speaker's.
  let quoted = false;
  for (; stop < end; stop++) {
    const t = tokens[stop];
    if (t.text === "," && /ing$/.test(tokens[stop + 1]?.norm ?? "") && cueAt(tokens, stop + 1, end, first)) {
      break;
    }
    if (t.text === "," && CONTRAST.has(tokens[stop + 1]?.norm ?? "")) break;
    const c = t.text === "," ? stop + 1 : stop;
    if (!conjoined && stop > k && secondCue(tokens, c, end, first)) break;
    if (verb && !quoted && newSpeakerCue(tokens, c, end, first)) break;
    if (t.pos === "CCONJ") conjoined = true;
    verb ||= t.pos === "VERB" || t.pos === "AUX";
    if (isQuoteMark(t)) quoted = !quoted;
  }
  return stop;
}

/**
 * Whether a verb cue whose content would start at token `k` has none: adverbs, then a
 * conjunction, a new subject and its verb ("asked the driver twice and he said ...", "what
 * Liston had said and he said ..."). Not a verb of the cue's own subject ("shouted, and rushed
 * off to object: ..."), nor a hearer's second noun ("asks the support and cooperation of").
 */
export function noContentAt(tokens: readonly Token[], k: number, end: number): boolean {
  let m = k;
  while (m < end && m - k < 3 && tokens[m].pos === "ADV") m++;
  return m < end && tokens[m].pos === "CCONJ" && subjectAt(tokens, m + 1, end) !== undefined;
}

/**
 * Whether token `c` is a conjunction that opens a new clause whose subject reports ("and she
 * said", "but the envoy insisted"): the conjunction, a subject, and a verb cue of its own, no
 * infinitive ("and other firms to report", "but I have to think").
 */
export function newSpeakerCue(tokens: readonly Token[], c: number, end: number, first: number): boolean {
  if (tokens[c]?.pos !== "CCONJ" || !subjectAt(tokens, c + 1, end)) return false;
  for (let m = c + 1; m < end && m - c <= MAX_PHRASE + 4; m++) {
    if (tokens[m].pos === "VERB") return tokens[m - 1].norm !== "to" && cueAt(tokens, m, end, first)?.kind === "verb";
  }
  return false;
}

/**
 * Whether token `c` is a conjunction that opens a second verb of saying of the same subject
 * ("but has announced that", "and added that"): the conjunction, at most three auxiliaries or
 * adverbs, and a finite verb cue.
 */
function secondCue(tokens: readonly Token[], c: number, end: number, first: number): boolean {
  if (tokens[c]?.pos !== "CCONJ") return false;
  let m = c + 1;
  while (m < end && m - c <= 3 && /^(?:AUX|ADV)$/.test(tokens[m].pos)) m++;
  // A finite verb: "but added", "but has announced"; not an infinitive's second verb ("to confirm or deny").
  const finite = m > c + 1 || tokens[m].norm !== tokens[m].lemma;
  return m < end && finite && tokens[m].pos === "VERB" && cueAt(tokens, m, end, first)?.kind === "verb";
}

/**
 * Where the content of a noun cue ends: a clause after "that" runs to the sentence's end, or,
 * when the noun opens the sentence's subject ("Smith's contention that the tax was illegal
 * drew a reply"), to the main verb after the clause's own; a noun phrase after "of", "for"
 * runs up to a verb or a comma.
 */
export function nounContentEnd(
  tokens: readonly Token[],
  from: number,
  end: number,
  first: number,
  noun: number,
): number {
  const finite = (t: Token) => t.pos === "AUX" || t.pos === "VERB" && !/ing$/.test(t.norm);
  let stop = from;
  if (tokens[from - 1].norm !== "that") {
    while (stop < end && !END_PUNCT.has(tokens[stop].text) && tokens[stop].text !== ",") {
      if (stop > from && finite(tokens[stop])) break;
      stop++;
    }
    return stop;
  }
  let subject = true;
  for (let m = first; m < noun && subject; m++) subject = !finite(tokens[m]);
  if (!subject) return end;
  // The clause's own verb group, then the main verb.
  let group = 0;
  for (let m = from; m < end && m - from < 60; m++) {
    const t = tokens[m];
    if (t.text === "," || t.pos === "CCONJ" || t.pos === "SCONJ" || t.pos === "PRON") return end;
    const verbal = finite(t) || t.pos === "ADV" || t.pos === "PART" || t.pos === "VERB";
    if (
      verbal &&
      (m === from ||
        !(finite(tokens[m - 1]) || tokens[m - 1].pos === "ADV" || tokens[m - 1].pos === "PART" ||
          tokens[m - 1].pos === "VERB"))
    ) {
      if (++group === 2) return m;
    }
  }
  return end;
}

/** Past a setting after "in" ("a statement", "a Boston interview", "televised remarks"): the index after it, if any. */
function pastSetting(tokens: readonly Token[], from: number, end: number): number | undefined {
  let k = from;
  if (tokens[k]?.pos === "DET") k++;
  for (let n = 0; n < 3 && k < end && !SETTING_NOUNS.has(tokens[k].norm); n++) {
    if (!/^(?:ADJ|PROPN|NOUN|NUM)$/.test(tokens[k].pos)) return undefined;
    k++;
  }
  return k < end && SETTING_NOUNS.has(tokens[k].norm) ? k + 1 : undefined;
}

/**
 * The one quoted after "quoted" ("quoted Jensen as saying"): the phrase before "as" and a
 * verb of saying, with `last` at that verb.
 */
export function quotedSource(
  tokens: readonly Token[],
  from: number,
  end: number,
): TextSpan & { last: number } | undefined {
  let a = from;
  while (a < end && a - from < MAX_PHRASE && tokens[a].norm !== "as") a++;
  const verb = tokens[a + 1];
  if (a === from || a + 1 >= end || tokens[a].norm !== "as" || !verb || !/ing$/.test(verb.norm)) return undefined;
  if (!cueAt(tokens, a + 1, end, a + 1)) return undefined;
  return { start: tokens[from].start, end: tokens[a - 1].end, last: a + 1 };
}

/**
 * Past a hearer after "to" ("said to Ritchie: “...”", "said to reporters."): the index after
 * it when a colon, a comma, a quote or the sentence's end follows, else `to` itself (a topic:
 * "responded to the resolution").
 */
export function hearerAfterTo(tokens: readonly Token[], to: number, end: number): number {
  const k = pastHearer(tokens, to + 1, end);
  const next = tokens[k];
  const ends = k >= end || !next || next.text === ":" || next.text === "," || isQuoteMark(next) ||
    END_PUNCT.has(next.text);
  return k > to + 1 && ends ? k : to;
}

/**
 * Whether tokens `[from, to)` open with a subordinate clause ("When asked about the plan",
 * "Last week, when Royal was informed that ..."): a subordinating conjunction first, or after
 * a few words of time and a comma, and no quote in them.
 */
export function opensSubordinate(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  for (let m = from; m < to && m - from < 4; m++) {
    if (tokens[m].text === ",") k = m + 1;
    if (isQuoteMark(tokens[m])) return false;
  }
  if (
    k > from && !tokens.slice(from, k - 1).every((t) => TIME_WORDS.has(t.norm) || /^(?:ADJ|ADV|NOUN|DET)$/.test(t.pos))
  ) {
    return false;
  }
  if (k >= to || !SUBORDINATORS.has(tokens[k].norm)) return false;
  for (let m = k; m < to; m++) if (isQuoteMark(tokens[m])) return false;
  return true;
}

/**
 * The agent after "by" at `from`: a noun phrase that ends the clause, one before an
 * apposition ("by Leonard Kaplan, spokesman for ..."), before a relative clause ("by the
 * Western delegations who will attend ..."), or the first of two joined by "and" ("by
 * Commissioner Barnet Lieberman and Health Commissioner Eugene A. Gillis"). `named` asks for
 * a name in it (a stance verb's agent: "supported by beams" is no speaker).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "It was opposed by Ann Lee, a spokeswoman for the drivers.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * const agent = passiveAgent(tokens, 4, tokens.length - 1, true)!;
 * assert.equal(text.slice(agent.start, agent.end), "Ann Lee");
 * ```
 */
export function passiveAgent(
  tokens: readonly Token[],
  from: number,
  end: number,
  named = false,
): TextSpan & { last: number } | undefined {
  // "by then Gov. Marvin Griffin": an adverb before the agent's name.
  if (tokens[from]?.pos === "ADV" && /^(?:PROPN|NOUN|DET)$/.test(tokens[from + 1]?.pos ?? "")) from++;
  const after = sourceAfter(tokens, from, end);
  let agent = after;
  if (!agent) {
    let k = from;
    while (
      k < end && k - from < MAX_PHRASE &&
      (/^(?:PROPN|NOUN|ADJ|DET|NUM)$/.test(tokens[k].pos) || tokens[k].text === "." || tokens[k].text === "-")
    ) k++;
    const next = tokens[k];
    const opens = next && k < end &&
      (next.text === "," || /^(?:who|which|whose)$/.test(next.norm) || next.pos === "CCONJ");
    const hasName = tokens.slice(from, k).some((t) => t.pos === "PROPN" || t.pos === "NOUN");
    if (k > from && opens && hasName) agent = { start: tokens[from].start, end: tokens[k - 1].end, last: k - 1 };
  }
  if (!agent || named && !tokens.slice(from, agent.last + 1).some((t) => t.pos === "PROPN")) return undefined;
  return agent;
}
