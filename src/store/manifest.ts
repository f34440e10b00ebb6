/**
 * A store's manifest (`manifest.json`): the one file that says which Parquet files make
 * up each table, with each file's row count, size and SHA-256. A writer writes new files
 * under new names and then replaces the manifest in one rename, so a reader sees either
 * the last complete manifest or the new one, never a half-written store; a file that was
 * truncated or changed since is caught by its size or checksum when the store opens.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import process from "node:process";
import type { ColumnType, TableSchema } from "../stages/stage.ts";

/** The manifest's file name inside the store folder. */
export const MANIFEST_FILE = "manifest.json";

/** The folder of the Parquet files inside the store folder. */
export const TABLES_DIR = "tables";

/** A Parquet file of a table, as the manifest lists it. */
export interface StoreFile {
  /** Its path relative to the store folder (`tables/NAME.GEN-N.parquet`). */
  file: string;
  /** Its number of rows. */
  rows: number;
  /** Its size in bytes. */
  bytes: number;
  /** Its SHA-256, lower-case hexadecimal. */
  sha256: string;
  /**
   * The articles whose rows it holds, when it is a part of a per-article table: each
   * article's id and the key of what its rows were made from (`src/pipeline/article_store.ts`),
   * so that a rerun keeps the parts whose articles did not change and writes only the others.
   */
  articles?: Record<string, string>;
}

/** A table of the store: its schema and its files, whose rows together are the table's. */
export interface StoreTable {
  /** The table's schema (title and column types). */
  schema: { title: string; columns: Record<string, ColumnType> };
  /** Its Parquet files, in order. */
  files: StoreFile[];
}

/** The manifest of a store. */
export interface StoreManifest {
  /** Always `"framelens-store"`. */
  format: "framelens-store";
  /** The manifest's format version: 1. */
  version: 1;
  /** How many times the store has been committed: 0 for a new store. */
  generation: number;
  /** The corpus folder the store was made from (real path), which no writer may enter. */
  corpusDir: string;
  /** The tables, by name. */
  tables: Record<string, StoreTable>;
}

/** A table name: lower-case letters, digits and underscores, starting with a letter. */
export const TABLE_NAME: RegExp = /^[a-z][a-z0-9_]*$/;

const COLUMN_TYPES = new Set<string>(["string", "integer", "number", "number | null", "boolean"]);

/** A store whose files do not match its manifest: the file named is missing, truncated or changed. */
export class StoreFileError extends Error {
  /** The file at fault, relative to the store folder. */
  readonly file: string;
  /**
   * @param message What could not be done, and why.
   * @param file The file at fault.
   */
  constructor(message: string, file: string) {
    super(message);
    this.name = "StoreFileError";
    this.file = file;
  }
}

/**
 * An empty manifest: generation 0, no table.
 *
 * @example
 * ```ts
 * emptyManifest("/data/articles").generation; // 0
 * ```
 */
export function emptyManifest(corpusDir: string): StoreManifest {
  return { format: "framelens-store", version: 1, generation: 0, corpusDir, tables: {} };
}

/**
 * The SHA-256 of a file, read in chunks (a file larger than memory is fine).
 *
 * @example
 * ```ts
 * const file = await Deno.makeTempFile();
 * await Deno.writeTextFile(file, "abc");
 * await sha256File(file); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(1 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}

/** A schema from its JSON, or the reason it is not one. */
function schemaProblem(value: unknown): string | undefined {
  const s = value as { title?: unknown; columns?: unknown };
  if (!s || typeof s.title !== "string" || !s.columns || typeof s.columns !== "object") {
    return "has no title and columns";
  }
  for (const [name, type] of Object.entries(s.columns)) {
    if (!COLUMN_TYPES.has(type as string)) return `column "${name}" has type ${JSON.stringify(type)}`;
  }
  return undefined;
}

/**
 * Checks a parsed manifest's shape: the format, each table's name, schema and files
 * (names inside `tables/`, whole row counts and sizes, 64-digit checksums).
 *
 * @example
 * ```ts
 * parseManifest(JSON.stringify(emptyManifest("/c")), "manifest.json").tables; // {}
 * ```
 *
 * @param where The file, for messages.
 * @throws {Error} naming the file and the first problem.
 */
export function parseManifest(text: string, where: string): StoreManifest {
  let m: StoreManifest;
  try {
    m = JSON.parse(text);
  } catch (e) {
    throw new Error(`Cannot read the store manifest ${where}: it is not valid JSON (${(e as Error).message})`);
  }
  const fail = (why: string) => new Error(`Cannot read the store manifest ${where}: ${why}`);
  if (m?.format !== "framelens-store" || m.version !== 1) throw fail("it is not a framelens store manifest, version 1");
  if (!Number.isSafeInteger(m.generation) || m.generation < 0) throw fail("its generation is not a whole number");
  if (typeof m.corpusDir !== "string") throw fail("it does not name the corpus folder");
  if (!m.tables || typeof m.tables !== "object") throw fail("it has no tables");
  for (const [name, table] of Object.entries(m.tables)) {
    if (!TABLE_NAME.test(name)) throw fail(`table name "${name}" is not lower-case letters, digits and underscores`);
    const problem = schemaProblem(table?.schema);
    if (problem) throw fail(`the schema of table "${name}" ${problem}`);
    if (!Array.isArray(table.files)) throw fail(`table "${name}" lists no files`);
    for (const f of table.files) {
      const ok = typeof f?.file === "string" && /^tables\/[a-z0-9_.-]+\.parquet$/.test(f.file) &&
        Number.isSafeInteger(f.rows) && f.rows >= 0 && Number.isSafeInteger(f.bytes) && f.bytes >= 0 &&
        typeof f.sha256 === "string" && /^[0-9a-f]{64}$/.test(f.sha256);
      if (!ok) {
        throw fail(`table "${name}" lists a file that is not a Parquet file of tables/ with rows, bytes and sha256`);
      }
      const articles = f.articles;
      if (
        articles !== undefined &&
        (!articles || typeof articles !== "object" || Array.isArray(articles) ||
          !Object.values(articles).every((k) => typeof k === "string"))
      ) {
        throw fail(`table "${name}" lists for ${f.file} articles that are not article ids with their keys`);
      }
    }
  }
  return m;
}

/**
 * Reads a store's manifest, or undefined when the store has none yet.
 *
 * @example
 * ```ts
 * await readManifest(await Deno.makeTempDir()); // undefined
 * ```
 *
 * @throws {Error} when the manifest exists but cannot be read or is not a manifest.
 */
export async function readManifest(storeDir: string): Promise<StoreManifest | undefined> {
  const path = join(storeDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return undefined;
    throw new Error(`Cannot read the store manifest ${path}: ${(e as { code?: string }).code ?? e}`);
  }
  return parseManifest(text, path);
}

/** How {@linkcode verifyManifest} checks each file: its size only, or its size and SHA-256. */
export type Verify = "size" | "checksum";

/**
 * Checks that every file the manifest lists is there with its size and (by default)
 * its SHA-256, so that a truncated or corrupt file is caught before a query reads it.
 *
 * @example
 * ```ts
 * const dir = await Deno.makeTempDir();
 * await verifyManifest(dir, emptyManifest("/c")); // nothing to check
 * ```
 *
 * @throws {StoreFileError} naming the first file that is missing, of another size or another checksum.
 */
export async function verifyManifest(storeDir: string, manifest: StoreManifest, how: Verify = "checksum") {
  for (const [name, table] of Object.entries(manifest.tables)) {
    for (const f of table.files) {
      const path = join(storeDir, f.file);
      const rebuild = `rebuild the store (a rerun of the report writes it anew)`;
      const size = await stat(path).then((s) => s.size, () => undefined);
      if (size === undefined) {
        throw new StoreFileError(
          `Cannot open the store ${storeDir}: ${path} of table "${name}" is missing; ${rebuild}`,
          f.file,
        );
      }
      if (size !== f.bytes) {
        throw new StoreFileError(
          `Cannot open the store ${storeDir}: ${path} of table "${name}" has ${size} bytes where the manifest says ${f.bytes} (truncated or changed); ${rebuild}`,
          f.file,
        );
      }
      if (how === "checksum" && await sha256File(path) !== f.sha256) {
        throw new StoreFileError(
          `Cannot open the store ${storeDir}: ${path} of table "${name}" does not have the SHA-256 the manifest lists (corrupt or changed); ${rebuild}`,
          f.file,
        );
      }
    }
  }
}

/**
 * Makes a file's content durable: written through to the disk before a rename makes it
 * visible.
 *
 * @example
 * ```ts
 * const file = await Deno.makeTempFile();
 * await syncFile(file);
 * ```
 */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces a store's manifest in one step: the new manifest is written beside it under
 * a temporary name, synced, then renamed over it, so that a reader (or a run killed at
 * any moment) sees the old manifest or the new one, whole.
 *
 * @example
 * ```ts
 * const dir = await Deno.makeTempDir();
 * await writeManifest(dir, emptyManifest("/c"));
 * (await readManifest(dir))?.generation; // 0
 * ```
 */
export async function writeManifest(storeDir: string, manifest: StoreManifest): Promise<void> {
  const path = join(storeDir, MANIFEST_FILE);
  const tmp = join(storeDir, `.${MANIFEST_FILE}.tmp-${process.pid}-${crypto.randomUUID().slice(0, 8)}`);
  try {
    await writeFile(tmp, JSON.stringify(manifest, null, 1) + "\n", { flag: "wx" });
    await syncFile(tmp);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * The schema of a table as a manifest keeps it: title and the declared columns.
 *
 * @example
 * ```ts
 * manifestSchema({ title: "T", columns: { term: "string", count: "integer" } }).columns; // { term: "string", count: "integer" }
 * ```
 */
export function manifestSchema(schema: TableSchema): StoreTable["schema"] {
  const columns: Record<string, ColumnType> = {};
  for (const [name, type] of Object.entries(schema.columns)) if (type) columns[name] = type;
  return { title: schema.title, columns };
}
