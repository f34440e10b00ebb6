/**
 * Rows of who speaks: one row per attribution relation (`quotes.csv`), and per outlet
 * (or other group) and speaker, how many relations and words it carries and its share
 * of the outlet's attributed words (`sources.csv`).
 *
 * @module
 */
import type { Article } from "../types.ts";
import type { Attribution, RelationType, TextSpan } from "../sources/attribution.ts";
import type { Speaker, SpeakerType } from "../sources/speakers.ts";

/** One attribution relation of an article: a row of `quotes.csv`. */
export interface QuoteRow {
  /** Article id. */
  article: string;
  /** Outlet. */
  outlet: string;
  /** direct, indirect, mixed or scare. */
  type: RelationType;
  /** The speaker: an entity's canonical name or a description; empty for a scare quote or no source. */
  speaker: string;
  /** person, organization, place or unnamed; empty with no speaker. */
  speakerType: SpeakerType | "";
  /** The source as written ("he", "the ministry"). */
  speakerText: string;
  /** Offset of the source in the article's text (-1 with none). */
  speakerStart: number;
  /** Offset just past the source (-1 with none). */
  speakerEnd: number;
  /** The cue as written ("said", "according to"). */
  cue: string;
  /** Offset of the cue (-1 with none). */
  cueStart: number;
  /** Offset just past the cue (-1 with none). */
  cueEnd: number;
  /** The content, white space collapsed. */
  content: string;
  /** Offset of the content. */
  contentStart: number;
  /** Offset just past the content. */
  contentEnd: number;
  /** Words in the content. */
  words: number;
  /** Index of the sentence of the cue (of the content with no cue). */
  sentence: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu;

/**
 * The words of a text: runs of letters and digits, joined by an apostrophe or a hyphen.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { countWords } from "./sources.ts";
 * assert.equal(countWords("Iran's “balance” — not co-operation."), 4);
 * ```
 */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * The rows of one article's relations with their speakers (as `resolveSpeakers` gives them).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quoteRows } from "./sources.ts";
 * const article = { id: "a", outlet: "A", text: "Larijani said: “We stand with Lebanon.”" };
 * const span = (part: string) => {
 *   const start = article.text.indexOf(part);
 *   return { start, end: start + part.length };
 * };
 * const relation = {
 *   type: "direct" as const,
 *   sentence: 0,
 *   content: span("We stand with Lebanon."),
 *   cue: span("said"),
 *   source: span("Larijani"),
 * };
 * const [row] = quoteRows(article, [relation], [{ name: "Ali Larijani", type: "person", via: "name" }]);
 * assert.deepEqual([row.speaker, row.speakerText, row.cue, row.content, row.words], [
 *   "Ali Larijani",
 *   "Larijani",
 *   "said",
 *   "We stand with Lebanon.",
 *   4,
 * ]);
 * ```
 */
export function quoteRows(
  article: Pick<Article, "id" | "outlet" | "text">,
  relations: readonly Attribution[],
  speakers: readonly (Speaker | undefined)[],
): QuoteRow[] {
  const text = article.text;
  const slice = (s?: TextSpan) => (s ? text.slice(s.start, s.end).replace(/\s+/g, " ").trim() : "");
  return relations.map((r, i) => {
    const speaker = speakers[i];
    const content = slice(r.content);
    return {
      article: article.id,
      outlet: article.outlet,
      type: r.type,
      speaker: speaker?.name ?? "",
      speakerType: speaker?.type ?? "",
      speakerText: slice(r.source),
      speakerStart: r.source?.start ?? -1,
      speakerEnd: r.source?.end ?? -1,
      cue: slice(r.cue),
      cueStart: r.cue?.start ?? -1,
      cueEnd: r.cue?.end ?? -1,
      content,
      contentStart: r.content.start,
      contentEnd: r.content.end,
      words: countWords(content),
      sentence: r.sentence,
    };
  });
}

/** A speaker in one outlet (or other group): a row of `sources.csv`. */
export interface SourceRow {
  /** The outlet, or the value of the field the rows are grouped by. */
  outlet: string;
  /** The speaker. */
  speaker: string;
  /** Its type. */
  speakerType: SpeakerType;
  /** Whom it speaks for, from the gazetteer (its affiliations joined with `|`), else empty. */
  affiliation: string;
  /** Relations (scare quotes are no one's and left out). */
  relations: number;
  /** Words of their content. */
  words: number;
  /** words / all attributed words of the outlet. */
  share: number;
}

/** Options of {@linkcode sourceRows}. */
export interface SourceRowsOptions {
  /** The group of a row (default its outlet): a country, a camp. */
  groupBy?: (row: QuoteRow) => string;
  /** Each speaker's affiliations, by canonical name (the gazetteer's `affiliation`). */
  affiliation?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Per outlet (or group) and speaker: relations, words, and share of the outlet's
 * attributed words. Relations with no speaker (scare quotes, quotes with no source
 * nearby) are left out of rows and totals. Sorted by outlet, then share (largest first),
 * then speaker.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type QuoteRow, sourceRows } from "./sources.ts";
 * const quote = (speaker: string, words: number) =>
 *   ({ outlet: "A", type: "direct", speaker, speakerType: "person", words }) as QuoteRow;
 * const rows = sourceRows([quote("Ali Larijani", 30), quote("Joseph Aoun", 10)], {
 *   affiliation: new Map([["Ali Larijani", ["Iran"]]]),
 * });
 * assert.deepEqual(rows.map((r) => [r.speaker, r.affiliation, r.share]), [
 *   ["Ali Larijani", "Iran", 0.75],
 *   ["Joseph Aoun", "", 0.25],
 * ]);
 * ```
 */
export function sourceRows(quotes: readonly QuoteRow[], options: SourceRowsOptions = {}): SourceRow[] {
  const groupOf = options.groupBy ?? ((r: QuoteRow) => r.outlet);
  const rows = new Map<string, SourceRow>();
  const totals = new Map<string, number>();
  for (const q of quotes) {
    if (q.type === "scare" || q.speaker === "" || q.speakerType === "") continue;
    const group = groupOf(q);
    const key = `${group}\u0000${q.speaker}\u0000${q.speakerType}`;
    let row = rows.get(key);
    if (!row) {
      const affiliation = (options.affiliation?.get(q.speaker) ?? []).join("|");
      row = {
        outlet: group,
        speaker: q.speaker,
        speakerType: q.speakerType,
        affiliation,
        relations: 0,
        words: 0,
        share: 0,
      };
      rows.set(key, row);
    }
    row.relations++;
    row.words += q.words;
    totals.set(group, (totals.get(group) ?? 0) + q.words);
  }
  const out = [...rows.values()];
  for (const r of out) r.share = totals.get(r.outlet) ? r.words / totals.get(r.outlet)! : 0;
  return out.sort((a, b) =>
    a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : b.share - a.share || (a.speaker < b.speaker ? -1 : 1)
  );
}
