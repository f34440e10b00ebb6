/**
 * Writing a table to a Parquet file, atomically: the rows (or a query's result) go to a
 * temporary name in the target's folder, the file is synced and checksummed, then
 * renamed to its name, so that a run killed at any moment leaves either no file or a
 * whole one. Every target passes the store's path checks before DuckDB is told of it.
 *
 * @module
 */
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import process from "node:process";
import type { TableSchema } from "../stages/stage.ts";
import { type Database, type SqlParam, sqlType } from "./duckdb.ts";
import { manifestSchema, sha256File, syncFile } from "./manifest.ts";
import { checkStoreTarget, type StoreGuard } from "./paths.ts";

/** What a written Parquet file holds: its rows, its size and its SHA-256. */
export interface WrittenFile {
  /** Its real path. */
  path: string;
  /** Its number of rows. */
  rows: number;
  /** Its size in bytes. */
  bytes: number;
  /** Its SHA-256, lower-case hexadecimal. */
  sha256: string;
}

/** The staging table a write goes through. */
const STAGING = "framelens_staging";

/**
 * Copies the rows of `from` (the staging table, or a query in brackets with its
 * parameters) to `target` through a temporary file, with the schema's column types.
 */
async function copyTo(
  db: Database,
  target: string,
  schema: TableSchema,
  guard: StoreGuard,
  what: string,
  from: { sql: string; params: readonly SqlParam[] | Readonly<Record<string, SqlParam>> },
): Promise<WrittenFile> {
  const real = await checkStoreTarget(target, guard, what);
  const tmp = join(dirname(real), `.${basename(real)}.tmp-${process.pid}-${crypto.randomUUID().slice(0, 8)}`);
  await checkStoreTarget(tmp, guard, what);
  const columns = manifestSchema(schema).columns;
  const select = Object.entries(columns).map(([name, type]) => `CAST("${name}" AS ${sqlType(type)}) AS "${name}"`);
  // The file is the query's last parameter: `$N` after an array's N - 1, or a name of its own.
  let file: string, params: readonly SqlParam[] | Readonly<Record<string, SqlParam>>;
  if (Array.isArray(from.params)) {
    const list = from.params as readonly SqlParam[];
    [file, params] = [`$${list.length + 1}`, [...list, tmp]];
  } else {
    [file, params] = ["$framelens_target", { ...from.params, framelens_target: tmp }];
  }
  try {
    const [copied] = await db.execute(
      `COPY (SELECT ${select.join(", ")} FROM ${from.sql}) TO ${file} (FORMAT parquet, COMPRESSION zstd)`,
      params,
    );
    if (from.sql === STAGING) await db.execute(`DROP TABLE ${STAGING}`);
    await syncFile(tmp);
    const [bytes, sha256] = [(await stat(tmp)).size, await sha256File(tmp)];
    await rename(tmp, real);
    return { path: real, rows: Number(copied.Count), bytes, sha256 };
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Writes rows to a Parquet file whose columns have the schema's types (`string` as
 * text, `integer` as a 64-bit integer, `number` and `number | null` as a double,
 * `boolean`), in the rows' order. The target must lie in the store folder and outside
 * the corpus (checked before anything is written); it is written under a temporary name
 * and renamed when whole. Rows are read once, so a generator may feed more rows than
 * memory holds.
 *
 * @example
 * ```ts
 * import { Database } from "./duckdb.ts";
 * const dir = await Deno.realPath(await Deno.makeTempDir());
 * const db = await Database.open({ tempDir: dir, allowedDirs: [dir] });
 * const schema = { title: "Counts", columns: { term: "string", count: "integer" } } as const;
 * const file = await writeParquet(db, `${dir}/counts.parquet`, schema, [{ term: "war", count: 3 }], {
 *   storeDir: dir,
 *   corpusDir: "data/articles",
 * });
 * file.rows; // 1
 * db.close();
 * ```
 *
 * @throws {Error} when the target is refused (outside the store, inside the corpus), or a
 *   value does not fit its column (the error names the row and the column).
 */
export async function writeParquet<Row extends object>(
  db: Database,
  target: string,
  schema: TableSchema<Row>,
  rows: Iterable<Row>,
  guard: StoreGuard,
): Promise<WrittenFile> {
  const what = `write "${schema.title}" to`;
  await checkStoreTarget(target, guard, what);
  await db.createTable(STAGING, manifestSchema(schema as TableSchema).columns, rows);
  return await copyTo(db, target, schema as TableSchema, guard, what, { sql: STAGING, params: [] });
}

/** Options of {@linkcode writeQueryParquet}. */
export interface QueryParquetOptions {
  /**
   * Whether the query's rows go straight to the file (`COPY (query) TO`), rather than
   * first into a staging table that holds them all (in memory up to the database's
   * limit, then in its spill folder). Streamed, a 379 MB CSV file read by `read_csv` is
   * never held whole. The bytes of the file then depend on how the database's threads
   * meet (its row groups are cut where each thread's batch ends), so stream only on a
   * database of one thread, where the same query gives the same bytes on every run.
   * Default false.
   */
  stream?: boolean;
}

/**
 * Writes the result of a query (one `SELECT`, parameters bound) to a Parquet file with
 * the schema's columns and types, atomically, like {@linkcode writeParquet}: for
 * results that need never pass through JavaScript (an aggregate over millions of rows).
 * The query is materialised in a staging table first, or streamed to the file
 * ({@linkcode QueryParquetOptions.stream}).
 *
 * @example
 * ```ts
 * import { Database } from "./duckdb.ts";
 * const dir = await Deno.realPath(await Deno.makeTempDir());
 * const db = await Database.open({ tempDir: dir, allowedDirs: [dir] });
 * const schema = { title: "Numbers", columns: { n: "integer" } } as const;
 * await writeQueryParquet(db, `${dir}/n.parquet`, schema, "select range as n from range($1)", [5], {
 *   storeDir: dir,
 *   corpusDir: "data/articles",
 * }); // { rows: 5, ... }
 * db.close();
 * ```
 *
 * @throws {Error} when the target is refused, the SQL is not one query, or the result
 *   lacks a declared column or holds a value that cannot be cast to its type.
 */
export async function writeQueryParquet(
  db: Database,
  target: string,
  schema: TableSchema,
  sql: string,
  params: readonly SqlParam[] | Readonly<Record<string, SqlParam>>,
  guard: StoreGuard,
  options: QueryParquetOptions = {},
): Promise<WrittenFile> {
  const what = `write "${schema.title}" to`;
  await checkStoreTarget(target, guard, what);
  // The query is first checked to be a query (it is prepared on its own, and only a
  // statement that reads passes), then streamed or materialised in the staging table.
  await db.query(`SELECT * FROM (${sql}) LIMIT 0`, params);
  if (options.stream) return await copyTo(db, target, schema, guard, what, { sql: `(${sql})`, params });
  await db.execute(`CREATE OR REPLACE TEMP TABLE ${STAGING} AS ${sql}`, params);
  return await copyTo(db, target, schema, guard, what, { sql: STAGING, params: [] });
}
