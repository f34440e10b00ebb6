import assert from "node:assert/strict";
import { type LogOddsRow, weightedLogOdds } from "../../src/measures/logodds.ts";
import { countTable } from "../../src/measures/count_table.ts";
import { keynessWithDispersion } from "../../src/measures/keyness_dispersion.ts";
import { termsSection } from "../../src/report/terms_section.ts";
import { KEYNESS_UNUSED_P, LOG_ODDS_UNUSED_Z, termsTables } from "../../src/stages/terms.ts";
import type { ArticleTermRow } from "../../src/types.ts";
import { ROWS } from "../fixtures/article_term_rows.ts";
import { annotateArticle } from "../../src/pipeline/annotate.ts";
import { annotateAndDigest, digestArticle, loadDigestTools } from "../../src/pipeline/digest.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { NO_BOILERPLATE } from "../../src/text/boilerplate.ts";
import { compilePhrases } from "../../src/text/phrases.ts";

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
  assert.deepEqual(s.tables[0].columns, ["outlet", "term", "count", "per1k", "articles", "tfidf"]);
  assert.deepEqual(s.tables[1].columns.slice(0, 11), [
    "outlet",
    "term",
    "count",
    "refCount",
    "total",
    "refTotal",
    "g2",
    "logRatio",
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
