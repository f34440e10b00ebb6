import assert from "node:assert/strict";
import { readdir, readFile, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openStore } from "../../src/store/store.ts";
import { StoreFileError } from "../../src/store/manifest.ts";
import type { TableSchema } from "../../src/stages/stage.ts";

const COUNTS: TableSchema = { title: "Counts", columns: { term: "string", n: "integer" } };

/** A new store folder and a corpus folder beside it. */
async function folders(): Promise<{ storeDir: string; corpusDir: string }> {
  const root = await Deno.realPath(await Deno.makeTempDir());
  await Deno.mkdir(join(root, "corpus"));
  return { storeDir: join(root, "store"), corpusDir: join(root, "corpus") };
}

Deno.test("openStore() writes tables that a reader queries by name, rows as plain objects", async () => {
  const { storeDir, corpusDir } = await folders();
  const writer = await openStore(storeDir, { readOnly: false, corpusDir });
  await writer.write("counts", COUNTS, [{ term: "war", n: 2 }, { term: "peace", n: 1 }]);
  await writer.commit();
  await writer.close();
  const reader = await openStore(storeDir);
  try {
    assert.equal(reader.readOnly, true);
    assert.deepEqual(reader.tables(), ["counts"]);
    assert.deepEqual(await reader.query("select term, n from counts order by term"), [
      { term: "peace", n: 1 },
      { term: "war", n: 2 },
    ]);
    await assert.rejects(() => reader.write("counts", COUNTS, []), /opened read-only/);
    await assert.rejects(() => reader.query("drop view counts"), /a query only reads/);
  } finally {
    await reader.close();
  }
});

Deno.test("openStore() refuses a reader where no store was written", async () => {
  const { storeDir } = await folders();
  await assert.rejects(() => openStore(storeDir), /has no manifest\.json/);
});

Deno.test("Store.write() replaces a table's files at commit, or adds to them with append", async () => {
  const { storeDir, corpusDir } = await folders();
  const store = await openStore(storeDir, { readOnly: false, corpusDir });
  try {
    await store.write("counts", COUNTS, [{ term: "a", n: 1 }]);
    await store.commit();
    await store.write("counts", COUNTS, [{ term: "b", n: 2 }], { append: true });
    assert.deepEqual(await store.query("select term from counts"), [{ term: "a" }], "not visible before commit");
    await store.commit();
    assert.deepEqual(await store.query("select term from counts order by term"), [{ term: "a" }, { term: "b" }]);
    assert.equal(store.files("counts").length, 2);
    await store.write("counts", COUNTS, [{ term: "c", n: 3 }]);
    await store.commit();
    assert.deepEqual(await store.query("select term from counts"), [{ term: "c" }]);
    await assert.rejects(
      () => store.write("counts", { title: "Other", columns: { term: "string" } }, [], { append: true }),
      /its columns .* differ/,
    );
  } finally {
    await store.close();
  }
});

Deno.test("Store.drop() takes files out of a table at commit, or the whole table, and staged() lists what commit will", async () => {
  const { storeDir, corpusDir } = await folders();
  const store = await openStore(storeDir, { readOnly: false, corpusDir });
  try {
    const a = await store.write("counts", COUNTS, [{ term: "a", n: 1 }], { articles: { x1: "k1" } });
    const b = await store.write("counts", COUNTS, [{ term: "b", n: 2 }], { append: true, articles: { x2: "k2" } });
    await store.commit();
    store.drop("counts", [a.file]);
    assert.deepEqual(store.staged("counts").map((f) => f.file), [b.file]);
    assert.equal(store.files("counts").length, 2, "the committed files until commit");
    await store.commit();
    assert.deepEqual(await store.query("select term from counts"), [{ term: "b" }]);
    assert.deepEqual(store.manifest.tables.counts.files.map((f) => f.articles), [{ x2: "k2" }]);
    store.drop("counts");
    assert.deepEqual(store.staged("counts"), []);
    await store.write("counts", { title: "Other", columns: { term: "string" } }, [{ term: "c" }]);
    await store.commit();
    assert.deepEqual(await store.query("select * from counts"), [{ term: "c" }], "another schema once dropped");
  } finally {
    await store.close();
  }
});

Deno.test("Store.commit() removes files neither the new manifest nor the one before lists", async () => {
  const { storeDir, corpusDir } = await folders();
  const store = await openStore(storeDir, { readOnly: false, corpusDir });
  try {
    for (const term of ["a", "b", "c"]) {
      await store.write("counts", COUNTS, [{ term, n: 1 }]);
      await store.commit();
    }
    assert.deepEqual((await readdir(join(storeDir, "tables"))).sort(), ["counts.2-1.parquet", "counts.3-1.parquet"]);
  } finally {
    await store.close();
  }
});

Deno.test("a reader open during a write sees the last complete store until it refreshes", async () => {
  const { storeDir, corpusDir } = await folders();
  const writer = await openStore(storeDir, { readOnly: false, corpusDir });
  try {
    await writer.write("counts", COUNTS, [{ term: "old", n: 1 }]);
    await writer.commit();
    const reader = await openStore(storeDir);
    try {
      await writer.write("counts", COUNTS, [{ term: "new", n: 2 }]);
      assert.deepEqual(await reader.query("select term from counts"), [{ term: "old" }], "written, not committed");
      await writer.commit();
      assert.deepEqual(await reader.query("select term from counts"), [{ term: "old" }], "committed, not refreshed");
      await reader.refresh();
      assert.deepEqual(await reader.query("select term from counts"), [{ term: "new" }]);
    } finally {
      await reader.close();
    }
    // A reader opened while a table is written but not committed sees the committed one.
    await writer.write("counts", COUNTS, [{ term: "newer", n: 3 }]);
    const late = await openStore(storeDir);
    assert.deepEqual(await late.query("select term from counts"), [{ term: "new" }]);
    await late.close();
  } finally {
    await writer.close();
  }
});

Deno.test("openStore() refuses a second writer, naming the lock file and the holder's pid", async () => {
  const { storeDir, corpusDir } = await folders();
  const first = await openStore(storeDir, { readOnly: false, corpusDir });
  try {
    await assert.rejects(
      () => openStore(storeDir, { readOnly: false, corpusDir }),
      new RegExp(`it is locked by ${storeDir}/store\\.lock, held by process ${Deno.pid} since`),
    );
    const reader = await openStore(storeDir, { corpusDir }).catch((e) => e);
    assert.ok(reader instanceof Error && /no manifest/.test(reader.message), "no commit yet: nothing to read");
  } finally {
    await first.close();
  }
  const second = await openStore(storeDir, { readOnly: false, corpusDir });
  await second.close();
});

Deno.test("openStore() names a truncated Parquet file, and a changed one, so that the caller can rebuild", async () => {
  const { storeDir, corpusDir } = await folders();
  const writer = await openStore(storeDir, { readOnly: false, corpusDir });
  await writer.write("counts", COUNTS, Array.from({ length: 100 }, (_, i) => ({ term: `t${i}`, n: i })));
  const [file] = (await writer.commit()).tables.counts.files;
  await writer.close();
  const path = join(storeDir, file.file);
  const bytes = await readFile(path);

  await truncate(path, file.bytes - 10);
  const truncated = await openStore(storeDir).catch((e) => e);
  assert.ok(truncated instanceof StoreFileError);
  assert.equal(truncated.file, file.file);
  assert.match(
    truncated.message,
    new RegExp(`${path.replace(/\./g, "\\.")} of table "counts" has ${file.bytes - 10} bytes`),
  );

  const changed = new Uint8Array(bytes);
  changed[Math.floor(changed.length / 2)] ^= 0xff;
  await writeFile(path, changed);
  await assert.rejects(() => openStore(storeDir), /does not have the SHA-256 the manifest lists/);
  await openStore(storeDir, { verify: "size" }).then((s) => s.close()); // the size alone does not see it

  // The caller rebuilds: a writer opens (it checks the files too) after the file is rewritten.
  await writeFile(path, bytes);
  const rebuilt = await openStore(storeDir);
  assert.deepEqual(await rebuilt.query("select count(*) as n from counts"), [{ n: 100 }]);
  await rebuilt.close();
});

Deno.test("Store.writeQuery() writes a query's result with the schema's types", async () => {
  const { storeDir, corpusDir } = await folders();
  const store = await openStore(storeDir, { readOnly: false, corpusDir });
  try {
    await store.writeQuery("counts", COUNTS, "select 'w' || range as term, range * $1 as n from range(3)", [10]);
    await store.commit();
    assert.deepEqual(await store.query("select * from counts"), [
      { term: "w0", n: 0 },
      { term: "w1", n: 10 },
      { term: "w2", n: 20 },
    ]);
    const types = await store.query("select typeof(term) as t, typeof(n) as n from counts limit 1");
    assert.deepEqual(types, [{ t: "VARCHAR", n: "BIGINT" }]);
    await assert.rejects(
      () => store.writeQuery("x", COUNTS, "insert into counts values ('a', 1)"),
      /syntax error|Parser Error/i,
    );
  } finally {
    await store.close();
  }
});

Deno.test("a store's query larger than its memory limit spills into the store's own folder and completes", async () => {
  const { storeDir, corpusDir } = await folders();
  const store = await openStore(storeDir, { readOnly: false, corpusDir, memoryLimit: "40MB", threads: 1 });
  try {
    const [{ n }] = await store.query(
      "select count(*) as n from (select md5(range::VARCHAR) as h, range as r from range(2000000) order by h)",
    );
    assert.equal(n, 2000000);
    assert.deepEqual(await readdir(corpusDir), []);
  } finally {
    await store.close();
  }
  assert.deepEqual(await readdir(join(storeDir, "tmp")), [], "the spill folder is removed on close");
});
