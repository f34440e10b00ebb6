import assert from "node:assert/strict";
import { addOneArticle, formatNewsBench, newsBench } from "../../bench/news_bench.ts";
import { writeNewsCorpus } from "../../bench/news.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";

Deno.test("newsBench() measures a cold run, a kept rerun and a one-added rerun on a small news-like corpus", async () => {
  const lines: string[] = [];
  const r = await newsBench(12, { workers: 1, log: (l) => lines.push(l) });
  assert.equal(r.articles, 12);
  assert.equal(r.unchanged_kept, true); // nothing changed: the report was kept
  for (const x of [r.cold_s, r.unchanged_s, r.add_one_s, r.cold_peak_rss_mb, r.add_one_peak_rss_mb]) {
    assert.ok(Number.isFinite(x) && x > 0);
  }
  assert.equal(r.cold_s_per_1000, r.cold_s / 0.012);
  assert.equal(r.add_one_over_cold, r.add_one_s / r.cold_s);
  assert.ok(r.disk_mb.corpus > 0 && r.disk_mb.cache > 0 && r.disk_mb.store > 0 && r.disk_mb.report > 0);
  assert.equal(lines.length, 4);
  assert.match(formatNewsBench(r), /^news-like corpus: 12 articles, report on 1 threads/);
});

Deno.test("addOneArticle() adds an article the report reads, not a duplicate it leaves out", async () => {
  await withTempDir(async (dir) => {
    await writeNewsCorpus(dir, { articles: 12 });
    await addOneArticle(dir);
    const corpus = await loadCorpus(dir);
    assert.deepEqual(corpus.problems, []);
    assert.equal(corpus.articles.length, 13);
  });
});
