/**
 * Attribution relations as keyword-in-context rows: each relation's content as the
 * match, the text of its sentences before and after it (its source and cue among
 * them), and its speaker.
 *
 * @module
 */
import type { KwicRow } from "../measures/kwic.ts";
import type { QuoteRow } from "../measures/sources.ts";
import type { RelationType } from "./attribution.ts";

/** A concordance line of a relation: its content in context, with who says it. */
export interface QuoteKwicRow extends KwicRow {
  /** direct, indirect, mixed or scare. */
  type: RelationType;
  /** The speaker (empty for a scare quote or with no source). */
  speaker: string;
  /** The source as written. */
  speakerText: string;
  /** The cue as written. */
  cue: string;
}

/** Options for {@linkcode quoteKwic}. */
export interface QuoteKwicOptions {
  /** Characters of context on each side, within the relation's sentences. Default 70. */
  context?: number;
  /** Characters of the content shown at most: a longer one keeps its start and end around "…". Default 240. */
  match?: number;
}

const squash = (s: string) => s.replace(/\s+/g, " ");

/**
 * Turns the rows of `quotes.csv` into concordance lines: the content as the match
 * (white space collapsed; a long one cut in its middle, at words, around "…"), and the
 * text of its sentences before and after it, each side at most `context` characters
 * (cut at a word, marked with "…").
 *
 * @example
 * ```ts
 * import { quoteRows } from "../measures/sources.ts";
 * const text = "The envoy said Iran will win, officials said.";
 * const relation = { type: "indirect" as const, sentence: 0, content: { start: 15, end: 28 }, cue: { start: 10, end: 14 }, source: { start: 0, end: 9 } };
 * const speaker = { name: "envoy", type: "unnamed" as const, via: "description" as const };
 * const rows = quoteRows({ id: "a", outlet: "X", text }, [relation], [speaker], { sentences: [{ start: 0, end: 45 }] });
 * const [line] = quoteKwic(rows);
 * [line.left, line.match, line.right, line.speaker]; // ["The envoy said ", "Iran will win", ", officials said.", "envoy"]
 * ```
 */
export function quoteKwic(quotes: readonly QuoteRow[], options: QuoteKwicOptions = {}): QuoteKwicRow[] {
  const width = options.context ?? 70;
  const most = options.match ?? 240;
  return quotes.map((q) => {
    const from = Math.max(0, q.contentStart - q.sentenceStart);
    const to = Math.max(from, q.contentEnd - q.sentenceStart);
    let left = squash(q.sentence.slice(0, from));
    let right = squash(q.sentence.slice(to));
    let match = squash(q.sentence.slice(from, to));
    if (left.length > width) left = "\u2026" + left.slice(left.length - width).replace(/^\S*\s/, "");
    if (right.length > width) right = right.slice(0, width).replace(/\s\S*$/, "") + "\u2026";
    if (match.length > most) {
      const half = Math.floor(most / 2);
      match = match.slice(0, half).replace(/\s\S*$/, "") + " \u2026 " +
        match.slice(match.length - half).replace(/^\S*\s/, "");
    }
    return {
      article: q.article,
      outlet: q.outlet,
      type: q.type,
      speaker: q.speaker,
      speakerText: q.speakerText,
      cue: q.cue,
      left,
      match,
      right,
      start: q.contentStart,
      end: q.contentEnd,
    };
  });
}
