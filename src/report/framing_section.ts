/**
 * The framing section of the report: `framing.csv` (every hit), `framing_summary.csv`
 * (per outlet and referent) and the framing charts.
 *
 * @module
 */
import { type ReportInput, type ReportSection, stageTables } from "./types.ts";
import { framingByVoice } from "../framing/summary.ts";
import { framingIntervalChart, framingRateChart, framingShareChart } from "../charts/framing.ts";
import { type FramingResult, framingStage } from "../stages/framing.ts";
import { sourcesStage } from "../stages/sources.ts";

/**
 * Framing: which wording each outlet chooses for each referent of the framing lexicon
 * (the digests' tools' lexicon), loaded or neutral, in its own voice or in quotes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { framingSection } from "./framing_section.ts";
 * const tools = await loadDigestTools();
 * const corpus = await loadCorpus();
 * const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
 * const section = framingSection({ corpus, digests, tools });
 * assert.deepEqual(section.tables.map((t) => t.name), ["framing", "framing_summary"]);
 * ```
 *
 * @param result The framing stage's result (worked out from `input`, with the sources stage's, when not given).
 */
export function framingSection(
  input: ReportInput,
  result: FramingResult = framingStage.corpus({ ...input, results: { sources: sourcesStage.corpus(input) } }),
): ReportSection {
  const summary = result.tables.framing_summary;
  return {
    id: "framing",
    title: "Framing",
    description: "Every wording of the referents of the framing lexicon (data/lexicons/framing.yaml), " +
      "loaded or neutral, and whether it stands in the outlet's own voice (narrative) or in someone else's " +
      "words (quoted: inside quotation marks, an attributed paraphrase, or the content of reported speech, " +
      "see the sources section), with the speaker it is attributed to. Per outlet and referent: mentions, " +
      "mentions per 1,000 words (hits / words × 1000) and the share of loaded wording " +
      "(loaded / hits), overall and per voice, each with its 95% Wilson score interval; a share from " +
      "fewer than five mentions is flagged as too few to compare (too_few).",
    tables: stageTables(framingStage, result),
    charts: [
      framingShareChart(framingByVoice(summary)),
      framingIntervalChart(framingByVoice(summary)),
      framingRateChart(summary),
    ],
  };
}
