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
import type { AnnotatedArticle } from "../types.ts";
import { type BareCue, strayCueContent } from "./stray_cues.ts";
import type { TextSpan } from "./relation.ts";
import { quotesAttributed, quotesOf } from "./attribution_quotes.ts";
import { type Scan, scanSentences } from "./attribution_cues.ts";
import { withInnerRelations } from "./attribution_inner.ts";

export { RELATION_TYPES } from "./relation.ts";
export type { Attribution, RelationType, TextSpan } from "./relation.ts";
import type { Attribution } from "./relation.ts";

/**
 * Every attribution relation of an article, in text order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "framelens";
 * import { findAttributions } from "./attribution.ts";
 * const text = "The minister said that Tehran will not accept the plan.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const [relation] = findAttributions(annotateArticle(article, await loadResources()));
 * assert.equal(relation.type, "indirect");
 * assert.equal(text.slice(relation.content.start, relation.content.end), "Tehran will not accept the plan");
 * assert.equal(text.slice(relation.cue!.start, relation.cue!.end), "said");
 * assert.equal(text.slice(relation.source!.start, relation.source!.end), "The minister");
 * ```
 */
export function findAttributions(annotated: AnnotatedArticle): Attribution[] {
  const { tokens, sentences } = annotated;
  const text = annotated.article.text;
  const scan: Scan = { tokens, text, quotes: quotesOf(text), lowerWords: undefined };
  // Cues with a source and no content of their own ("He added:", "the jury said."): a quote nearby is theirs.
  const { relations, bare } = scanSentences(scan, sentences);
  // Quotes that no relation holds: a bare cue in the sentence or the one after or before,
  // the speaker of a quote continued from the paragraph before, or none (a scare quote
  // when short).
  relations.sort((a, b) => a.content.start - b.content.start);
  const out = quotesAttributed(text, tokens, sentences, scan.quotes, relations, bare);
  // Reports inside a quote ("“Coach Royal told me he could use me,” said Moritz"), beside the quote.
  return withInnerRelations(scan, sentences, withStrayCues(annotated, out, bare));
}

/**
 * The relations `out` (in text order) with those of the bare cues alone after the words they
 * report ("X should be done. Mr. Hawksley said."), in text order.
 */
function withStrayCues(annotated: AnnotatedArticle, out: Attribution[], bare: readonly BareCue[]): Attribution[] {
  const { tokens, sentences } = annotated;
  const text = annotated.article.text;
  // Spans asked about come in text order, as `out` is: a moving pointer and the furthest end before it.
  let p = 0;
  let reach = -1;
  const overlaps = (span: TextSpan) => {
    while (p < out.length && out[p].content.start < span.start) reach = Math.max(reach, out[p++].content.end);
    return reach > span.start || p < out.length && out[p].content.start < span.end;
  };
  const stray = bare.flatMap((x) => {
    const content = strayCueContent(text, tokens, sentences, x, overlaps);
    return content ? [{ type: "indirect" as const, sentence: x.sentence, content, cue: x.cue, source: x.source }] : [];
  });
  return stray.length ? [...out, ...stray].sort((a, b) => a.content.start - b.content.start) : out;
}
