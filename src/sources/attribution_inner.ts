/**
 * Reports inside a quote: a cue and its source within a direct quote's content ("“This year,
 * coach Royal told me he could use me,” said Moritz"; "“... and he said Liston was a
 * double-crosser”") make a relation of their own, found by the same scan as the text's
 * relations, run over the quote's words alone. The quote's relation stays; the inner one
 * records the quote it is inside, so that its speaker can be told from the quote's (a "he"
 * inside a quote is not the one quoted: `speaker_inner.ts`).
 *
 * @module
 */
import type { Sentence } from "../types.ts";
import type { Attribution, TextSpan } from "./relation.ts";
import { type Scan, scanSentences } from "./attribution_cues.ts";
import { tokenFrom } from "./attribution_quotes.ts";

/** A source in the first person: inside a quote, the one quoted. */
const FIRST_PERSON = /^(?:i|me|we|us)$/i;

const within = (outer: TextSpan, span: TextSpan | undefined) =>
  span !== undefined && outer.start <= span.start && span.end <= outer.end;

/**
 * The relations reported inside the direct quotes of `relations` (in text order), each with
 * a cue and a source inside the quote and its content cut at the quote's end; the quote's
 * words are scanned as the text's sentences are, with the quotation marks nested inside it as
 * the only quotes. Relations found there with no source (an agentless "it was announced"),
 * with a source in the first person ("I think", "we told them": the one quoted, whose words
 * the quote already is) or reaching outside the quote are left out. Every quote is scanned once more: the work stays
 * linear in the text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * import { quotesOf } from "./attribution_quotes.ts";
 * const text = "“Coach Royal told me he could use me,” Moritz said.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens, sentences } = annotateArticle(article, await loadResources());
 * const quote = { type: "direct" as const, sentence: 0, content: { start: 1, end: 36 } };
 * const scan = { tokens, text, quotes: quotesOf(text), lowerWords: undefined };
 * const [inner] = innerRelations(scan, sentences, [quote]);
 * assert.equal(text.slice(inner.source!.start, inner.source!.end), "Coach Royal");
 * assert.equal(text.slice(inner.content.start, inner.content.end), "he could use me");
 * assert.deepEqual(inner.inside, quote.content);
 * ```
 */
export function innerRelations(
  scan: Scan,
  sentences: readonly Sentence[],
  relations: readonly Attribution[],
): Attribution[] {
  const { tokens, quotes } = scan;
  const out: Attribution[] = [];
  let q = 0;
  let s = 0;
  for (const r of relations) {
    if (r.type !== "direct" || r.inside) continue;
    const c = r.content;
    // The quotes nested inside this one (quotes and relations both come in text order).
    while (q < quotes.length && quotes[q].start < c.start) q++;
    const nested = [];
    for (let k = q; k < quotes.length && quotes[k].start < c.end; k++) {
      if (quotes[k].end <= c.end) nested.push(quotes[k]);
    }
    // The sentences over the quote, cut to its tokens.
    while (s < sentences.length && sentences[s].end <= c.start) s++;
    const from = tokenFrom(tokens, c.start);
    const to = tokenFrom(tokens, c.end);
    const parts: Sentence[] = [];
    for (let k = s; k < sentences.length && sentences[k].start < c.end; k++) {
      const first = Math.max(sentences[k].firstToken, from);
      const last = Math.min(sentences[k].lastToken, to);
      if (first < last) {
        parts.push({
          ...sentences[k],
          firstToken: first,
          lastToken: last,
          start: tokens[first].start,
          end: tokens[last - 1].end,
        });
      }
    }
    if (!parts.length) continue;
    // "I think ...", "we told them ...": the one quoted, whose words the quote already is; a
    // report inside theirs is scanned on ("I asked him and he said ...").
    const firstPerson = (f: Attribution) =>
      f.source !== undefined && FIRST_PERSON.test(scan.text.slice(f.source.start, f.source.end).trim());
    for (const f of scanSentences({ ...scan, quotes: nested }, parts, { passOver: firstPerson }).relations) {
      if (!within(c, f.source) || !within(c, f.cue) || f.content.start < c.start) continue;
      const content = { start: f.content.start, end: Math.min(f.content.end, c.end) };
      if (content.end > content.start) out.push({ ...f, content, inside: c });
    }
  }
  return out;
}

/**
 * `relations` (in text order) with the relations reported inside their direct quotes
 * ({@linkcode innerRelations}), in text order: an inner relation after the quote it is in.
 */
export function withInnerRelations(
  scan: Scan,
  sentences: readonly Sentence[],
  relations: Attribution[],
): Attribution[] {
  const inner = innerRelations(scan, sentences, relations);
  return inner.length ? [...relations, ...inner].sort((a, b) => a.content.start - b.content.start) : relations;
}
