import assert from "node:assert/strict";
import { cooccurrenceRows, cooccurrenceTable, logDice, npmi, pairSentences } from "../../src/measures/cooccurrence.ts";
import type { CooccurrenceRow } from "../../src/entities/types.ts";
import { annotatedFor, MENTIONS } from "../fixtures/entities.ts";
import { annotateArticle, loadResources } from "../../src/pipeline/annotate.ts";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-4, `${a} ≠ ${b}`);

Deno.test("npmi() is log(p(x,y) / (p(x) p(y))) / -log p(x,y)", () => {
  // N = 10, f(x) = 4, f(y) = 2, f(x,y) = 2: p(x,y) = 0.2, p(x) = 0.4, p(y) = 0.2
  close(npmi(2, 4, 2, 10), Math.log(0.2 / (0.4 * 0.2)) / -Math.log(0.2));
  close(npmi(2, 4, 2, 10), 0.5693);
});

Deno.test("npmi() is -1 for a pair never together and 1 for a pair in every unit", () => {
  assert.equal(npmi(0, 3, 3, 10), -1);
  assert.equal(npmi(5, 5, 5, 5), 1);
});

Deno.test("npmi() is 0 for independent items", () => {
  close(npmi(1, 2, 5, 10), 0); // p(x,y) = 0.1 = 0.2 * 0.5
});

Deno.test("logDice() is 14 + log2(2 f(x,y) / (f(x) + f(y)))", () => {
  close(logDice(2, 4, 2), 14 + Math.log2(4 / 6));
  assert.equal(logDice(3, 3, 3), 14);
});

Deno.test("cooccurrenceRows() counts sentences and articles by outlet and over the corpus", () => {
  const rows = cooccurrenceRows(MENTIONS, annotatedFor());
  const find = (scope: string, outlet: string, s: string, t: string) =>
    rows.find((r) => r.scope === scope && r.outlet === outlet && r.source === s && r.target === t)!;
  // Sentences: 8 in all; Iran in a1 s0, a1 s1, a2 s0, b1 s1 (4); Iraq in a1 s0, a2 s0 (2); both 2.
  const ii = find("sentence", "all", "Iran", "Iraq");
  assert.equal(ii.sentences, 2);
  assert.equal(ii.articles, 2);
  close(ii.npmi, Math.log((2 / 8) / ((4 / 8) * (2 / 8))) / -Math.log(2 / 8));
  close(ii.logdice, 14 + Math.log2(4 / 6));
  // Articles: 3 in all; Iran in 3, Iraq in 2, both 2: NPMI = log((2/3) / (1 * 2/3)) / -log(2/3) = 0.
  const ia = find("article", "all", "Iran", "Iraq");
  close(ia.npmi, 0);
  close(ia.logdice, 14 + Math.log2(4 / 5));
  // Outlet A only: 6 sentences, Iran in 3, Iraq in 2, both 2.
  const a = find("sentence", "A", "Iran", "Iraq");
  close(a.npmi, Math.log((2 / 6) / ((3 / 6) * (2 / 6))) / -Math.log(2 / 6));
  // Hezbollah and Iran share an article in A (a1) but a sentence too (a1 s1).
  assert.equal(find("sentence", "A", "Hezbollah", "Iran").sentences, 1);
  // The United States and Iran share only an article (b1), not a sentence.
  assert.equal(rows.some((r) => r.scope === "sentence" && r.source === "Iran" && r.target === "United States"), false);
  assert.equal(find("article", "B", "Iran", "United States").sentences, 0);
  assert.equal(find("article", "B", "Iran", "United States").articles, 1);
});

Deno.test("cooccurrenceRows() counts a pair once in a sentence that names one of them twice", () => {
  const rows = cooccurrenceRows(MENTIONS, annotatedFor(), { byOutlet: false });
  const ii = rows.find((r) => r.scope === "sentence" && r.source === "Iran" && r.target === "Iraq")!;
  assert.equal(ii.sentences, 2);
  assert.ok(rows.every((r) => r.outlet === "all"));
});

Deno.test("pairSentences() gives the sentences that name both, as written", () => {
  const got = pairSentences(["Iraq", "Iran"], { mentions: MENTIONS, annotated: annotatedFor() });
  assert.deepEqual(got.map((s) => [s.article, s.sentence, s.text]), [["a1", 0, "S0."], ["a2", 0, "S0."]]);
  assert.deepEqual(pairSentences(["Iran", "United States"], { mentions: MENTIONS, annotated: annotatedFor() }), []);
  assert.equal(
    pairSentences(["Iran", "Iraq"], { mentions: MENTIONS, annotated: annotatedFor() }, { outlets: ["B"] }).length,
    0,
  );
});

Deno.test("cooccurrenceRows() with articlePairs linked keeps article pairs that share a sentence or two articles", async () => {
  const resources = await loadResources();
  const texts = [
    "Aoun met Berri in Beirut. Later Salam spoke.",
    "Aoun and Berri met again. Salam was away.",
    "Salam left.",
  ];
  const annotated = texts.map((text, i) =>
    annotateArticle({ id: `a${i}`, file: `a${i}.md`, outlet: "Outlet", extra: {}, text }, resources)
  );
  const mentions = [
    { article: "a0", sentence: 0, entity: "Aoun" },
    { article: "a0", sentence: 0, entity: "Berri" },
    { article: "a0", sentence: 1, entity: "Salam" },
    { article: "a1", sentence: 0, entity: "Aoun" },
    { article: "a1", sentence: 0, entity: "Berri" },
    { article: "a1", sentence: 1, entity: "Salam" },
    { article: "a2", sentence: 0, entity: "Salam" },
  ].map((m) => ({ ...m, outlet: "Outlet", start: 0, end: 1, surface: m.entity, type: "person" as const }));
  const pairs = (rows: { scope: string; outlet: string; source: string; target: string }[]) =>
    rows.filter((r) => r.scope === "article" && r.outlet === "all").map((r) => `${r.source}+${r.target}`).sort();
  // Aoun+Berri share sentences; Aoun+Salam and Berri+Salam never do but meet in two articles.
  assert.deepEqual(pairs(cooccurrenceRows(mentions, annotated, { articlePairs: "linked" })), [
    "Aoun+Berri",
    "Aoun+Salam",
    "Berri+Salam",
  ]);
  // In the one-article outlet view of a0 alone, a pair that never shares a sentence is dropped.
  const one = cooccurrenceRows(mentions.filter((m) => m.article === "a0"), annotated.slice(0, 1), {
    articlePairs: "linked",
  });
  assert.deepEqual(pairs(one), ["Aoun+Berri"]);
  assert.deepEqual(pairs(cooccurrenceRows(mentions.filter((m) => m.article === "a0"), annotated.slice(0, 1))), [
    "Aoun+Berri",
    "Aoun+Salam",
    "Berri+Salam",
  ]);
});

/** A made-up corpus: outlets, articles of a few sentences, and mentions of entities drawn from a fixed sequence. */
function randomCorpus(outlets: string[], articles: number, seed: number) {
  let s = seed;
  const next = (n: number) => (s = (s * 1103515245 + 12345) % 2147483648) % n;
  const entities = Array.from({ length: 30 }, (_, i) => `E${String.fromCharCode(65 + (i % 26))}${i}`);
  const annotated = Array.from({ length: articles }, (_, i) => {
    const outlet = outlets[next(outlets.length)];
    const n = 1 + next(5);
    return {
      article: { id: `a${i}`, file: `a${i}.md`, outlet, extra: {}, text: "" },
      sentences: Array.from({ length: n }, (_, k) => ({ i: k, start: 0, end: 0, firstToken: 0, lastToken: 0 })),
      tokens: [],
      terms: [],
      words: n,
    };
  });
  const mentions = annotated.flatMap((a) =>
    Array.from({ length: next(12) }, () => ({
      article: a.article.id,
      outlet: a.article.outlet,
      sentence: next(a.sentences.length),
      start: 0,
      end: 1,
      surface: "",
      entity: entities[next(next(2) ? 8 : entities.length)],
      type: "place" as const,
    }))
  );
  return { annotated, mentions };
}

Deno.test("cooccurrenceRows() with linked article pairs gives the rows of all pairs that share a sentence or two articles", () => {
  for (const seed of [1, 2, 3]) {
    const { annotated, mentions } = randomCorpus(["Beta", "alpha", "Gamma"], 60, seed);
    const all = cooccurrenceRows(mentions, annotated);
    const linked = cooccurrenceRows(mentions, annotated, { articlePairs: "linked" });
    assert.deepEqual(linked, all.filter((r) => r.scope === "sentence" || r.articles >= 2 || r.sentences > 0));
    assert.ok(linked.length < all.length);
  }
});

Deno.test("cooccurrenceRows() orders rows by scope, the corpus then outlets, then counts and names", () => {
  const order = (all: string) => (p: CooccurrenceRow, q: CooccurrenceRow) =>
    (p.scope < q.scope ? -1 : p.scope > q.scope ? 1 : 0) ||
    (p.outlet === all ? -1 : 0) - (q.outlet === all ? -1 : 0) || p.outlet.localeCompare(q.outlet) ||
    q.sentences - p.sentences || q.articles - p.articles ||
    (p.source < q.source ? -1 : p.source > q.source ? 1 : 0) ||
    (p.target < q.target ? -1 : p.target > q.target ? 1 : 0);
  // Outlets whose names sort differently by locale and by code units; then one named like the corpus.
  for (const outlets of [["Beta", "alpha", "Émile", "zed"], ["Beta", "all", "alpha"]]) {
    const { annotated, mentions } = randomCorpus(outlets, 40, 5);
    for (const options of [{}, { articlePairs: "linked" as const }, { minCount: 2 }]) {
      const rows = cooccurrenceRows(mentions, annotated, options);
      assert.deepEqual(rows, [...rows].sort(order("all")));
      assert.ok(rows.length > 0);
    }
  }
});

Deno.test("cooccurrenceTable() gives the rows of cooccurrenceRows(), in order, and holds none: each is made when read", () => {
  // Outlets in an order of their own, then one named like the corpus (the rows sorted at the end).
  for (const outlets of [["Beta", "alpha", "Émile", "zed"], ["Beta", "all", "alpha"]]) {
    const { annotated, mentions } = randomCorpus(outlets, 40, 7);
    for (const options of [{}, { articlePairs: "linked" as const }, { minCount: 2, byOutlet: false }]) {
      const rows = cooccurrenceRows(mentions, annotated, options);
      const table = cooccurrenceTable(mentions, annotated, options);
      assert.ok(rows.length > 0 && Array.isArray(table));
      assert.equal(table.length, rows.length);
      assert.deepEqual([...table], rows);
      assert.deepEqual(table.slice(2, 5), rows.slice(2, 5));
      assert.deepEqual(table.filter((r) => r.scope === "sentence"), rows.filter((r) => r.scope === "sentence"));
      assert.deepEqual(table[rows.length - 1], rows[rows.length - 1]);
      assert.equal(table[rows.length], undefined);
      // Held as columns: a row read twice is two objects (but where the rows are sorted at the end: an outlet "all").
      const sorted = outlets.includes("all") && !("byOutlet" in options);
      assert.equal(table[0] === table[0], sorted);
    }
  }
});

Deno.test("cooccurrenceTable() is read-only whatever the outlets' names, an outlet named like the corpus too", () => {
  for (const outlets of [["Beta", "alpha"], ["Beta", "all", "alpha"]]) {
    const { annotated, mentions } = randomCorpus(outlets, 40, 7);
    const table = cooccurrenceTable(mentions, annotated) as CooccurrenceRow[];
    const rows = cooccurrenceRows(mentions, annotated);
    assert.throws(() => table.push(rows[0]), { name: "TypeError", message: /read-only/ }, outlets.join());
    assert.throws(() => table.sort(), { name: "TypeError", message: /read-only/ }, outlets.join());
    assert.deepEqual([...table], rows);
  }
});
