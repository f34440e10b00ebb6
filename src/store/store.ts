/**
 * A store: a folder of Parquet tables with a manifest, queried with SQL through an
 * in-process DuckDB. The report writes it (the only writer, holding a lock); notebooks
 * open it read-only and query it, each table a view of the same name.
 *
 * ```
 * STORE/
 *   manifest.json          which files make up each table, with rows, bytes and SHA-256
 *   store.lock             held by the writer while it runs
 *   tables/NAME.G-N.parquet  the tables' files (G: the generation that wrote it)
 *   tmp/                   each open database's spill folder, removed on close
 * ```
 *
 * @module
 */
import { mkdir, readdir, realpath, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import process from "node:process";
import type { TableSchema } from "../stages/stage.ts";
import { DEFAULT_CORPUS_DIR } from "../corpus/load.ts";
import { checkOutsideCorpus } from "../paths.ts";
import { Database, type SqlParam, type SqlRow, sqlType } from "./duckdb.ts";
import { acquireLock, type HeldLock, isLockHeld } from "./lock.ts";
import {
  emptyManifest,
  MANIFEST_FILE,
  manifestSchema,
  readManifest,
  type StoreFile,
  type StoreManifest,
  TABLE_NAME,
  TABLES_DIR,
  type Verify,
  verifyManifest,
  writeManifest,
} from "./manifest.ts";
import { writeParquet, writeQueryParquet, type WrittenFile } from "./parquet.ts";
import { checkStoreTarget, type StoreGuard } from "./paths.ts";
import { LOCK_FILE, mergeManifests, storeFolders } from "./folders.ts";

/** The lock file's name inside the store folder (declared with the store's other folder names). */
export { LOCK_FILE } from "./folders.ts";

/** The folder of the spill folders inside the store folder. */
export const SPILL_DIR = "tmp";

/** Options for {@linkcode openStore}. */
export interface OpenStoreOptions {
  /**
   * Open to read only (the default: a notebook never takes the writer's lock), or to
   * write (`false`: the report), which takes the store's lock and creates the folder if
   * needed.
   */
  readOnly?: boolean;
  /**
   * The corpus folder the store must stay out of. Default: the one the manifest names
   * (when reading), else `data/articles`.
   */
  corpusDir?: string;
  /** The memory DuckDB may use before it spills to the store's `tmp/` folder. Default "1GB". */
  memoryLimit?: string;
  /** DuckDB's threads. Default every core. */
  threads?: number;
  /** How the files are checked against the manifest on opening: `"checksum"` (default) or `"size"` (faster). */
  verify?: Verify;
}

/** Options for {@linkcode Store.write}. */
export interface WriteTableOptions {
  /** Add the rows to the table's files rather than replacing them. Default false. */
  append?: boolean;
  /**
   * The articles whose rows the file holds, id to key, recorded with the file in the
   * manifest (a part of a per-article table; see `StoreFile.articles`).
   */
  articles?: Readonly<Record<string, string>>;
}

/** The process's spill folder: `tmp/PID-RANDOM`, locked by `tmp/PID-RANDOM.lock` while in use. */
async function spillFolder(guard: StoreGuard): Promise<{ dir: string; lock: HeldLock }> {
  const name = `${process.pid}-${crypto.randomUUID().slice(0, 8)}`;
  const what = "spill to";
  const lockFile = await checkStoreTarget(join(guard.storeDir, SPILL_DIR, `${name}.lock`), guard, what);
  const lock = await acquireLock(lockFile, `use the spill folder of ${guard.storeDir}`);
  const dir = await checkStoreTarget(join(guard.storeDir, SPILL_DIR, name), guard, what);
  await mkdir(dir);
  return { dir, lock };
}

/** The manifest a reader sees over its folders: one folder's, or several merged ({@linkcode mergeManifests}). */
async function readManifests(dirs: readonly string[], what = "open"): Promise<StoreManifest> {
  const manifests: StoreManifest[] = [];
  for (const d of dirs) {
    const m = await readManifest(d);
    if (!m) {
      throw new Error(`Cannot ${what} the store ${d}: it has no ${MANIFEST_FILE} (no report has written one there)`);
    }
    manifests.push(m);
  }
  return manifests.length === 1 ? manifests[0] : mergeManifests(dirs, manifests);
}

/** Removes the spill folders of databases no longer open (their lock is free) and writes' temporary files. */
async function removeLeftovers(storeDir: string): Promise<void> {
  const spill = join(storeDir, SPILL_DIR);
  for (const name of await readdir(spill)) {
    const m = /^(\d+-[0-9a-f]{8})\.lock$/.exec(name);
    if (m && !(await isLockHeld(join(spill, name)))) {
      await rm(join(spill, m[1]), { recursive: true, force: true });
      await rm(join(spill, name), { force: true });
    }
  }
  for (const name of await readdir(storeDir)) {
    if (name.startsWith(`.${MANIFEST_FILE}.tmp-`)) await rm(join(storeDir, name), { force: true });
  }
  for (const name of await readdir(join(storeDir, TABLES_DIR))) {
    if (/^\..*\.tmp-/.test(name)) await rm(join(storeDir, TABLES_DIR, name), { force: true });
  }
}

/**
 * An open store. Each table is a view of its name (`select * from article_terms`);
 * {@linkcode Store.query} runs SQL on them and returns plain rows for Plot.
 */
export class Store {
  /** The store folder (its real path): the first of {@linkcode Store.dirs}. */
  readonly dir: string;
  /**
   * The folders read as this store, real paths: the store folder, or a reader's shard
   * folders (`CACHE/shards/*`), whose tables' files are those of every folder.
   */
  readonly dirs: readonly string[];
  /** Whether this store was opened to read only. */
  readonly readOnly: boolean;
  #db: Database;
  #guard: StoreGuard;
  #lock?: HeldLock;
  #spill: { dir: string; lock: HeldLock };
  #manifest: StoreManifest;
  #pending: StoreManifest;
  #written = 0;

  private constructor(
    dir: string,
    dirs: readonly string[],
    readOnly: boolean,
    db: Database,
    guard: StoreGuard,
    spill: { dir: string; lock: HeldLock },
    manifest: StoreManifest,
    lock?: HeldLock,
  ) {
    this.dir = dir;
    this.dirs = dirs;
    this.readOnly = readOnly;
    this.#db = db;
    this.#guard = guard;
    this.#spill = spill;
    this.#manifest = manifest;
    this.#pending = structuredClone(manifest);
    this.#lock = lock;
  }

  /** @internal Opens a store; see {@linkcode openStore}. */
  static async open(dir: string, options: OpenStoreOptions = {}): Promise<Store> {
    const readOnly = options.readOnly ?? true;
    let lock: HeldLock | undefined;
    let manifest: StoreManifest | undefined;
    let corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
    let dirs = [dir];
    if (readOnly) {
      dirs = await Promise.all((await storeFolders(dir)).map((d) => realpath(d)));
      dir = dirs[0];
      manifest = await readManifests(dirs);
      corpusDir = options.corpusDir ?? manifest.corpusDir;
      for (const d of dirs) await checkOutsideCorpus(d, corpusDir, "open the store");
      await mkdir(join(dir, SPILL_DIR), { recursive: true });
    } else {
      await checkOutsideCorpus(dir, corpusDir, "write the store to");
      await mkdir(join(dir, TABLES_DIR), { recursive: true });
      await mkdir(join(dir, SPILL_DIR), { recursive: true });
      lock = await acquireLock(join(dir, LOCK_FILE), `write the store ${dir}`);
    }
    let spill: { dir: string; lock: HeldLock } | undefined;
    try {
      if (!readOnly) {
        await removeLeftovers(dir);
        manifest = await readManifest(dir) ?? emptyManifest(await realpath(resolve(corpusDir)).catch(() => corpusDir));
      }
      await verifyManifest(dir, manifest!, options.verify);
      const real = await realpath(dir);
      const guard = { storeDir: real, corpusDir };
      spill = await spillFolder(guard);
      const db = await Database.open({
        tempDir: spill.dir,
        allowedDirs: readOnly ? dirs : [real],
        memoryLimit: options.memoryLimit,
        threads: options.threads,
      });
      const store = new Store(real, readOnly ? dirs : [real], readOnly, db, guard, spill, manifest!, lock);
      await store.#views();
      return store;
    } catch (e) {
      if (spill) await Store.#dropSpill(spill);
      lock?.release();
      throw e;
    }
  }

  static async #dropSpill(spill: { dir: string; lock: HeldLock }): Promise<void> {
    await rm(spill.dir, { recursive: true, force: true });
    await rm(`${spill.dir}.lock`, { force: true });
    spill.lock.release();
  }

  /** Makes each table of the manifest a view of its files (an empty table, a view with no rows). */
  async #views(): Promise<void> {
    for (const [name, table] of Object.entries(this.#manifest.tables)) {
      const columns = Object.entries(table.schema.columns);
      if (table.files.length === 0) {
        const nulls = columns.map(([c, t]) => `NULL::${sqlType(t)} AS "${c}"`).join(", ");
        await this.#db.execute(`CREATE OR REPLACE TEMP VIEW ${name} AS SELECT ${nulls} WHERE false`);
        continue;
      }
      await this.#db.execute(`SET VARIABLE framelens_files_${name} = $1`, [this.files(name)]);
      await this.#db.execute(
        `CREATE OR REPLACE TEMP VIEW ${name} AS SELECT * FROM read_parquet(getvariable('framelens_files_${name}'))`,
      );
    }
  }

  /** The manifest in effect: the last one committed (or read, for a reader). */
  get manifest(): StoreManifest {
    return structuredClone(this.#manifest);
  }

  /**
   * The names of the tables, sorted.
   *
   * @example
   * ```ts
   * const dir = await Deno.makeTempDir();
   * const store = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
   * store.tables(); // []
   * await store.close();
   * ```
   */
  tables(): string[] {
    return Object.keys(this.#manifest.tables).sort();
  }

  /**
   * The real paths of a table's files in the manifest in effect, in order: what the
   * aggregations of `src/store/aggregate.ts` read.
   *
   * @example
   * ```ts
   * const dir = await Deno.makeTempDir();
   * const store = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
   * await store.write("t", { title: "T", columns: { x: "integer" } }, [{ x: 1 }]);
   * await store.commit();
   * store.files("t"); // ["/tmp/…/tables/t.1-1.parquet"]
   * await store.close();
   * ```
   *
   * @throws {Error} when the store has no such table.
   */
  files(table: string): string[] {
    const t = this.#manifest.tables[table];
    if (!t) throw new Error(`Cannot list the files of table "${table}" in ${this.dir}: there is no such table`);
    return t.files.map((f) => join(this.dir, f.file));
  }

  /**
   * Runs one query (`SELECT`, `WITH … SELECT`) on the store's tables, with bound
   * parameters, and returns plain rows (whole numbers as numbers); any statement that
   * is not a query is refused before it runs.
   *
   * @example
   * ```ts
   * const dir = await Deno.makeTempDir();
   * const store = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
   * await store.write("t", { title: "T", columns: { x: "integer" } }, [{ x: 1 }, { x: 2 }]);
   * await store.commit();
   * await store.query("select sum(x) as total from t where x >= $1", [1]); // [{ total: 3 }]
   * await store.close();
   * ```
   */
  async query(sql: string, params?: readonly SqlParam[] | Readonly<Record<string, SqlParam>>): Promise<SqlRow[]> {
    return await this.#db.query(sql, params);
  }

  #writable(what: string): void {
    if (this.readOnly) throw new Error(`Cannot ${what} in ${this.dir}: the store was opened read-only`);
  }

  #target(table: string, schema: TableSchema): string {
    if (!TABLE_NAME.test(table)) {
      throw new Error(`Cannot write table "${table}": a table name is lower-case letters, digits and underscores`);
    }
    const known = this.#pending.tables[table]?.schema;
    if (known && JSON.stringify(known.columns) !== JSON.stringify(manifestSchema(schema).columns)) {
      throw new Error(
        `Cannot append to table "${table}" in ${this.dir}: its columns ${
          JSON.stringify(known.columns)
        } differ from the rows' ${JSON.stringify(manifestSchema(schema).columns)}`,
      );
    }
    this.#written++;
    return join(this.dir, TABLES_DIR, `${table}.${this.#manifest.generation + 1}-${this.#written}.parquet`);
  }

  #stage(table: string, schema: TableSchema, written: WrittenFile, options: WriteTableOptions): StoreFile {
    const file: StoreFile = {
      file: `${TABLES_DIR}/${written.path.slice(join(this.dir, TABLES_DIR).length + 1)}`,
      rows: written.rows,
      bytes: written.bytes,
      sha256: written.sha256,
      ...(options.articles ? { articles: { ...options.articles } } : {}),
    };
    const before = options.append ? this.#pending.tables[table]?.files ?? [] : [];
    this.#pending.tables[table] = { schema: manifestSchema(schema), files: [...before, file] };
    return file;
  }

  /**
   * Writes rows as a new Parquet file of a table, with the schema's column types; the
   * file replaces the table's files (or, with `append`, is added to them) when
   * {@linkcode Store.commit} is called, not before: until then readers, and this
   * store's queries, see the last committed tables.
   *
   * @example
   * ```ts
   * const dir = await Deno.makeTempDir();
   * const store = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
   * await store.write("t", { title: "T", columns: { term: "string", n: "integer" } }, [{ term: "war", n: 2 }]);
   * await store.commit();
   * await store.close();
   * ```
   *
   * @throws {Error} when the store is read-only, the table name is not valid, an appended
   *   table has other columns, or a value does not fit its column.
   */
  async write<Row extends object>(
    table: string,
    schema: TableSchema<Row>,
    rows: Iterable<Row>,
    options: WriteTableOptions = {},
  ): Promise<StoreFile> {
    this.#writable(`write table "${table}"`);
    const plain = schema as TableSchema;
    const written = await writeParquet(this.#db, this.#target(table, plain), schema, rows, this.#guard);
    return this.#stage(table, plain, written, options);
  }

  /**
   * Writes the result of one query (parameters bound) as a new Parquet file of a table,
   * like {@linkcode Store.write}, without passing the rows through JavaScript.
   *
   * @example
   * ```ts
   * const dir = await Deno.makeTempDir();
   * const store = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
   * await store.writeQuery("n", { title: "N", columns: { n: "integer" } }, "select range as n from range($1)", [3]);
   * await store.commit();
   * await store.query("select count(*) as rows from n"); // [{ rows: 3 }]
   * await store.close();
   * ```
   */
  async writeQuery(
    table: string,
    schema: TableSchema,
    sql: string,
    params: readonly SqlParam[] | Readonly<Record<string, SqlParam>> = [],
    options: WriteTableOptions = {},
  ): Promise<StoreFile> {
    this.#writable(`write table "${table}"`);
    const written = await writeQueryParquet(this.#db, this.#target(table, schema), schema, sql, params, this.#guard);
    return this.#stage(table, schema, written, options);
  }

  /**
   * Takes files out of a table at the next {@linkcode Store.commit} (a part whose
   * articles changed, say), or, without `files`, the whole table; the files themselves
   * are removed by a later commit, once no manifest lists them. A file the table does not
   * list is ignored.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const dir = await Deno.makeTempDir();
   * const store = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
   * const schema = { title: "T", columns: { x: "integer" } } as const;
   * const one = await store.write("t", schema, [{ x: 1 }]);
   * await store.write("t", schema, [{ x: 2 }], { append: true });
   * store.drop("t", [one.file]);
   * await store.commit();
   * assert.deepEqual(await store.query("select x from t"), [{ x: 2 }]);
   * await store.close();
   * ```
   *
   * @param files The files, as the manifest names them (`StoreFile.file`).
   * @throws {Error} when the store is read-only.
   */
  drop(table: string, files?: readonly string[]): void {
    this.#writable(`drop files of table "${table}"`);
    const t = this.#pending.tables[table];
    if (!t) return;
    if (!files) {
      delete this.#pending.tables[table];
      return;
    }
    const gone = new Set(files);
    t.files = t.files.filter((f) => !gone.has(f.file));
  }

  /**
   * The files a table will have at the next {@linkcode Store.commit}: those committed,
   * with the writes and drops since.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const dir = await Deno.makeTempDir();
   * const store = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
   * await store.write("t", { title: "T", columns: { x: "integer" } }, [{ x: 1 }], { articles: { a1: "k1" } });
   * assert.deepEqual(store.staged("t").map((f) => f.articles), [{ a1: "k1" }]);
   * await store.close();
   * ```
   */
  staged(table: string): StoreFile[] {
    return structuredClone(this.#pending.tables[table]?.files ?? []);
  }

  /**
   * Makes the tables written since the last commit visible: replaces the manifest in one
   * rename (a reader sees the old store or the new one, whole), then removes the files
   * that neither this manifest nor the one before lists (a reader that opened before
   * this commit can still read its files).
   *
   * @example
   * ```ts
   * const dir = await Deno.makeTempDir();
   * const store = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
   * await store.write("t", { title: "T", columns: { x: "integer" } }, [{ x: 1 }]);
   * (await store.commit()).generation; // 1
   * await store.close();
   * ```
   */
  async commit(): Promise<StoreManifest> {
    this.#writable("commit");
    const previous = this.#manifest;
    const next: StoreManifest = { ...this.#pending, generation: previous.generation + 1 };
    await writeManifest(this.dir, next);
    this.#manifest = next;
    this.#pending = structuredClone(next);
    this.#written = 0;
    await this.#views();
    const kept = new Set(
      [previous, next].flatMap((m) => Object.values(m.tables).flatMap((t) => t.files.map((f) => f.file))),
    );
    for (const name of await readdir(join(this.dir, TABLES_DIR))) {
      if (!name.startsWith(".") && !kept.has(`${TABLES_DIR}/${name}`)) {
        await rm(join(this.dir, TABLES_DIR, name), { force: true });
      }
    }
    return structuredClone(next);
  }

  /**
   * Reads the manifest again (a reader's view of a store a report has since
   * committed), checks its files and points the views at them.
   *
   * @example
   * ```ts
   * const dir = await Deno.makeTempDir();
   * const writer = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
   * await writer.commit();
   * const reader = await openStore(dir);
   * await reader.refresh();
   * await reader.close();
   * await writer.close();
   * ```
   *
   * @throws {StoreFileError} when a file does not match the manifest.
   */
  async refresh(options: { verify?: Verify } = {}): Promise<void> {
    if (!this.readOnly) return;
    const manifest = await readManifests(this.dirs, "refresh");
    await verifyManifest(this.dir, manifest, options.verify);
    this.#manifest = manifest;
    await this.#views();
  }

  /**
   * Closes the database, removes this process's spill folder and releases the writer's
   * lock. Tables written but not committed are dropped (their files go at the next
   * writer's opening). Closing twice does nothing.
   *
   * @example
   * ```ts
   * const dir = await Deno.makeTempDir();
   * await (await openStore(dir, { readOnly: false, corpusDir: "data/articles" })).close();
   * ```
   */
  async close(): Promise<void> {
    this.#db.close();
    await Store.#dropSpill(this.#spill).catch(() => {});
    this.#lock?.release();
  }
}

/**
 * Opens a store folder: to read (the default, for a notebook: `await
 * db.query("select ...")` returns rows for Plot) or, with `readOnly: false`, to write
 * (the report: it takes the store's lock, so that it is the only writer). A reader may
 * name the store folder, or the cache folder the report used (`openStore("out/cache")`
 * opens `out/cache/store`, or, when there is none, the shard folders `out/cache/shards/*`
 * that `deno task digest --shard K/N` wrote, read as one store), or a folder of shard
 * folders. Every file the
 * manifest lists is checked (size and SHA-256) before the store is returned, so a
 * truncated or corrupt file is reported, by name, on opening. The store folder must not
 * overlap the corpus folder; the database can read and write files only inside the store
 * folder.
 *
 * @example
 * ```ts
 * const dir = await Deno.makeTempDir();
 * const writer = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
 * await writer.write("t", { title: "T", columns: { outlet: "string", n: "integer" } }, [{ outlet: "A", n: 2 }]);
 * await writer.commit();
 * await writer.close();
 * const db = await openStore(dir);
 * await db.query("select outlet, n from t"); // [{ outlet: "A", n: 2 }]
 * await db.close();
 * ```
 *
 * @throws {Error} when the folder overlaps the corpus, a reader finds no manifest,
 *   another writer holds the lock (the message names the lock file and its process id),
 *   or a file does not match the manifest ({@linkcode StoreFileError}).
 */
export async function openStore(dir: string, options: OpenStoreOptions = {}): Promise<Store> {
  return await Store.open(dir, options);
}
