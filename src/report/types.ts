/**
 * What a report section is: the types every section builder, the report writer and the
 * page share, and the tables of a section made from its stage's declarations.
 *
 * @module
 */
import type { ChartSpec } from "../charts/spec.ts";
import type { Corpus } from "../types.ts";
import type { ArticleDigest } from "../stages/registry.ts";
import { columnNames, type ColumnType, type Stage, type StageResult, type StageTools } from "../stages/stage.ts";

/** A table of the report, written as `NAME.csv` and shown on the page. */
export interface ReportTable {
  /** File name without `.csv`. */
  name: string;
  /** What it holds, one line. */
  title: string;
  /** Columns, in order. */
  columns: string[];
  /** The rows. */
  rows: readonly object[];
  /**
   * Each column's type, when the table is one a stage declares: what a large table's
   * Parquet file (`parquet_tables.ts`) is written with.
   */
  types?: Readonly<Record<string, ColumnType>>;
  /** Whether the table is written as Parquet too: its stage declares it large (`TableSchema.parquet`). */
  parquet?: boolean;
  /** Rows shown on the page (all are written to the CSV). Default 25. */
  preview?: number;
  /**
   * The number of rows, when `rows` holds only those the page shows: the table was
   * written already (see `openReportFolder`), and its rows let go.
   */
  count?: number;
}

/** A file of the report that is neither a table nor a chart. */
export interface ReportFile {
  /** File name, relative to the report folder. */
  name: string;
  /** What it holds, one line. */
  title: string;
  /** Its content. */
  content: string;
}

/** One section of the report: an analysis with its tables and charts. */
export interface ReportSection {
  /** Anchor id on the page. */
  id: string;
  /** Heading. */
  title: string;
  /** A paragraph on what the section shows and how it was computed. */
  description: string;
  /** What a reader must know first (an analysis that could not be run on this corpus, and why), shown above the description. */
  notes?: string[];
  /** Tables written as CSV files at the top of the report folder. */
  tables: ReportTable[];
  /** Charts written to `charts/`. */
  charts: ChartSpec[];
  /** Other files written at the top of the report folder as they are (GraphML, JSON). */
  files?: ReportFile[];
}

/** What every section builder receives. */
export interface ReportInput {
  /** The loaded corpus (with the problems of files left out). */
  corpus: Corpus;
  /** Each article's digest, in corpus order. */
  digests: ArticleDigest[];
  /** The tools the digests were made with (the framing lexicon and the gazetteer). */
  tools: StageTools;
  /** The field the rows are grouped by, when it is not the outlet (`--by`): what a page the section writes calls the group. */
  group?: string;
  /** The stages' counts aggregated in the store, by stage name (absent: counted from the digests). */
  stored?: Readonly<Record<string, unknown>>;
}

/**
 * A section's tables: each table its stage declares, in order, with its title, its
 * columns and their types, and the stage's rows.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { stageTables } from "./types.ts";
 * import { termsStage } from "../stages/terms.ts";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
 * const tables = stageTables(termsStage, termsStage.corpus({ digests, tools }), { keyness: 20 });
 * assert.deepEqual(tables.map((t) => [t.name, t.preview]), [
 *   ["terms", undefined], // 25 rows on the page, by default
 *   ["keyness", 20],
 *   ["log_odds", undefined],
 * ]);
 * assert.deepEqual(tables[0].columns.slice(0, 3), ["outlet", "term", "count"]);
 * ```
 *
 * @param previews Rows shown on the page, by table (default 25).
 */
export function stageTables<R extends StageResult>(
  // deno-lint-ignore no-explicit-any -- any stage whose result is R
  stage: Stage<string, any, R, any, any>,
  result: R,
  previews: Partial<Record<keyof R["tables"] & string, number>> = {},
): ReportTable[] {
  return Object.entries(stage.tables).map(([name, schema]) => {
    const preview = (previews as Record<string, number | undefined>)[name];
    return {
      name,
      title: schema.title,
      columns: columnNames(schema),
      types: schema.columns as Readonly<Record<string, ColumnType>>,
      ...(schema.parquet ? { parquet: true } : {}),
      rows: result.tables[name],
      ...(preview === undefined ? {} : { preview }),
    };
  });
}
