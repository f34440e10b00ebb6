import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { Database } from "../../src/store/duckdb.ts";
import { writeParquet, writeQueryParquet } from "../../src/store/parquet.ts";
import type { TableSchema } from "../../src/stages/stage.ts";

const SCHEMA: TableSchema = {
  title: "Mixed",
  columns: { s: "string", i: "integer", f: "number", n: "number | null", b: "boolean" },
};

async function setup(): Promise<{ db: Database; dir: string; guard: { storeDir: string; corpusDir: string } }> {
  const dir = await Deno.realPath(await Deno.makeTempDir());
  const corpusDir = join(dir, "corpus");
  await Deno.mkdir(corpusDir);
  const storeDir = join(dir, "store");
  await Deno.mkdir(storeDir);
  const db = await Database.open({ tempDir: join(storeDir, "spill"), allowedDirs: [storeDir] });
  return { db, dir: storeDir, guard: { storeDir, corpusDir } };
}

Deno.test("writeParquet() writes the rows in order with the schema's Parquet types, and returns their count, size and SHA-256", async () => {
  const { db, dir, guard } = await setup();
  try {
    const rows = [
      { s: "war", i: 3, f: 0.5, n: null, b: true },
      { s: "peace", i: -2, f: 1e300, n: 7.25, b: false },
    ];
    const file = await writeParquet(db, join(dir, "t.parquet"), SCHEMA, rows, guard);
    const bytes = await readFile(file.path);
    assert.deepEqual(
      { rows: file.rows, bytes: file.bytes, sha256: file.sha256 },
      { rows: 2, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") },
    );
    assert.deepEqual(await db.query("select * from read_parquet($1)", [file.path]), rows);
    const types = await db.query(
      "select name, type, converted_type from parquet_schema($1) where name != 'duckdb_schema' order by name",
      [file.path],
    );
    assert.deepEqual(types.map((t) => `${t.name}:${t.type}`), [
      "b:BOOLEAN",
      "f:DOUBLE",
      "i:INT64",
      "n:DOUBLE",
      "s:BYTE_ARRAY",
    ]);
    assert.deepEqual(await readdir(dir), ["t.parquet"], "no temporary file is left");
  } finally {
    db.close();
  }
});

Deno.test("writeParquet() leaves no file, not even a temporary one, when a row does not fit", async () => {
  const { db, dir, guard } = await setup();
  try {
    const rows = [{ s: "a", i: 1, f: 1, n: null, b: true }, { s: "b", i: "2", f: 1, n: null, b: true }];
    await assert.rejects(
      () => writeParquet(db, join(dir, "t.parquet"), SCHEMA, rows, guard),
      /row 2, column "i" is "2"/,
    );
    assert.deepEqual(await readdir(dir), []);
  } finally {
    db.close();
  }
});

Deno.test("writeParquet() writes zero rows as a valid file, and a generator's rows without holding them", async () => {
  const { db, dir, guard } = await setup();
  try {
    const empty = await writeParquet(db, join(dir, "empty.parquet"), SCHEMA, [], guard);
    assert.equal(empty.rows, 0);
    assert.deepEqual(await db.query("select count(*) as n from read_parquet($1)", [empty.path]), [{ n: 0 }]);
    const many = function* () {
      for (let i = 0; i < 10000; i++) yield { s: `t${i}`, i, f: i, n: i, b: false };
    };
    const file = await writeParquet(db, join(dir, "many.parquet"), SCHEMA, many(), guard);
    assert.deepEqual(await db.query("select count(*) as n, sum(i) as s from read_parquet($1)", [file.path]), [
      { n: 10000, s: 49995000 },
    ]);
  } finally {
    db.close();
  }
});

Deno.test("writeQueryParquet() refuses SQL that is not a query, and writes nothing", async () => {
  const { db, dir, guard } = await setup();
  try {
    await assert.rejects(
      () => writeQueryParquet(db, join(dir, "t.parquet"), SCHEMA, "select 1; copy (select 1) to 'x'", [], guard),
      /multiple statements|syntax error/i,
    );
    assert.deepEqual(await readdir(dir), []);
  } finally {
    db.close();
  }
});

/** A query of `$1` rows of every column type, in many row groups (DuckDB's are of 122,880 rows). */
const MANY_ROWS = "select 'w' || (range % 97)::varchar as s, range as i, range / 3.0 as f, " +
  "case when range % 5 = 0 then null else range * 0.5 end as n, range % 2 = 0 as b from range($1)";

Deno.test("writeQueryParquet() streamed stages no row, writes the query's rows in order, counted, and the same bytes again on one thread", async () => {
  const dir = await Deno.realPath(await Deno.makeTempDir());
  const guard = { storeDir: dir, corpusDir: join(dir, "corpus") };
  const db = await Database.open({ tempDir: join(dir, "spill"), allowedDirs: [dir], threads: 1 });
  try {
    // A staging table of one row of its own: a streamed write goes around it.
    await db.execute("create temp table framelens_staging as select 1 as marker");
    const write = (name: string, stream: boolean) =>
      writeQueryParquet(db, join(dir, name), SCHEMA, MANY_ROWS, [300_000], guard, { stream });
    const [a, b] = [await write("a.parquet", true), await write("b.parquet", true)];
    assert.deepEqual(await db.query("select count(*) as rows from framelens_staging"), [{ rows: 1 }]);
    assert.equal(a.rows, 300_000);
    assert.deepEqual([b.rows, b.bytes, b.sha256], [a.rows, a.bytes, a.sha256]);
    const [groups] = await db.query(
      "select count(distinct row_group_id) as groups from parquet_metadata($1)",
      [a.path],
    );
    assert.ok((groups.groups as number) >= 3, `${groups.groups} row groups`);
    // The rows in the query's order (its i is its row number), and the staged write's rows.
    assert.deepEqual(
      await db.query(
        "select count(*) as rows from read_parquet($1, file_row_number = true) where i != file_row_number",
        [
          a.path,
        ],
      ),
      [{ rows: 0 }],
    );
    const staged = await write("c.parquet", false);
    assert.equal(staged.rows, 300_000);
    const digest = "select sum(hash(s, i, f, n, b))::varchar as h, count(*) as rows from read_parquet($1)";
    assert.deepEqual(await db.query(digest, [a.path]), await db.query(digest, [staged.path]));
    assert.deepEqual(await db.query("select * from read_parquet($1) where i in (0, 1, 299999) order by i", [a.path]), [
      { s: "w0", i: 0, f: 0, n: null, b: true },
      { s: "w1", i: 1, f: 1 / 3, n: 0.5, b: false },
      { s: "w75", i: 299_999, f: 99_999.66666666667, n: 149_999.5, b: false },
    ]);
  } finally {
    db.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeQueryParquet() streamed binds named parameters beside its own target", async () => {
  const { db, dir, guard } = await setup();
  try {
    const schema: TableSchema = { title: "Numbers", columns: { n: "integer" } };
    const file = await writeQueryParquet(
      db,
      join(dir, "n.parquet"),
      schema,
      "select range as n from range($count)",
      {
        count: 3,
      },
      guard,
      { stream: true },
    );
    assert.equal(file.rows, 3);
    assert.deepEqual(await db.query("select n from read_parquet($1)", [file.path]), [{ n: 0 }, { n: 1 }, { n: 2 }]);
    assert.deepEqual((await readdir(dir)).filter((f) => f !== "spill"), ["n.parquet"]);
  } finally {
    db.close();
  }
});
