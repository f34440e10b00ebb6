/**
 * The per-article tables the store's aggregations read, declared once: their rows and
 * their schemas (in the shape of the stage registry's tables, so that the Parquet
 * writer reads the column types from here).
 *
 * @module
 */
import type { TableSchema } from "../stages/stage.ts";
import type { ArticleTermRow } from "../types.ts";

/** How often a term occurs in one article: one row per article and term (declared with the tidy rows). */
export type { ArticleTermRow };

/** An entity named in one article: one row per article and entity. */
export interface ArticleEntityRow {
  /** The article's id. */
  article: string;
  /** The article's group (its outlet, or another unit of comparison). */
  outlet: string;
  /** The entity's id. */
  entity: string;
  /** Its mentions in the article (at least 1). */
  mentions: number;
}

/** The schema of {@linkcode ArticleTermRow} tables. */
export const ARTICLE_TERMS: TableSchema<ArticleTermRow> = {
  title: "Term counts per article",
  columns: { article: "string", outlet: "string", term: "string", count: "integer" },
};

/** The schema of {@linkcode ArticleEntityRow} tables. */
export const ARTICLE_ENTITIES: TableSchema<ArticleEntityRow> = {
  title: "Entities per article",
  columns: { article: "string", outlet: "string", entity: "string", mentions: "integer" },
};
