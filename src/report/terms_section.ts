/**
 * The terms section of the report: `terms.csv`, `keyness.csv`, `log_odds.csv` and their charts.
 *
 * @module
 */
import { keynessChart, logOddsChart, topTermsChart } from "../charts/terms.ts";
import { type TermsResult, termsStage } from "../stages/terms.ts";
import { type ReportInput, type ReportSection, stageTables } from "./types.ts";

/**
 * Terms: frequencies, keyness with dispersion, weighted log-odds, and their charts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { termsSection } from "./terms_section.ts";
 * const tools = await loadDigestTools();
 * const corpus = await loadCorpus();
 * const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
 * const section = termsSection({ corpus, digests, tools });
 * assert.deepEqual(section.tables.map((t) => t.name), ["terms", "keyness", "log_odds"]);
 * ```
 *
 * @param result The terms stage's result (worked out from `input` when not given).
 */
export function termsSection(input: ReportInput, result: TermsResult = termsStage.corpus(input)): ReportSection {
  const { terms, keyness: key, log_odds: odds } = result.tables;
  const outlets = result.groups;
  const compared = outlets.length >= 2;
  return {
    id: "terms",
    title: "Terms and keyness",
    ...(compared ? {} : {
      notes: [
        `Keyness and weighted log-odds compare each outlet with the others, and this corpus has ${
          outlets.length === 1 ? `one outlet (${outlets[0]})` : "no outlet"
        }: they were not computed, keyness.csv and log_odds.csv have no rows, and their charts are left out. ` +
        "Add articles from a second outlet to compare them.",
      ],
    }),
    description:
      "Lemmas, phrases and names (each name one term, under the gazetteer's name or the article's fullest form of it, honorifics such as Mr and particles such as al- part of it; stop words and punctuation left out) counted per outlet; keyness of each outlet against all the others (signed G² with Williams's correction, Log Ratio, LRC, p) with Gries's DP over the outlet's articles; weighted log-odds with a pooled Dirichlet prior, for every term an outlet uses and, of the terms it never uses, those it avoids significantly (|z| ≥ 1.96; the others, every term times every outlet, would be most rows of a large corpus); the log-odds chart draws the terms each outlet uses, terms at the same point as one dot, and at most 500 grey and 500 coloured dots per outlet. With one article per outlet, every term comes from one article: read keyness as a property of that article.",
    tables: stageTables(termsStage, result, { keyness: 20, log_odds: 15 }),
    charts: compared ? [topTermsChart(terms), keynessChart(key), logOddsChart(odds)] : [topTermsChart(terms)],
  };
}
