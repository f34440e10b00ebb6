/**
 * Rows of who speaks: one row per attribution relation (`quotes.csv`), and per outlet
 * (or other group) and speaker, how many relations and words it carries and its share
 * of the outlet's attributed words (`sources.csv`).
 *
 * @module
 */
import type { Article, Sentence } from "../types.ts";
import type { FramingHit } from "../framing/match.ts";
import type { Attribution, RelationType, TextSpan } from "../sources/attribution.ts";
import type { Speaker, SpeakerType } from "../sources/speakers.ts";
import { isAgentlessSpeaker } from "../sources/speaker_agentless.ts";

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
  /** The sentences the relation stands in (its source, cue and content), as written. */
  sentence: string;
  /** Offset of those sentences in the article's text. */
  sentenceStart: number;
  /** For a report found inside a quote, the offset of the quote's content (-1 for the text's own relations). */
  insideStart: number;
  /** Offset just past the quote's content the report was found in (-1 for the text's own relations). */
  insideEnd: number;
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

/** Options of {@linkcode quoteRows}. */
export interface QuoteRowsOptions {
  /**
   * The article's sentences (offsets), from which each row's `sentence` is cut: the
   * sentences that hold its source, cue and content. Without them, `sentence` is the
   * stretch from the first of these to the last.
   */
  sentences?: readonly Pick<Sentence, "start" | "end">[];
}

/** The index of the last sentence that starts at or before an offset (0 if none). */
function sentenceAt(sentences: readonly Pick<Sentence, "start" | "end">[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
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
  options: QuoteRowsOptions = {},
): QuoteRow[] {
  const text = article.text;
  const slice = (s?: TextSpan) => (s ? text.slice(s.start, s.end).replace(/\s+/g, " ").trim() : "");
  const sentences = options.sentences ?? [];
  return relations.map((r, i) => {
    const speaker = speakers[i];
    const content = slice(r.content);
    const spans = [r.content, r.cue, r.source].filter((s): s is TextSpan => s !== undefined);
    let from = Math.min(...spans.map((s) => s.start));
    let to = Math.max(...spans.map((s) => s.end));
    if (sentences.length) {
      from = Math.min(from, sentences[sentenceAt(sentences, from)].start);
      to = Math.max(to, sentences[sentenceAt(sentences, Math.max(from, to - 1))].end);
    }
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
      sentence: text.slice(from, to),
      sentenceStart: from,
      insideStart: r.inside?.start ?? -1,
      insideEnd: r.inside?.end ?? -1,
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
  /** Words of their content, less those of the reports found inside it (which are their speakers'). */
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
 * nearby), and those whose cue names no one ("reportedly", "is accused of": an
 * agentless speaker such as "unnamed reports"), are left out of rows and totals. Each word
 * counts once, for the innermost speaker: a quote's words are its content's less those of
 * the reports found inside it (`insideStart`, `insideEnd`), which are the inner reports'
 * (none's when an inner report has no speaker). Sorted by outlet, then share (largest
 * first), then speaker.
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
  // The words of the reports inside each quote, by the quote's article and content: theirs, not the quote's.
  const span = (article: string, start: number, end: number) => `${article}\u0000${start}\u0000${end}`;
  const nested = new Map<string, number>();
  for (const q of quotes) {
    if (!(q.insideStart >= 0)) continue; // the text's own relation
    const key = span(q.article, q.insideStart, q.insideEnd);
    nested.set(key, (nested.get(key) ?? 0) + q.words);
  }
  for (const q of quotes) {
    if (q.type === "scare" || q.speaker === "" || q.speakerType === "") continue;
    // "reportedly", "is accused of": quotes.csv describes who speaks by the cue, but no one speaks.
    if (isAgentlessSpeaker({ name: q.speaker, type: q.speakerType })) continue;
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
    const inner = q.insideStart >= 0 ? 0 : nested.get(span(q.article, q.contentStart, q.contentEnd)) ?? 0;
    const words = Math.max(0, q.words - inner);
    row.relations++;
    row.words += words;
    totals.set(group, (totals.get(group) ?? 0) + words);
  }
  const out = [...rows.values()];
  for (const r of out) r.share = totals.get(r.outlet) ? r.words / totals.get(r.outlet)! : 0;
  return out.sort((a, b) =>
    a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : b.share - a.share || (a.speaker < b.speaker ? -1 : 1)
  );
}

/** The speaker of a framing hit in the outlet's own words (narrative), in {@linkcode LoadedBySpeakerRow}. */
export const OWN_WORDS = "(the outlet's own words)";

/** The speaker of a quoted framing hit with no speaker (a scare quote, a quote with no source), in {@linkcode LoadedBySpeakerRow}. */
export const NO_SPEAKER = "(quoted, no speaker)";

/** Loaded framing hits of one outlet (or group) attributed to one speaker: a row of the chart "who uses loaded wording". */
export interface LoadedBySpeakerRow {
  /** The outlet, or the value of the field the hits are grouped by. */
  outlet: string;
  /** The speaker the hits are attributed to, {@linkcode OWN_WORDS} or {@linkcode NO_SPEAKER}. */
  speaker: string;
  /** Loaded hits attributed to the speaker. */
  loaded: number;
  /** Hits (loaded and neutral) attributed to the speaker. */
  hits: number;
  /** loaded / the outlet's loaded hits. */
  share: number;
}

/**
 * Who uses loaded wording: per outlet and speaker, the framing hits attributed to the
 * speaker (a narrative hit to the outlet itself, a quoted one with no speaker to
 * {@linkcode NO_SPEAKER}), how many are loaded, and their share of the outlet's loaded
 * hits. Speakers with no loaded hit are left out. Sorted by outlet, then loaded hits
 * (most first), then speaker.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const hit = { article: "a", outlet: "X", referent: "israel", frame: "loaded" as const, voice: "quoted" as const, phrase: "", start: 0, end: 1, sentence: "", sentenceStart: 0, wording: "", speaker: "Ali Larijani" };
 * assert.deepEqual(loadedBySpeaker([hit, { ...hit, voice: "narrative", speaker: "" }, { ...hit, frame: "neutral" }]), [
 *   { outlet: "X", speaker: "(the outlet's own words)", loaded: 1, hits: 1, share: 0.5 },
 *   { outlet: "X", speaker: "Ali Larijani", loaded: 1, hits: 2, share: 0.5 },
 * ]);
 * ```
 */
export function loadedBySpeaker(hits: readonly FramingHit[]): LoadedBySpeakerRow[] {
  const rows = new Map<string, LoadedBySpeakerRow>();
  const totals = new Map<string, number>();
  for (const h of hits) {
    const speaker = h.voice === "narrative" ? OWN_WORDS : h.speaker || NO_SPEAKER;
    const key = `${h.outlet}\u0000${speaker}`;
    let row = rows.get(key);
    if (!row) rows.set(key, row = { outlet: h.outlet, speaker, loaded: 0, hits: 0, share: 0 });
    row.hits++;
    if (h.frame === "loaded") {
      row.loaded++;
      totals.set(h.outlet, (totals.get(h.outlet) ?? 0) + 1);
    }
  }
  const out = [...rows.values()].filter((r) => r.loaded > 0);
  for (const r of out) r.share = r.loaded / totals.get(r.outlet)!;
  return out.sort((a, b) =>
    a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : b.loaded - a.loaded || (a.speaker < b.speaker ? -1 : 1)
  );
}
