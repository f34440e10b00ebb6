/**
 * Attribution relations: who is reported as saying what. Finds, in an annotated
 * article, direct quotes, indirect (reported) speech, mixed relations (a paraphrase
 * holding a quoted fragment) and scare quotes, each with its cue ("said", "according
 * to", a colon), its source as written and its content, as offsets into the original
 * text. Definitions: the framing guide's section "Sources".
 *
 * Work is linear in the article: each token is looked at a bounded number of times.
 *
 * @module
 */
import type { AnnotatedArticle, Token } from "../types.ts";
import { quotationSpans } from "../framing/voice.ts";
import { HEARER_VERBS, PARTICLE_VERBS, SOURCE_PRONOUNS, SPEECH_VERBS } from "./cues.ts";

/** The kinds of attribution relation. */
export type RelationType = "direct" | "indirect" | "mixed" | "scare";

/** The relation types, in the order tables show them. */
export const RELATION_TYPES: readonly RelationType[] = ["direct", "indirect", "mixed", "scare"];

/** A stretch of the original text, `[start, end)`. */
export interface TextSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** One attribution relation of an article. */
export interface Attribution {
  /** direct, indirect, mixed or scare. */
  type: RelationType;
  /** Index of the sentence its cue is in (of the content, for a relation with no cue). */
  sentence: number;
  /** What is reported (for a direct quote, inside the quotation marks). */
  content: TextSpan;
  /** How: the verb or phrase ("said", "according to", a colon); none for a scare quote. */
  cue?: TextSpan;
  /** Who, as written ("the jury", "he", "Ali Larijani"); none when no source is named nearby. */
  source?: TextSpan;
}

/** How many tokens a source, a hearer or an apposition may span. */
const MAX_PHRASE = 12;
/** Words a quote needs to be a quote of someone's speech rather than a term held at a distance. */
const MIN_QUOTE_WORDS = 4;

const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET", "PRON"]);
const NAME_POS = new Set(["PROPN", "NOUN", "NUM"]);
const SKIP_BEFORE_CUE = new Set(["AUX", "ADV", "PART"]);
const CLOSING = /[\u201D\u2019"'\u00BB]/;
const END_PUNCT = new Set([".", "!", "?", ";"]);
/** Words of time between a cue and its content ("said Friday that", "said on Monday"). */
const TIME_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "yesterday",
  "today",
  "tonight",
  "on",
  "last",
  "this",
  "night",
  "morning",
  "afternoon",
  "evening",
  "week",
  "later",
  "earlier",
  "also",
]);

/** A quotation's span without its marks: inner text bounds. */
interface Quote {
  /** The opening mark's offset. */
  start: number;
  /** Just past the closing mark (or the paragraph's end when unclosed). */
  end: number;
  /** Inside the marks. */
  inner: TextSpan;
  /** Words inside. */
  words: number;
}

function quotesOf(text: string): Quote[] {
  return quotationSpans(text).map((q) => {
    let s = q.start + 1;
    let e = CLOSING.test(text[q.end - 1] ?? "") && q.end - 1 > q.start ? q.end - 1 : q.end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // A quote ending in "received," keeps its words, not the comma before the mark.
    while (e > s && /[,;:]/.test(text[e - 1])) e--;
    const words = text.slice(s, e).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    return { start: q.start, end: q.end, inner: { start: s, end: e }, words };
  }).filter((q) => q.inner.end > q.inner.start);
}

/** The index of the first token whose start is at or after `offset` (tokens.length if none). */
function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isQuoteMark(t: Token): boolean {
  return t.text === '"' || t.text === "'" || /^[\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E]$/.test(t.text);
}

/** A cue found in a sentence: its tokens `[from, to)` and what kind. */
interface Cue {
  from: number;
  to: number;
  kind: "verb" | "according";
  lemma: string;
}

function cueAt(tokens: readonly Token[], i: number, end: number): Cue | undefined {
  const t = tokens[i];
  if (t.norm === "according" && tokens[i + 1]?.norm === "to" && i + 1 < end) {
    return { from: i, to: i + 2, kind: "according", lemma: "according to" };
  }
  if (t.pos !== "VERB" || !SPEECH_VERBS.has(t.lemma)) return undefined;
  const particles = PARTICLE_VERBS[t.lemma];
  if (particles) {
    const next = tokens[i + 1];
    if (!next || i + 1 >= end || !particles.includes(next.norm)) return undefined;
    return { from: i, to: next.norm === "that" ? i + 1 : i + 2, kind: "verb", lemma: t.lemma };
  }
  // A passive ("had been charged by the judge") is not the subject speaking; "was quoted as saying" is.
  let b = i - 1;
  while (b >= 0 && tokens[b].pos === "ADV") b--;
  if (tokens[b]?.pos === "AUX" && tokens[b].lemma === "be" && /(?:ed|en|wn|id|ld)$/.test(t.norm)) return undefined;
  // "was quoted as saying": the cue is the whole phrase.
  let from = i;
  if (t.lemma === "say" && tokens[i - 1]?.norm === "as" && tokens[i - 2]?.lemma === "quote") from = i - 2;
  return { from, to: i + 1, kind: "verb", lemma: t.lemma };
}

/** The noun phrase that ends at token `j` (inclusive), within `[floor, j]`: its first token, or -1. */
function phraseEndingAt(tokens: readonly Token[], j: number, floor: number): number {
  const t = tokens[j];
  if (!t) return -1;
  if (t.pos === "PRON") return SOURCE_PRONOUNS[t.norm] ? j : -1;
  if (!NAME_POS.has(t.pos) && !(t.text === "." && j > floor && /^\p{Lu}\p{Ll}?$/u.test(tokens[j - 1].text))) return -1;
  let k = j;
  while (k - 1 >= floor && j - k < MAX_PHRASE) {
    const p = tokens[k - 1];
    if (p.pos === "DET") {
      k--;
      break;
    }
    const inName = NP_POS.has(p.pos) && p.pos !== "PRON" || p.text === "-" || p.text === "'s" ||
      p.text === "\u2019s" || (p.text === "." && k - 2 >= floor && /^\p{Lu}\p{Ll}?$/u.test(tokens[k - 2].text)) ||
      // "Minister of Foreign Affairs", "Secretary of State": "of" between two capitalised words.
      (p.norm === "of" && k - 2 >= floor && tokens[k - 2].pos === "PROPN" && tokens[k].pos === "PROPN");
    if (!inName) break;
    k--;
  }
  return k;
}

/** The source before a cue: a pronoun, a noun phrase, or a noun phrase before an apposition ("X, the envoy, said"). */
function sourceBefore(tokens: readonly Token[], cue: number, floor: number): TextSpan & { first: number } | undefined {
  let j = cue - 1;
  while (j >= floor && cue - j <= 3 && SKIP_BEFORE_CUE.has(tokens[j].pos) && tokens[j].pos !== "PRON") j--;
  if (j < floor) return undefined;
  if (tokens[j].text === ",") {
    // "Larijani, the SNSC secretary, said": the apposition between two commas, the name before.
    let k = j - 1;
    while (
      k >= floor && j - k <= MAX_PHRASE && tokens[k].text !== "," && (NP_POS.has(tokens[k].pos) ||
        tokens[k].pos === "ADP" || tokens[k].text === "-" || tokens[k].text === "'s" || tokens[k].text === "\u2019s")
    ) k--;
    if (k < floor || tokens[k].text !== "," || k === j - 1) return undefined;
    const first = phraseEndingAt(tokens, k - 1, floor);
    if (first < 0) return undefined;
    return { start: tokens[first].start, end: tokens[k - 1].end, first };
  }
  const first = phraseEndingAt(tokens, j, floor);
  if (first < 0) return undefined;
  return { start: tokens[first].start, end: tokens[j].end, first };
}

/** The source after a cue ("..., said Aoun.", "..., said the minister, adding ..."): it must end the clause. */
function sourceAfter(tokens: readonly Token[], from: number, end: number): TextSpan & { last: number } | undefined {
  const t = tokens[from];
  if (!t || from >= end) return undefined;
  let k = from;
  if (t.pos === "PRON") {
    if (!SOURCE_PRONOUNS[t.norm]) return undefined;
    k = from + 1;
  } else {
    while (
      k < end && k - from < MAX_PHRASE && (NP_POS.has(tokens[k].pos) && tokens[k].pos !== "PRON" ||
        tokens[k].text === "-" || tokens[k].text === "'s" ||
        (tokens[k].norm === "of" && tokens[k + 1]?.pos === "PROPN"))
    ) k++;
    if (k === from || !tokens.slice(from, k).some((x) => NAME_POS.has(x.pos))) return undefined;
  }
  const next = tokens[k];
  if (k < end && next && !(next.text === "," || END_PUNCT.has(next.text) || isQuoteMark(next))) return undefined;
  return { start: tokens[from].start, end: tokens[k - 1].end, last: k - 1 };
}

/** A span of tokens `[from, to)` as text offsets, without a final sentence mark. */
function tokenSpan(tokens: readonly Token[], from: number, to: number): TextSpan | undefined {
  while (
    to > from && (END_PUNCT.has(tokens[to - 1].text) || tokens[to - 1].text === "," ||
      (isQuoteMark(tokens[to - 1]) && to - 1 > from))
  ) to--;
  while (from < to && (tokens[from].text === "," || tokens[from].text === ":")) from++;
  if (to <= from) return undefined;
  return { start: tokens[from].start, end: tokens[to - 1].end };
}

/** The hearer after "told", "urged": a pronoun or a noun phrase, returned as the index past it. */
function pastHearer(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  if (tokens[k]?.pos === "PRON" && k < end) return k + 1;
  while (
    k < end && k - from < MAX_PHRASE &&
    (NP_POS.has(tokens[k].pos) && tokens[k].pos !== "PRON" || tokens[k].text === "-" || tokens[k].text === "'s")
  ) k++;
  return k;
}

/**
 * Every attribution relation of an article, in text order.
 *
 * @example
 * ```ts
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "The minister said that Tehran will not accept the plan.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const [relation] = findAttributions(annotateArticle(article, await loadResources()));
 * text.slice(relation.content.start, relation.content.end); // "Tehran will not accept the plan"
 * ```
 */
export function findAttributions(annotated: AnnotatedArticle): Attribution[] {
  const { tokens, sentences } = annotated;
  const text = annotated.article.text;
  const quotes = quotesOf(text);
  const relations: Attribution[] = [];
  // The quote (index into quotes) that contains each offset, looked up by a moving pointer.
  const quoteAround = (offset: number): Quote | undefined => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const q = quotes[lo];
    return q && q.start <= offset && offset < q.end ? q : undefined;
  };
  /** The index of the first quote that starts at or after an offset. */
  const quoteFrom = (offset: number) => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The relation for content `[from, to)` of tokens: direct when one quote fills it, mixed when it holds a quote. */
  const contentRelation = (from: number, to: number, sentence: number, cue: TextSpan, source?: TextSpan) => {
    const span = tokenSpan(tokens, from, to);
    if (!span) return;
    const first = quoteAround(span.start);
    if (first && first.inner.end >= span.end - 1 && first.start <= span.start) {
      relations.push({ type: "direct", sentence, content: first.inner, cue, source });
      return;
    }
    const next = quotes[quoteFrom(span.start)];
    const inside = next !== undefined && next.end <= span.end + 1;
    relations.push({ type: inside ? "mixed" : "indirect", sentence, content: span, cue, source });
  };
  // Cues with a source and no content of their own ("He added:", "the jury said."): a quote nearby is theirs.
  const bare: { sentence: number; cue: TextSpan; source: TextSpan }[] = [];

  for (const s of sentences) {
    const end = s.lastToken;
    // Content before a cue starts after the last relation of the sentence ("A, he said, B, she said").
    let floor = s.firstToken;
    for (let i = s.firstToken; i < end; i++) {
      const cue = cueAt(tokens, i, end);
      if (!cue) continue;
      const cueSpan = { start: tokens[cue.from].start, end: tokens[cue.to - 1].end };
      // A speech verb inside a quote is the quoted speaker's, not a cue of this text.
      const around = quoteAround(cueSpan.start);
      if (around && around.inner.start <= cueSpan.start && cueSpan.end <= around.inner.end) continue;
      if (cue.kind === "according") {
        let k = cue.to;
        while (k < end && k - cue.to < MAX_PHRASE && tokens[k].text !== "," && !END_PUNCT.has(tokens[k].text)) k++;
        if (k === cue.to) continue;
        const source = { start: tokens[cue.to].start, end: tokens[k - 1].end };
        if (tokenSpan(tokens, floor, cue.from)) contentRelation(floor, cue.from, s.i, cueSpan, source);
        else contentRelation(k, end, s.i, cueSpan, source);
        i = k;
        floor = k;
        continue;
      }
      // The source before the cue, else after it (inverted order: "..., said Aoun").
      const before = sourceBefore(tokens, cue.from, floor);
      const after = before ? undefined : sourceAfter(tokens, cue.to, end);
      const source: TextSpan | undefined = before ?? after;
      if (!source) continue;
      const lead = before ? before.first : cue.from;
      const prev = lead > floor ? tokens[lead - 1] : undefined;
      // What follows the cue: the source (inverted), the hearer, adverbials up to "that", a colon or comma.
      let k = after ? after.last + 1 : cue.to;
      if (HEARER_VERBS.has(cue.lemma) && !after) k = pastHearer(tokens, k, end);
      let that = -1;
      for (let m = k; m < end && m - k < 8; m++) {
        if (tokens[m].norm === "that" && tokens[m].pos === "SCONJ") {
          that = m;
          break;
        }
        if (tokens[m].pos === "VERB" || tokens[m].text === "," || isQuoteMark(tokens[m])) break;
      }
      if (that >= 0) k = that + 1;
      else while (k < end && k - cue.to < 4 && TIME_WORDS.has(tokens[k].norm)) k++;
      while (k < end && (tokens[k].text === ":" || tokens[k].text === ",")) k++;
      const quoteNext = k < end && isQuoteMark(tokens[k]) ? quoteAround(tokens[k].start) : undefined;
      const nothingAfter = k >= end || END_PUNCT.has(tokens[k].text);
      if (prev && (prev.text === "," || isQuoteMark(prev)) && that < 0 && (nothingAfter || after || quoteNext)) {
        // "“...,” the jury said, “...”" and "..., said Aoun.": the content before; a quote right after continues it.
        // A few words before the cue and a quote after it ("The department, the jury said, “is ...”") are one quote.
        const few = lead - 1 - floor < MIN_QUOTE_WORDS && quoteNext && !isQuoteMark(prev);
        if (!few) contentRelation(floor, lead - 1, s.i, cueSpan, source);
        if (quoteNext && quoteNext.start >= cueSpan.end) {
          relations.push({ type: "direct", sentence: s.i, content: quoteNext.inner, cue: cueSpan, source });
          i = Math.max(i, tokenFrom(tokens, quoteNext.end) - 1);
        } else i = Math.max(i, k - 1);
        floor = i + 1;
        continue;
      }
      if (nothingAfter) {
        bare.push({ sentence: s.i, cue: cueSpan, source });
        continue;
      }
      contentRelation(k, end, s.i, cueSpan, source);
      i = end;
    }
  }

  // Quotes that no relation holds: a bare cue in the sentence or the one after or before,
  // the speaker of a quote continued from the paragraph before, or none (a scare quote
  // when short).
  relations.sort((a, b) => a.content.start - b.content.start);
  const out: Attribution[] = [];
  let r = 0;
  let b = 0;
  let lastQuoted: Attribution | undefined;
  for (const q of quotes) {
    while (r < relations.length && relations[r].content.start <= q.inner.start) out.push(relations[r++]);
    const holder = out.length ? out[out.length - 1] : undefined;
    if (holder && holder.content.start <= q.inner.start + 1 && q.inner.end - 1 <= holder.content.end) {
      if (holder.type === "direct") lastQuoted = holder;
      continue;
    }
    const sentence = tokens[Math.min(tokenFrom(tokens, q.start), tokens.length - 1)]?.sentence ?? 0;
    if (q.words < MIN_QUOTE_WORDS) {
      out.push({ type: "scare", sentence, content: q.inner });
      continue;
    }
    while (b < bare.length && bare[b].sentence < sentence - 1) b++;
    const candidates = bare.slice(b, b + 4).filter((x) => Math.abs(x.sentence - sentence) <= 1);
    const by = candidates.find((x) => x.sentence === sentence) ?? candidates.find((x) => x.sentence === sentence + 1) ??
      candidates.find((x) => x.sentence === sentence - 1) ??
      (lastQuoted?.source && (continues(text, q) || sentence - lastQuoted.sentence <= 2) ? lastQuoted : undefined);
    const relation: Attribution = { type: "direct", sentence, content: q.inner };
    if (by?.cue) relation.cue = by.cue;
    if (by?.source) relation.source = by.source;
    out.push(relation);
    lastQuoted = relation;
  }
  while (r < relations.length) out.push(relations[r++]);
  return out;
}

/** Whether a quote opens its paragraph and the text before it ends in an open quote (a quote continued). */
function continues(text: string, q: Quote): boolean {
  const lineStart = text.lastIndexOf("\n", q.start - 1) + 1;
  return text.slice(lineStart, q.start).trim() === "";
}
