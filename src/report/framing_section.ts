/**
 * The framing section of the report: `framing.csv` (every hit), `framing_summary.csv`
 * (per outlet and referent) and the framing charts.
 *
 * @module
 */
import type { ReportInput, ReportSection } from "./section.ts";
import { framingByVoice, framingSummary } from "../framing/summary.ts";
import { framingRateChart, framingShareChart } from "../charts/framing.ts";

/**
 * Framing: which wording each outlet chooses for each referent of the framing lexicon
 * (the digests' tools' lexicon), loaded or neutral, in its own voice or in quotes.
 *
 * @example
 * ```ts
 * const section = framingSection({ corpus, digests, tools });
 * section.tables.map((t) => t.name); // ["framing", "framing_summary"]
 * ```
 */
export function framingSection(input: ReportInput): ReportSection {
  const hits = input.digests.flatMap((d) => d.framing);
  const summary = framingSummary(hits, input.digests, input.tools.lexicon.referents);
  return {
    id: "framing",
    title: "Framing",
    description: "Every wording of the referents of the framing lexicon (data/lexicons/framing.yaml), " +
      "loaded or neutral, and whether it stands in the outlet's own voice (narrative) or inside " +
      "quotation marks or an attributed paraphrase (quoted). Per outlet and referent: mentions, " +
      "mentions per 1,000 words (hits / words × 1000) and the share of loaded wording " +
      "(loaded / hits), overall and per voice.",
    tables: [
      {
        name: "framing",
        title: "One row per mention (lexicon hit)",
        columns: ["article", "outlet", "referent", "frame", "voice", "phrase", "start", "end", "sentence"],
        rows: hits,
      },
      {
        name: "framing_summary",
        title: "One row per outlet and referent",
        columns: [
          "outlet",
          "referent",
          "label",
          "words",
          "hits",
          "loaded",
          "neutral",
          "hitsPer1000",
          "loadedShare",
          "narrativeHits",
          "narrativeLoaded",
          "narrativeLoadedShare",
          "quotedHits",
          "quotedLoaded",
          "quotedLoadedShare",
        ],
        rows: summary,
      },
    ],
    charts: [framingShareChart(framingByVoice(summary)), framingRateChart(summary)],
  };
}
