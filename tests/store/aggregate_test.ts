import assert from "node:assert/strict";
import { join } from "node:path";
import fc from "fast-check";
import { documentFrequencies, groupTotals, pairCounts, termCountsByGroup } from "../../src/store/aggregate.ts";
import { openStore, type Store } from "../../src/store/store.ts";
import { ARTICLE_ENTITIES, ARTICLE_TERMS, type ArticleEntityRow, type ArticleTermRow } from "../../src/store/tables.ts";

/** A writable store in a new folder. */
async function newStore(): Promise<Store> {
  const root = await Deno.realPath(await Deno.makeTempDir());
  return await openStore(join(root, "store"), { readOnly: false, corpusDir: join(root, "corpus"), threads: 2 });
}

// Three articles of two outlets:
//   a1 (A): war 2, peace 1        entities iran, iraq, us
//   a2 (A): war 1                 entities iran, iraq
//   b1 (B): war 4, talks 3        entities iran, us
const TERMS: ArticleTermRow[] = [
  { article: "a1", outlet: "A", term: "war", count: 2 },
  { article: "a1", outlet: "A", term: "peace", count: 1 },
  { article: "a2", outlet: "A", term: "war", count: 1 },
  { article: "b1", outlet: "B", term: "war", count: 4 },
  { article: "b1", outlet: "B", term: "talks", count: 3 },
];
const ENTITIES: ArticleEntityRow[] = [
  { article: "a1", outlet: "A", entity: "iran", mentions: 3 },
  { article: "a1", outlet: "A", entity: "iraq", mentions: 1 },
  { article: "a1", outlet: "A", entity: "us", mentions: 1 },
  { article: "a2", outlet: "A", entity: "iraq", mentions: 2 },
  { article: "a2", outlet: "A", entity: "iran", mentions: 1 },
  { article: "b1", outlet: "B", entity: "us", mentions: 1 },
  { article: "b1", outlet: "B", entity: "iran", mentions: 5 },
];

Deno.test("termCountsByGroup() sums each term's count and counts its articles per group, ordered by group then term", async () => {
  const store = await newStore();
  try {
    const file = await store.write("article_terms", ARTICLE_TERMS, TERMS);
    await store.commit();
    assert.deepEqual(await termCountsByGroup(store, store.files("article_terms")), [
      { outlet: "A", term: "peace", count: 1, articles: 1 },
      { outlet: "A", term: "war", count: 3, articles: 2 }, // 2 + 1, in a1 and a2
      { outlet: "B", term: "talks", count: 3, articles: 1 },
      { outlet: "B", term: "war", count: 4, articles: 1 },
    ]);
    assert.equal(file.rows, 5);
  } finally {
    await store.close();
  }
});

Deno.test("documentFrequencies() counts the articles each term occurs in, ordered by term", async () => {
  const store = await newStore();
  try {
    await store.write("article_terms", ARTICLE_TERMS, TERMS);
    await store.commit();
    assert.deepEqual(await documentFrequencies(store, store.files("article_terms")), [
      { term: "peace", articles: 1 },
      { term: "talks", articles: 1 },
      { term: "war", articles: 3 },
    ]);
  } finally {
    await store.close();
  }
});

Deno.test("groupTotals() sums each group's tokens and counts its articles", async () => {
  const store = await newStore();
  try {
    await store.write("article_terms", ARTICLE_TERMS, TERMS);
    await store.commit();
    assert.deepEqual(await groupTotals(store, store.files("article_terms")), [
      { outlet: "A", tokens: 4, articles: 2 }, // 2 + 1 + 1
      { outlet: "B", tokens: 7, articles: 1 }, // 4 + 3
    ]);
  } finally {
    await store.close();
  }
});

Deno.test("pairCounts() counts the articles naming both entities of each pair, lesser id first, above a least count", async () => {
  const store = await newStore();
  try {
    await store.write("article_entities", ARTICLE_ENTITIES, ENTITIES);
    await store.commit();
    const files = store.files("article_entities");
    // a1 gives (iran, iraq), (iran, us), (iraq, us); a2 (iran, iraq); b1 (iran, us).
    assert.deepEqual(await pairCounts(store, files), [
      { x: "iran", y: "iraq", articles: 2 },
      { x: "iran", y: "us", articles: 2 },
      { x: "iraq", y: "us", articles: 1 },
    ]);
    assert.deepEqual(await pairCounts(store, files, { minCount: 2 }), [
      { x: "iran", y: "iraq", articles: 2 },
      { x: "iran", y: "us", articles: 2 },
    ]);
    await assert.rejects(() => pairCounts(store, []), /no Parquet file given/);
    await assert.rejects(() => pairCounts(store, files, { minCount: 1.5 }), /not a whole number/);
  } finally {
    await store.close();
  }
});

/** Random per-article rows: unique (article, term) and (article, entity), few enough keys to collide across articles. */
const corpusArb = fc.array(
  fc.record({
    outlet: fc.constantFrom("A", "B", "Été", "🦉"),
    terms: fc.uniqueArray(fc.constantFrom("war", "peace", "talks", "ceasefire", "über", "Zürich", "a b"), {
      maxLength: 5,
    }),
    counts: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 5, maxLength: 5 }),
    entities: fc.uniqueArray(fc.constantFrom("iran", "iraq", "us", "lebanon", "israel", "hezbollah"), { maxLength: 6 }),
  }),
  { minLength: 1, maxLength: 40 },
);

Deno.test("aggregating 4 shards gives rows byte-identical to aggregating one file of all rows", async () => {
  const store = await newStore();
  try {
    await fc.assert(
      fc.asyncProperty(corpusArb, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }), async (
        articles,
        shardOf,
      ) => {
        const terms: ArticleTermRow[][] = [[], [], [], []];
        const entities: ArticleEntityRow[][] = [[], [], [], []];
        articles.forEach((a, i) => {
          const id = `a${i}`;
          a.terms.forEach((term, k) =>
            terms[shardOf[i]].push({ article: id, outlet: a.outlet, term, count: a.counts[k] })
          );
          a.entities.forEach((entity) =>
            entities[shardOf[i]].push({ article: id, outlet: a.outlet, entity, mentions: 1 })
          );
        });
        const shardTerms = [], shardEntities = [];
        for (let s = 0; s < 4; s++) {
          shardTerms.push(await store.write(`terms_${s}`, ARTICLE_TERMS, terms[s]));
          shardEntities.push(await store.write(`entities_${s}`, ARTICLE_ENTITIES, entities[s]));
        }
        const oneTerms = await store.write("terms_all", ARTICLE_TERMS, terms.flat());
        const oneEntities = await store.write("entities_all", ARTICLE_ENTITIES, entities.flat());
        await store.commit();
        const path = (f: { file: string }) => join(store.dir, f.file);
        const [st, se, ot, oe] = [shardTerms.map(path), shardEntities.map(path), [path(oneTerms)], [path(oneEntities)]];
        for (
          const [sharded, single] of [
            [await termCountsByGroup(store, st), await termCountsByGroup(store, ot)],
            [await documentFrequencies(store, st), await documentFrequencies(store, ot)],
            [await groupTotals(store, st), await groupTotals(store, ot)],
            [await pairCounts(store, se), await pairCounts(store, oe)],
          ]
        ) {
          assert.equal(JSON.stringify(sharded), JSON.stringify(single));
        }
        // And the single file's counts are the rows' own sums.
        const war = terms.flat().filter((r) => r.term === "war");
        const df = (await documentFrequencies(store, ot)).find((r) => r.term === "war");
        assert.equal(df?.articles, war.length || undefined);
      }),
      { numRuns: 20, seed: 19 },
    );
  } finally {
    await store.close();
  }
});
