/**
 * The in-process analytical database (DuckDB, through `@duckdb/node-api`): the only
 * file that touches DuckDB objects, as `src/nlp/` is for the NLP libraries. The rest of
 * framelens sees a {@linkcode Database} that runs SQL with bound parameters and returns
 * plain rows.
 *
 * DuckDB's native code ignores Deno's permission flags (it writes files under
 * `--deny-write`), so a database is opened sandboxed by DuckDB's own settings: it may
 * read and write files only inside the folders it is given (`allowed_directories`, with
 * `enable_external_access` off), it installs no extension from the network, and the
 * configuration is then locked so that no SQL can undo it. The store's own path checks
 * (`src/store/paths.ts`) run before any statement that writes a file; this sandbox is
 * the second wall. It needs `--allow-ffi`.
 *
 * @module
 */
import type * as DuckDBModule from "@duckdb/node-api";
import type {
  DuckDBConnection,
  DuckDBInstance,
  DuckDBType,
  DuckDBTypeId,
  DuckDBValue,
  StatementType,
} from "@duckdb/node-api";
import { resolve } from "node:path";
import type { ColumnType } from "../stages/stage.ts";
import { isInside } from "../paths.ts";

/** A value bound to a query parameter (`$1` or `$name`): a list binds as a SQL list. */
export type SqlParam = string | number | boolean | null | readonly string[] | readonly number[];

/** A value of a result row: whole numbers are JavaScript numbers (see {@linkcode Database.query}). */
export type SqlValue = string | number | boolean | null | Date | Uint8Array | SqlValue[] | {
  [key: string]: SqlValue;
};

/** A result row: column name to value. */
export type SqlRow = Record<string, SqlValue>;

/** Options for {@linkcode Database.open}. */
export interface DatabaseOptions {
  /**
   * The folder DuckDB spills to when a query needs more memory than `memoryLimit`; it
   * must be one of `allowedDirs` or inside one (DuckDB's sandbox does not cover its spill
   * folder, so this is checked before it opens). Required: DuckDB's own default is `.tmp`
   * in the working directory, wherever that is.
   */
  tempDir: string;
  /** The only folders whose files DuckDB may read or write (absolute, symbolic links resolved). */
  allowedDirs: readonly string[];
  /** The memory DuckDB may use before it spills to `tempDir`, as DuckDB reads it ("1GB", "512MB"). Default "1GB". */
  memoryLimit?: string;
  /** The threads DuckDB runs a query on. Default every core (`navigator.hardwareConcurrency`). */
  threads?: number;
}

/** The memory limit of {@linkcode Database.open} when none is given. */
export const DEFAULT_MEMORY_LIMIT = "1GB";

/** The DuckDB library. */
type DuckDB = typeof DuckDBModule;

let library: Promise<DuckDB> | undefined;

/**
 * The DuckDB library, loaded on first use rather than when framelens is imported, so
 * that a program that never opens a database runs without `--allow-ffi`.
 */
function loadDuckDB(): Promise<DuckDB> {
  return library ??= import("@duckdb/node-api").catch((e) => {
    library = undefined;
    throw new Error(
      `Cannot open the database: DuckDB's native library could not be loaded (${
        (e as Error).message.split("\n")[0]
      }); run Deno with --allow-ffi`,
    );
  });
}

/** The SQL type each column type of a table schema is stored as. */
const SQL_TYPES: Readonly<Record<ColumnType, string>> = {
  string: "VARCHAR",
  integer: "BIGINT",
  number: "DOUBLE",
  "number | null": "DOUBLE",
  boolean: "BOOLEAN",
};

/** The DuckDB type of a column type. */
function duckdbType(lib: DuckDB, type: ColumnType): DuckDBType {
  return type === "string"
    ? lib.VARCHAR
    : type === "integer"
    ? lib.BIGINT
    : type === "boolean"
    ? lib.BOOLEAN
    : lib.DOUBLE;
}

/**
 * The SQL type a column type is stored as: `VARCHAR`, `BIGINT`, `DOUBLE` or `BOOLEAN`.
 *
 * @example
 * ```ts
 * sqlType("integer"); // "BIGINT"
 * sqlType("number | null"); // "DOUBLE"
 * ```
 */
export function sqlType(type: ColumnType): string {
  return SQL_TYPES[type];
}

/** The column types whose values the library gives as plain JavaScript values (or bigints). */
function simpleTypes(lib: DuckDB): Set<DuckDBTypeId> {
  const id = lib.DuckDBTypeId;
  return new Set([
    id.VARCHAR,
    id.BOOLEAN,
    id.TINYINT,
    id.SMALLINT,
    id.INTEGER,
    id.BIGINT,
    id.HUGEINT,
    id.UTINYINT,
    id.USMALLINT,
    id.UINTEGER,
    id.UBIGINT,
    id.FLOAT,
    id.DOUBLE,
  ]);
}

/** Rows appended per data chunk: DuckDB's vector size. */
const CHUNK_ROWS = 2048;

/** The parameter values and their DuckDB types, so that nothing is left to inference. */
function bound(lib: DuckDB, params: readonly SqlParam[]): { values: DuckDBValue[]; types: DuckDBType[] } {
  const { BIGINT, BOOLEAN, DOUBLE, LIST, listValue, VARCHAR } = lib;
  const values: DuckDBValue[] = [];
  const types: DuckDBType[] = [];
  for (const p of params) {
    if (Array.isArray(p)) {
      const numbers = p.length > 0 && p.every((x) => typeof x === "number");
      const integers = numbers && p.every((x) => Number.isSafeInteger(x));
      values.push(listValue(p.map((x) => integers ? BigInt(x as number) : x as string | number)));
      types.push(LIST(integers ? BIGINT : numbers ? DOUBLE : VARCHAR));
    } else if (typeof p === "number") {
      values.push(Number.isSafeInteger(p) ? BigInt(p) : p);
      types.push(Number.isSafeInteger(p) ? BIGINT : DOUBLE);
    } else {
      values.push(p as string | boolean | null);
      types.push(typeof p === "string" ? VARCHAR : typeof p === "boolean" ? BOOLEAN : VARCHAR);
    }
  }
  return { values, types };
}

/** A value with every bigint made a number, or an error naming the column when one does not fit. */
function plain(value: unknown, column: string, sql: string): SqlValue {
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new Error(
        `Cannot return the rows of "${
          sql.slice(0, 80)
        }": column "${column}" holds ${value}, beyond the whole numbers JavaScript holds exactly (±${Number.MAX_SAFE_INTEGER}); cast it to DOUBLE or VARCHAR in the SQL`,
      );
    }
    return Number(value);
  }
  if (Array.isArray(value)) return value.map((v) => plain(v, column, sql));
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, column, sql)]));
  }
  return value as SqlValue;
}

/** Whether a value may stand in a column of a type; `null` only in `"number | null"`. */
function fits(value: unknown, type: ColumnType): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isSafeInteger(value);
    case "number":
      return typeof value === "number" && !Number.isNaN(value);
    case "number | null":
      return value === null || (typeof value === "number" && !Number.isNaN(value));
    case "boolean":
      return typeof value === "boolean";
  }
}

/**
 * An in-process DuckDB database, opened in memory and sandboxed (see the module's
 * notes). Close it when done: it holds native memory and threads.
 */
export class Database {
  #lib: DuckDB;
  #instance: DuckDBInstance;
  #connection: DuckDBConnection;
  #simple: Set<DuckDBTypeId>;
  #reading: Set<StatementType>;
  #closed = false;

  private constructor(lib: DuckDB, instance: DuckDBInstance, connection: DuckDBConnection) {
    this.#lib = lib;
    this.#instance = instance;
    this.#connection = connection;
    this.#simple = simpleTypes(lib);
    // The statements query() runs: they read and never write a file.
    this.#reading = new Set([lib.StatementType.SELECT, lib.StatementType.EXPLAIN]);
  }

  /**
   * Opens an in-memory database that spills to `tempDir`, uses `threads` threads and
   * reads or writes files only inside `allowedDirs`.
   *
   * @example
   * ```ts
   * const dir = await Deno.realPath(await Deno.makeTempDir());
   * const db = await Database.open({ tempDir: dir, allowedDirs: [dir], memoryLimit: "256MB" });
   * await db.query("select 40 + $1 as answer", [2]); // [{ answer: 42 }]
   * db.close();
   * ```
   *
   * @throws {Error} when the spill folder is outside the allowed folders, the memory limit
   *   or thread count is not valid, or DuckDB cannot start.
   */
  static async open(options: DatabaseOptions): Promise<Database> {
    const memoryLimit = options.memoryLimit ?? DEFAULT_MEMORY_LIMIT;
    if (!/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(memoryLimit)) {
      throw new Error(`Cannot open the database: memory limit "${memoryLimit}" is not a size such as "1GB" or "512MB"`);
    }
    // DuckDB's sandbox does not cover its spill folder (it spills outside the allowed
    // folders too, as measured): the folder is checked here.
    const tempDir = resolve(options.tempDir);
    if (!options.allowedDirs.some((d) => isInside(tempDir, resolve(d)))) {
      throw new Error(
        `Cannot open the database: its spill folder ${options.tempDir} is not inside the folders it may write (${
          options.allowedDirs.join(", ")
        })`,
      );
    }
    const threads = options.threads ?? navigator.hardwareConcurrency ?? 1;
    if (!Number.isSafeInteger(threads) || threads < 1) {
      throw new Error(`Cannot open the database: threads must be a whole number of at least 1, not ${threads}`);
    }
    const lib = await loadDuckDB();
    const instance = await lib.DuckDBInstance.create(":memory:", {
      threads: String(threads),
      memory_limit: memoryLimit,
      temp_directory: tempDir,
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
    });
    const connection = await instance.connect();
    const db = new Database(lib, instance, connection);
    try {
      await db.execute("SET allowed_directories = $1", [options.allowedDirs.map((d) => d.replace(/\/?$/, "/"))]);
      await db.execute("SET enable_external_access = false");
      await db.execute("SET lock_configuration = true");
    } catch (e) {
      db.close();
      throw e;
    }
    return db;
  }

  /**
   * Runs one statement that reads (a `SELECT`, a `WITH … SELECT`, an `EXPLAIN`) and
   * returns its rows as plain objects. Parameters are bound (`$1` for the first of an
   * array, `$name` for a key of an object), never pasted into the SQL. Whole numbers
   * (DuckDB's `BIGINT`, `HUGEINT`, as from `count(*)` or `sum`) come back as numbers.
   * Any other statement (a `COPY`, an `INSERT`, a `SET`, an `ATTACH`, several
   * statements) is refused before it runs.
   *
   * @example
   * ```ts
   * const dir = await Deno.realPath(await Deno.makeTempDir());
   * const db = await Database.open({ tempDir: dir, allowedDirs: [dir] });
   * await db.query("select count(*) as n from range($1)", [3]); // [{ n: 3 }]
   * await db.query("select $word as w", { word: "war" }); // [{ w: "war" }]
   * db.close();
   * ```
   *
   * @throws {Error} when the statement is not a query, is not valid SQL, or gives a whole
   *   number beyond what JavaScript holds exactly (the error names the column).
   */
  async query(sql: string, params: readonly SqlParam[] | Readonly<Record<string, SqlParam>> = []): Promise<SqlRow[]> {
    return await this.#run(sql, params, true);
  }

  /**
   * Runs one statement of any kind (framelens's own `CREATE`, `COPY`, `SET`), with bound
   * parameters, and returns its rows if it gives any. For the store's modules only: a
   * caller's SQL goes through {@linkcode Database.query}, and a statement that writes a
   * file is run only after the store's path checks.
   *
   * @example
   * ```ts
   * const dir = await Deno.realPath(await Deno.makeTempDir());
   * const db = await Database.open({ tempDir: dir, allowedDirs: [dir] });
   * await db.execute("create temp table t as select 1 as x");
   * db.close();
   * ```
   */
  async execute(sql: string, params: readonly SqlParam[] | Readonly<Record<string, SqlParam>> = []): Promise<SqlRow[]> {
    return await this.#run(sql, params, false);
  }

  async #run(
    sql: string,
    params: readonly SqlParam[] | Readonly<Record<string, SqlParam>>,
    readOnly: boolean,
  ): Promise<SqlRow[]> {
    if (this.#closed) throw new Error(`Cannot run "${sql.slice(0, 80)}": the database is closed`);
    const prepared = await this.#connection.prepare(sql);
    if (readOnly && !this.#reading.has(prepared.statementType)) {
      throw new Error(
        `Cannot run "${sql.slice(0, 80)}": it is a ${
          this.#lib.StatementType[prepared.statementType]
        } statement, and a query only reads (SELECT, WITH … SELECT, EXPLAIN)`,
      );
    }
    if (Array.isArray(params)) {
      const { values, types } = bound(this.#lib, params as readonly SqlParam[]);
      prepared.bind(values, types);
    } else {
      const names = Object.keys(params);
      const { values, types } = bound(this.#lib, names.map((k) => (params as Record<string, SqlParam>)[k]));
      prepared.bind(
        Object.fromEntries(names.map((k, i) => [k, values[i]])),
        Object.fromEntries(names.map((k, i) => [k, types[i]])),
      );
    }
    // Read chunk by chunk, column by column: text, numbers and truth values as they come
    // (measured about twice as fast as the library's row objects on 563,000 rows), other
    // types through the library's conversion to JavaScript values.
    const result = await prepared.run();
    const names = result.deduplicatedColumnNames();
    const simple = result.columnTypes().map((t) => this.#simple.has(t.typeId));
    const rows: SqlRow[] = [];
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const start = rows.length;
      for (let r = 0; r < chunk.rowCount; r++) rows.push({});
      for (let c = 0; c < names.length; c++) {
        const values = simple[c]
          ? chunk.getColumnValues(c)
          : chunk.convertColumnValues(c, this.#lib.JSDuckDBValueConverter);
        const name = names[c];
        for (let r = 0; r < values.length; r++) {
          const v = values[r];
          rows[start + r][name] = typeof v === "bigint" || (v !== null && typeof v === "object")
            ? plain(v, name, sql)
            : v as SqlValue;
        }
      }
    }
    return rows;
  }

  /**
   * Creates a temporary table with the given columns and appends rows to it, checking
   * each value against its column's type; returns the number of rows. The rows are read
   * once, in order, so a generator can feed a table larger than memory.
   *
   * @example
   * ```ts
   * const dir = await Deno.realPath(await Deno.makeTempDir());
   * const db = await Database.open({ tempDir: dir, allowedDirs: [dir] });
   * await db.createTable("t", { term: "string", count: "integer" }, [{ term: "war", count: 2 }]); // 1
   * await db.query("select * from t"); // [{ term: "war", count: 2 }]
   * db.close();
   * ```
   *
   * @param table A table name: lower-case letters, digits and underscores.
   * @throws {Error} naming the table, the row and the column of the first value that does not fit.
   */
  async createTable(
    table: string,
    columns: Readonly<Record<string, ColumnType>>,
    rows: Iterable<object>,
  ): Promise<number> {
    if (!/^[a-z_][a-z0-9_]*$/.test(table)) {
      throw new Error(`Cannot create table "${table}": a table name is lower-case letters, digits and underscores`);
    }
    const names = Object.keys(columns);
    for (const name of names) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        throw new Error(`Cannot create table "${table}": column name "${name}" is not letters, digits and underscores`);
      }
    }
    const types = names.map((n) => columns[n]);
    await this.execute(
      `CREATE OR REPLACE TEMP TABLE ${table} (${names.map((n, i) => `"${n}" ${sqlType(types[i])}`).join(", ")})`,
    );
    const appender = await this.#connection.createAppender(table, "main", "temp");
    let count = 0;
    let buffer: DuckDBValue[][] = names.map(() => []);
    const flush = () => {
      const n = buffer[0]?.length ?? 0;
      if (n === 0) return;
      const chunk = this.#lib.DuckDBDataChunk.create(types.map((t) => duckdbType(this.#lib, t)), n);
      chunk.setColumns(buffer);
      appender.appendDataChunk(chunk);
      buffer = names.map(() => []);
    };
    try {
      for (const row of rows) {
        for (let c = 0; c < names.length; c++) {
          const value = (row as Record<string, unknown>)[names[c]];
          if (!fits(value, types[c])) {
            throw new Error(
              `Cannot write table "${table}": row ${count + 1}, column "${names[c]}" is ${
                value === undefined ? "missing" : JSON.stringify(value) ?? String(value)
              }, not ${types[c] === "integer" ? "a whole number" : `a ${types[c]}`}`,
            );
          }
          buffer[c].push(types[c] === "integer" ? BigInt(value as number) : value as DuckDBValue);
        }
        count++;
        if (count % CHUNK_ROWS === 0) flush();
      }
      if (names.length > 0) flush();
      appender.closeSync();
    } catch (e) {
      appender.clear();
      appender.closeSync();
      throw e;
    }
    return count;
  }

  /**
   * Closes the database and frees its memory. Closing twice does nothing.
   *
   * @example
   * ```ts
   * const dir = await Deno.realPath(await Deno.makeTempDir());
   * (await Database.open({ tempDir: dir, allowedDirs: [dir] })).close();
   * ```
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#connection.closeSync();
    this.#instance.closeSync();
  }
}
