/**
 * The reuse section of the report, text shared between outlets: `reprints.csv` (the
 * reprint clusters), `reuse.csv` (the passages of 12 or more words shared by articles of
 * different outlets, with their speakers) and the chart of which outlets share text with
 * which; a warning for each outlet whose figures count reprints of another outlet's
 * article.
 *
 * @module
 */
import { type ReportInput, type ReportSection, stageTables } from "./types.ts";
import { type ReuseResult, reuseStage } from "../stages/reuse.ts";
import { reuseChart } from "../charts/reuse.ts";

/** Options of {@linkcode reuseSection}. */
export interface ReuseSectionOptions {
  /** Whether the other sections count each reprint cluster once (`--reprints once`). Default false: every article counts. */
  once?: boolean;
}

/**
 * Text reuse, for the report. By default every article counts in the other sections, and
 * a note warns about each outlet some of whose articles are reprints of an earlier
 * article of another outlet; with `once`, a note says those articles were left out of
 * them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadDigestTools } from "framelens";
 * import { reuseSection } from "./reuse_section.ts";
 * const tools = await loadDigestTools();
 * const text = "The Lebanese cabinet tasked the army with drawing up a plan to bring all weapons under state " +
 *   "control by the end of the year, a decision Hezbollah rejected on Wednesday.";
 * const article = (id: string, outlet: string, date: string) => ({ id, file: `${id}.md`, outlet, date, text, extra: {} });
 * const articles = [article("a", "Wire", "2025-08-11"), article("b", "Daily", "2025-08-12")];
 * const corpus = { dir: "articles", articles, problems: [] };
 * const digests = articles.map((a) => annotateAndDigest(a, tools));
 * const section = reuseSection({ corpus, digests, tools });
 * assert.deepEqual(section.tables.map((t) => t.name), ["reprints", "reuse"]);
 * assert.match(section.notes![0], /^Daily: 1 of its 1 article\(s\) is a reprint/);
 * ```
 *
 * @param result The reuse stage's result (worked out from `input` when not given).
 */
export function reuseSection(
  input: ReportInput,
  result: ReuseResult = reuseStage.corpus(input),
  options: ReuseSectionOptions = {},
): ReportSection {
  const { reprints, reuse } = result.tables;
  const clusters = new Set(reprints.map((r) => r.cluster)).size;
  const pairs = reuse.filter((r) => r.articles === 2).length;
  const notes: string[] = [];
  for (const s of result.shares) {
    if (s.reprints === 0) continue;
    notes.push(
      `${s.outlet}: ${s.reprints} of its ${s.articles} article(s) ${
        s.reprints === 1 ? "is a reprint" : "are reprints"
      } ` +
        `of an earlier article of another outlet (reprints.csv); ` +
        (options.once
          ? "counted once, under the cluster's earliest article, in the other sections (--reprints once)."
          : "its figures in the other sections count that text again (--reprints once counts each cluster once)."),
    );
  }
  return {
    id: "reuse",
    title: "Text reuse: reprints and shared passages",
    description: `${clusters} reprint cluster(s) of ${reprints.length} articles, ${pairs} passage(s) shared by ` +
      `two articles and ${reuse.length - pairs} common passage(s). Words are compared after normalising case, ` +
      "quotation marks, apostrophes and dashes. Two articles of different outlets are reprints when the " +
      "containment of their word 5-shingles, |A ∩ B| / min(|A|, |B|), is 0.8 or more, counting only shingles with a " +
      "word outside quotation marks (so that articles quoting the same statement are not reprints); a cluster's " +
      "id is its earliest article (then first by id), the one kept when clusters are counted once; similarity is " +
      "the containment with that article. A shared passage is a run of 12 or more consecutive words that two " +
      "articles of different outlets share (the earliest article of a cluster stands for the cluster); a passage " +
      "found in more than 4 articles is listed once, as a common passage, with its numbers of articles and " +
      "outlets. Where most of a passage lies in a quote, its speaker comes from the sources section. Candidates " +
      "come from MinHash banding and winnowed fingerprints, and are all checked word by word.",
    ...(notes.length ? { notes } : {}),
    tables: stageTables(reuseStage, result),
    charts: result.links.length ? [reuseChart(result.links)] : [],
  };
}
