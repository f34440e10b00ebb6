import assert from "node:assert/strict";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/load.ts";
import type { Article } from "../../src/types.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import {
  aggregateStages,
  articleTables,
  countInStore,
  storeDirOf,
  writeArticleTables,
} from "../../src/pipeline/article_store.ts";
import { type AnyStage, runCorpusStages, STAGES } from "../../src/stages/registry.ts";
import { groupOf } from "../../src/stages/stage.ts";
import { termsStage } from "../../src/stages/terms.ts";
import { LOCK_FILE, openStore } from "../../src/store/store.ts";
import { acquireLock } from "../../src/store/lock.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";

const tools = await loadDigestTools();
const corpus = await loadCorpus();
const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
const byOutlet = (a: { outlet: string }) => a.outlet;

/** Every file under a folder with its size and modification time. */
async function listing(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) {
    const info = await Deno.stat(join(dir, e.name));
    out.push(`${e.name} ${info.size} ${info.mtime?.getTime()}`);
  }
  return out.sort();
}

Deno.test("the per-article tables are those the registry's stages declare, each once", () => {
  const declared = STAGES.flatMap((s) => Object.keys(s.digest?.store ?? {}).map((name) => [s.name, name]));
  assert.deepEqual(articleTables().map((t) => [t.stage, t.name]), declared);
  assert.ok(declared.length > 0);
  const twice = { ...termsStage, name: "other" } as AnyStage;
  assert.throws(() => articleTables([termsStage as AnyStage, twice]), {
    message: 'The terms and other stages both declare a per-article table "article_terms"',
  });
});

Deno.test("writeArticleTables() writes each digest's rows, with the article's group as their outlet", async () => {
  await withTempDir(async (dir) => {
    const store = await openStore(join(dir, "store"), { readOnly: false, corpusDir: join(dir, "corpus") });
    try {
      const written = await writeArticleTables(store, digests, () => "G");
      await store.commit();
      const rows = await store.query("select article, outlet, term, count from article_terms");
      const expected = digests.flatMap((d) => d.terms.map((r) => ({ ...r, outlet: "G" })));
      assert.equal(written.article_terms, expected.length);
      assert.deepEqual(rows, expected); // in the digests' order, one row per row of the digests
    } finally {
      await store.close();
    }
  });
});

for (const groupBy of ["outlet", "country"]) {
  Deno.test(`the stages give the same tables from the store's counts as from the digests (by ${groupBy})`, async () => {
    await withTempDir(async (dir) => {
      const group = groupOf(groupBy) ?? byOutlet;
      const stored = await countInStore(join(dir, "store"), join(dir, "corpus"), digests, group);
      assert.deepEqual(Object.keys(stored!), STAGES.filter((s) => s.aggregate).map((s) => s.name));
      const fromStore = runCorpusStages({ digests, tools, stored } as Parameters<typeof runCorpusStages>[0], {
        groupBy,
      });
      const fromDigests = runCorpusStages({ digests, tools }, { groupBy });
      for (const stage of STAGES) {
        const name = stage.name as keyof typeof fromStore;
        assert.deepEqual(fromStore[name].tables, fromDigests[name].tables, `the ${stage.name} stage's tables`);
      }
      assert.ok(fromStore.terms.tables.terms.length > 0);
    });
  });
}

Deno.test("countInStore() refuses a store folder in the corpus folder and leaves the corpus untouched", async () => {
  await withTempDir(async (dir) => {
    const corpusDir = join(dir, "corpus");
    await Deno.mkdir(corpusDir);
    await Deno.writeTextFile(join(corpusDir, "a.md"), "---\noutlet: A\n---\nText.\n");
    const before = await listing(corpusDir);
    await assert.rejects(
      () => countInStore(storeDirOf(join(corpusDir, "cache")), corpusDir, digests, byOutlet),
      /corpus/,
    );
    assert.deepEqual(await listing(corpusDir), before);
  });
});

Deno.test("countInStore() replaces the tables on a rerun, and rebuilds a store whose file was truncated", async () => {
  await withTempDir(async (dir) => {
    const storeDir = join(dir, "store");
    const corpusDir = join(dir, "corpus");
    const first = await countInStore(storeDir, corpusDir, digests, byOutlet);
    const again = await countInStore(storeDir, corpusDir, digests.slice(0, 2), byOutlet);
    const reader = await openStore(storeDir, { corpusDir });
    const [{ n }] = await reader.query("select count(*) as n from article_terms");
    const [file] = reader.files("article_terms");
    await reader.close();
    assert.equal(n, digests[0].terms.length + digests[1].terms.length); // replaced, not appended
    assert.notDeepEqual(again, first);
    await Deno.truncate(file, 100);
    const log: string[] = [];
    const rebuilt = await countInStore(storeDir, corpusDir, digests, byOutlet, { log: (l) => log.push(l) });
    assert.deepEqual(rebuilt, first);
    assert.equal(log.length, 1);
    assert.match(log[0], /was rebuilt/);
  });
});

Deno.test("aggregateStages() runs only the stages that aggregate", async () => {
  await withTempDir(async (dir) => {
    const store = await openStore(join(dir, "store"), { readOnly: false, corpusDir: join(dir, "corpus") });
    try {
      await writeArticleTables(store, digests, byOutlet);
      await store.commit();
      const stages = STAGES.filter((s) => s.name !== "terms");
      assert.deepEqual(await aggregateStages(store, stages), {});
    } finally {
      await store.close();
    }
  });
});

Deno.test("countInStore() leaves a store another run is writing alone, and the stages count from the digests", async () => {
  await withTempDir(async (dir) => {
    const storeDir = join(dir, "store");
    await Deno.mkdir(storeDir);
    const lock = await acquireLock(join(storeDir, LOCK_FILE), "write the store in a test");
    try {
      const log: string[] = [];
      const stored = await countInStore(storeDir, join(dir, "corpus"), digests, byOutlet, { log: (l) => log.push(l) });
      assert.equal(stored, undefined);
      assert.deepEqual(log, [
        `another run is writing the store ${storeDir}: this run counts from the digests in memory`,
      ]);
      assert.deepEqual(await Array.fromAsync(Deno.readDir(storeDir), (e) => e.name), [LOCK_FILE]); // nothing written
    } finally {
      lock.release();
    }
  });
});

/** The 25 articles of tests/fixtures/unseen, digested: enough for several parts. */
const many = (await loadCorpus(new URL("../fixtures/unseen", import.meta.url).pathname)).articles.map((a) =>
  annotateAndDigest(a, tools)
);

/** The counts of a store written at once from these digests, in a folder of its own. */
async function freshCounts(
  dir: string,
  ds: typeof digests,
  group: (a: Article) => string = byOutlet,
): Promise<unknown> {
  return await countInStore(join(dir, `fresh-${crypto.randomUUID()}`), join(dir, "corpus"), ds, group);
}

/** The parts of a table as the store's manifest lists them: file and article ids. */
async function parts(storeDir: string, table = "article_terms"): Promise<{ file: string; ids: string[] }[]> {
  const manifest = JSON.parse(await Deno.readTextFile(join(storeDir, "manifest.json")));
  return manifest.tables[table].files.map((f: { file: string; articles: Record<string, string> }) => ({
    file: f.file,
    ids: Object.keys(f.articles).sort(),
  }));
}

const ids = (ds: typeof digests) => ds.map((d) => d.article.id).sort();

for (const fingerprints of [tools.fingerprints, undefined]) {
  const how = fingerprints ? "by the stages' fingerprints" : "by the rows themselves";
  Deno.test(`countInStore() on a rerun writes only the articles added, keeps the other parts, and counts as a fresh store (${how})`, async () => {
    await withTempDir(async (dir) => {
      const storeDir = join(dir, "store");
      const corpusDir = join(dir, "corpus");
      await countInStore(storeDir, corpusDir, many.slice(0, 10), byOutlet, { fingerprints });
      const [first] = await parts(storeDir);
      assert.deepEqual(first.ids, ids(many.slice(0, 10)));
      const counts = await countInStore(storeDir, corpusDir, many, byOutlet, { fingerprints });
      assert.deepEqual(await parts(storeDir), [first, {
        file: (await parts(storeDir))[1].file,
        ids: ids(many.slice(10)),
      }]);
      assert.deepEqual(counts, await freshCounts(dir, many));
    });
  });
}

Deno.test("countInStore() rewrites the part of an article whose rows changed without it, and drops an article gone", async () => {
  await withTempDir(async (dir) => {
    const storeDir = join(dir, "store");
    const corpusDir = join(dir, "corpus");
    const opts = { fingerprints: tools.fingerprints };
    await countInStore(storeDir, corpusDir, many, byOutlet, opts);
    // The first article moves to another group (its rows change); the last leaves.
    const moved = many[0].article.id;
    const group = (a: Article) => (a.id === moved ? "Elsewhere" : a.outlet);
    const kept = many.slice(0, -1);
    const counts = await countInStore(storeDir, corpusDir, kept, group, opts);
    const now = await parts(storeDir);
    assert.deepEqual(now.map((p) => p.ids), [ids(kept.slice(1)), [moved]]);
    assert.deepEqual(counts, await freshCounts(dir, kept, group));
  });
});

Deno.test("countInStore() writes again only the articles of a part whose file was damaged, and says so", async () => {
  await withTempDir(async (dir) => {
    const storeDir = join(dir, "store");
    const corpusDir = join(dir, "corpus");
    const opts = { fingerprints: tools.fingerprints };
    await countInStore(storeDir, corpusDir, many.slice(0, 10), byOutlet, opts);
    await countInStore(storeDir, corpusDir, many, byOutlet, opts);
    const [first, second] = await parts(storeDir);
    // The second part changed in place, at the same size: only its checksum tells.
    const path = join(storeDir, second.file);
    const bytes = await Deno.readFile(path);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    await Deno.writeFile(path, bytes);
    const log: string[] = [];
    const counts = await countInStore(storeDir, corpusDir, many, byOutlet, { ...opts, log: (l) => log.push(l) });
    assert.equal(log.length, 1);
    assert.match(log[0], /was rebuilt where it was damaged: .*does not have the SHA-256 the manifest lists/);
    const now = await parts(storeDir);
    assert.deepEqual(now[0], first, "the sound part is kept as it was");
    assert.deepEqual(now.slice(1).map((p) => p.ids), [second.ids]);
    assert.notEqual(now[1].file, second.file);
    assert.deepEqual(counts, await freshCounts(dir, many));
  });
});

Deno.test("countInStore() merges the small parts of many reruns that each added an article", async () => {
  await withTempDir(async (dir) => {
    const storeDir = join(dir, "store");
    const corpusDir = join(dir, "corpus");
    const opts = { fingerprints: tools.fingerprints };
    let most = 0;
    const ten = many.slice(0, 10);
    for (let n = 1; n <= ten.length; n++) {
      await countInStore(storeDir, corpusDir, ten.slice(0, n), byOutlet, opts);
      most = Math.max(most, (await parts(storeDir)).length);
    }
    assert.equal(most, 8, "at most 8 small parts: the ninth merges them");
    assert.deepEqual((await parts(storeDir)).flatMap((p) => p.ids).sort(), ids(ten));
    const reader = await openStore(storeDir, { corpusDir });
    const [{ n }] = await reader.query("select count(*) as n from article_terms");
    await reader.close();
    assert.equal(n, ten.reduce((sum, d) => sum + d.terms.length, 0), "each article's rows once");
  });
});
