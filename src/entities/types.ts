/**
 * The typed rows and records of entity extraction: the gazetteer, mentions found in
 * the text, the entities they resolve to, and the rows written to the report.
 *
 * @module
 */

/** The three kinds of named entity framelens distinguishes. */
export type EntityType = "person" | "organization" | "place";

/** The entity types, in the order charts and legends use. */
export const ENTITY_TYPES: readonly EntityType[] = ["person", "organization", "place"];

/** One entity of the gazetteer (`data/entities.yaml`). */
export interface GazetteerEntry {
  /** The canonical name. */
  name: string;
  /** person, organization or place. */
  type: EntityType;
  /** Other names and spellings of the same entity. */
  aliases: string[];
  /** Adjectives and nouns of a place that are not mentions of it ("Iranian"). */
  demonyms: string[];
  /** The Wikidata id, when known ("Q794"). */
  wikidata?: string;
  /** Whom a person or an organisation speaks for (canonical names of other entries: "Iran", "Hezbollah"). */
  affiliation?: string[];
}

/** The gazetteer: known entities, and the words around names that are not names. */
export interface Gazetteer {
  /** The file it was read from, for messages. */
  file: string;
  /** Known entities. */
  entities: GazetteerEntry[];
  /** Titles and honorifics that precede a name and are not part of it ("Prime Minister"). */
  titles: string[];
  /** Adjectives that are never mentions ("Kurdish"), besides the entities' own demonyms. */
  demonyms: string[];
  /** Capitalised names that are not entities of the three types ("Arbaeen"). */
  notEntities: string[];
}

/** One mention of an entity in an article: a name as written, with its place in the text. */
export interface EntityMention {
  /** Article id. */
  article: string;
  /** The article's outlet. */
  outlet: string;
  /** Index of the sentence within its article. */
  sentence: number;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
  /** The name as written, without title or possessive ("al-Sudani"). */
  surface: string;
  /** The canonical name of the entity it refers to. */
  entity: string;
  /** The entity's type. */
  type: EntityType;
}

/** One entity of a corpus: the mentions that resolved to it, merged. */
export interface Entity {
  /** A stable id made from the canonical name ("ali-larijani"). */
  id: string;
  /** The canonical name: the gazetteer's, or the fullest form found in the text. */
  name: string;
  /** person, organization or place. */
  type: EntityType;
  /** Whether it comes from the gazetteer (false: found in the text only). */
  known: boolean;
  /** The Wikidata id, when the gazetteer gives one. */
  wikidata?: string;
  /** The distinct surface forms used for it across the corpus, most frequent first. */
  forms: string[];
  /** Number of mentions in the corpus. */
  mentions: number;
  /** Number of articles that mention it. */
  articles: number;
}

/** What extraction returns for a corpus: the entities and every mention of them. */
export interface EntityIndex {
  /** Entities, most mentioned first. */
  entities: Entity[];
  /** Mentions in article and text order. */
  mentions: EntityMention[];
}

/** One row of `entities.csv`: an entity in one article. */
export interface EntityRow {
  /** Article id. */
  article: string;
  /** Outlet. */
  outlet: string;
  /** Canonical name. */
  entity: string;
  /** person, organization or place. */
  type: EntityType;
  /** Mentions in the article. */
  mentions: number;
  /** The forms used in the article, most frequent first, joined with `|`. */
  aliases: string;
}

/** How many times an outlet mentions an entity. */
export interface EntityOutletRow {
  /** Outlet. */
  outlet: string;
  /** Canonical name. */
  entity: string;
  /** person, organization or place. */
  type: EntityType;
  /** Mentions in the outlet's articles. */
  mentions: number;
  /** Articles of the outlet that mention it. */
  articles: number;
  /** Rank within the outlet, 1 for the most mentioned. */
  rank: number;
}

/** Where two entities are counted together. */
export type CooccurrenceScope = "sentence" | "article";

/** One row of `cooccurrence.csv`: a pair of entities counted together in one scope and outlet. */
export interface CooccurrenceRow {
  /** The unit of co-occurrence: sentence or article. */
  scope: CooccurrenceScope;
  /** The outlet, or `all` for the whole corpus. */
  outlet: string;
  /** One entity of the pair (the first in alphabetical order). */
  source: string;
  /** The other entity. */
  target: string;
  /** Sentences that mention both. */
  sentences: number;
  /** Articles that mention both. */
  articles: number;
  /** Normalised pointwise mutual information in the scope, from -1 to 1. */
  npmi: number;
  /** logDice in the scope: at most 14, higher for a more exclusive pair. */
  logdice: number;
}

/** A sentence in which two entities occur together. */
export interface PairSentence {
  /** Article id. */
  article: string;
  /** Outlet. */
  outlet: string;
  /** Index of the sentence within its article. */
  sentence: number;
  /** The sentence as written. */
  text: string;
}
