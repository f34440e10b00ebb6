/**
 * Voice: whether a place in an article is in the outlet's own words or in someone
 * else's, from quotation marks (any style) and attributed paraphrase ("what he called",
 * "described it as", "labelling it").
 *
 * @module
 */
import type { Token } from "../types.ts";
import { ENGLISH } from "../text/english.ts";

/** Whose words a mention is in: someone quoted, or the outlet's own. */
export type Voice = "quoted" | "narrative";

/** The voices, in the order charts and tables show them. */
export const VOICES: readonly Voice[] = ["narrative", "quoted"];

/** A stretch of an article in someone else's words, in original offsets. */
export interface VoiceSpan {
  /** Offset of the first character (an opening quotation mark, or the first word after the cue). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** Quotation marks, or an attributed paraphrase. */
  kind: "quotation" | "paraphrase";
}

const DOUBLE = new Set(['"', "\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB", "\uFF02", "\u2033"]);
const DOUBLE_OPENERS = new Set(["\u201C", "\u201E", "\u201F", "\u00AB"]);
const SINGLE_OPENERS = new Set(["\u2018", "\u201A", "\u201B"]);
const SINGLE_CLOSERS = new Set(["\u2019", "'", "\u2032"]);
/** Every mark that quotationSpans acts on. */
const QUOTE_MARK = new RegExp(
  `[${
    [...new Set([...DOUBLE, ...DOUBLE_OPENERS, ...SINGLE_OPENERS, ...SINGLE_CLOSERS, "\u2019", "'"])]
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")
  }]`,
  "g",
);
const WORDISH = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const BEFORE_OPENING = /[\s([{\u2014\u2013\-:"\u201C\u201E\u00AB/]/;

/**
 * The paragraphs of a text as `[start, end)` ranges: lines, where a line that does not
 * end a sentence and is followed by a line starting in lower case is taken to be
 * wrapped and joined to it.
 */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    if (nl < 0) {
      out.push([start, end]);
      break;
    }
    const line = text.slice(at, end).trimEnd();
    const next = text.slice(nl + 1).match(/^[ \t]*(\S)/);
    const wrapped = line !== "" && /[\p{L},;\-]$/u.test(line) && next !== null && /\p{Ll}/u.test(next[1]);
    if (!wrapped) {
      out.push([start, end]);
      start = nl + 1;
    }
    at = nl + 1;
  }
  return out.filter(([s, e]) => text.slice(s, e).trim() !== "");
}

/**
 * The stretches of a text inside quotation marks: curly, straight and low double
 * quotes, guillemets, and single quotes (told apart from apostrophes: a mark between
 * two letters is an apostrophe). Quotes are tracked within a paragraph: a double quote
 * still open at the end of its paragraph runs to the paragraph's end (the
 * convention for a quotation continued in the next paragraph); an unclosed single quote
 * is taken for an apostrophe and ignored. A closing mark with no quote open is ignored.
 * A straight single mark with a space on each side (or a space before and a closing double
 * mark or a stop after) is never an apostrophe: such marks open and close in turn, in a
 * paragraph, between the same double marks ("sufficient ' deductible ' requirements", as
 * Brown's untagged text writes a quote inside a quote).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quotationSpans } from "./voice.ts";
 * const text = "He rejected what he called \u201CZionist aggression\u201D. It's over.";
 * const [span] = quotationSpans(text);
 * assert.deepEqual(span, { start: 27, end: 47, kind: "quotation" });
 * assert.equal(text.slice(span.start, span.end), "\u201CZionist aggression\u201D"); // the apostrophe of "It's" is none
 * ```
 */
export function quotationSpans(text: string): VoiceSpan[] {
  const spans: VoiceSpan[] = [];
  // Only quotation marks and apostrophes open or close a quote: the loop visits those alone.
  const marks: number[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m !== null; m = QUOTE_MARK.exec(text)) marks.push(m.index);
  let next = 0;
  for (const [from, to] of paragraphs(text)) {
    let double = -1;
    let single = -1;
    // A straight single mark with a space on both sides ("sufficient ' deductible ' requirements", as
    // Brown's untagged text writes its inner quotes) is no apostrophe: such marks pair up in turn,
    // between the same double marks.
    let spaced = -1;
    while (next < marks.length && marks[next] < from) next++;
    for (; next < marks.length && marks[next] < to; next++) {
      const i = marks[next];
      const c = text[i];
      const before = i > from ? text[i - 1] : " ";
      const after = i + 1 < to ? text[i + 1] : " ";
      if (DOUBLE.has(c)) spaced = -1;
      else if (c === "'" && SPACE.test(before) && (SPACE.test(after) || spaced >= 0 && !WORDISH.test(after))) {
        if (spaced >= 0) {
          spans.push({ start: spaced, end: i + 1, kind: "quotation" });
          spaced = -1;
        } else if (WORDISH.test(text[i + 2] ?? "")) spaced = i;
        continue;
      }
      if (DOUBLE.has(c)) {
        const opensHere = !SPACE.test(after) || c === "\u00AB";
        const looksOpening = (DOUBLE_OPENERS.has(c) || c === '"') && BEFORE_OPENING.test(before) &&
          !SPACE.test(after);
        if (double < 0) {
          if (opensHere && (DOUBLE_OPENERS.has(c) || BEFORE_OPENING.test(before) || c === "\u00BB")) double = i;
        } else if (looksOpening && SPACE.test(before) && i > double + 1) {
          // A new opening quote while one is open: the earlier one was never closed.
          spans.push({ start: double, end: i, kind: "quotation" });
          double = i;
          single = -1;
        } else {
          spans.push({ start: double, end: i + 1, kind: "quotation" });
          double = -1;
          single = -1;
        }
        continue;
      }
      if (single < 0) {
        const opening = SINGLE_OPENERS.has(c) ||
          ((c === "'" || c === "\u2019") && BEFORE_OPENING.test(before) && WORDISH.test(after));
        if (opening && WORDISH.test(after)) single = i;
      } else if (SINGLE_CLOSERS.has(c) && !SPACE.test(before) && !WORDISH.test(after)) {
        spans.push({ start: single, end: i + 1, kind: "quotation" });
        single = -1;
      }
    }
    if (double >= 0) spans.push({ start: double, end: to, kind: "quotation" });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The cue words of `data/english.yaml` (`voice`): verbs after which "what X ..." hands the
 * wording to X, verbs of "X described it as ...", verbs of "calling it ...", and the
 * pronouns and determiners that may open the object of the last.
 */
const {
  what_verbs: WHAT_VERBS,
  as_verbs: AS_VERBS,
  name_verbs: NAME_VERBS,
  pronoun_objects: PRONOUN_OBJECTS,
  determiners: DETERMINERS,
} = ENGLISH;
const COMPLEMENT_START = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const NOUNISH = new Set(["NOUN", "PROPN"]);
const CLAUSE_END = new Set([",", ";", ":", ".", "!", "?", "\u2014", "\u2013", "(", ")", "[", "]"]);
const MAX_SPAN = 20;

const VERBS = new Set([...WHAT_VERBS, ...AS_VERBS, ...NAME_VERBS]);

/**
 * The first three UTF-16 code units of a string as one small integer, ten bits each: -1
 * for a shorter string, -2 when one of them is 1024 or more (so no cue verb: all ASCII).
 */
function startOf(s: string): number {
  if (s.length < 3) return -1;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  const c = s.charCodeAt(2);
  return (a | b | c) >= 1024 ? -2 : (a << 20) | (b << 10) | c;
}

/**
 * The first three letters of every cue verb, as {@linkcode startOf} numbers: a word that
 * starts otherwise is no cue verb. Each candidate that verbOf tries is a prefix of the
 * token's normal form, or such a prefix plus "e"; a cue verb has three letters or more,
 * and none of three letters ends in "e" (`parseEnglishWords` checks the file for it): so
 * the candidates of a normal form that starts otherwise are no cue verbs either. Checking
 * the start first spares most tokens.
 */
const VERB_STARTS = new Set([...VERBS].map(startOf));

/**
 * The base form of a cue verb ("labelling", "described", "dubbed"), or "" for a token
 * that is none: its lemma when that is a cue verb, else the first cue verb among its
 * normal form without an inflection ("ing", "ed", "es", "s"), that plus "e", and that
 * without a doubled last letter.
 */
function verbOf(t: Token): string {
  if (VERB_STARTS.has(startOf(t.lemma)) && VERBS.has(t.lemma)) return t.lemma;
  if (!VERB_STARTS.has(startOf(t.norm))) return "";
  const stem = withoutInflection(t.norm);
  if (VERBS.has(stem)) return stem;
  if (VERBS.has(stem + "e")) return stem + "e";
  // The stem without a doubled last letter: what stem.replace(/(.)\1$/, "$1") gives.
  const n = stem.length;
  const doubled = n >= 2 && stem.charCodeAt(n - 1) === stem.charCodeAt(n - 2) && !LINE_END.test(stem[n - 1]);
  return doubled && VERBS.has(stem.slice(0, -1)) ? stem.slice(0, -1) : "";
}

const LINE_END = /[\n\r\u2028\u2029]/;

/** A word without its last "ing", "ed", "es" or "s": what word.replace(/(?:ing|ed|es|s)$/, "") gives. */
function withoutInflection(word: string): string {
  if (word.endsWith("ing")) return word.slice(0, -3);
  if (word.endsWith("ed") || word.endsWith("es")) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/**
 * Whether the tokens from `at` are an object followed by a complement, as in "calling
 * [the plan] [a product ...]" or "labelling [it] [a war crime]", and not "called [the
 * prime minister] to discuss" (a telephone call) or "a group called [the Front]".
 */
function objectThenComplement(tokens: Token[], at: number): boolean {
  const sentence = tokens[at].sentence;
  let k = at;
  const t = tokens[k];
  if (PRONOUN_OBJECTS.has(t.norm)) k++;
  else {
    if (DETERMINERS.has(t.norm)) k++;
    let nouns = 0;
    while (k < tokens.length && k - at < 6 && tokens[k].sentence === sentence) {
      const p = tokens[k].pos;
      if (NOUNISH.has(p)) nouns++;
      else if (!(p === "ADJ" || tokens[k].text === "-")) break;
      k++;
    }
    if (nouns === 0) return false;
  }
  const c = tokens[k];
  if (!c || c.sentence !== sentence) return false;
  return COMPLEMENT_START.has(c.pos) || c.text === '"' || c.text === "'";
}

/** Extends a span from token `from` to the end of its clause; returns the index past its last token. */
function clauseEnd(tokens: Token[], from: number): number {
  const sentence = tokens[from]?.sentence;
  let k = from;
  while (k < tokens.length && k - from < MAX_SPAN) {
    const t = tokens[k];
    if (t.sentence !== sentence || CLAUSE_END.has(t.text)) break;
    if (t.pos === "CCONJ" && k > from && (tokens[k + 1]?.pos === "VERB" || tokens[k + 1]?.pos === "AUX")) break;
    k++;
  }
  return k;
}

/**
 * The stretches of an article in an attributed paraphrase: after "what X called",
 * "X described it as", "rejecting Y as", "calling the plan", "labelling it", each to the
 * end of its clause. "so-called" is the outlet's own distancing and not attribution;
 * "called for" and "called on" are not naming.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { prepareText, tokenize } from "framelens";
 * import { attributionSpans } from "./voice.ts";
 * const text = "Velayati, calling the plan a product of US pressure.";
 * const [span] = attributionSpans(tokenize(prepareText(text)).tokens);
 * assert.equal(text.slice(span.start, span.end), "the plan a product of US pressure");
 * assert.equal(span.kind, "paraphrase");
 * ```
 */
export function attributionSpans(tokens: Token[]): VoiceSpan[] {
  const spans: VoiceSpan[] = [];
  const push = (from: number) => {
    if (from >= tokens.length) return;
    const to = clauseEnd(tokens, from);
    if (to > from) spans.push({ start: tokens[from].start, end: tokens[to - 1].end, kind: "paraphrase" });
  };
  let sentence = -1;
  const sameSentence = (k: number) => tokens[k] !== undefined && tokens[k].sentence === sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct) continue;
    const lemma = verbOf(t);
    const next = tokens[i + 1];
    sentence = t.sentence;
    // "what he called ...", "what Tehran describes as ..."
    if (t.norm === "what") {
      for (let k = i + 1; k <= i + 5 && sameSentence(k) && !tokens[k].punct; k++) {
        if (WHAT_VERBS.has(verbOf(tokens[k])) && k > i + 1) {
          let from = k + 1;
          if (tokens[from]?.norm === "to" && tokens[from + 1]?.norm === "as") from += 2;
          else if (tokens[from]?.norm === "as") from += 1;
          push(from);
          i = from - 1;
          break;
        }
      }
      continue;
    }
    if (lemma === "") continue;
    const soCalled = i >= 2 && tokens[i - 1].text === "-" && tokens[i - 2].norm === "so";
    if (soCalled) continue;
    // "described it as ...", "rejecting disarmament as ..."
    if (AS_VERBS.has(lemma) && (t.pos === "VERB" || t.pos === "AUX" || /(?:ed|ing)$/.test(t.norm))) {
      let found = -1;
      for (let k = i + 1; k <= i + 7 && sameSentence(k); k++) {
        if (tokens[k].norm === "as") {
          found = k;
          break;
        }
        if (tokens[k].punct && tokens[k].text !== "-" && tokens[k].text !== "'s" && !/^['"]$/.test(tokens[k].text)) {
          break;
        }
      }
      if (found > 0) {
        push(found + 1);
        i = found;
        continue;
      }
    }
    // "calling the plan a product ...", "labelling it a war crime": an object, then its complement.
    if (NAME_VERBS.has(lemma) && next && sameSentence(i + 1) && objectThenComplement(tokens, i + 1)) {
      push(i + 1);
      continue;
    }
  }
  return spans;
}

/**
 * The voice at an offset: `quoted` when it lies in one of the spans, else `narrative`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { voiceAt } from "./voice.ts";
 * assert.equal(voiceAt(30, [{ start: 27, end: 47, kind: "quotation" }]), "quoted");
 * assert.equal(voiceAt(5, [{ start: 27, end: 47, kind: "quotation" }]), "narrative");
 * ```
 */
export function voiceAt(offset: number, spans: readonly VoiceSpan[]): Voice {
  for (const s of spans) if (offset >= s.start && offset < s.end) return "quoted";
  return "narrative";
}
