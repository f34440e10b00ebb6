/**
 * The quotations of an article for `findAttributions`: their spans, the relation a content
 * span makes with them (direct, mixed, indirect), and the pass that gives each quote no
 * relation holds its speaker (a bare cue nearby, a colon, the quote before) or calls it a
 * scare quote.
 *
 * @module
 */
import type { Sentence, Token } from "../types.ts";
import type { Attribution } from "./relation.ts";
import { quotationSpans } from "../framing/voice.ts";
import { worksAmong } from "./work_titles.ts";
import type { BareCue } from "./stray_cues.ts";
import { subjectAt, type TextSpan, tokenSpan } from "./phrases.ts";

/** Words a quote needs to be a quote of someone's speech rather than a term held at a distance. */
export const MIN_QUOTE_WORDS = 4;

const CLOSING = /[\u201D\u2019"'\u00BB]/;

/** A quotation's span without its marks: inner text bounds. */
export interface Quote {
  /** The opening mark's offset. */
  start: number;
  /** Just past the closing mark (or the paragraph's end when unclosed). */
  end: number;
  /** Inside the marks. */
  inner: TextSpan;
  /** Words inside. */
  words: number;
}

/**
 * The quotations of a text, in text order, each with its inner span (without the marks, the
 * spaces and a comma before the closing mark) and its words; empty ones left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "He said “we will win,” and left.";
 * const [q] = quotesOf(text);
 * assert.equal(text.slice(q.inner.start, q.inner.end), "we will win");
 * assert.equal(q.words, 3);
 * ```
 */
export function quotesOf(text: string): Quote[] {
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

/**
 * The index of the first token whose start is at or after `offset` (tokens.length if none).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t = (start: number) => ({ start, end: start + 1 }) as never;
 * assert.equal(tokenFrom([t(0), t(4), t(8)], 3), 1);
 * ```
 */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The quote (of `quotes`, in text order) whose marks hold `offset`, if any.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const quotes = quotesOf("He said “we will win” and left.");
 * assert.equal(quoteAround(quotes, 10), quotes[0]);
 * assert.equal(quoteAround(quotes, 2), undefined);
 * ```
 */
export function quoteAround(quotes: readonly Quote[], offset: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q && q.start <= offset && offset < q.end ? q : undefined;
}

/** The index of the first quote that starts at or after an offset. */
function quoteFrom(quotes: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The relation for content `[from, to)` of tokens: direct when one quote fills it, mixed when
 * it holds a quote, else indirect; none when the tokens span no text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t = (start: number, end: number) => ({ start, end }) as never;
 * const cue = { start: 0, end: 4 };
 * const r = contentRelation([t(0, 4), t(5, 8)], [], 1, 2, 0, cue);
 * assert.deepEqual(r, { type: "indirect", sentence: 0, content: { start: 5, end: 8 }, cue });
 * ```
 */
export function contentRelation(
  tokens: readonly Token[],
  quotes: readonly Quote[],
  from: number,
  to: number,
  sentence: number,
  cue: TextSpan,
  source?: TextSpan,
): Attribution | undefined {
  const span = tokenSpan(tokens, from, to);
  if (!span) return undefined;
  const first = quoteAround(quotes, span.start);
  if (first && first.inner.end >= span.end - 1 && first.start <= span.start) {
    return { type: "direct", sentence, content: first.inner, cue, ...(source && { source }) };
  }
  const next = quotes[quoteFrom(quotes, span.start)];
  const inside = next !== undefined && next.end <= span.end + 1;
  return { type: inside ? "mixed" : "indirect", sentence, content: span, cue, ...(source && { source }) };
}

/**
 * The relations (sorted by content) with the quotes that no relation holds: a bare cue in the
 * sentence or the one after or before, a colon's clause, the speaker of a quote continued from
 * the paragraph before, or none (a scare quote when short). In text order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "A “clean” race.";
 * const out = quotesAttributed(text, [], [], quotesOf(text), [], []);
 * assert.deepEqual(out, [{ type: "scare", sentence: 0, content: { start: 3, end: 8 } }]);
 * ```
 */
export function quotesAttributed(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  quotes: readonly Quote[],
  relations: readonly Attribution[],
  bare: readonly BareCue[],
): Attribution[] {
  const out: Attribution[] = [];
  let r = 0;
  let b = 0;
  let lastQuoted: Attribution | undefined;
  const works = worksAmong(text, quotes);
  for (const [n, q] of quotes.entries()) {
    while (r < relations.length && relations[r].content.start <= q.inner.start) out.push(relations[r++]);
    const holder = out.length ? out[out.length - 1] : undefined;
    if (holder && holder.content.start <= q.inner.start + 1 && q.inner.end - 1 <= holder.content.end) {
      if (holder.type === "direct") lastQuoted = holder;
      continue;
    }
    // A title of a work ("the film “Operation Abolition”") is a name, no one's words.
    if (works.has(n)) continue;
    const sentence = tokens[Math.min(tokenFrom(tokens, q.start), tokens.length - 1)]?.sentence ?? 0;
    // A short quote is a term held at a distance inside the outlet's sentence, unless it is
    // a sentence alone (“I'm a missionary”.), which is speech like a longer one.
    if (q.words < MIN_QUOTE_WORDS && !standsAlone(tokens, sentences[sentence], q)) {
      out.push({ type: "scare", sentence, content: q.inner });
      continue;
    }
    while (b < bare.length && bare[b].sentence < sentence - 1) b++;
    const candidates = bare.slice(b, b + 4).filter((x) => Math.abs(x.sentence - sentence) <= 1);
    // After a colon, the subject of the clause before it, or that clause's own cue ("he said in a statement:").
    const colon = colonSource(tokens, sentences, tokenFrom(tokens, q.start));
    const by = candidates.find((x) => x.sentence === sentence) ?? candidates.find((x) => x.sentence === sentence + 1) ??
      (colon && (bare.slice(b, b + 4).find((x) => x.sentence === colon.sentence) ?? colon)) ??
      candidates.find((x) => x.sentence === sentence - 1) ??
      (lastQuoted?.source && (continues(text, q, lastQuoted.content) || sentence - lastQuoted.sentence <= 2)
        ? lastQuoted
        : undefined);
    const relation: Attribution = { type: "direct", sentence, content: q.inner };
    if (by?.cue) relation.cue = by.cue;
    if (by?.source) relation.source = by.source;
    out.push(relation);
    lastQuoted = relation;
  }
  while (r < relations.length) out.push(relations[r++]);
  return out;
}

/**
 * The source of a quote right after a colon ("Farm dealer Bob Houtz tilts back and tells of a
 * pickup in sales: “...”"): the subject of the clause before the colon, whatever its verb,
 * the last one a verb follows after the sentence's start, a comma or a dash; the colon is the cue.
 */
function colonSource(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  quoteToken: number,
): { cue: TextSpan; source: TextSpan; sentence: number } | undefined {
  const colon = tokens[quoteToken - 1];
  if (!colon || colon.text !== ":") return undefined;
  const s = sentences[colon.sentence];
  if (!s) return undefined;
  let source: TextSpan | undefined;
  for (let k = s.firstToken; k < quoteToken - 1 && k - s.firstToken < 80; k++) {
    const opens = k === s.firstToken || tokens[k - 1].text === "," || tokens[k - 1].text === "-";
    if (!opens || tokens[k].text === "-") continue;
    source = subjectAt(tokens, k, quoteToken - 1) ?? source;
  }
  return source && { cue: { start: colon.start, end: colon.end }, source, sentence: colon.sentence };
}

/** Whether a quote is all the words of its sentence: outside its marks, punctuation only. */
function standsAlone(tokens: readonly Token[], s: Sentence | undefined, q: Quote): boolean {
  if (!s) return false;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = tokens[i];
    if ((t.end <= q.start || t.start >= q.end) && !t.punct) return false;
  }
  return true;
}

/**
 * Whether a quote continues the quote before it: it opens its paragraph, the paragraph right
 * after that quote's (a paragraph of narrative between, "Ritchie walked up to him.", hands
 * the next quote to whoever it names).
 */
function continues(text: string, q: Quote, before: TextSpan): boolean {
  const lineStart = text.lastIndexOf("\n", q.start - 1) + 1;
  if (text.slice(lineStart, q.start).trim() !== "") return false;
  return (text.slice(before.end, lineStart).match(/\n[ \t]*\n/g)?.length ?? 0) <= 1;
}
