import assert from "node:assert/strict";
import type { ArticleTermRow } from "../../src/measures/terms.ts";
import { keynessWithDispersion, termsSection } from "../../src/report/terms_section.ts";
import { annotateArticle } from "../../src/pipeline/annotate.ts";
import { digestArticle, loadDigestTools } from "../../src/pipeline/digest.ts";
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
