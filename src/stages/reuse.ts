/**
 * The reuse stage, text reuse between outlets: no per-article part (it reads each
 * article's text, and the sources stage's relations for who is quoted); over the corpus,
 * the reprint clusters (`reprints.csv`), the passages of 12 or more words that articles of
 * different outlets share, with the speaker where a passage is a quote (`reuse.csv`), and
 * which outlets share text with which.
 *
 * @module
 */
import type { Article, ArticleOutline } from "../types.ts";
import { type ReuseDoc, reuseDoc } from "../reuse/doc.ts";
import { byDateThenId, findReprints, type ReprintRow, type ReuseWork } from "../reuse/reprints.ts";
import { type PassageRow, sharedPassages } from "../reuse/passages.ts";
import { type ReuseLinkRow, reuseLinks } from "../reuse/links.ts";
import { type ArticleSources, type SourcesDigest, type SourcesResult, sourcesStage } from "./sources.ts";
import { groupOf, type Stage } from "./stage.ts";

/** An outlet's (or group's) articles and how many of them are reprints of another outlet's earlier article. */
export interface ReprintShare {
  /** The outlet (or group). */
  outlet: string;
  /** Its articles. */
  articles: number;
  /** Those in a reprint cluster that are not its earliest article. */
  reprints: number;
}

/** What the reuse stage gives over the corpus. */
export interface ReuseResult {
  /** Its tables. */
  tables: {
    /** One row per article of a reprint cluster. */
    reprints: ReprintRow[];
    /** One row per shared passage (a pair of articles, or a common passage with its count). */
    reuse: PassageRow[];
  };
  /** Which outlets share text with which (both orders of each pair). */
  links: ReuseLinkRow[];
  /** The articles counted out when each cluster is counted once (every article of a cluster but its earliest). */
  once: string[];
  /** Per outlet (or group): its articles and its reprints, for the warnings. */
  shares: ReprintShare[];
  /** The work done (shingles hashed, pairs compared, passages extended). */
  work: ReuseWork;
}

/** A digest as the reuse stage reads it (the sources stage's part, for when its result is not given). */
export type ReuseDigest = ArticleOutline & SourcesDigest;

/**
 * The speaker of the quote that holds most of a span: the relation whose content covers
 * at least half of it (the innermost, the shortest such content), or undefined.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quoteSpeaker } from "./reuse.ts";
 * const relations = [{ type: "direct" as const, sentence: 0, content: { start: 10, end: 40 } }];
 * const speakers = [{ name: "Naim Qassem", type: "person" as const, via: "name" as const }];
 * assert.equal(quoteSpeaker({ relations, speakers }, 12, 44), "Naim Qassem"); // 28 of 32 characters quoted
 * assert.equal(quoteSpeaker({ relations, speakers }, 30, 80), undefined); // 10 of 50
 * ```
 */
export function quoteSpeaker(
  sources: Pick<ArticleSources, "relations" | "speakers">,
  start: number,
  end: number,
): string | undefined {
  let best: string | undefined;
  let bestLength = Infinity;
  sources.relations.forEach((r, i) => {
    const overlap = Math.min(end, r.content.end) - Math.max(start, r.content.start);
    const length = r.content.end - r.content.start;
    const name = sources.speakers[i]?.name;
    if (name && overlap * 2 >= end - start && length < bestLength) {
      best = name;
      bestLength = length;
    }
  });
  return best;
}

/**
 * The reuse stage: `findReprints` over every article, then `sharedPassages` over the
 * articles that are not reprints of an earlier one (a cluster's passages are its
 * earliest article's), with the speakers of the sources stage (worked out here when not
 * given), grouped by `groupBy`. Articles are read by date, then id. With reprints counted
 * once, `leavesOut` finds the clusters' later articles from the digests alone, and the
 * stage runs over every article given the sources stage's result over the rest (whose
 * articles hold every passage), so that no stage runs twice.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { reuseStage } from "./reuse.ts";
 * const tools = await loadDigestTools();
 * const articles = (await loadCorpus()).articles;
 * const copy = { ...articles[0], id: "copy", file: "copy.md", outlet: "Another Outlet" };
 * const digests = [...articles, copy].map((a) => annotateAndDigest(a, tools));
 * const { tables, once } = reuseStage.corpus({ digests, tools });
 * assert.deepEqual(tables.reprints.map((r) => r.article), [articles[0].id, "copy"]);
 * assert.deepEqual(once, ["copy"]);
 * ```
 */
export const reuseStage: Stage<"reuse", never, ReuseResult, ReuseDigest> = {
  name: "reuse",
  module: import.meta.url,
  needs: ["sources"],
  // Of those stages' tables, the ones `corpus` reads.
  tablesRead: { sources: [] },
  data: [],
  tables: {
    reprints: {
      title: "One row per article of a reprint cluster: its cluster (the id of its earliest article) and its " +
        "containment with that article",
      columns: { article: "string", cluster: "string", outlet: "string", similarity: "number" },
    },
    reuse: {
      title: "One row per passage of 12 or more words shared by articles of different outlets (a passage in more " +
        "than 4 articles once, with its count), with the speaker where it is a quote",
      columns: {
        articleA: "string",
        outletA: "string",
        articleB: "string",
        outletB: "string",
        words: "integer",
        startA: "integer",
        endA: "integer",
        startB: "integer",
        endB: "integer",
        speaker: "string",
        text: "string",
        articles: "integer",
        outlets: "integer",
      },
    },
  },
  corpus: (input, options = {}) => {
    const sources = (input.results?.sources as SourcesResult | undefined) ?? sourcesStage.corpus(input, options);
    const docs = reuseDocs(input.digests, groupOf(options.groupBy));
    const reprints = findReprints(docs);
    const once = laterReprints(reprints.rows);
    const out = new Set(once);
    const passages = sharedPassages(docs.filter((d) => !out.has(d.id)), {
      work: reprints.work,
      speakerAt: (article, start, end) => {
        const s = sources.articles.get(article);
        return s ? quoteSpeaker(s, start, end) : undefined;
      },
    });
    const groups = new Map(docs.map((d) => [d.id, d.group]));
    const shares = new Map<string, ReprintShare>();
    for (const d of docs) {
      let s = shares.get(d.group);
      if (!s) shares.set(d.group, s = { outlet: d.group, articles: 0, reprints: 0 });
      s.articles++;
      if (out.has(d.id)) s.reprints++;
    }
    return {
      tables: { reprints: reprints.rows, reuse: passages.rows },
      links: reuseLinks(passages.rows, passages.members, reprints.rows, groups),
      once,
      shares: [...shares.values()].sort((a, b) => (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0)),
      work: passages.work,
    };
  },
  leavesOut: ({ digests }) => laterReprints(findReprints(reuseDocs(digests)).rows),
};

/** The articles prepared for text reuse, by date then id, each under its group. */
function reuseDocs(digests: readonly Pick<ReuseDigest, "article">[], group?: (a: Article) => string): ReuseDoc[] {
  // Every article's words at once: each distinct word held once (issue 19, memory).
  const words = new Map<string, string>();
  return digests.map(({ article }) =>
    reuseDoc({
      id: article.id,
      outlet: article.outlet,
      group: group ? group(article) : article.outlet,
      ...(article.date ? { date: article.date } : {}),
      text: article.text,
    }, { words })
  ).sort(byDateThenId);
}

/** The articles of the clusters that are not their earliest: those counted out when clusters count once. */
function laterReprints(rows: readonly ReprintRow[]): string[] {
  return rows.filter((r) => r.article !== r.cluster).map((r) => r.article);
}
