/**
 * The entities stage: per article, the candidate names (gazetteer names and capitalised
 * words) and what compromise makes of each distinct span; over the corpus, the names
 * resolved to entities, one row per entity and article, and the pairs of entities named
 * in the same sentence or article.
 *
 * @module
 */
import type { ArticleOutline } from "../types.ts";
import { type Candidate, findCandidates } from "../entities/mentions.ts";
import { candidateSpanTags } from "../entities/typing.ts";
import { CandidatePool } from "../entities/pool.ts";
import { CandidateTable } from "../entities/candidate_table.ts";
import { resolveCandidateTable, type ResolveOptions } from "../entities/aliases.ts";
import type { CooccurrenceRow, EntityIndex, EntityRow } from "../entities/types.ts";
import { type SpanTags, spanTags, spanTagsOfBits } from "../nlp/compromise.ts";
import { entityTable } from "../measures/entities.ts";
import { cooccurrenceTable } from "../measures/cooccurrence.ts";
import { groupOf, hasFields, malformed, regrouped, type Stage, type StageTools } from "./stage.ts";

/** The entities part of an article's digest. */
export interface EntitiesPart {
  /** Entity candidates, as `findCandidates` gives them (resolved over the corpus later). */
  candidates: Candidate[];
  /** What compromise makes of each distinct span of the candidates, as `candidateSpanTags` gives it. */
  spanTags: [string, number][];
}

/** What the entities stage gives over the corpus. */
export interface EntitiesResult {
  /** Its tables. */
  tables: {
    /** One row per entity and article. */
    entities: readonly EntityRow[];
    /** Pairs of entities named in the same sentence or article, by outlet and overall. */
    cooccurrence: readonly CooccurrenceRow[];
  };
  /** The entities and their mentions. */
  index: EntityIndex;
}

/** A digest as the entities stage reads it. */
export type EntitiesDigest = ArticleOutline & { entities: EntitiesPart };

/** Options of {@linkcode resolveDigestEntities}. */
export interface ResolveDigestOptions extends ResolveOptions {
  /** The pool that holds the candidates' strings and cues (default: a new one). A test reads its counts. */
  pool?: CandidatePool;
  /** The table that holds the candidates, empty (default: a new one, on `pool`). A test reads its counts. */
  table?: CandidateTable;
}

/**
 * Resolves the entity candidates of every digest over the corpus, reading compromise's
 * tags of each span from the digests (computed with each article, on whichever thread
 * digested it, and cached with it) rather than tagging them again; the spans that are
 * not there (parts of names the resolver tries) are tagged then, by `options.tags`
 * (`spanTags` by default). The result is `resolveEntities` over the same candidates,
 * held as rows of a {@linkcode CandidateTable} (a few numbers a candidate, its strings,
 * cues and words held once for each distinct form) rather than as each part read back
 * brings them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { resolveDigestEntities } from "./entities.ts";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
 * const { entities, mentions } = resolveDigestEntities(digests, tools);
 * const larijani = entities.find((e) => e.name === "Ali Larijani")!;
 * const his = mentions.filter((m) => m.entity === larijani.name);
 * assert.equal(larijani.articles, new Set(his.map((m) => m.article)).size);
 * assert.equal(mentions.length, entities.reduce((n, e) => n + e.mentions, 0));
 * ```
 */
export function resolveDigestEntities(
  digests: readonly { entities: EntitiesPart }[],
  tools: Pick<StageTools, "gazetteer">,
  options: ResolveDigestOptions = {},
): EntityIndex {
  const others = options.tags ?? spanTags;
  const known = new Map<string, SpanTags>();
  // Each part read once (a part read back from the cache is read again at each reading),
  // and its candidates held as rows of the table: what they share with the candidates
  // of other articles held once (at 50,000 articles, 1.5 million candidates).
  const table = options.table ?? new CandidateTable(options.pool ?? new CandidatePool());
  for (const d of digests) {
    const part = d.entities;
    for (const [span, bits] of part.spanTags) if (!known.has(span)) known.set(span, spanTagsOfBits(bits));
    for (const c of part.candidates) table.add(c);
  }
  return resolveCandidateTable(table, tools.gazetteer, {
    tags: (span) => known.get(span) ?? others(span),
  });
}

/** The fields of a cached candidate and of its words and cues. */
const CANDIDATE = {
  article: "string",
  outlet: "string",
  sentence: "integer",
  surface: "string",
  key: "string",
  entry: "integer?",
  reliable: "boolean",
} as const;
const WORD = { text: "string", key: "string", start: "integer", end: "integer" } as const;
const CUES = {
  title: "boolean",
  placePreposition: "boolean",
  speechVerb: "boolean",
  organizationContext: "boolean?",
  acronym: "string?",
} as const;

/**
 * The entities stage.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { entitiesStage } from "./entities.ts";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
 * const { tables } = entitiesStage.corpus({ digests, tools });
 * assert.ok(tables.cooccurrence.some((r) => r.outlet === "all" && r.source === "Ali Larijani")); // pairs of entities
 * ```
 */
export const entitiesStage: Stage<"entities", EntitiesPart, EntitiesResult, EntitiesDigest> = {
  name: "entities",
  module: import.meta.url,
  needs: [],
  data: ["gazetteer"],
  digest: {
    run: (annotated, tools) => {
      const candidates = findCandidates(annotated, tools.gazetteer);
      return { candidates, spanTags: candidateSpanTags(candidates) };
    },
    pack: (part) => part,
    unpack: (packed) => {
      const { candidates, spanTags } = (packed ?? {}) as Partial<EntitiesPart>;
      if (!Array.isArray(candidates) || !Array.isArray(spanTags)) throw malformed("entities", "no candidates or spans");
      for (const c of candidates) {
        if (
          !hasFields(c, CANDIDATE) || !Array.isArray(c.words) || !c.words.every((w) => hasFields(w, WORD)) ||
          !hasFields(c.cues, CUES)
        ) {
          throw malformed("entities", "a candidate lacks a field or has one of another type");
        }
      }
      for (const s of spanTags) {
        if (!Array.isArray(s) || s.length !== 2 || typeof s[0] !== "string" || !Number.isInteger(s[1])) {
          throw malformed("entities", "a span's tags are not [span, bits]");
        }
      }
      return { candidates, spanTags };
    },
    noun: "the entities",
    plural: true,
    // A third of a digest: read back from the cache by the stages that read it.
    readBack: true,
  },
  tables: {
    entities: {
      title: "One row per entity and article: mentions and the forms used",
      parquet: true,
      columns: {
        article: "string",
        outlet: "string",
        entity: "string",
        type: "string",
        mentions: "integer",
        aliases: "string",
      },
    },
    cooccurrence: {
      title: "Pairs of entities named in the same sentence or article, by outlet and overall",
      parquet: true,
      columns: {
        scope: "string",
        outlet: "string",
        source: "string",
        target: "string",
        sentences: "integer",
        articles: "integer",
        npmi: "number",
        logdice: "number",
      },
    },
  },
  corpus: ({ digests: given, tools }, options = {}) => {
    const group = groupOf(options.groupBy);
    // Regrouped, each digest's outline and its part only (a spread would read every part).
    const digests = group
      ? given.map(({ article, words, sentences, entities }) => {
        const g = group(article);
        return {
          article: { ...article, outlet: g },
          words,
          sentences,
          entities: { ...entities, candidates: regrouped(entities.candidates, g) },
        };
      })
      : given;
    const index = resolveDigestEntities(digests, tools);
    // The table keeps the article-scope pairs that share a sentence or meet in two
    // articles or more; the charts and the network read sentence-scope pairs.
    const cooccurrence = cooccurrenceTable(index.mentions, digests, { articlePairs: "linked" });
    return { tables: { entities: entityTable(index.mentions), cooccurrence }, index };
  },
};
