import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/load.ts";
import {
  brownPressSentences,
  NEWS_DEFAULTS,
  NEWS_RANGES,
  newsArticles,
  newsNames,
  seededRandom,
  writeNewsCorpus,
} from "../../bench/news.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";

/** A folder's files and their contents. */
async function contents(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return await Promise.all(names.map(async (n) => `${n}\n${await readFile(join(dir, n), "utf8")}`));
}

const sentences = await brownPressSentences();

Deno.test("brownPressSentences() reads thousands of whole sentences of the Brown press texts", () => {
  assert.ok(sentences.length > 5000, `${sentences.length} sentences`);
  assert.ok(sentences.every((s) => s.length >= 40 && !s.includes("\n")));
  assert.ok(sentences.includes(
    "The Fulton County Grand Jury said Friday an investigation of Atlanta's recent primary election produced “no evidence” that any irregularities took place.",
  ));
});

Deno.test("writeNewsCorpus() writes the same files for the same seed, and other files for another seed", async () => {
  await withTempDir(async (root) => {
    const [a, b, c] = [join(root, "a"), join(root, "b"), join(root, "c")];
    assert.equal(await writeNewsCorpus(a, { articles: 50, seed: 7 }), 50);
    await writeNewsCorpus(b, { articles: 50, seed: 7 });
    await writeNewsCorpus(c, { articles: 50, seed: 8 });
    const [ca, cb, cc] = [await contents(a), await contents(b), await contents(c)];
    assert.deepEqual(ca, cb);
    assert.notDeepEqual(ca, cc);
    await assert.rejects(() => writeNewsCorpus(a, { articles: 1 }), /the folder is not empty \(50 entries\)/);
  });
});

Deno.test("50 news-like articles load with loadCorpus() without a problem, outlets in equal shares and dates rising", async () => {
  await withTempDir(async (dir) => {
    await writeNewsCorpus(dir, { articles: 50, outlets: 7, days: 10 });
    const corpus = await loadCorpus(dir, { strict: true });
    assert.deepEqual(corpus.problems, []);
    assert.equal(corpus.articles.length, 50);
    const perOutlet = new Map<string, number>();
    for (const a of corpus.articles) perOutlet.set(a.outlet, (perOutlet.get(a.outlet) ?? 0) + 1);
    // 50 = 7 × 7 + 1: one outlet has 8 articles, six have 7.
    assert.deepEqual([...perOutlet.values()].sort(), [7, 7, 7, 7, 7, 7, 8]);
    const generated = [...newsArticles(sentences, { articles: 50, outlets: 7, days: 10 })];
    const dates = generated.map((a) => a.date);
    assert.equal(dates[0], "2025-01-01");
    assert.equal(dates[49], "2025-01-10"); // day ⌊49 × 10 / 50⌋ = 9
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(new Set(dates).size, 10); // 5 articles a day
    for (const a of corpus.articles) {
      assert.ok(["news", "opinion", "analysis"].includes(a.kind!));
      assert.match(a.country!, /ia$/);
    }
  });
});

Deno.test("newsArticles() names people, organisations and places within the ranges, each in the text", () => {
  const names = newsNames({ articles: 1 });
  for (const a of newsArticles(sentences, { articles: 50 })) {
    for (const kind of ["people", "organisations", "places"] as const) {
      const [least, most] = NEWS_RANGES[kind];
      assert.ok(a.names[kind].length >= least && a.names[kind].length <= most, `${a.name}: ${kind}`);
      assert.equal(new Set(a.names[kind]).size, a.names[kind].length, "distinct names");
      for (const name of a.names[kind]) {
        assert.ok(names[kind].includes(name), name);
        assert.ok(a.text.includes(name), `${a.name} names ${name}`);
      }
    }
    const drawn = a.text.split(/(?<=\.)\s+/).filter((s) => sentences.includes(s)).length;
    assert.ok(drawn >= 1 && drawn <= NEWS_RANGES.sentences[1], `${a.name}: ${drawn} Brown sentences`);
  }
  assert.deepEqual(
    [names.people.length, names.organisations.length, names.places.length, names.outlets.length],
    [NEWS_DEFAULTS.people, NEWS_DEFAULTS.organisations, NEWS_DEFAULTS.places, NEWS_DEFAULTS.outlets],
  );
});

Deno.test("newsArticles() draws names by Zipf rank: the first recur most, and new pairs keep coming as the corpus grows", () => {
  const names = newsNames({ articles: 1 });
  const articles = [...newsArticles(sentences, { articles: 4000 })];
  const uses = new Map<string, number>();
  for (const a of articles) for (const p of a.names.people) uses.set(p, (uses.get(p) ?? 0) + 1);
  // With weights 1/r over 3,000 people (their sum about 8.58) and 2.5 people an article,
  // the first is drawn in about 4000 × 2.5 / 8.58 ≈ 1,165 articles and the 100th in about
  // 12: the counts fall with the rank.
  const [first, tenth, hundredth] = [1, 10, 100].map((r) => uses.get(names.people[r - 1]) ?? 0);
  assert.ok(first > tenth && tenth > hundredth, `${first}, ${tenth}, ${hundredth}`);
  assert.ok(first > 900 && first < 1400, `the first person is in ${first} articles`);
  // The distinct pairs of names sharing an article, after each thousand articles: each
  // thousand adds at least half as many new pairs as the first did (measured at seed 19:
  // 15,638, then 13,761, 12,640 and 12,039 new pairs).
  const seen = new Set<string>();
  const added: number[] = [];
  articles.forEach((a, i) => {
    const before = seen.size;
    const all = [...a.names.people, ...a.names.organisations, ...a.names.places].sort();
    for (let x = 0; x < all.length; x++) for (let y = x + 1; y < all.length; y++) seen.add(`${all[x]}|${all[y]}`);
    if (i % 1000 === 0) added.push(0);
    added[added.length - 1] += seen.size - before;
  });
  assert.equal(added.length, 4);
  assert.ok(added.every((n) => n >= added[0] / 2), `new pairs per thousand articles: ${added.join(", ")}`);
});

Deno.test("seededRandom() repeats its sequence for a seed and stays in [0, 1)", () => {
  const [a, b] = [seededRandom(42), seededRandom(42)];
  const xs = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 1000 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notEqual(seededRandom(43)(), xs[0]);
});

Deno.test("newsArticles() refuses a count that is not a whole number of at least 1", () => {
  assert.throws(() => [...newsArticles(sentences, { articles: 0 })], /articles must be a whole number of at least 1/);
  assert.throws(() => [...newsArticles([], { articles: 1 })], /no sentence/);
});
