/**
 * The store never writes into the corpus folder: DuckDB's native code ignores Deno's
 * permission flags, so these tests run with the database open and check the refusals
 * happen before DuckDB is told of the path, and that the corpus folder is untouched.
 */
import assert from "node:assert/strict";
import { mkdir, readdir, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Database } from "../../src/store/duckdb.ts";
import { writeParquet, writeQueryParquet } from "../../src/store/parquet.ts";
import { checkStoreTarget } from "../../src/store/paths.ts";
import { openStore } from "../../src/store/store.ts";
import { ARTICLE_TERMS } from "../../src/store/tables.ts";

/** A root with a corpus folder holding two articles, and the path of a store beside it. */
async function layout(): Promise<{ root: string; corpusDir: string; storeDir: string }> {
  const root = await Deno.realPath(await Deno.makeTempDir());
  const corpusDir = join(root, "corpus");
  await mkdir(corpusDir);
  await writeFile(join(corpusDir, "a.md"), "---\noutlet: A\n---\nOne.\n");
  await writeFile(join(corpusDir, "b.md"), "---\noutlet: B\n---\nTwo.\n");
  return { root, corpusDir, storeDir: join(root, "store") };
}

/** A folder's names, sizes and modification times, for before-and-after comparison. */
async function snapshot(dir: string): Promise<string[]> {
  const names = (await readdir(dir, { recursive: true })).sort();
  return await Promise.all(names.map(async (n) => {
    const s = await stat(join(dir, n));
    return `${n} ${s.size} ${s.mtimeMs}`;
  }));
}

const ROWS = [{ article: "a", outlet: "A", term: "one", count: 1 }];

Deno.test("openStore() refuses a store folder inside the corpus folder, or one that contains it", async () => {
  const { root, corpusDir } = await layout();
  const before = await snapshot(corpusDir);
  await assert.rejects(
    () => openStore(join(corpusDir, "store"), { readOnly: false, corpusDir }),
    /it overlaps the corpus folder .* framelens never writes into a corpus/,
  );
  await assert.rejects(() => openStore(root, { readOnly: false, corpusDir }), /overlaps the corpus folder/);
  await assert.rejects(
    () => openStore(join(corpusDir, "x", "..", "store"), { readOnly: false, corpusDir }),
    /overlaps/,
  );
  await symlink(corpusDir, join(root, "link"));
  await assert.rejects(() => openStore(join(root, "link", "store"), { readOnly: false, corpusDir }), /overlaps/);
  assert.deepEqual(await snapshot(corpusDir), before);
});

Deno.test("checkStoreTarget() refuses a file outside the store, through .., or through a link into the corpus", async () => {
  const { corpusDir, storeDir } = await layout();
  await mkdir(storeDir);
  const guard = { storeDir, corpusDir };
  assert.equal(await checkStoreTarget(join(storeDir, "t.parquet"), guard, "write"), join(storeDir, "t.parquet"));
  await assert.rejects(
    () => checkStoreTarget(join(corpusDir, "t.parquet"), guard, "write"),
    /outside the store folder/,
  );
  await assert.rejects(() => checkStoreTarget(join(storeDir, "..", "corpus", "t.parquet"), guard, "write"), /outside/);
  await assert.rejects(() => checkStoreTarget(storeDir, guard, "write"), /outside the store folder/);
  await symlink(corpusDir, join(storeDir, "into-corpus"));
  await assert.rejects(() => checkStoreTarget(join(storeDir, "into-corpus", "t.parquet"), guard, "write"), /outside/);
  await symlink(join(corpusDir, "a.md"), join(storeDir, "a.parquet"));
  await assert.rejects(() => checkStoreTarget(join(storeDir, "a.parquet"), guard, "write"), /symbolic link/);
  await assert.rejects(() => checkStoreTarget(join(storeDir, "none", "t.parquet"), guard, "write"), /does not exist/);
});

Deno.test("with the database open, a Parquet target in the corpus is refused before DuckDB runs, even where DuckDB would allow it", async () => {
  const { root, corpusDir, storeDir } = await layout();
  await mkdir(storeDir);
  const before = await snapshot(corpusDir);
  // DuckDB's own sandbox is opened wide (the whole root, corpus included), so that only
  // framelens's path checks stand between it and the corpus.
  const db = await Database.open({ tempDir: join(storeDir, "spill"), allowedDirs: [root] });
  try {
    const guard = { storeDir, corpusDir };
    await assert.rejects(
      () => writeParquet(db, join(corpusDir, "t.parquet"), ARTICLE_TERMS, ROWS, guard),
      /outside the store/,
    );
    const wide = { storeDir: root, corpusDir };
    await assert.rejects(
      () => writeParquet(db, join(corpusDir, "t.parquet"), ARTICLE_TERMS, ROWS, wide),
      /overlaps the corpus folder/,
    );
    await assert.rejects(
      () => writeQueryParquet(db, join(corpusDir, "t.parquet"), ARTICLE_TERMS, "select * from range(1)", [], wide),
      /overlaps the corpus folder/,
    );
    await assert.rejects(() => db.query(`copy (select 1) to '${join(corpusDir, "t.parquet")}'`), /a query only reads/);
    const staged = await db.query("select count(*) as n from duckdb_tables() where table_name = 'framelens_staging'");
    assert.deepEqual(staged, [{ n: 0 }], "no row reached DuckDB");
  } finally {
    db.close();
  }
  assert.deepEqual(await snapshot(corpusDir), before);
});

Deno.test("a full store write, commit, query and spill leave the corpus folder's listing and mtimes unchanged", async () => {
  const { corpusDir, storeDir } = await layout();
  const before = await snapshot(corpusDir);
  const store = await openStore(storeDir, { readOnly: false, corpusDir, memoryLimit: "40MB", threads: 1 });
  try {
    const rows = Array.from(
      { length: 20000 },
      (_, i) => ({ article: `a${i % 500}`, outlet: "A", term: `t${i}`, count: 1 }),
    );
    await store.write("article_terms", ARTICLE_TERMS, rows);
    await store.writeQuery(
      "df",
      { title: "Df", columns: { term: "string", n: "integer" } },
      "select term, count(*) as n from read_parquet($1) group by term",
      [[join(storeDir, "tables", "article_terms.1-1.parquet")]],
    );
    await store.commit();
    await store.query("select count(*) from (select md5(range::VARCHAR) as h from range(1500000) order by h)");
    // Refused by whichever comes first: DuckDB's sandbox while preparing, or the query's statement check.
    await assert.rejects(
      () => store.query(`copy article_terms to '${join(corpusDir, "x.parquet")}'`),
      /only reads|disabled by configuration/,
    );
  } finally {
    await store.close();
  }
  assert.deepEqual(await snapshot(corpusDir), before);
});
