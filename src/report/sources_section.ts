/**
 * The sources section of the report, who speaks: `quotes.csv` (every attribution
 * relation), `sources.csv` (per outlet and speaker), `sources_by_side.csv` (per outlet and
 * side), the charts of whose words each outlet carries, whose side it quotes and who
 * uses loaded wording, and `quotes_kwic.html`, every quote in
 * context with its speaker.
 *
 * @module
 */
import { type ReportFile, type ReportInput, type ReportSection, stageTables } from "./types.ts";
import { type SourcesResult, sourcesStage } from "../stages/sources.ts";
import { attributedHits } from "../sources/voice.ts";
import { loadedBySpeaker } from "../measures/sources.ts";
import { loadedBySpeakerChart, sourcesBySideChart, sourceShareChart } from "../charts/sources.ts";
import { quoteKwic } from "../sources/kwic.ts";
import { kwicPage } from "../render/kwic.ts";
import { groupWords } from "../charts/group.ts";

/** Options for {@linkcode sourcesSection}. */
export interface SourcesSectionOptions {
  /** Speakers of each outlet in the charts (default 6). */
  top?: number;
}

/**
 * Who speaks, for the report. Besides tables and charts it returns `files`:
 * `quotes_kwic.html`, every relation's content in its sentences with its speaker.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadDigestTools } from "framelens";
 * import { sourcesSection } from "./sources_section.ts";
 * const tools = await loadDigestTools();
 * const text = "Ali Larijani said: “We stand with Lebanon.”";
 * const articles = [{ id: "a", file: "a.md", outlet: "A", text, extra: {} }];
 * const corpus = { dir: "articles", articles, problems: [] };
 * const digests = articles.map((a) => annotateAndDigest(a, tools));
 * const section = sourcesSection({ corpus, digests, tools });
 * assert.deepEqual(section.tables.map((t) => t.name), ["quotes", "sources", "sources_by_side"]);
 * assert.deepEqual(section.files.map((f) => f.name), ["quotes_kwic.html"]);
 * assert.match(section.files[0].content, /<mark>We stand with Lebanon\.<\/mark>/); // the quote, in context
 * ```
 *
 * @param result The sources stage's result (worked out from `input` when not given).
 */
export function sourcesSection(
  input: ReportInput,
  result: SourcesResult = sourcesStage.corpus(input),
  options: SourcesSectionOptions = {},
): ReportSection & { files: ReportFile[] } {
  const top = options.top ?? 6;
  const { quotes, sources, sources_by_side } = result.tables;
  const counts = { direct: 0, indirect: 0, mixed: 0, scare: 0 };
  for (const q of quotes) counts[q.type]++;
  const hits = attributedHits(input.digests, result);
  return {
    id: "sources",
    title: "Sources: who speaks",
    description: `${quotes.length} attribution relations (${counts.direct} direct, ${counts.indirect} indirect, ` +
      `${counts.mixed} mixed, ${counts.scare} scare quotes): who is reported as saying what, with the cue ` +
      "(said, according to, ...) and the source as written, resolved to an entity of the entities section (a " +
      "pronoun or a title to the person meant, an office to its organisation) or kept as a description. A " +
      "speaker's share is its relations' words over all the words of the outlet's relations that have a speaker " +
      '(scare quotes are no one\'s, nor is a cue that names no one, "reportedly" or "is accused of": ' +
      "quotes.csv calls its speaker unnamed reports or unnamed accusers). A speaker's side is its affiliation in the gazetteer (data/entities.yaml), " +
      "else no affiliation with its type; sources_by_side.csv gives each side's share of the outlet's relations " +
      "with a speaker and its 95% Wilson interval (each relation one trial). A framing hit is quoted when it falls inside a relation's content or inside " +
      "quotation marks, and is then attributed to that relation's speaker; its affiliation comes from the " +
      "gazetteer (data/entities.yaml).",
    tables: stageTables(sourcesStage, result),
    charts: [
      sourceShareChart(sources, { top }),
      sourcesBySideChart(sources_by_side),
      loadedBySpeakerChart(loadedBySpeaker(hits), { top }),
    ],
    files: [{
      name: "quotes_kwic.html",
      title: "Every attribution relation in context, with its speaker",
      content: kwicPage(
        "Quotes and reported speech, with their speakers",
        quoteKwic(quotes),
        { columns: ["outlet", "article", "type", "speaker"], header: groupWords(input.group) },
      ),
    }],
  };
}
