import assert from "node:assert/strict";
import { join } from "node:path";
import { openStore } from "../../src/store/store.ts";
import { storeFolders } from "../../src/store/folders.ts";
import { shardFolders } from "../../src/pipeline/shard.ts";
import type { TableSchema } from "../../src/stages/stage.ts";

const TERMS: TableSchema = { title: "Terms", columns: { article: "string", outlet: "string", count: "integer" } };

/** A temporary project: a corpus folder and a cache folder beside it. */
async function project(): Promise<{ cache: string; corpusDir: string }> {
  const root = await Deno.realPath(await Deno.makeTempDir());
  await Deno.mkdir(join(root, "corpus"));
  return { cache: join(root, "cache"), corpusDir: join(root, "corpus") };
}

/** Writes a store folder with the given rows of table `terms` (a shard folder too, when `shard` is given). */
async function writeStore(dir: string, corpusDir: string, rows: object[], shard?: string): Promise<void> {
  const store = await openStore(dir, { readOnly: false, corpusDir });
  await store.write("terms", TERMS, rows);
  await store.commit();
  await store.close();
  if (shard) await Deno.writeTextFile(join(dir, "shard.json"), JSON.stringify({ shard }));
}

Deno.test("openStore(cache) opens the store the report wrote in the cache folder (CACHE/store)", async () => {
  const { cache, corpusDir } = await project();
  await writeStore(join(cache, "store"), corpusDir, [{ article: "a1", outlet: "A", count: 3 }]);
  const db = await openStore(cache);
  try {
    assert.equal(db.dir, join(cache, "store"));
    assert.deepEqual(await db.query("select article, count from terms"), [{ article: "a1", count: 3 }]);
  } finally {
    await db.close();
  }
});

Deno.test("openStore(cache) with no store reads every shard folder of CACHE/shards as one store", async () => {
  const { cache, corpusDir } = await project();
  await writeStore(join(cache, "shards", "1-of-2"), corpusDir, [{ article: "a1", outlet: "A", count: 3 }], "1/2");
  await writeStore(join(cache, "shards", "2-of-2"), corpusDir, [
    { article: "a2", outlet: "A", count: 4 },
    { article: "b1", outlet: "B", count: 5 },
  ], "2/2");
  for (const path of [cache, join(cache, "shards")]) {
    const db = await openStore(path);
    try {
      assert.deepEqual(db.dirs, [join(cache, "shards", "1-of-2"), join(cache, "shards", "2-of-2")]);
      assert.equal(db.files("terms").length, 2);
      // A: 3 + 4 in two articles; B: 5 in one.
      assert.deepEqual(
        await db.query(
          "select outlet, sum(count)::BIGINT as n, count(*)::BIGINT as articles from terms group by outlet order by outlet",
        ),
        [{ outlet: "A", n: 7, articles: 2 }, { outlet: "B", n: 5, articles: 1 }],
      );
      await db.refresh();
      assert.equal(db.files("terms").length, 2, "a refresh reads every folder again");
    } finally {
      await db.close();
    }
  }
});

Deno.test("openStore() on a report folder says that the store is in the cache folder the report used", async () => {
  const { cache } = await project();
  const report = join(cache, "..", "report");
  await Deno.mkdir(report);
  await Deno.writeTextFile(join(report, "index.html"), "<html></html>");
  await Deno.writeTextFile(join(report, "articles.csv"), "id\n");
  await assert.rejects(() => openStore(report), /is a report folder; the report's store is in the cache folder/);
});

Deno.test("openStore() checks the files of every shard folder it reads, and names a changed one", async () => {
  const { cache, corpusDir } = await project();
  await writeStore(join(cache, "shards", "1-of-2"), corpusDir, [{ article: "a1", outlet: "A", count: 3 }], "1/2");
  await writeStore(join(cache, "shards", "2-of-2"), corpusDir, [{ article: "a2", outlet: "A", count: 4 }], "2/2");
  const [file] = await openStore(join(cache, "shards", "2-of-2")).then(async (s) => {
    const f = s.files("terms");
    await s.close();
    return f;
  });
  await Deno.writeTextFile(file, "not parquet");
  await assert.rejects(() => openStore(cache), (e: Error) => e.message.includes(join("2-of-2", "tables")));
});

Deno.test("openStore(cache) refuses shard folders of two runs with other shard counts, naming them, rather than count articles twice", async () => {
  const { cache, corpusDir } = await project();
  await writeStore(join(cache, "shards", "1-of-2"), corpusDir, [{ article: "a1", outlet: "A", count: 3 }], "1/2");
  await writeStore(join(cache, "shards", "2-of-2"), corpusDir, [{ article: "a2", outlet: "A", count: 4 }], "2/2");
  // An older run in one shard: the same two articles again.
  await writeStore(join(cache, "shards", "1-of-1"), corpusDir, [
    { article: "a1", outlet: "A", count: 3 },
    { article: "a2", outlet: "A", count: 4 },
  ], "1/1");
  await assert.rejects(() => openStore(cache), (e: Error) => {
    assert.match(e.message, /runs with 1 and 2 shards/);
    assert.match(e.message, /1-of-1 \(shard 1\/1\), 1-of-2 \(shard 1\/2\), 2-of-2 \(shard 2\/2\)/);
    return true;
  });
  // One shard folder alone is still a store.
  const one = await openStore(join(cache, "shards", "1-of-1"));
  await one.close();
});

Deno.test("openStore(cache) refuses a set of shard folders with a shard missing, naming it", async () => {
  const { cache, corpusDir } = await project();
  await writeStore(join(cache, "shards", "1-of-3"), corpusDir, [{ article: "a1", outlet: "A", count: 3 }], "1/3");
  await writeStore(join(cache, "shards", "3-of-3"), corpusDir, [{ article: "a3", outlet: "A", count: 4 }], "3/3");
  await assert.rejects(() => openStore(join(cache, "shards")), /shard 2\/3 is missing/);
});

Deno.test("a reader's openStore and the report's --shards find the same shard folders: those holding shard.json", async () => {
  const { cache, corpusDir } = await project();
  await writeStore(join(cache, "shards", "1-of-2"), corpusDir, [{ article: "a1", outlet: "A", count: 3 }], "1/2");
  // Shard 2 was copied without its manifest: it is there, but cannot be read.
  await Deno.mkdir(join(cache, "shards", "2-of-2"), { recursive: true });
  await Deno.writeTextFile(join(cache, "shards", "2-of-2", "shard.json"), JSON.stringify({ shard: "2/2" }));
  const both = [join(cache, "shards", "1-of-2"), join(cache, "shards", "2-of-2")];
  assert.deepEqual(await shardFolders([join(cache, "shards")]), both);
  assert.deepEqual(await storeFolders(cache), both);
  // So the reader names the folder that lacks its manifest, rather than call shard 2 missing.
  await assert.rejects(() => openStore(cache), /2-of-2: it has no manifest\.json/);
});

Deno.test("openStore(cache) on a store/ whose first writing stopped before its manifest says so, not that there is no store/", async () => {
  const { cache } = await project();
  // A report stopped while writing its first store: the folder and a lock no one holds, no manifest.
  await Deno.mkdir(join(cache, "store", "tables"), { recursive: true });
  await Deno.writeTextFile(join(cache, "store", "store.lock"), "");
  await assert.rejects(() => openStore(cache), {
    message: `Cannot open the store ${cache}: its ${
      join(cache, "store")
    } has no manifest.json (the report that wrote it stopped before it finished): run the report again`,
  });
});
