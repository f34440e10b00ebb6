import assert from "node:assert/strict";
import fc from "fast-check";
import { gries } from "../../src/measures/dispersion.ts";
import { countTable } from "../../src/measures/count_table.ts";
import { keynessWithDispersion } from "../../src/measures/keyness_dispersion.ts";
import type { ArticleTermRow } from "../../src/types.ts";
import { ROWS } from "../fixtures/article_term_rows.ts";

Deno.test("keynessWithDispersion() adds Gries's DP over the outlet's articles and how many use the term", () => {
  const rows = keynessWithDispersion(ROWS);
  const x = rows.find((r) => r.outlet === "A" && r.term === "x")!;
  // sizes 10 and 30 → s = (0.25, 0.75); x all in a1 → v = (1, 0); DP = ½(|1−.25| + |0−.75|) = 0.75
  assert.equal(x.dp, 0.75);
  assert.equal(x.articles, 1);
  assert.equal(x.outletArticles, 2);
  assert.equal(x.total, 40);
  assert.equal(x.refTotal, 20);
  const y = rows.find((r) => r.outlet === "A" && r.term === "y")!;
  // y: 6 of 36 in a1, 30 of 36 in a2 → v = (1/6, 5/6); DP = ½(|1/6−1/4| + |5/6−3/4|) = 1/12
  assert.ok(Math.abs(y.dp - 1 / 12) < 1e-12);
  const yb = rows.find((r) => r.outlet === "B" && r.term === "y")!;
  assert.equal(yb.dp, 0, "one article: DP 0");
  assert.equal(yb.outletArticles, 1);
});

Deno.test("keynessWithDispersion() gives the same dispersion when an article's rows come apart or repeat", () => {
  // ROWS with a1's rows split around a2's, a2's "y" split into 10 + 20, and outlet B first.
  const shuffled: ArticleTermRow[] = [
    { article: "b1", outlet: "B", term: "y", count: 20 },
    { article: "a1", outlet: "A", term: "x", count: 4 },
    { article: "a2", outlet: "A", term: "y", count: 10 },
    { article: "a1", outlet: "A", term: "y", count: 6 },
    { article: "a2", outlet: "A", term: "y", count: 20 },
  ];
  assert.deepEqual(keynessWithDispersion(shuffled), keynessWithDispersion(ROWS));
  const y = keynessWithDispersion(shuffled).find((r) => r.outlet === "A" && r.term === "y")!;
  // As in ROWS: sizes 10 and 30, y = 6 and 30 → DP = ½(|6/36 − 1/4| + |30/36 − 3/4|) = 1/12.
  assert.ok(Math.abs(y.dp - 1 / 12) < 1e-12);
  assert.deepEqual([y.count, y.articles, y.outletArticles], [36, 2, 2]);
});

Deno.test("keynessWithDispersion() takes DP over the outlet's articles in the order of their ids", () => {
  // Three articles of A given as c, a, b (sizes 5, 10, 25); "x" in a (2) and c (3).
  const rows: ArticleTermRow[] = [
    { article: "c", outlet: "A", term: "x", count: 3 },
    { article: "c", outlet: "A", term: "z", count: 2 },
    { article: "a", outlet: "A", term: "x", count: 2 },
    { article: "a", outlet: "A", term: "z", count: 8 },
    { article: "b", outlet: "A", term: "z", count: 25 },
    { article: "d", outlet: "B", term: "z", count: 9 },
  ];
  const x = keynessWithDispersion(rows).find((r) => r.outlet === "A" && r.term === "x")!;
  // Articles a, b, c: sizes 10, 25, 5 of 40 → s = (.25, .625, .125); x = (2, 0, 3) of 5 → v = (.4, 0, .6).
  // DP = gries([2, 0, 3], [10, 25, 5]) = ½(.15 + .625 + .475) = 0.625.
  assert.equal(x.dp, gries([2, 0, 3], [10, 25, 5]).dp);
  assert.ok(Math.abs(x.dp - 0.625) < 1e-12);
  assert.deepEqual([x.articles, x.outletArticles], [2, 3]);
  // B's one article never uses "x".
  const xb = keynessWithDispersion(rows).find((r) => r.outlet === "B" && r.term === "x")!;
  assert.deepEqual([xb.dp, xb.articles, xb.outletArticles], [0, 0, 1]);
});

Deno.test("keynessWithDispersion() with a table takes keyness from it and dispersion from the rows", () => {
  assert.deepEqual(keynessWithDispersion(ROWS, { table: countTable(ROWS) }), keynessWithDispersion(ROWS));
  // A table of A's rows only, whose "z" the rows never use: keyness of A against nothing, DP from the rows.
  const table = { groups: ["A", "B"], totals: [40, 5], counts: new Map([["x", [4, 0]], ["z", [0, 5]]]) };
  const rows = keynessWithDispersion(ROWS, { table });
  const x = rows.find((r) => r.outlet === "A" && r.term === "x")!;
  assert.deepEqual([x.count, x.refCount, x.total, x.refTotal, x.dp, x.articles, x.outletArticles], [
    4,
    0,
    40,
    5,
    0.75,
    1,
    2,
  ]);
  const z = rows.find((r) => r.outlet === "B" && r.term === "z")!;
  assert.deepEqual([z.dp, z.articles, z.outletArticles], [0, 0, 1]);
});

Deno.test("keynessWithDispersion() puts an article in the outlet of its first row", () => {
  // a2's second row names B, but a2 is A's: B has one article (b1), A two.
  const rows = keynessWithDispersion([...ROWS, { article: "a2", outlet: "B", term: "x", count: 2 }]);
  const xb = rows.find((r) => r.outlet === "B" && r.term === "x")!;
  // B counts x twice, but b1 does not use it.
  assert.deepEqual([xb.count, xb.dp, xb.articles, xb.outletArticles], [2, 0, 0, 1]);
  const xa = rows.find((r) => r.outlet === "A" && r.term === "x")!;
  // A's articles a1 (10) and a2 (30 + 2): x = 4 and 2 → v = (2/3, 1/3), s = (10/42, 32/42).
  assert.deepEqual([xa.count, xa.articles, xa.outletArticles], [4, 2, 2]);
  assert.ok(Math.abs(xa.dp - (Math.abs(2 / 3 - 10 / 42) + Math.abs(1 / 3 - 32 / 42)) / 2) < 1e-12);
});

Deno.test("keynessWithDispersion()'s DP, from the articles that have the term, is gries() over all the outlet's articles", () => {
  const row = fc.record({
    article: fc.constantFrom("a1", "a2", "a3", "b1", "b2", "c1"),
    term: fc.constantFrom("iran", "iraq", "regime", "visit", "said"),
    count: fc.integer({ min: 0, max: 5 }),
  }).map((r): ArticleTermRow => ({ ...r, outlet: r.article[0].toUpperCase() }));
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
      for (const k of keynessWithDispersion(rows)) {
        const articles = [...new Set(rows.filter((r) => r.outlet === k.outlet).map((r) => r.article))]
          .sort((a, b) => a.localeCompare(b));
        const sizes = articles.map((a) => rows.filter((r) => r.article === a).reduce((n, r) => n + r.count, 0));
        const freqs = articles.map((a) =>
          rows.filter((r) => r.article === a && r.term === k.term).reduce((n, r) => n + r.count, 0)
        );
        assert.ok(Math.abs(k.dp - gries(freqs, sizes).dp) < 1e-12, `${k.outlet} ${k.term}: ${k.dp}`);
        assert.equal(k.articles, freqs.filter((f) => f > 0).length);
        assert.equal(k.outletArticles, articles.length);
      }
    }),
    { numRuns: 300 },
  );
});
