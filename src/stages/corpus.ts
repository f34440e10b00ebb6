/**
 * The corpus at a glance: no per-article part (an article's size and sentences come with
 * its annotation); over the corpus, one row per article and one per outlet.
 *
 * @module
 */
import type { ArticleRow } from "../types.ts";
import { articleRows, type OutletRow, outletRows } from "../measures/articles.ts";
import { groupOf, type Stage } from "./stage.ts";

/** What the corpus stage gives. */
export interface CorpusResult {
  /** Its tables. */
  tables: {
    /**
     * One row per article, its `outlet` the article's group (its outlet by default);
     * grouped otherwise (some article's group is not its outlet), its own outlet in `articleOutlet`.
     */
    articles: ArticleRow[];
    /** One row per outlet (per group). */
    outlets: OutletRow[];
  };
}

/**
 * The corpus stage.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadDigestTools } from "framelens";
 * import { corpusStage } from "./corpus.ts";
 * const tools = await loadDigestTools();
 * const article = (id: string, outlet: string, country: string) =>
 *   ({ id, file: `${id}.md`, outlet, country, text: "Larijani arrived in Beirut.", extra: {} });
 * const articles = [
 *   article("a1", "Tehran Times", "Iran"),
 *   article("a2", "Iran Daily", "Iran"),
 *   article("b1", "The National", "United Arab Emirates"),
 * ];
 * const digests = articles.map((a) => annotateAndDigest(a, tools));
 * const { tables } = corpusStage.corpus({ digests, tools });
 * assert.deepEqual(tables.outlets.map((r) => r.outlet), ["Iran Daily", "Tehran Times", "The National"]);
 * const byCountry = corpusStage.corpus({ digests, tools }, { groupBy: "country" }).tables.outlets;
 * assert.deepEqual(byCountry.map((r) => [r.outlet, r.articles]), [["Iran", 2], ["United Arab Emirates", 1]]);
 * const rows = corpusStage.corpus({ digests, tools }, { groupBy: "country" }).tables.articles;
 * assert.deepEqual(rows.map((r) => [r.articleOutlet, r.outlet]), [
 *   ["Tehran Times", "Iran"],
 *   ["Iran Daily", "Iran"],
 *   ["The National", "United Arab Emirates"],
 * ]);
 * ```
 */
export const corpusStage: Stage<"corpus", never, CorpusResult> = {
  name: "corpus",
  module: import.meta.url,
  needs: [],
  data: [],
  tables: {
    articles: {
      title: "One row per article",
      columns: {
        id: "string",
        outlet: "string",
        date: "string",
        title: "string",
        kind: "string",
        words: "integer",
        sentences: "integer",
      },
    },
    outlets: {
      title: "One row per outlet",
      columns: {
        outlet: "string",
        articles: "integer",
        words: "integer",
        medianWords: "number",
        firstDate: "string",
        lastDate: "string",
      },
    },
  },
  corpus: ({ digests }, options = {}) => {
    const rows = articleRows(digests);
    const group = groupOf(options.groupBy);
    const groups = group ? digests.map((d) => group(d.article)) : [];
    // Grouped otherwise than by outlet, each article keeps its own outlet beside its group.
    const grouped = groups.some((g, i) => g !== rows[i].outlet)
      ? rows.map((r, i) => ({ ...r, outlet: groups[i], articleOutlet: r.outlet }))
      : rows;
    return { tables: { articles: grouped, outlets: outletRows(grouped) } };
  },
};
