import assert from "node:assert/strict";
import { join } from "node:path";
import { digestShard } from "../../src/report/digest_cli.ts";
import { corpusScale, storeCountTable, storeGroups, storeTopTerms } from "../../src/store/at_scale.ts";
import { openStore } from "../../src/store/store.ts";
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
