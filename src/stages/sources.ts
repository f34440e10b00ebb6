/**
 * The sources stage, who speaks: per article, its attribution relations (direct,
 * indirect, mixed and scare, each with its cue, source and content); over the corpus,
 * each relation's speaker resolved to an entity of the entities stage, one row per
 * relation (`quotes.csv`) and per outlet and speaker (`sources.csv`).
 *
 * @module
 */
import type { ArticleOutline } from "../types.ts";
import { type Attribution, findAttributions, RELATION_TYPES } from "../sources/attribution.ts";
import { resolveSpeakers, speakerOptions } from "../sources/speakers.ts";
import type { ArticleSources } from "../sources/voice.ts";
import { type QuoteRow, quoteRows, type SourceRow, sourceRows } from "../measures/sources.ts";
import { type SideRow, sideRows } from "../measures/sides.ts";
import type { EntityMention, Gazetteer } from "../entities/types.ts";
import { type EntitiesPart, type EntitiesResult, resolveDigestEntities } from "./entities.ts";
import { groupOf, hasFields, malformed, type Stage } from "./stage.ts";

export type { ArticleSources } from "../sources/voice.ts";

/** What the sources stage gives over the corpus. */
export interface SourcesResult {
  /** Its tables. */
  tables: {
    /** One row per relation. */
    quotes: QuoteRow[];
    /** Per outlet (or group) and speaker: relations, words and share of the outlet's attributed words. */
    sources: SourceRow[];
    /** Per outlet (or group) and side (the speakers' affiliation): relations, their share with its interval, words. */
    sources_by_side: SideRow[];
  };
  /** Each article's relations and speakers, by article id (what the framing stage attributes its hits with). */
  articles: ReadonlyMap<string, ArticleSources>;
}

/** A digest as the sources stage reads it. */
export type SourcesDigest = ArticleOutline & { sources: Attribution[]; entities: EntitiesPart };

/** The fields of a cached relation, and of its spans. */
const RELATION = { type: "string", sentence: "integer" } as const;
const SPAN = { start: "integer", end: "integer" } as const;

/** Whether a value is a span `{ start, end }` within a text of `length` characters. */
function isSpan(value: unknown, length: number): boolean {
  if (!hasFields(value, SPAN)) return false;
  const { start, end } = value as { start: number; end: number };
  return 0 <= start && start <= end && end <= length;
}

/**
 * Each person's and organisation's affiliations in the gazetteer (whom they speak for),
 * and each place for itself (a country speaking as its government), by canonical name.
 *
 * @example
 * ```ts
 * import { loadGazetteer } from "framelens";
 * affiliations(await loadGazetteer()).get("Ali Larijani"); // ["Iran"]
 * ```
 */
export function affiliations(gazetteer: Pick<Gazetteer, "entities">): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const e of gazetteer.entities) {
    if (e.affiliation?.length) out.set(e.name, e.affiliation);
    else if (e.type === "place") out.set(e.name, [e.name]);
  }
  return out;
}

/**
 * The sources stage: `findAttributions` per article; over the corpus the speakers
 * (`resolveSpeakers`, against the entities stage's resolved mentions) and the rows of
 * `quotes.csv`, `sources.csv` and `sources_by_side.csv`, grouped by `groupBy`. Speakers
 * group by their affiliation in the gazetteer (`sources.csv`'s `affiliation`), their
 * side in `sources_by_side.csv` ({@linkcode sideRows}).
 *
 * @example
 * ```ts
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
 * const { tables } = sourcesStage.corpus({ digests, tools });
 * tables.sources[0]; // { outlet: "Alwaght", speaker: "Ali Larijani", speakerType: "person", ... }
 * ```
 */
export const sourcesStage: Stage<"sources", Attribution[], SourcesResult, SourcesDigest, { entities: EntitiesPart }> = {
  name: "sources",
  module: import.meta.url,
  needs: ["entities"],
  // Of those stages' tables, the ones `corpus` reads.
  tablesRead: { entities: [] },
  data: [],
  digest: {
    run: (annotated) => findAttributions(annotated),
    pack: (relations) => relations,
    unpack: (packed, article) => {
      if (!Array.isArray(packed)) throw malformed("sources", "not a list of relations");
      const length = article.text.length;
      for (const r of packed) {
        if (!hasFields(r, RELATION) || !RELATION_TYPES.includes(r.type)) {
          throw malformed("sources", "a relation lacks a type or a sentence, or has a type that is not known");
        }
        if (
          !isSpan(r.content, length) || (r.cue !== undefined && !isSpan(r.cue, length)) ||
          (r.source !== undefined && !isSpan(r.source, length)) || (r.inside !== undefined && !isSpan(r.inside, length))
        ) {
          throw malformed("sources", "a relation's content, cue, source or quote is not a span of the article");
        }
      }
      return packed as Attribution[];
    },
    noun: "the attribution relations",
    plural: true,
  },
  tables: {
    quotes: {
      title: "One row per attribution relation: who says what, how, and where",
      columns: {
        article: "string",
        outlet: "string",
        type: "string",
        speaker: "string",
        speakerType: "string",
        speakerText: "string",
        speakerStart: "integer",
        speakerEnd: "integer",
        cue: "string",
        cueStart: "integer",
        cueEnd: "integer",
        content: "string",
        contentStart: "integer",
        contentEnd: "integer",
        sentence: "string",
      },
    },
    sources: {
      title: "Per outlet and speaker: relations, words and share of the outlet's attributed words",
      columns: {
        outlet: "string",
        speaker: "string",
        speakerType: "string",
        affiliation: "string",
        relations: "integer",
        words: "integer",
        share: "number",
      },
    },
    sources_by_side: {
      title: "Per outlet and side (the speakers' affiliation in the gazetteer): relations, their share of the " +
        "outlet's relations with a speaker and its 95% Wilson interval, words",
      columns: {
        outlet: "string",
        side: "string",
        relations: "integer",
        outletRelations: "integer",
        share: "number",
        shareLow: "number",
        shareHigh: "number",
        tooFew: "boolean",
        words: "integer",
        wordsShare: "number",
      },
    },
  },
  corpus: ({ digests, tools, results }, options = {}) => {
    const group = groupOf(options.groupBy);
    // The entities stage's mentions (resolved by it when its result is not given).
    const given = results?.entities as EntitiesResult | undefined;
    const mentions = given?.index.mentions ?? resolveDigestEntities(digests, tools).mentions;
    const byArticle = new Map<string, EntityMention[]>();
    for (const m of mentions) {
      const list = byArticle.get(m.article);
      if (list) list.push(m);
      else byArticle.set(m.article, [m]);
    }
    const articles = new Map<string, ArticleSources>();
    const quotes: QuoteRow[] = [];
    // The gazetteer's affiliations and demonyms: "the Iranian official" is the one affiliated with Iran.
    const speakerOpts = speakerOptions(tools.gazetteer.gazetteer);
    for (const d of digests) {
      const { article } = d;
      const relations = d.sources;
      // A column's "I" is its byline.
      const opts = article.author ? { ...speakerOpts, narrator: article.author } : speakerOpts;
      const speakers = resolveSpeakers(article.text, relations, byArticle.get(article.id) ?? [], opts);
      const outlet = group ? group(article) : article.outlet;
      articles.set(article.id, { group: outlet, relations, speakers });
      quotes.push(...quoteRows({ ...article, outlet }, relations, speakers, { sentences: d.sentences }));
    }
    const sources = sourceRows(quotes, { affiliation: affiliations(tools.gazetteer.gazetteer) });
    return { tables: { quotes, sources, sources_by_side: sideRows(sources) }, articles };
  },
};
