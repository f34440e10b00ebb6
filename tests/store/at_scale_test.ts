import assert from "node:assert/strict";
import { join } from "node:path";
import { digestShard } from "../../src/report/digest_cli.ts";
import {
  corpusScale,
  sampleAtScale,
  sampleFilesAtScale,
  samplePairs,
  storeCountTable,
  storeFit,
  storeGroups,
  storeTopTerms,
} from "../../src/store/at_scale.ts";
import { loadOutlets, withOutlets } from "../../src/corpus/outlets.ts";
import { LOCK_FILE, openStore } from "../../src/store/store.ts";
import { acquireLock } from "../../src/store/lock.ts";
import { annotateCorpus, loadResources } from "../../src/pipeline/annotate.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { loadGazetteer } from "../../src/entities/gazetteer.ts";
import { articleTermCounts, termRows } from "../../src/measures/terms.ts";
import { countTable } from "../../src/measures/count_table.ts";
import { keyness } from "../../src/measures/keyness.ts";

const SEEDS = "data/articles";

Deno.test("corpusScale() takes the store path only for a corpus over the threshold with a store of that corpus", async () => {
  const cache = await Deno.makeTempDir();
  await digestShard({ index: 1, count: 1 }, { corpus: SEEDS, cache, log: () => {} });
  const small = await corpusScale(SEEDS, { store: cache });
  assert.deepEqual([small.articles, small.large, small.useStore], [5, false, false]);
  const large = await corpusScale(SEEDS, { store: cache, threshold: 4 });
  assert.deepEqual([large.large, large.useStore, large.store], [true, true, cache]);
  assert.match(large.note, /the counts the store holds are read from .* by SQL/);
  const none = await corpusScale(SEEDS, { store: null, threshold: 4 });
  assert.deepEqual([none.large, none.useStore], [true, false]);
  assert.match(none.note, /no store of this corpus/);
  await Deno.remove(cache, { recursive: true });
});

Deno.test("the store's term rows, groups and count table are those of annotating the corpus in memory", async () => {
  const cache = await Deno.makeTempDir();
  await digestShard({ index: 1, count: 1 }, { corpus: SEEDS, cache, log: () => {} });
  const annotated = annotateCorpus((await loadCorpus(SEEDS)).articles, await loadResources());
  const counts = articleTermCounts(annotated, { names: await loadGazetteer() });
  const db = await openStore(cache);
  try {
    // Groups: each outlet's articles and counted terms, summed by hand from the rows.
    const groups = await storeGroups(db);
    const outlets = [...new Set(counts.map((r) => r.outlet))].sort();
    assert.deepEqual(groups.map((g) => g.outlet), outlets);
    for (const g of groups) {
      const rows = counts.filter((r) => r.outlet === g.outlet);
      assert.equal(g.tokens, rows.reduce((n, r) => n + r.count, 0));
      assert.equal(g.articles, new Set(rows.map((r) => r.article)).size);
    }
    // Top terms: the first n rows of each outlet in termRows, with every figure.
    const n = 5;
    const top = await storeTopTerms(db, { n });
    const all = termRows(counts);
    const expected = outlets.flatMap((o) => all.filter((r) => r.outlet === o).slice(0, n));
    assert.equal(top.length, expected.length);
    for (const [i, row] of top.entries()) {
      assert.deepEqual(
        [row.outlet, row.count, row.articles, row.per1k, row.tfidf],
        [expected[i].outlet, expected[i].count, expected[i].articles, expected[i].per1k, expected[i].tfidf],
        `row ${i}: ${row.term}`,
      );
    }
    // The count table of the 50 most counted terms: their keyness is the whole table's.
    const table = await storeCountTable(db, { terms: 50 });
    const whole = countTable(counts);
    assert.deepEqual(table.groups, whole.groups);
    assert.deepEqual(table.totals, whole.totals);
    assert.equal(table.counts.size, 50);
    for (const [term, row] of table.counts) assert.deepEqual(row, whole.counts.get(term), term);
    const kept = new Set(table.counts.keys());
    const byKey = (r: { outlet: string; term: string }) => `${r.outlet} ${r.term}`;
    const ours = keyness(table).sort((a, b) => byKey(a).localeCompare(byKey(b)));
    const theirs = keyness(whole).filter((r) => kept.has(r.term)).sort((a, b) => byKey(a).localeCompare(byKey(b)));
    assert.deepEqual(ours, theirs);
    // An outlet filter keeps its groups only.
    const [first] = outlets;
    assert.deepEqual((await storeGroups(db, { outlets: [first] })).map((g) => g.outlet), [first]);
    assert.ok((await storeTopTerms(db, { outlets: [first], n })).every((r) => r.outlet === first));
  } finally {
    await db.close();
    await Deno.remove(cache, { recursive: true });
  }
});

Deno.test("corpusScale() refuses a store path that holds no store, naming it", async () => {
  const empty = await Deno.makeTempDir();
  await assert.rejects(() => corpusScale(SEEDS, { store: join(empty, "none") }), /has no manifest\.json/);
});

/** A cache folder with a store made from `corpusDir` (shard folders `K-of-N` when `shards` are given). */
async function cacheWithStore(corpusDir: string, shards: string[] = []): Promise<string> {
  const cache = await Deno.realPath(await Deno.makeTempDir());
  const schema = { title: "T", columns: { article: "string", outlet: "string", term: "string", count: "integer" } };
  for (
    const dir of shards.length
      ? shards.map((s) => join(cache, "shards", s.replace("/", "-of-")))
      : [join(cache, "store")]
  ) {
    const w = await openStore(dir, { readOnly: false, corpusDir });
    await w.write("article_terms", schema as never, [{ article: "a1", outlet: "A", term: "war", count: 1 }]);
    await w.commit();
    await w.close();
  }
  for (const s of shards) {
    await Deno.writeTextFile(join(cache, "shards", s.replace("/", "-of-"), "shard.json"), JSON.stringify({ shard: s }));
  }
  return cache;
}

Deno.test("corpusScale() on the default path stops on a broken store, naming the folder and the problem", async () => {
  // Shard 1 of 2 without shard 2: reading it would leave half the articles out.
  const half = await cacheWithStore(SEEDS, ["1/2"]);
  await assert.rejects(
    () => corpusScale(SEEDS, { threshold: 4, cache: half }),
    (e: Error) => e.message.includes(half) && /shard 2\/2 is missing/.test(e.message),
  );
  // A file where the cache folder should be.
  const file = await Deno.makeTempFile();
  await assert.rejects(
    () => corpusScale(SEEDS, { threshold: 4, cache: file }),
    (e: Error) => e.message.includes(file) && /cannot be read \(ENOTDIR\)/.test(e.message),
  );
  // A report writing its first store there: its lock held, no manifest yet.
  const writing = await Deno.realPath(await Deno.makeTempDir());
  await Deno.mkdir(join(writing, "store"));
  const lock = await acquireLock(join(writing, "store", LOCK_FILE), "write the store in a test");
  try {
    await assert.rejects(
      () => corpusScale(SEEDS, { threshold: 4, cache: writing }),
      (e: Error) => e.message.includes(join(writing, "store")) && /a report is writing its first store/.test(e.message),
    );
  } finally {
    lock.release();
  }
  for (const d of [half, file, writing]) await Deno.remove(d, { recursive: true });
});

Deno.test("corpusScale() on the default path falls back to a sample when there is no store of the corpus, saying why", async () => {
  const gone = join(await Deno.makeTempDir(), "cache");
  const missing = await corpusScale(SEEDS, { threshold: 4, cache: gone });
  assert.deepEqual([missing.store, missing.useStore], [null, false]);
  assert.ok(missing.note.includes(`no store of this corpus (there is no ${gone})`), missing.note);
  const other = await Deno.realPath(await Deno.makeTempDir());
  const elsewhere = await cacheWithStore(other);
  const theirs = await corpusScale(SEEDS, { threshold: 4, cache: elsewhere });
  assert.deepEqual([theirs.store, theirs.useStore], [null, false]);
  assert.ok(theirs.note.includes(`the store in ${elsewhere} was made from ${other}`), theirs.note);
  // A store of this corpus is taken.
  const ours = await cacheWithStore(await Deno.realPath(SEEDS));
  assert.deepEqual((await corpusScale(SEEDS, { threshold: 4, cache: ours })).store, ours);
  for (const d of [other, elsewhere, ours]) await Deno.remove(d, { recursive: true });
});

Deno.test("storeFit() applies OUTLETS to a store grouped by outlet, and names GROUP_BY, OUTLETS and WHERE where the store cannot follow them", async () => {
  const sample = withOutlets((await loadCorpus(SEEDS)).articles, await loadOutlets());
  const [first] = [...new Set(sample.map((a) => a.outlet))].sort();
  for (const by of ["outlet", "country"]) {
    const cache = await Deno.makeTempDir();
    await digestShard({ index: 1, count: 1 }, { corpus: SEEDS, cache, by, log: () => {} });
    const db = await openStore(cache);
    try {
      const fit = (groupBy: string, where = "", outlets: string[] = []) =>
        storeFit(db, { groupBy, where, outlets }, sample);
      // The settings the store was written with: followed, no warning.
      assert.deepEqual(await fit(by), { outlets: [], warnings: [] });
      // Another unit: named, and the store's groups are shown.
      const other = (await fit(by === "outlet" ? "country" : "outlet")).warnings;
      assert.equal(other.length, 1);
      assert.match(other[0], /^GROUP_BY \("(country|outlet)"\) is not applied to the store's counts/);
      // OUTLETS: kept through the group column when the groups are outlets, else named.
      const kept = await fit(by, "", [first]);
      if (by === "outlet") assert.deepEqual(kept, { outlets: [first], warnings: [] });
      else {
        assert.deepEqual(kept.outlets, []);
        assert.match(kept.warnings.join("\n"), new RegExp(`^OUTLETS \\(${first}\\) is not applied`));
      }
      // WHERE: the store holds no metadata to test it on.
      const where = await fit(by, "kind = news");
      assert.deepEqual(where.outlets, []);
      assert.match(where.warnings.join("\n"), /^WHERE \("kind = news"\) is not applied to the store's counts/);
    } finally {
      await db.close();
      await Deno.remove(cache, { recursive: true });
    }
  }
});

Deno.test("sampleFilesAtScale() draws from the file names the sample sampleAtScale() draws from the loaded articles", async () => {
  const scale = { ...(await corpusScale(SEEDS, { store: null })), threshold: 2, large: true };
  const whole = (await loadCorpus(SEEDS)).articles;
  const sampled = await loadCorpus(SEEDS, { select: (names) => sampleFilesAtScale(names, scale) });
  assert.deepEqual(sampled.articles.map((a) => a.id), sampleAtScale(whole, scale).map((a) => a.id));
  assert.equal(sampled.articles.length, 2); // every 3rd of 5: ⌈5 / 2⌉
});

Deno.test("samplePairs() is the share of pairs whose two articles are both drawn, k(k − 1) / (n(n − 1))", () => {
  // 3 of 5 articles: 3 of the 10 pairs.
  assert.equal(samplePairs(3, 5).share, 3 / 10);
  assert.match(
    samplePairs(3, 5).note,
    /^a sample of 3 of 5 articles keeps 30% of the article pairs, about \(3 \/ 5\)²/,
  );
  assert.deepEqual(samplePairs(5, 5).share, 1);
});
