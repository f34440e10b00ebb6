/**
 * The entities section of the report: `entities.csv`, `cooccurrence.csv`, the network
 * as `cooccurrence.graphml` and `cooccurrence.json`, and the entity charts.
 *
 * @module
 */
import { type ReportFile, type ReportInput, type ReportSection, stageTables } from "./types.ts";
import { type EntitiesResult, entitiesStage } from "../stages/entities.ts";
import { entityOutletRows, topEntities } from "../measures/entities.ts";
import { cooccurrenceNetwork } from "../measures/network.ts";
import { cooccurrenceMatrixChart, cooccurrenceNetworkChart, topEntitiesChart } from "../charts/entities.ts";
import { toGraphml, toNetworkJson } from "../render/graphml.ts";

/** Options for {@linkcode entitiesSection}. */
export interface EntitiesSectionOptions {
  /** Entities in the network and the matrix (default 20 and 15). */
  top?: { network?: number; matrix?: number; perOutlet?: number };
}

/**
 * Entities and co-occurrence for the report. Besides tables and charts it returns
 * `files`: `cooccurrence.graphml` and `cooccurrence.json`, the corpus network of the
 * charts (sentence scope), for the report writer to write as they are.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { entitiesSection } from "./entities_section.ts";
 * const tools = await loadDigestTools();
 * const corpus = await loadCorpus();
 * const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
 * const section = entitiesSection({ corpus, digests, tools });
 * assert.deepEqual(section.files?.map((f) => f.name), ["cooccurrence.graphml", "cooccurrence.json"]);
 * ```
 *
 * @param result The entities stage's result (worked out from `input` when not given).
 */
export function entitiesSection(
  input: ReportInput,
  result: EntitiesResult = entitiesStage.corpus(input),
  options: EntitiesSectionOptions = {},
): ReportSection & { files: ReportFile[] } {
  const { digests } = input;
  const { index } = result;
  // The charts read the corpus's sentence-scope pairs: picked in one reading of the table,
  // whose rows are made as they are read.
  const cooc = result.tables.cooccurrence.filter((r) => r.scope === "sentence" && r.outlet === "all");
  const network = cooccurrenceNetwork(index.mentions, cooc, {
    top: options.top?.network ?? 20,
    minCount: digests.length > 10 ? 2 : 1,
  });
  const unknown = index.entities.filter((e) => !e.known).length;
  return {
    id: "entities",
    title: "Entities and co-occurrence",
    description: `${index.entities.length} people, organisations and places (${unknown} not in the gazetteer), ` +
      `${index.mentions.length} mentions. Names are resolved to one entity per real entity (gazetteer aliases, ` +
      "surnames, spelling variants, acronyms defined in parentheses). Two entities co-occur when one sentence " +
      "(or article) names both; NPMI = log(p(x,y) / (p(x) p(y))) / −log p(x,y) and logDice = 14 + " +
      "log2(2 f(x,y) / (f(x) + f(y))), by outlet and over the corpus (outlet all). cooccurrence.csv keeps " +
      "every sentence-scope pair, and the article-scope pairs that also share a sentence or meet in two articles or more.",
    tables: stageTables(entitiesStage, result),
    charts: [
      topEntitiesChart(entityOutletRows(index.mentions), { top: options.top?.perOutlet ?? 6 }),
      cooccurrenceNetworkChart(network),
      cooccurrenceMatrixChart(cooc, topEntities(index.mentions, options.top?.matrix ?? 15)),
    ],
    files: [
      { name: "cooccurrence.graphml", title: "The co-occurrence network (GraphML)", content: toGraphml(network) },
      { name: "cooccurrence.json", title: "The co-occurrence network (JSON)", content: toNetworkJson(network) },
    ],
  };
}
