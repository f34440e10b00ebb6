/**
 * A cue alone in its sentence after the words it reports: "The city should provide a CD
 * headquarters. Mr. Hawksley said." (a full stop set where a comma belongs). With no quote
 * near it to claim it, the cue reports the sentence before it in its paragraph.
 *
 * @module
 */
import type { Sentence, Token } from "../types.ts";
import { END_PUNCT, type TextSpan, TIME_WORDS, tokenSpan } from "./phrases.ts";
import { isQuoteMark } from "../nlp/wink.ts";

/** A cue with its source and nothing after it, in sentence `sentence`. */
export interface BareCue {
  /** Index of its sentence. */
  sentence: number;
  /** The cue. */
  cue: TextSpan;
  /** Its source. */
  source: TextSpan;
}

/**
 * The content a bare cue reports when it stands alone after the words it reports: its
 * sentence is its source, its cue and words of time only; the sentence before it is in the
 * same paragraph and holds no relation; neither of them, nor the sentence after, holds a
 * quotation mark (a quote nearby is the cue's content). `taken` tells whether a span
 * overlaps a relation already found.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * import { findAttributions } from "./attribution.ts";
 * const text = "The city should hire a director. Mr. Hale said.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const [r] = findAttributions(annotateArticle(article, await loadResources()));
 * assert.equal(text.slice(r.content.start, r.content.end), "The city should hire a director");
 * ```
 */
export function strayCueContent(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  bare: BareCue,
  taken: (span: TextSpan) => boolean,
): TextSpan | undefined {
  const s = sentences[bare.sentence];
  const before = sentences[bare.sentence - 1];
  if (!s || !before || tokens[s.firstToken]?.start !== bare.source.start) return undefined;
  for (let k = s.firstToken; k < s.lastToken; k++) {
    const t = tokens[k];
    const inside = t.start >= bare.source.start && t.end <= bare.cue.end;
    if (!inside && !TIME_WORDS.has(t.norm) && !END_PUNCT.has(t.text)) return undefined;
  }
  if (/\n/.test(text.slice(before.end, s.start))) return undefined;
  const after = sentences[bare.sentence + 1];
  for (const x of [before, s, after]) {
    if (!x) continue;
    for (let k = x.firstToken; k < x.lastToken; k++) if (isQuoteMark(tokens[k])) return undefined;
  }
  const content = tokenSpan(tokens, before.firstToken, before.lastToken);
  return content && !taken(content) ? content : undefined;
}
