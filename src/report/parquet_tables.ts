/**
 * The report's large tables written as Parquet beside their CSV (issue 19): a table of
 * a million rows is read faster, and with its column types, by DuckDB, pandas, R or
 * Spark from Parquet than from CSV. The files are written by the store layer
 * (`writeQueryParquet` of `src/store/parquet.ts`) from the CSV files, whose path checks
 * keep the database's writes inside the report's folder and out of the corpus folder,
 * since DuckDB's native code ignores Deno's permission flags.
 *
 * @module
 */
import { mkdir, realpath, rm } from "node:fs/promises";
import { join } from "node:path";
import { checkOutsideCorpus } from "../paths.ts";
import { Database, sqlType } from "../store/duckdb.ts";
import { writeQueryParquet } from "../store/parquet.ts";
import type { ColumnType, TableSchema } from "../stages/stage.ts";
import { STAGES } from "../stages/registry.ts";
import type { ReportTable } from "./types.ts";

/**
 * The tables written as `NAME.parquet` beside `NAME.csv`: those a stage of the registry
 * declares large (`parquet` in its table's declaration; today co-occurrence, keyness,
 * terms and entities, tens to hundreds of MB of CSV at tens of thousands of articles).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual([...PARQUET_TABLES].sort(), ["cooccurrence", "entities", "keyness", "terms"]);
 * ```
 */
export const PARQUET_TABLES: ReadonlySet<string> = new Set(
  STAGES.flatMap((s) => Object.entries(s.tables as Record<string, TableSchema>).filter(([, t]) => t.parquet))
    .map(([name]) => name),
);

/**
 * The threads of the database that writes the Parquet files: one, so that a file streamed
 * from its CSV has the same bytes on every run (see `QueryParquetOptions.stream` of
 * `src/store/parquet.ts`). It runs beside the report's own threads, which go on with the
 * next section meanwhile.
 */
export const PARQUET_THREADS = 1;

/** The spill folder of the database, inside the report's folder while it is written, then removed. */
const SPILL_DIR = ".parquet-spill";

/**
 * Whether a table is written as Parquet too: its stage declares it large
 * ({@linkcode PARQUET_TABLES}), and its columns' types are all known.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const columns = ["term"];
 * const types = { term: "string" } as const;
 * assert.equal(hasParquet({ name: "keyness", title: "", columns, rows: [], types, parquet: true }), true);
 * assert.equal(hasParquet({ name: "outlets", title: "", columns, rows: [], types }), false);
 * ```
 */
export function hasParquet(table: ReportTable): boolean {
  return table.parquet === true && table.columns.every((c) => table.types?.[c] !== undefined);
}

/** Writes tables as Parquet into a folder: see {@linkcode parquetWriter}. */
export interface ParquetWriter {
  /**
   * Starts writing the table as `NAME.parquet` from its CSV file `NAME.csv`, written
   * already, if {@linkcode hasParquet} says so, and returns the file's name, or undefined.
   * The rows are not held: they are read back from the CSV.
   */
  write(table: ReportTable): string | undefined;
  /** Waits for every write and removes the databases' spill folder. */
  finish(): Promise<void>;
  /** Waits for the writes started so far (a failure is left for `finish` to report). */
  idle(): Promise<void>;
  /** The databases open now: one while a file is written, none between files (each is closed when its file is written). */
  readonly held: number;
}

/** Options of {@linkcode parquetWriter}. */
export interface ParquetWriterOptions {
  /**
   * The folder an error names the file in: the report's folder, when `dir` is the
   * temporary folder it is written in before it is moved there. Default `dir`.
   */
  shownDir?: string;
}

/** Text as an SQL string literal. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The query that reads a report's CSV file (as `writeCsv` of `src/render/csv.ts` writes
 * it: a header line, `,` between cells, `"` around a cell with a comma, quote or line
 * break, an empty cell for no value) with each column's type, named by its header.
 * `$1` is the file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const sql = csvQuery({ term: "string", count: "integer" }, ["term", "count"], (f) => f.toUpperCase());
 * assert.match(sql, /columns = \{'TERM': 'VARCHAR', 'COUNT': 'BIGINT'\}/);
 * ```
 */
export function csvQuery(
  types: Readonly<Record<string, ColumnType>>,
  columns: readonly string[],
  header: (field: string) => string,
): string {
  const spec = columns.map((c) => `${literal(header(c))}: ${literal(sqlType(types[c]))}`).join(", ");
  // An empty text cell is the empty text, not a missing value, as the CSV means it.
  const text = columns.filter((c) => types[c] === "string").map((c) => literal(header(c)));
  return `SELECT * FROM read_csv($1, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', ` +
    `new_line = '\\n', columns = {${spec}}${text.length ? `, force_not_null = [${text.join(", ")}]` : ""})`;
}

/**
 * A writer of the report's Parquet files into `dir` (the report folder being written),
 * each streamed from the table's CSV file there by the database, on one thread
 * ({@linkcode PARQUET_THREADS}): the rows never pass through JavaScript again, nor are
 * they held whole in the database, and the same CSV gives the same bytes on every run. Each file has the CSV's rows, in order, its column names (the
 * headers) and the stage's column types; a text cell holds what the CSV holds (with the
 * leading `'` the CSV puts before text a spreadsheet would run as a formula). A
 * database is opened for each file and closed when it is written, with `dir` the only
 * folder it may read or write, after `dir` is checked (once) to lie outside `corpusDir`;
 * each file passes the store's path checks before it is written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/terms.csv`, "term,count\nwar,2\n");
 * const writer = parquetWriter(dir, "data/articles", (field) => field);
 * const types = { term: "string", count: "integer" } as const;
 * const terms = { name: "terms", title: "Terms", columns: ["term", "count"], rows: [], types, parquet: true };
 * assert.equal(writer.write(terms), "terms.parquet");
 * await writer.finish();
 * assert.ok((await Deno.stat(`${dir}/terms.parquet`)).size > 0);
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @throws {Error} from `finish`, naming the file, when a table could not be written (the
 *   folder is refused, or a cell does not fit its column).
 */
export function parquetWriter(
  dir: string,
  corpusDir: string,
  header: (field: string) => string,
  options: ParquetWriterOptions = {},
): ParquetWriter {
  let checked: Promise<string> | undefined;
  let real = "";
  let chain: Promise<void> = Promise.resolve();
  let held = 0;
  const open = async () => {
    // Nothing is made, not even the spill folder, in a folder inside the corpus.
    real = await (checked ??= (async () => {
      await checkOutsideCorpus(dir, corpusDir, "write the report's Parquet files to");
      const path = await realpath(dir);
      await mkdir(join(path, SPILL_DIR), { recursive: true });
      return path;
    })());
    // One thread: each file is streamed from its CSV (never held whole in the database),
    // and only on one thread are a streamed file's bytes the same on every run.
    return await Database.open({ tempDir: join(real, SPILL_DIR), allowedDirs: [real], threads: PARQUET_THREADS });
  };
  return {
    write(table) {
      if (!hasParquet(table)) return undefined;
      // Only the name is kept for the write, which waits for those before it: the table's
      // rows (a million, as columns) are let go at once, not held until its turn.
      const name = table.name;
      const file = `${name}.parquet`;
      const types = table.types!;
      const schema: TableSchema = {
        title: table.title,
        columns: Object.fromEntries(table.columns.map((c) => [header(c), types[c]])),
      };
      const sql = csvQuery(types, table.columns, header);
      chain = chain.then(async () => {
        // A database for each file, closed when it is written: what it holds between
        // writes (80 to 150 MB after a file of millions of rows, measured) is given back
        // rather than held while the next sections are built (issue 19, memory).
        let database: Database | undefined;
        try {
          database = await open();
          held++;
          const guard = { storeDir: real, corpusDir };
          const csv = join(real, `${name}.csv`);
          await writeQueryParquet(database, join(real, file), schema, sql, [csv], guard, { stream: true });
        } catch (e) {
          throw new Error(`Cannot write ${join(options.shownDir ?? dir, file)}: ${(e as Error).message}`);
        } finally {
          if (database) {
            database.close();
            held--;
          }
        }
      });
      // A failure is reported by finish(), not as an unhandled rejection in between.
      chain.catch(() => {});
      return file;
    },
    async finish() {
      try {
        await chain;
      } finally {
        if (real) await rm(join(real, SPILL_DIR), { recursive: true, force: true });
      }
    },
    async idle() {
      await chain.catch(() => {});
    },
    get held() {
      return held;
    },
  };
}
