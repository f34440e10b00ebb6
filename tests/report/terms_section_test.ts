import assert from "node:assert/strict";
import fc from "fast-check";
import { gries } from "../../src/measures/dispersion.ts";
import { type LogOddsRow, weightedLogOdds } from "../../src/measures/logodds.ts";
import { type ArticleTermRow, countTable } from "../../src/measures/terms.ts";
import {
  KEYNESS_UNUSED_P,
  keynessWithDispersion,
  LOG_ODDS_UNUSED_Z,
  termsSection,
  termsTables,
} from "../../src/report/terms_section.ts";
import { annotateArticle } from "../../src/pipeline/annotate.ts";
import { annotateAndDigest, digestArticle, loadDigestTools } from "../../src/pipeline/digest.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { NO_BOILERPLATE } from "../../src/text/boilerplate.ts";
import { compilePhrases } from "../../src/text/phrases.ts";

const ROWS: ArticleTermRow[] = [
  // Outlet A: two articles of 10 and 30 counted terms; "x" only in the first.
  { article: "a1", outlet: "A", term: "x", count: 4 },
  { article: "a1", outlet: "A", term: "y", count: 6 },
  { article: "a2", outlet: "A", term: "y", count: 30 },
  { article: "b1", outlet: "B", term: "y", count: 20 },
];

Deno.test("keynessWithDispersion() adds Gries's DP over the outlet's articles and how many use the term", () => {
  const rows = keynessWithDispersion(ROWS);
  const x = rows.find((r) => r.outlet === "A" && r.term === "x")!;
  // sizes 10 and 30 → s = (0.25, 0.75); x all in a1 → v = (1, 0); DP = ½(|1−.25| + |0−.75|) = 0.75
  assert.equal(x.dp, 0.75);
  assert.equal(x.articles, 1);
  assert.equal(x.outlet_articles, 2);
  assert.equal(x.total, 40);
  assert.equal(x.ref_total, 20);
  const y = rows.find((r) => r.outlet === "A" && r.term === "y")!;
  // y: 6 of 36 in a1, 30 of 36 in a2 → v = (1/6, 5/6); DP = ½(|1/6−1/4| + |5/6−3/4|) = 1/12
  assert.ok(Math.abs(y.dp - 1 / 12) < 1e-12);
  const yb = rows.find((r) => r.outlet === "B" && r.term === "y")!;
  assert.equal(yb.dp, 0, "one article: DP 0");
  assert.equal(yb.outlet_articles, 1);
});

Deno.test("termsSection() gives terms, keyness and log-odds tables with the required columns, and three charts", async () => {
  const tools = await loadDigestTools();
  const resources = {
    boilerplate: NO_BOILERPLATE,
    phrases: compilePhrases([{ term: "Zionist regime", variants: [] }]),
  };
  const annotated = [
    annotateArticle({
      id: "a",
      file: "a.md",
      outlet: "A",
      extra: {},
      text: "The Zionist regime attacked. The Zionist regime struck again.",
    }, resources),
    annotateArticle({
      id: "b",
      file: "b.md",
      outlet: "B",
      extra: {},
      text: "Israel struck. Israeli strikes hit Lebanon.",
    }, resources),
  ];
  const digests = annotated.map((a) => digestArticle(a, tools));
  const s = termsSection({
    corpus: { dir: "x", articles: annotated.map((a) => a.article), problems: [] },
    digests,
    tools,
  });
  assert.deepEqual(s.tables.map((t) => t.name), ["terms", "keyness", "log_odds"]);
  assert.deepEqual(s.tables[0].columns, ["outlet", "term", "count", "per_1k", "articles", "tfidf"]);
  assert.deepEqual(s.tables[1].columns.slice(0, 11), [
    "outlet",
    "term",
    "count",
    "ref_count",
    "total",
    "ref_total",
    "g2",
    "log_ratio",
    "lrc",
    "p",
    "dp",
  ]);
  const zr = (s.tables[0].rows as { outlet: string; term: string; count: number }[]).find((r) =>
    r.term === "zionist regime"
  )!;
  assert.equal(zr.count, 2);
  assert.ok(
    !(s.tables[0].rows as { term: string }[]).some((r) => r.term === "zionist" || r.term === "regime"),
    "phrase parts not counted",
  );
  assert.equal(s.charts.length, 3);
});

Deno.test("termsSection() of one outlet says that keyness and log-odds need two, with no rows (no −∞) and no chart for them", async () => {
  const tools = await loadDigestTools();
  const resources = { boilerplate: NO_BOILERPLATE, phrases: compilePhrases([]) };
  const annotated = ["Israel struck Lebanon. Hezbollah answered.", "Israel struck again. Lebanon mourned."].map((
    text,
    i,
  ) => annotateArticle({ id: `a${i}`, file: `a${i}.md`, outlet: "Only Outlet", extra: {}, text }, resources));
  const digests = annotated.map((a) => digestArticle(a, tools));
  const tables = termsTables(digests);
  assert.ok(tables.terms.length > 0);
  assert.deepEqual([tables.keyness.length, tables.logOdds.length], [0, 0]);
  const s = termsSection({
    corpus: { dir: "x", articles: annotated.map((a) => a.article), problems: [] },
    digests,
    tools,
  });
  assert.deepEqual(s.charts.map((c) => c.name), ["top-terms"]);
  assert.equal(s.notes?.length, 1);
  assert.match(s.notes![0], /this corpus has one outlet \(Only Outlet\): they were not computed/);
  assert.match(s.notes![0], /Add articles from a second outlet/);
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
  assert.deepEqual([y.count, y.articles, y.outlet_articles], [36, 2, 2]);
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
  assert.deepEqual([x.articles, x.outlet_articles], [2, 3]);
  // B's one article never uses "x".
  const xb = keynessWithDispersion(rows).find((r) => r.outlet === "B" && r.term === "x")!;
  assert.deepEqual([xb.dp, xb.articles, xb.outlet_articles], [0, 0, 1]);
});

Deno.test("termsSection() keeps in log_odds the terms each outlet uses and those it avoids with |z| ≥ 1.96", async () => {
  const tools = await loadDigestTools();
  const resources = { boilerplate: NO_BOILERPLATE, phrases: compilePhrases([]) };
  const texts: [string, string][] = [
    ["A", "War war war war war war war war war war war war war war war war. Calm talks."],
    ["B", "Peace peace peace peace peace peace peace peace peace peace peace peace. Calm talks. Bread."],
  ];
  const annotated = texts.map(([outlet, text], i) =>
    annotateArticle({ id: `a${i}`, file: `a${i}.md`, outlet, extra: {}, text }, resources)
  );
  const digests = annotated.map((a) => digestArticle(a, tools));
  const s = termsSection({
    corpus: { dir: "x", articles: annotated.map((a) => a.article), problems: [] },
    digests,
    tools,
  });
  const all = weightedLogOdds(countTable(digests.flatMap((d) => d.terms)));
  const kept = s.tables.find((t) => t.name === "log_odds")!.rows as LogOddsRow[];
  assert.deepEqual(kept, all.filter((r) => r.count > 0 || Math.abs(r.z) >= LOG_ODDS_UNUSED_Z));
  // B never says "war" (z ≤ −1.96: kept); A never says "bread" (|z| < 1.96: left out).
  const unused = (outlet: string, term: string) => all.find((r) => r.outlet === outlet && r.term === term)!;
  assert.ok(unused("B", "war").count === 0 && unused("B", "war").z <= -1.96);
  assert.ok(kept.some((r) => r.outlet === "B" && r.term === "war"));
  assert.ok(unused("A", "bread").count === 0 && Math.abs(unused("A", "bread").z) < 1.96);
  assert.ok(!kept.some((r) => r.outlet === "A" && r.term === "bread"));
  assert.equal(LOG_ODDS_UNUSED_Z, 1.96);
});

Deno.test("termsTables() keeps an outlet's unused terms only when avoided significantly, in keyness and log-odds", () => {
  // B never uses "x" (4 of A's 40): p of G² well above 0.05, so no B row for x; C's 500
  // uses of "z" make A and B avoid it significantly.
  const rows: ArticleTermRow[] = [
    ...ROWS,
    { article: "c1", outlet: "C", term: "z", count: 500 },
    { article: "c1", outlet: "C", term: "y", count: 20 },
  ];
  const digests = [{ terms: rows }];
  const t = termsTables(digests);
  const full = keynessWithDispersion(rows);
  assert.deepEqual(t.keyness, full.filter((r) => r.count > 0 || r.p < KEYNESS_UNUSED_P));
  assert.ok(!t.keyness.some((r) => r.outlet === "B" && r.term === "x"));
  assert.ok(t.keyness.some((r) => r.outlet === "B" && r.term === "z" && r.count === 0 && r.p < 0.05));
  const odds = weightedLogOdds(countTable(rows));
  assert.deepEqual(t.logOdds, odds.filter((r) => r.count > 0 || Math.abs(r.z) >= LOG_ODDS_UNUSED_Z));
  // Term frequencies: A has x and y, B y, C y and z.
  assert.equal(t.terms.length, 5);
});

Deno.test("keynessWithDispersion() with a table takes keyness from it and dispersion from the rows", () => {
  assert.deepEqual(keynessWithDispersion(ROWS, { table: countTable(ROWS) }), keynessWithDispersion(ROWS));
  // A table of A's rows only, whose "z" the rows never use: keyness of A against nothing, DP from the rows.
  const table = { groups: ["A", "B"], totals: [40, 5], counts: new Map([["x", [4, 0]], ["z", [0, 5]]]) };
  const rows = keynessWithDispersion(ROWS, { table });
  const x = rows.find((r) => r.outlet === "A" && r.term === "x")!;
  assert.deepEqual([x.count, x.ref_count, x.total, x.ref_total, x.dp, x.articles, x.outlet_articles], [
    4,
    0,
    40,
    5,
    0.75,
    1,
    2,
  ]);
  const z = rows.find((r) => r.outlet === "B" && r.term === "z")!;
  assert.deepEqual([z.dp, z.articles, z.outlet_articles], [0, 0, 1]);
});

Deno.test("keynessWithDispersion() puts an article in the outlet of its first row", () => {
  // a2's second row names B, but a2 is A's: B has one article (b1), A two.
  const rows = keynessWithDispersion([...ROWS, { article: "a2", outlet: "B", term: "x", count: 2 }]);
  const xb = rows.find((r) => r.outlet === "B" && r.term === "x")!;
  // B counts x twice, but b1 does not use it.
  assert.deepEqual([xb.count, xb.dp, xb.articles, xb.outlet_articles], [2, 0, 0, 1]);
  const xa = rows.find((r) => r.outlet === "A" && r.term === "x")!;
  // A's articles a1 (10) and a2 (30 + 2): x = 4 and 2 → v = (2/3, 1/3), s = (10/42, 32/42).
  assert.deepEqual([xa.count, xa.articles, xa.outlet_articles], [4, 2, 2]);
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
        assert.equal(k.outlet_articles, articles.length);
      }
    }),
    { numRuns: 300 },
  );
});

Deno.test("termsTables() on the seed corpus counts names as names: no house style among The National's key terms", async () => {
  const tools = await loadDigestTools();
  const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
  const { terms, keyness } = termsTables(digests);
  const national = keyness.filter((r) => r.outlet === "The National");
  // "Mr Larijani", "Mr Al Sudani", "Qasim Al Araji": never "mr", "al", "sudani" or "araji".
  for (const part of ["mr", "al", "sudani", "araji", "larijani"]) {
    assert.ok(!keyness.some((r) => r.term === part), `no "${part}" in keyness.csv`);
    assert.ok(!terms.some((r) => r.term === part), `no "${part}" in terms.csv`);
  }
  // The National: "Ali Larijani" twice and "Mr Larijani" seven times; "Mohammed Shia Al Sudani"
  // once and "Mr Al Sudani" twice.
  const count = (outlet: string, term: string) => terms.find((r) => r.outlet === outlet && r.term === term)?.count;
  assert.equal(count("The National", "ali larijani"), 2 + 7);
  assert.equal(count("The National", "mohammed shia al-sudani"), 1 + 2);
  // Tehran Times writes "al-Sudani" (three times, and once in full): the same term.
  assert.equal(count("Tehran Times", "mohammed shia al-sudani"), 3 + 1);
  assert.ok(!terms.some((r) => r.term === "al-sudani"));
  // The National's most key terms are words of its own, not spellings.
  const top = national.filter((r) => r.g2 > 0).sort((a, b) => b.g2 - a.g2).slice(0, 3).map((r) => r.term);
  assert.ok(!top.some((t) => ["mr", "al", "sudani"].includes(t)), `top: ${top}`);
});
