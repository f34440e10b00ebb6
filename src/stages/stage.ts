/**
 * What an analysis stage declares: the shape every entry of the stage registry
 * (`src/stages/registry.ts`) has, and the small helpers stages share. The plumbing
 * (the digest, the cache, the workers, the report, the bench) reads these
 * declarations and never names a stage.
 *
 * A stage has two parts. Its per-article part (`digest`, optional) runs on each
 * annotated article, on whichever thread digests it, and its result is cached per
 * article under the stage's fingerprint: the code its module imports (see
 * `src/pipeline/fingerprint.ts`), the data it declares and the fingerprints of the
 * stages it needs. Its corpus-wide part (`corpus`) runs once over every article's
 * digest and gives flat tables (declared with their columns) and whatever else its
 * report section draws.
 *
 * @module
 */
import type { AnnotatedArticle, Article, ArticleOutline } from "../types.ts";
import type { Resources } from "../pipeline/annotate.ts";
import type { FramingLexicon } from "../framing/lexicon.ts";
import type { FramingMatcher } from "../framing/match.ts";
import type { CompiledGazetteer } from "../entities/mentions.ts";
import { articleField } from "../corpus/fields.ts";

/** The resources the stages read, loaded and compiled once per thread. */
export interface StageTools {
  /** Annotation resources (boilerplate rules, phrases). */
  resources: Resources;
  /** The framing lexicon. */
  lexicon: FramingLexicon;
  /** The compiled framing lexicon. */
  framing: FramingMatcher;
  /** The compiled gazetteer (the gazetteer itself is its `gazetteer`). */
  gazetteer: CompiledGazetteer;
}

/**
 * The data files a stage may declare, and what of the tools stands for each in a
 * fingerprint: the file's content as loaded, not where it lies (a project moved or
 * copied to another folder keeps its cache). A stage that reads a new data file adds it
 * here and to {@linkcode StageTools}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDigestTools } from "framelens";
 * import { STAGE_DATA } from "./stage.ts";
 * const tools = await loadDigestTools();
 * const gazetteer = STAGE_DATA.gazetteer(tools) as { file?: string; entities: unknown[] };
 * assert.equal(gazetteer.file, undefined); // the path is left out
 * assert.equal(gazetteer.entities, tools.gazetteer.gazetteer.entities);
 * ```
 */
export const STAGE_DATA = {
  /** The framing lexicon (`data/lexicons/framing.yaml`). */
  lexicon: (tools: StageTools): unknown => ({ ...tools.lexicon, file: undefined }),
  /** The gazetteer (`data/entities.yaml`). */
  gazetteer: (tools: StageTools): unknown => ({ ...tools.gazetteer.gazetteer, file: undefined }),
} as const;

/** The name of a data file a stage may declare. */
export type StageDataName = keyof typeof STAGE_DATA;

/**
 * The type of a table column, for a writer that needs one (a later Parquet file): text,
 * a whole number, a number, a number or null (no value), or a truth value.
 */
export type ColumnType = "string" | "integer" | "number" | "number | null" | "boolean";

/** A flat table: its title and its columns in order, each a field of the rows with its type. */
export interface TableSchema<Row = Record<string, unknown>> {
  /** What the table holds, one line. */
  title: string;
  /** The columns, in the order they are written: each a field of the rows. */
  columns: { readonly [K in keyof Row & string]?: ColumnType };
  /**
   * A table that grows large with the corpus (tens to hundreds of MB of CSV at tens of
   * thousands of articles): the report writes it as `NAME.parquet` too, beside its CSV.
   */
  parquet?: boolean;
}

/** What a stage's corpus-wide part gives: its tables' rows by table name, and anything its section draws. */
export interface StageResult {
  /** The rows of each table the stage declares. */
  tables: Readonly<Record<string, readonly object[]>>;
}

/** The table declarations of a stage result: one per table, keyed by the table's file name (without `.csv`). */
export type TableSchemas<R extends StageResult> = {
  readonly [K in keyof R["tables"]]: TableSchema<R["tables"][K] extends readonly (infer Row)[] ? Row : never>;
};

/**
 * The unit of comparison: the name of a field of the articles' metadata (`"outlet"`,
 * `"country"`, `"kind"`, or a field of the front matter that framelens does not
 * interpret, read from `extra`), or a function of the article (a camp of outlets, say).
 * The default is the outlet. A stage's rows say the group in their `outlet` field.
 */
export type GroupBy = string | ((article: Article) => string);

/**
 * The group of an article under a {@linkcode GroupBy}, or undefined for the outlet (the
 * default), which needs no regrouping. A field the article does not have gives
 * `"(no FIELD)"`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { groupOf } from "./stage.ts";
 * const article = { id: "a", file: "a.md", outlet: "Tehran Times", country: "Iran", extra: {}, text: "" };
 * assert.equal(groupOf("country")!(article), "Iran");
 * assert.equal(groupOf("kind")!(article), "(no kind)");
 * assert.equal(groupOf("outlet"), undefined); // the rows are grouped by outlet already
 * ```
 */
export function groupOf(groupBy: GroupBy = "outlet"): ((article: Article) => string) | undefined {
  if (typeof groupBy === "function") return groupBy;
  if (groupBy === "outlet") return undefined;
  return (article) => articleField(article, groupBy) ?? `(no ${groupBy})`;
}

/**
 * Rows with their `outlet` field set to a group.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { regrouped } from "./stage.ts";
 * const rows = regrouped([{ outlet: "Al Mayadeen", term: "war" }], "Lebanon");
 * assert.deepEqual(rows, [{ outlet: "Lebanon", term: "war" }]);
 * ```
 */
export function regrouped<T extends { outlet: string }>(rows: readonly T[], group: string): T[] {
  return rows.map((r) => ({ ...r, outlet: group }));
}

/** Options of a stage's corpus-wide part. */
export interface StageOptions {
  /** The unit of comparison (default the outlet). */
  groupBy?: GroupBy;
  /**
   * How reprints count in the comparisons: `"all"` (default), every article; `"once"`,
   * each reprint cluster once, under its earliest article: the articles a stage's
   * `leavesOut` names are left out of every other stage (and of the results the stage
   * that names them reads).
   */
  reprints?: "all" | "once";
}

/** What a stage's corpus-wide part reads. */
export interface StageInput<D extends ArticleOutline = ArticleOutline> {
  /** Every article's digest, in corpus order. */
  digests: readonly D[];
  /** The resources the digests were made with. */
  tools: StageTools;
  /** The corpus-wide results of the stages it needs, by stage name. */
  results?: Readonly<Record<string, unknown>>;
  /**
   * The corpus-wide counts each stage's `aggregate` read from the store, by stage name,
   * when the digests' per-article tables were written to one (absent: the stage counts
   * from the digests, to the same result).
   */
  stored?: Readonly<Record<string, unknown>>;
}

/**
 * What a stage's `aggregate` reads: an open store (`openStore` of `src/store/store.ts`),
 * whose queries run on its tables and return plain rows.
 */
export interface StoreReader {
  /** Runs one query (`SELECT`) with bound parameters (`$1`, ...) and returns its rows. */
  query(
    sql: string,
    params?: readonly (string | number | boolean | null | readonly string[] | readonly number[])[],
  ): Promise<Record<string, unknown>[]>;
  /** The paths of a table's Parquet files, in order. */
  files(table: string): string[];
}

/**
 * A per-article table of a stage's part, for the store: its schema, and the rows one
 * article's part gives, with the article's group (the unit of comparison) in their
 * `outlet` column.
 */
export interface StoredTable<Part> {
  /** The table's schema (its columns' types are the Parquet file's). */
  schema: TableSchema;
  /** The rows of one article's part. */
  rows(part: Part, article: Article, group: string): Iterable<object>;
}

/** A stage's per-article part. */
export interface StageDigest<Part, Needs = Record<string, never>> {
  /**
   * Computes the part from the annotated article, given the parts of the stages it needs
   * (by stage name).
   */
  run(annotated: AnnotatedArticle, tools: StageTools, needs: Needs): Part;
  /** The part as the cache stores it (JSON): what the article gives is left out. */
  pack(part: Part): unknown;
  /**
   * The part back from its packed form and the article.
   *
   * @throws {Error} saying what is malformed, when the packed form is not one `pack` gives.
   */
  unpack(packed: unknown, article: Article): Part;
  /** What the part is, in words, for the report's sentence on what was worked out again ("the framing"). */
  noun: string;
  /** Whether that noun is plural ("the term counts were worked out again"). */
  plural: boolean;
  /**
   * The part's per-article tables, keyed by table name: what the report writes to the
   * store in the cache folder, for the stage's `aggregate` to count over with SQL.
   */
  store?: { readonly [table: string]: StoredTable<Part> };
  /**
   * Whether a run with a cache holds the part in memory (false or absent) or reads it
   * back from the article's cache entry each time a corpus-wide part reads it (true): for
   * a large part, so that the report holds the parts of one article at a time rather than
   * of every article (see `readBack` of `digestMany`).
   */
  readBack?: boolean;
}

/**
 * An analysis stage: one entry of the stage registry.
 *
 * @typeParam Name The stage's name (the key of its part in a digest).
 * @typeParam Part What its per-article part gives for one article.
 * @typeParam Result What its corpus-wide part gives.
 * @typeParam D The digests its corpus-wide part reads.
 */
export interface Stage<
  Name extends string = string,
  Part = unknown,
  Result extends StageResult = StageResult,
  D extends ArticleOutline = ArticleOutline,
  Needs = Record<string, never>,
> {
  /** The stage's name: the key of its part in a digest, its fingerprint and its cache entries. */
  name: Name;
  /**
   * The URL of the stage's module (`import.meta.url`): its fingerprint's code is the
   * modules this one imports, all the way down.
   */
  module: string;
  /**
   * The stages whose results it reads: their per-article parts are given to its `digest`
   * (they run first, or come from the cache), their corpus-wide results to its `corpus`,
   * and their fingerprints are part of its own.
   */
  needs: readonly string[];
  /**
   * Of the stages it needs, the tables of their corpus-wide results its `corpus` reads, by
   * stage (a stage not named: every table). Once a needed stage's section is written, the
   * report holds of its result, for this stage, only these tables (issue 19, memory).
   */
  tablesRead?: Readonly<Record<string, readonly string[]>>;
  /** The data files its results depend on (part of its fingerprint). */
  data: readonly StageDataName[];
  /** Its per-article part, if it has one. */
  digest?: StageDigest<Part, Needs>;
  /** The flat tables its corpus-wide part gives, in order. */
  tables: TableSchemas<Result>;
  /**
   * The corpus-wide counts its `corpus` reads from the store, when the per-article tables
   * of its part (`digest.store`) were written to one: whole numbers aggregated by the
   * database, in a fixed order, given to `corpus` as `input.stored[name]`. The statistics
   * stay in `corpus`, which gives the same result from these counts as from the digests.
   */
  aggregate?(store: StoreReader): Promise<unknown>;
  /** Its corpus-wide part: every digest to tables (and what its section draws). */
  corpus(input: StageInput<D>, options?: StageOptions): Result;
  /**
   * The articles (by id) the other stages leave out when reprints count once (the
   * reprints of an earlier article), from the digests alone, before any stage runs: this
   * stage then runs over every article, given the results of the stages it needs over the
   * rest, and every other stage runs once, over the rest.
   */
  leavesOut?(input: Pick<StageInput<D>, "digests">): readonly string[];
}

/**
 * The names of a table's columns, in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { columnNames } from "./stage.ts";
 * const table = { title: "Terms", columns: { outlet: "string", count: "integer" } } as const;
 * assert.deepEqual(columnNames(table), ["outlet", "count"]);
 * ```
 */
export function columnNames(table: TableSchema<unknown>): string[] {
  return Object.keys(table.columns);
}

/**
 * Whether a value has a column's type.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitsColumn } from "./stage.ts";
 * assert.equal(fitsColumn(3, "integer"), true);
 * assert.equal(fitsColumn(2.5, "integer"), false);
 * assert.equal(fitsColumn(null, "number"), false);
 * ```
 */
export function fitsColumn(value: unknown, type: ColumnType): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "number | null":
      return value === null || typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
  }
}

/** The type of a field of a cached record: a column type, or one that may be absent (`"integer?"`). */
export type FieldType = ColumnType | `${ColumnType}?`;

/**
 * Whether a value is a record whose fields have the given types (a field whose type ends
 * in `?` may be absent). Other fields are not looked at.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hasFields } from "./stage.ts";
 * assert.equal(hasFields({ term: "war", count: 2 }, { term: "string", count: "integer" }), true);
 * assert.equal(hasFields({ term: "war" }, { term: "string", entry: "integer?" }), true); // may be absent
 * assert.equal(hasFields({ term: 3 }, { term: "string" }), false);
 * ```
 */
export function hasFields(value: unknown, fields: Readonly<Record<string, FieldType>>): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const name in fields) {
    const type = fields[name];
    const v = record[name];
    if (type.endsWith("?")) {
      if (v !== undefined && !fitsColumn(v, type.slice(0, -1) as ColumnType)) return false;
    } else if (!fitsColumn(v, type as ColumnType)) return false;
  }
  return true;
}

/**
 * The error a stage's `unpack` throws: what is malformed, in which stage's part.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { malformed } from "./stage.ts";
 * assert.equal(
 *   malformed("terms", "a row is not [term, count]").message,
 *   "the cached terms part is malformed: a row is not [term, count]",
 * );
 * ```
 */
export function malformed(stage: string, what: string): Error {
  return new Error(`the cached ${stage} part is malformed: ${what}`);
}
