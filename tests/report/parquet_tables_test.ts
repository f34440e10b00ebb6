/**
 * The report's large tables as Parquet beside their CSV (issue 19): the same rows, the
 * same column names, written through the store layer's path checks.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { runReport } from "../../src/report/report_cli.ts";
import { PARQUET_TABLES, parquetWriter } from "../../src/report/parquet_tables.ts";
import { Database } from "../../src/store/duckdb.ts";
import { toCsv } from "../../src/render/csv.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";
import { openReportFolder } from "../../src/report/write.ts";
import { PngPool } from "../../src/render/png_pool.ts";
import { show } from "../../src/render/figure.ts";

const quiet = () => {};
const UNSEEN = new URL("../fixtures/unseen", import.meta.url).pathname;

/** A Parquet file's rows as CSV text, headed by its column names, formatted as the report's CSV is. */
async function parquetAsCsv(db: Database, file: string): Promise<string> {
  const columns = (await db.query("select name from parquet_schema($1) where name != 'duckdb_schema'", [file]))
    .map((r) => r.name as string);
  const rows = await db.query("select * from read_parquet($1)", [file]);
  return toCsv(rows, columns, { header: (field) => field });
}

/** Checks that each large table's Parquet file holds its CSV's rows, in order, under its headers. */
async function assertParquetEqualsCsv(out: string): Promise<void> {
  const real = await Deno.realPath(out);
  const db = await Database.open({ tempDir: real, allowedDirs: [real] });
  try {
    for (const name of PARQUET_TABLES) {
      const csv = await readFile(join(out, `${name}.csv`), "utf8");
      assert.ok(csv.split("\n").length > 3, `${name}.csv has rows`);
      assert.equal(await parquetAsCsv(db, join(real, `${name}.parquet`)), csv, `${name}.parquet`);
    }
  } finally {
    db.close();
  }
}

Deno.test("runReport() writes terms, keyness, entities and cooccurrence as Parquet beside their CSV, with the CSV's rows and headers", async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, "report");
    const r = await runReport({ corpus: UNSEEN, out, log: quiet, cache: false, workers: 1 });
    for (const name of PARQUET_TABLES) assert.ok(r.files.includes(`${name}.parquet`), name);
    assert.deepEqual(
      (await readdir(out)).filter((f) => f.endsWith(".parquet")).sort(),
      [...PARQUET_TABLES].map((n) => `${n}.parquet`).sort(),
    );
    await assertParquetEqualsCsv(out);
    assert.ok(!(await readdir(out)).some((f) => f.startsWith(".parquet")), "no spill folder is left");
  });
});

Deno.test("runReport() --by country names the Parquet files' group column as the CSV's, and types their columns", async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, "report");
    await runReport({ corpus: UNSEEN, out, log: quiet, cache: false, workers: 1, by: "country" });
    await assertParquetEqualsCsv(out);
    const real = await Deno.realPath(out);
    const db = await Database.open({ tempDir: real, allowedDirs: [real] });
    try {
      const types = await db.query(
        "select name, type from parquet_schema($1) where name in ('country', 'term', 'count', 'g2') order by name",
        [join(real, "keyness.parquet")],
      );
      assert.deepEqual(types.map((t) => `${t.name}:${t.type}`), [
        "count:INT64",
        "country:BYTE_ARRAY",
        "g2:DOUBLE",
        "term:BYTE_ARRAY",
      ]);
    } finally {
      db.close();
    }
  });
});

Deno.test("the report page links each Parquet file beside its CSV and says where they are", async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, "report");
    await runReport({ corpus: UNSEEN, out, log: quiet, cache: false, workers: 1 });
    const html = await readFile(join(out, "index.html"), "utf8");
    for (const name of PARQUET_TABLES) {
      assert.match(html, new RegExp(`<a href="${name}\\.csv">${name}\\.csv</a>, <a href="${name}\\.parquet">`));
    }
    assert.match(html, /The largest are also Parquet files beside their CSV, with the same rows and column names/);
    assert.doesNotMatch(html, /outlets\.parquet/);
  });
});

Deno.test("parquetWriter() refuses to write into the corpus folder, naming the file, and writes nothing there", async () => {
  await withTempDir(async (dir) => {
    const corpus = join(dir, "corpus");
    await Deno.mkdir(corpus);
    const writer = parquetWriter(corpus, corpus, (field) => field);
    const table = {
      name: "terms",
      title: "Terms",
      columns: ["term"],
      rows: [{ term: "war" }],
      types: { term: "string" as const },
      parquet: true,
    };
    writer.write(table);
    await assert.rejects(() => writer.finish(), (e: Error) => {
      assert.match(e.message, /Cannot write the report's Parquet files to .*corpus/);
      return true;
    });
    assert.deepEqual(await readdir(corpus), []);
  });
});

Deno.test("a report whose Parquet file cannot be written names the file in the report's folder, not the temporary one", async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, "report");
    const info = { corpusDir: UNSEEN, articles: 1, outlets: 1, problems: [], generated: "2026-12-07" };
    const folder = await openReportFolder(out, info);
    // A count no integer column takes.
    const terms = {
      name: "terms",
      title: "Terms",
      columns: ["term", "count"],
      rows: [{ term: "war", count: "many" }],
      types: { term: "string" as const, count: "integer" as const },
      parquet: true,
    };
    const section = folder.writeTables({ id: "terms", title: "Terms", description: ".", charts: [], tables: [terms] });
    const pool = new PngPool();
    try {
      await assert.rejects(() => folder.finish([section], pool, show), (e: Error) => {
        assert.ok(e.message.startsWith(`Cannot write ${join(out, "terms.parquet")}: `), e.message);
        return true;
      });
    } finally {
      pool.close();
      await folder.abort();
    }
  });
});

Deno.test("parquetWriter() writes the same bytes for the same CSV file every time, the CSV's rows in order, in several row groups", async () => {
  await withTempDir(async (dir) => {
    // 300,000 rows: three of DuckDB's row groups, the bytes of each cut where its one thread's reads end.
    const lines = ["term,count"];
    for (let i = 0; i < 300_000; i++) lines.push(`${i % 7 === 0 ? '"war, again"' : `term ${i % 1000}`},${i}`);
    const csv = lines.join("\n") + "\n";
    const files: { sha: string; bytes: number }[] = [];
    for (const run of ["a", "b"]) {
      const out = join(dir, run);
      await Deno.mkdir(out);
      await Deno.writeTextFile(join(out, "terms.csv"), csv);
      const writer = parquetWriter(out, join(dir, "corpus"), (field) => field);
      writer.write({
        name: "terms",
        title: "Terms",
        columns: ["term", "count"],
        rows: [],
        types: { term: "string", count: "integer" },
        parquet: true,
      });
      await writer.finish();
      const bytes = await readFile(join(out, "terms.parquet"));
      files.push({ sha: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length });
    }
    assert.deepEqual(files[1], files[0]);
    const real = await Deno.realPath(join(dir, "a"));
    const db = await Database.open({ tempDir: real, allowedDirs: [real] });
    try {
      const file = join(real, "terms.parquet");
      const [groups] = await db.query("select count(distinct row_group_id) as n from parquet_metadata($1)", [file]);
      assert.ok((groups.n as number) >= 2, `${groups.n} row groups`);
      assert.equal(await parquetAsCsv(db, file), csv);
    } finally {
      db.close();
    }
  });
});

Deno.test("parquetWriter() holds no database between files: each is opened for its file and closed when it is written", async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, "report");
    await Deno.mkdir(out);
    await Deno.writeTextFile(join(out, "terms.csv"), "term,count\nwar,2\npeace,1\n");
    await Deno.writeTextFile(join(out, "keyness.csv"), "term,g2\nwar,3.5\n");
    const writer = parquetWriter(out, join(dir, "corpus"), (field) => field);
    assert.equal(writer.held, 0); // none before the first file
    const table = (name: string, columns: string[], types: Record<string, "string" | "integer" | "number">) => ({
      name,
      title: name,
      columns,
      rows: [],
      types,
      parquet: true as const,
    });
    writer.write(table("terms", ["term", "count"], { term: "string", count: "integer" }));
    await writer.idle();
    assert.equal(writer.held, 0); // the first file written: its database closed
    writer.write(table("keyness", ["term", "g2"], { term: "string", g2: "number" }));
    await writer.idle();
    assert.equal(writer.held, 0);
    await writer.finish();
    const real = await Deno.realPath(out);
    const db = await Database.open({ tempDir: real, allowedDirs: [real] });
    try {
      assert.equal(await parquetAsCsv(db, join(real, "terms.parquet")), "term,count\nwar,2\npeace,1\n");
      assert.equal(await parquetAsCsv(db, join(real, "keyness.parquet")), "term,g2\nwar,3.5\n");
    } finally {
      db.close();
    }
    assert.deepEqual((await readdir(out)).sort(), ["keyness.csv", "keyness.parquet", "terms.csv", "terms.parquet"]);
  });
});
