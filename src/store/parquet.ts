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

/** Copies the staging table to `target` through a temporary file, with the schema's column types. */
async function copyStaging(
  db: Database,
  target: string,
  schema: TableSchema,
  guard: StoreGuard,
  what: string,
): Promise<WrittenFile> {
  const real = await checkStoreTarget(target, guard, what);
  const tmp = join(dirname(real), `.${basename(real)}.tmp-${process.pid}-${crypto.randomUUID().slice(0, 8)}`);
  await checkStoreTarget(tmp, guard, what);
  const columns = manifestSchema(schema).columns;
  const select = Object.entries(columns).map(([name, type]) => `CAST("${name}" AS ${sqlType(type)}) AS "${name}"`);
  try {
    const [{ rows }] = await db.execute(`SELECT count(*) AS rows FROM ${STAGING}`);
    await db.execute(
      `COPY (SELECT ${select.join(", ")} FROM ${STAGING}) TO $1 (FORMAT parquet, COMPRESSION zstd)`,
      [tmp],
    );
    await db.execute(`DROP TABLE ${STAGING}`);
    await syncFile(tmp);
    const [bytes, sha256] = [(await stat(tmp)).size, await sha256File(tmp)];
    await rename(tmp, real);
    return { path: real, rows: rows as number, bytes, sha256 };
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
  return await copyStaging(db, target, schema as TableSchema, guard, what);
}

/**
 * Writes the result of a query (one `SELECT`, parameters bound) to a Parquet file with
 * the schema's columns and types, atomically, like {@linkcode writeParquet}: for
 * results that need never pass through JavaScript (an aggregate over millions of rows).
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
): Promise<WrittenFile> {
  const what = `write "${schema.title}" to`;
  await checkStoreTarget(target, guard, what);
  // The query is first checked to be a query (it is prepared on its own, and only a
  // statement that reads passes), then materialised in the staging table.
  await db.query(`SELECT * FROM (${sql}) LIMIT 0`, params);
  await db.execute(`CREATE OR REPLACE TEMP TABLE ${STAGING} AS ${sql}`, params);
  return await copyStaging(db, target, schema, guard, what);
}
