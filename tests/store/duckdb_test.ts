import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { Database, sqlType } from "../../src/store/duckdb.ts";

/** A database sandboxed to a new temporary folder. */
async function tempDatabase(): Promise<{ db: Database; dir: string }> {
  const dir = await Deno.realPath(await Deno.makeTempDir());
  return { db: await Database.open({ tempDir: dir, allowedDirs: [dir], memoryLimit: "256MB" }), dir };
}

Deno.test("Database.query() returns plain rows with whole numbers as numbers", async () => {
  const { db } = await tempDatabase();
  try {
    const rows = await db.query(
      "select 1::BIGINT as a, sum(x)::HUGEINT as s, 1.5 as f, 'w' as t, true as b, NULL as n from range(4) t(x)",
    );
    assert.deepEqual(rows, [{ a: 1, s: 6, f: 1.5, t: "w", b: true, n: null }]);
  } finally {
    db.close();
  }
});

Deno.test("Database.query() binds positional and named parameters, lists included, never pasting them", async () => {
  const { db } = await tempDatabase();
  try {
    assert.deepEqual(await db.query("select $1 + 1 as n, $2 as s", [41, "x'); drop table t; --"]), [
      { n: 42, s: "x'); drop table t; --" },
    ]);
    assert.deepEqual(await db.query("select $word as w, len($list) as k", { word: "war", list: ["a", "b"] }), [
      { w: "war", k: 2 },
    ]);
    assert.deepEqual(await db.query("select list_sum($1) as s", [[1, 2, 3]]), [{ s: 6 }]);
  } finally {
    db.close();
  }
});

Deno.test("Database.query() names the column of a whole number beyond 2^53 - 1", async () => {
  const { db } = await tempDatabase();
  try {
    await assert.rejects(
      () => db.query("select 9007199254740993::BIGINT as big"),
      /column "big" holds 9007199254740993/,
    );
    assert.deepEqual(await db.query("select 9007199254740991::BIGINT as ok"), [{ ok: 9007199254740991 }]);
  } finally {
    db.close();
  }
});

Deno.test("Database.query() refuses statements that are not queries, before they run", async () => {
  const { db, dir } = await tempDatabase();
  try {
    await db.execute("create temp table t as select 1 as x");
    for (const sql of ["insert into t values (2)", "set threads = 1", "attach ':memory:' as other", "drop table t"]) {
      await assert.rejects(() => db.query(sql), /a query only reads/, sql);
    }
    await assert.rejects(() => db.query(`copy t to '${dir}/t.parquet'`), /a query only reads/);
    await assert.rejects(() => db.query("select 1; select 2"), /multiple statements/);
    assert.deepEqual(await db.query("select count(*) as n from t"), [{ n: 1 }]);
    assert.deepEqual(await readdir(dir), []);
  } finally {
    db.close();
  }
});

Deno.test("Database.open() lets DuckDB touch no file outside its folders, and the setting cannot be undone", async () => {
  const { db } = await tempDatabase();
  const outside = await Deno.realPath(await Deno.makeTempDir());
  try {
    await db.execute("create temp table t as select 1 as x");
    await assert.rejects(
      () => db.execute(`copy t to '${outside}/t.parquet' (format parquet)`),
      /disabled by configuration/,
    );
    await assert.rejects(() => db.execute("set enable_external_access = true"), /locked/);
    await assert.rejects(() => db.query("select * from read_csv('/etc/hostname')"), /disabled by configuration/);
    assert.deepEqual(await readdir(outside), []);
  } finally {
    db.close();
  }
});

Deno.test("Database.open() uses the given spill folder, memory limit and threads", async () => {
  const dir = await Deno.realPath(await Deno.makeTempDir());
  const db = await Database.open({ tempDir: `${dir}/spill`, allowedDirs: [dir], memoryLimit: "300MB", threads: 1 });
  try {
    const [s] = await db.query(
      "select current_setting('temp_directory') as t, current_setting('threads') as n, current_setting('memory_limit') as m",
    );
    assert.deepEqual({ t: s.t, n: s.n }, { t: `${dir}/spill`, n: 1 });
    assert.match(String(s.m), /^286\.1 MiB$/);
  } finally {
    db.close();
  }
  await assert.rejects(() => Database.open({ tempDir: dir, allowedDirs: [dir], memoryLimit: "lots" }), /not a size/);
  await assert.rejects(() => Database.open({ tempDir: dir, allowedDirs: [dir], threads: 0 }), /at least 1/);
});

Deno.test("Database.createTable() appends rows in order with the schema's types", async () => {
  const { db } = await tempDatabase();
  try {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => ({ s: `t${i}`, i, f: i / 2, n: i % 3 ? i : null, b: i % 2 === 0 }),
    );
    const n = await db.createTable(
      "t",
      { s: "string", i: "integer", f: "number", n: "number | null", b: "boolean" },
      rows,
    );
    assert.equal(n, 5000);
    const back = await db.query("select * from t");
    assert.deepEqual(back, rows);
    const types = await db.query(
      "select column_name as c, data_type as t from duckdb_columns() where table_name = 't'",
    );
    assert.deepEqual(types.map((r) => r.t), ["VARCHAR", "BIGINT", "DOUBLE", "DOUBLE", "BOOLEAN"]);
  } finally {
    db.close();
  }
});

Deno.test("Database.createTable() names the row and the column of a value that does not fit", async () => {
  const { db } = await tempDatabase();
  try {
    const columns = { term: "string", count: "integer" } as const;
    await assert.rejects(() => db.createTable("t", columns, [{ term: "a", count: 1 }, { term: "b", count: 1.5 }]), {
      message: 'Cannot write table "t": row 2, column "count" is 1.5, not a whole number',
    });
    await assert.rejects(() => db.createTable("t", columns, [{ term: "a" }]), /row 1, column "count" is missing/);
    await assert.rejects(() => db.createTable("t", columns, [{ term: null, count: 1 }]), /column "term" is null/);
    await assert.rejects(() => db.createTable("T-1", columns, []), /lower-case letters/);
  } finally {
    db.close();
  }
});

Deno.test("sqlType() maps each column type of a schema to a DuckDB type", () => {
  assert.deepEqual(
    (["string", "integer", "number", "number | null", "boolean"] as const).map(sqlType),
    ["VARCHAR", "BIGINT", "DOUBLE", "DOUBLE", "BOOLEAN"],
  );
});

Deno.test("importing framelens needs no --allow-ffi, and opening a database without it says to run with --allow-ffi", async () => {
  const code = `const m = await import(${JSON.stringify(new URL("../../src/mod.ts", import.meta.url).href)});
await m.openStore(await Deno.makeTempDir(), { readOnly: false, corpusDir: "/nonexistent" })
  .then(() => console.log("opened"), (e) => console.log(e.message));`;
  // A script file, since `deno eval` grants every permission.
  const script = join(await Deno.makeTempDir(), "no_ffi.ts");
  await Deno.writeTextFile(script, code);
  const root = new URL("../..", import.meta.url).pathname;
  const { stdout, success } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", "--allow-env", "--config", join(root, "deno.json"), script],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(success);
  assert.match(new TextDecoder().decode(stdout), /^Cannot open the database: .* run Deno with --allow-ffi\n$/);
});
