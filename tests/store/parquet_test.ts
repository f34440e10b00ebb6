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
