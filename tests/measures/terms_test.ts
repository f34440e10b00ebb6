import assert from "node:assert/strict";
import fc from "fast-check";
import { annotateArticle, type Resources } from "../../src/pipeline/annotate.ts";
import { NO_BOILERPLATE } from "../../src/text/boilerplate.ts";
import { compilePhrases } from "../../src/text/phrases.ts";
import {
  articleTermCounts,
  type TermCounts,
  termOccurrences,
  type TermOptions,
  termRows,
  termRowsOf,
  termRowsOfCounts,
} from "../../src/measures/terms.ts";
import { termIndex } from "../../src/measures/term_index.ts";
import { parseGazetteer } from "../../src/entities/gazetteer.ts";
import type { AnnotatedArticle, ArticleTermRow } from "../../src/types.ts";

const resources: Resources = {
  boilerplate: NO_BOILERPLATE,
  phrases: compilePhrases([{ term: "Zionist regime", variants: [] }]),
};

/** Runs the real annotation pipeline on a small text. */
function annotate(text: string, id = "a", outlet = "Outlet"): AnnotatedArticle {
  return annotateArticle({ id, file: `${id}.md`, outlet, extra: {}, text }, resources);
}

const terms = (a: AnnotatedArticle, options?: TermOptions) => termOccurrences(a, options).map((o) => o.term);

/** Asserts that two numbers agree to within `tolerance`. */
function near(actual: number, expected: number, tolerance = 1e-12) {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual - expected) < tolerance,
    `expected ${expected}, got ${actual}`,
  );
}

const TEXT = "The Zionist regime attacked the forces of al-Sudani. A 12-day war followed.";

// ---------------------------------------------------------------------------
// termOccurrences

Deno.test("termOccurrences() counts a phrase once, never its parts", () => {
  const text = "The Zionist regime and the regime of sanctions.";
  const occ = termOccurrences(annotate(text));
  assert.deepEqual(occ.map((o) => o.term), ["zionist regime", "regime", "sanction"]);
  assert.ok(!occ.some((o) => o.term === "zionist"));
  // The phrase spans both words; the lone "regime" is the second one, at 27, not a part of the phrase.
  assert.deepEqual([occ[0].start, occ[0].end], [4, 18]);
  assert.deepEqual([occ[1].start, occ[1].end], [27, 33]);
  assert.equal(text.indexOf("the regime") + "the ".length, 27);
});

Deno.test("termOccurrences() counts lemmas by default, normal forms on request", () => {
  const a = annotate(TEXT);
  assert.deepEqual(terms(a), ["zionist regime", "attack", "force", "al-sudani", "12-day", "war", "follow"]);
  assert.deepEqual(terms(a, { form: "norm" }), [
    "zionist regime",
    "attacked",
    "forces",
    "al-sudani",
    "12-day",
    "war",
    "followed",
  ]);
});

Deno.test("termOccurrences() leaves out stop words and punctuation unless asked to keep them", () => {
  const a = annotate(TEXT);
  assert.deepEqual(terms(a, { keepStopWords: true }), [
    "the",
    "zionist regime",
    "attack",
    "the",
    "force",
    "of",
    "al-sudani",
    "a",
    "12-day",
    "war",
    "follow",
  ]);
  assert.deepEqual(terms(a, { keepPunctuation: true }), [
    "zionist regime",
    "attack",
    "force",
    "al-sudani",
    ".",
    "12-day",
    "war",
    "follow",
    ".",
  ]);
});

Deno.test("termOccurrences() leaves out a clitic such as 's with the stop words", () => {
  const a = annotate("The regime's army can't win.");
  assert.deepEqual(terms(a, { form: "norm" }), ["regime", "army", "win"]);
  assert.deepEqual(terms(a, { form: "norm", keepStopWords: true }), [
    "the",
    "regime",
    "'s",
    "army",
    "can",
    "not",
    "win",
  ]);
});

Deno.test("termOccurrences() keeps numbers unless keepNumbers is false", () => {
  const a = annotate("In 2024, 3,000 troops crossed the 12-day line.");
  assert.deepEqual(terms(a), ["2024", "3,000", "troop", "cross", "12-day", "line"]);
  // "12-day" is a word, not a number.
  assert.deepEqual(terms(a, { keepNumbers: false }), ["troop", "cross", "12-day", "line"]);
});

Deno.test("termOccurrences() keeps a hyphenated compound as one term", () => {
  const occ = terms(annotate(TEXT));
  assert.ok(occ.includes("al-sudani"));
  assert.ok(occ.includes("12-day"));
  for (const part of ["al", "sudani", "12", "day", "-"]) assert.ok(!occ.includes(part), `no "${part}"`);
});

Deno.test("termOccurrences() makes n-grams that cross neither a sentence nor a left-out term", () => {
  // "the" between "attacked" and "forces" and "of" between "forces" and "al-Sudani" break
  // the run; the full stop ends the first sentence.
  assert.deepEqual(terms(annotate(TEXT), { n: 2 }), ["zionist regime attack", "12-day war", "war follow"]);
  // A line break ends a sentence with nothing left out between "quickly" and "militias".
  assert.deepEqual(terms(annotate("Militias advanced quickly\nmilitias retreated slowly"), { n: 2, form: "norm" }), [
    "militias advanced",
    "advanced quickly",
    "militias retreated",
    "retreated slowly",
  ]);
  // With punctuation kept, the full stop joins the sentence before it but not the one after.
  assert.deepEqual(
    terms(annotate("Troops advanced quickly. Militias retreated slowly."), {
      n: 2,
      form: "norm",
      keepPunctuation: true,
    }),
    ["troops advanced", "advanced quickly", "quickly .", "militias retreated", "retreated slowly", "slowly ."],
  );
  // Trigrams.
  assert.deepEqual(terms(annotate("Militias advanced quickly\nmilitias retreated slowly"), { n: 3, form: "norm" }), [
    "militias advanced quickly",
    "militias retreated slowly",
  ]);
});

Deno.test("termOccurrences() counts no opaque run, and makes no n-gram across one", () => {
  // A run of 1,500 letters without a space is one opaque token: no term, and the words on
  // either side of it are not one bigram.
  const a = annotate(`Militias advanced ${"q".repeat(1500)} quickly today`);
  assert.deepEqual(a.tokens.map((t) => t.type), ["word", "word", "opaque", "word", "word"]);
  assert.deepEqual(terms(a, { form: "norm" }), ["militias", "advanced", "quickly", "today"]);
  assert.deepEqual(terms(a, { n: 2, form: "norm" }), ["militias advanced", "quickly today"]);
});

Deno.test("termOccurrences() gives offsets that slice the text to the term as written", () => {
  const texts = [
    TEXT,
    "The regime's army can't win.",
    "In 2024, 3,000 troops crossed the 12-day line.",
    "Headline\n\nThe Zionist regime and   the regime of sanctions.",
  ];
  for (const text of texts) {
    const a = annotate(text, "x", "X");
    const options: TermOptions[] = [{}, { form: "norm", keepStopWords: true, keepPunctuation: true }];
    for (const o of options) {
      for (const occ of termOccurrences(a, o)) {
        const term = a.terms.find((t) => t.start === occ.start)!;
        assert.equal(text.slice(occ.start, occ.end), term.surface);
        assert.equal(occ.article, "x");
        assert.equal(occ.outlet, "X");
        assert.equal(occ.sentence, term.sentence);
      }
    }
    for (const occ of termOccurrences(a, { form: "norm" })) {
      assert.equal(text.slice(occ.start, occ.end).toLowerCase(), occ.term);
    }
    for (const occ of termOccurrences(a, { form: "norm", n: 2 })) {
      assert.equal(text.slice(occ.start, occ.end).toLowerCase().replace(/\s+/g, " "), occ.term);
    }
  }
  const phrase = termOccurrences(annotate(TEXT)).find((o) => o.term === "zionist regime")!;
  assert.equal(TEXT.slice(phrase.start, phrase.end), "Zionist regime");
  assert.deepEqual([phrase.start, phrase.end, phrase.sentence], [4, 18, 0]);
});

Deno.test("termOccurrences() with names gives a name one occurrence over its whole span, one unit of n-grams", () => {
  const text = "Mr Larijani praised Ali Larijani. Then Speaker Nabih Berri thanked Mr Al Sudani warmly.";
  const a = annotate(text);
  const names = parseGazetteer(
    "entities: [{ name: Ali Larijani, type: person }]\ntitles: [Mr, Speaker]",
    "g.yaml",
  );
  const occ = termOccurrences(a, { names });
  assert.deepEqual(occ.map((o) => [o.term, text.slice(o.start, o.end)]), [
    ["ali larijani", "Mr Larijani"],
    ["praise", "praised"],
    ["ali larijani", "Ali Larijani"],
    ["speaker", "Speaker"],
    ["nabih berri", "Nabih Berri"],
    ["thank", "thanked"],
    ["sudani", "Mr Al Sudani"],
    ["warmly", "warmly"],
  ]);
  assert.deepEqual(occ.map((o) => o.sentence), [0, 0, 0, 1, 1, 1, 1, 1]);
  assert.deepEqual(terms(a, { names, n: 2 }), [
    "ali larijani praise",
    "praise ali larijani",
    "speaker nabih berri",
    "nabih berri thank",
    "thank sudani",
    "sudani warmly",
  ]);
  // The counts are those of the occurrences.
  const counted = articleTermCounts([a], { names });
  assert.deepEqual(counted.find((r) => r.term === "ali larijani")?.count, 2);
  assert.equal(counted.reduce((s, r) => s + r.count, 0), occ.length);
});

Deno.test("termOccurrences() never counts an honorific or a name particle on its own, even without names", () => {
  // Without a gazetteer names are not made one term, but "Mr" and "Al" are still no terms.
  assert.deepEqual(terms(annotate("Mr Larijani met Al Sudani.")), ["larijani", "meet", "sudani"]);
});

// ---------------------------------------------------------------------------
// articleTermCounts

Deno.test("articleTermCounts() counts terms per article, by descending count then alphabetically", () => {
  const rows = articleTermCounts([
    annotate("Israeli drones hit the regime. The regime hit back at drones and troops.", "a1", "Alpha"),
    annotate("The troops held the line.", "a2", "Beta"),
  ]);
  assert.deepEqual(rows, [
    { article: "a1", outlet: "Alpha", term: "drone", count: 2 },
    { article: "a1", outlet: "Alpha", term: "hit", count: 2 },
    { article: "a1", outlet: "Alpha", term: "regime", count: 2 },
    { article: "a1", outlet: "Alpha", term: "israeli", count: 1 },
    { article: "a1", outlet: "Alpha", term: "troop", count: 1 },
    { article: "a2", outlet: "Beta", term: "hold", count: 1 },
    { article: "a2", outlet: "Beta", term: "line", count: 1 },
    { article: "a2", outlet: "Beta", term: "troop", count: 1 },
  ]);
});

// ---------------------------------------------------------------------------
// termRows

/**
 * Three articles, two outlets.
 * a1 (Alpha): regime 3, force 1, war 1 (5 terms)   a2 (Alpha): regime 1, truce 2 (3 terms)
 * b1 (Beta): regime 1, force 2, truce 1 (4 terms)
 * Alpha total = 5 + 3 = 8, Beta total = 4; N = 3 articles.
 * Document frequency: regime 3 (a1, a2, b1), force 2 (a1, b1), truce 2 (a2, b1), war 1 (a1).
 */
const TOY: ArticleTermRow[] = [
  { article: "a1", outlet: "Alpha", term: "regime", count: 3 },
  { article: "a1", outlet: "Alpha", term: "force", count: 1 },
  { article: "a1", outlet: "Alpha", term: "war", count: 1 },
  { article: "a2", outlet: "Alpha", term: "truce", count: 2 },
  { article: "a2", outlet: "Alpha", term: "regime", count: 1 },
  { article: "b1", outlet: "Beta", term: "force", count: 2 },
  { article: "b1", outlet: "Beta", term: "regime", count: 1 },
  { article: "b1", outlet: "Beta", term: "truce", count: 1 },
];

Deno.test("termRows() gives count, per 1,000, document frequency and TF-IDF per outlet", () => {
  const rows = termRows(TOY);
  const expected = [
    // Alpha: regime 3 + 1 = 4 of 8; in a1 and a2; used by all 3 articles: ln(3/3) = 0.
    {
      outlet: "Alpha",
      term: "regime",
      count: 4,
      per1k: (4 / 8) * 1000,
      articles: 2,
      tfidf: (4 / 8) * Math.log(3 / 3),
    },
    // truce 2 of 8; in a2; df = 2.
    { outlet: "Alpha", term: "truce", count: 2, per1k: (2 / 8) * 1000, articles: 1, tfidf: (2 / 8) * Math.log(3 / 2) },
    // force 1 of 8; in a1; df = 2. Ties by count go alphabetically: force before war.
    { outlet: "Alpha", term: "force", count: 1, per1k: (1 / 8) * 1000, articles: 1, tfidf: (1 / 8) * Math.log(3 / 2) },
    // war 1 of 8; in a1 only; df = 1.
    { outlet: "Alpha", term: "war", count: 1, per1k: (1 / 8) * 1000, articles: 1, tfidf: (1 / 8) * Math.log(3 / 1) },
    // Beta: force 2 of 4; df = 2.
    { outlet: "Beta", term: "force", count: 2, per1k: (2 / 4) * 1000, articles: 1, tfidf: (2 / 4) * Math.log(3 / 2) },
    { outlet: "Beta", term: "regime", count: 1, per1k: (1 / 4) * 1000, articles: 1, tfidf: 0 },
    { outlet: "Beta", term: "truce", count: 1, per1k: (1 / 4) * 1000, articles: 1, tfidf: (1 / 4) * Math.log(3 / 2) },
  ];
  assert.deepEqual(
    rows.map((r) => [r.outlet, r.term, r.count, r.articles]),
    expected.map(({ outlet, term, count, articles }) => [outlet, term, count, articles]),
  );
  rows.forEach((r, i) => {
    near(r.per1k, expected[i].per1k);
    near(r.tfidf, expected[i].tfidf);
  });
  // The numbers themselves: 500, 250, 125; 0.25 · ln 1.5 = 0.10136…, 0.125 · ln 3 = 0.13732…
  assert.deepEqual(rows.slice(0, 3).map((r) => r.per1k), [500, 250, 125]);
  near(rows[1].tfidf, 0.10136627702704110, 1e-15);
  near(rows[3].tfidf, 0.13732653608351372, 1e-15);
});

Deno.test("termRowsOf() gives termRows()'s rows from a term index", () => {
  const rows = termRowsOf(termIndex(TOY));
  assert.deepEqual(rows, termRows(TOY));
  // Alpha's regime: 4 of 8 counted terms, in 2 of its articles, used by all 3 articles.
  assert.deepEqual(rows[0], { outlet: "Alpha", term: "regime", count: 4, per1k: 500, articles: 2, tfidf: 0 });
  // Its rows split over two parts of the index give the same rows.
  assert.deepEqual(termRowsOf(termIndex(TOY.slice(0, 3), TOY.slice(3))), rows);
});

Deno.test("termRows() gives a term that every article uses a TF-IDF of 0", () => {
  for (const r of termRows(TOY).filter((r) => r.term === "regime")) assert.equal(r.tfidf, 0);
});

Deno.test("termRows() works from the pipeline's own counts", () => {
  const rows = termRows(articleTermCounts([
    annotate("The Zionist regime attacked.", "a1", "Alpha"),
    annotate("The Zionist regime retreated.", "a2", "Alpha"),
    annotate("Forces of the Zionist regime attacked again.", "b1", "Beta"),
  ]));
  // Alpha: zionist regime 2, attack 1, retreat 1 = 4 terms; N = 3 articles, and b1 also has
  // "zionist regime" and "attack".
  const alpha = rows.filter((r) => r.outlet === "Alpha");
  assert.deepEqual(alpha.map((r) => [r.term, r.count, r.articles]), [
    ["zionist regime", 2, 2],
    ["attack", 1, 1],
    ["retreat", 1, 1],
  ]);
  near(alpha[0].per1k, (2 / 4) * 1000);
  assert.equal(alpha[0].tfidf, 0);
  // attack: in a1 and b1, df = 2 of N = 3.
  near(alpha[1].tfidf, (1 / 4) * Math.log(3 / 2));
  // retreat: in a2 only, df = 1.
  near(alpha[2].tfidf, (1 / 4) * Math.log(3 / 1));
});

Deno.test("termRows() counts document frequency in distinct articles, even when a caller passes one article twice", () => {
  const rows = termRows([
    { article: "a1", outlet: "A", term: "regime", count: 1 },
    { article: "a1", outlet: "A", term: "regime", count: 2 },
    { article: "a2", outlet: "A", term: "war", count: 1 },
  ]);
  const regime = rows.find((r) => r.term === "regime")!;
  // total 4; df(regime) = 1 of N = 2 articles: tfidf = (3/4)·ln 2
  assert.ok(Math.abs(regime.tfidf - (3 / 4) * Math.log(2)) < 1e-12);
  assert.equal(regime.articles, 1);
});

Deno.test("termRows() counts articles the same when an article's rows come apart or repeat", () => {
  // TOY with a1's rows split around a2's and b1's, and a2's "truce" split into 1 + 1.
  const shuffled: ArticleTermRow[] = [
    { article: "a1", outlet: "Alpha", term: "regime", count: 3 },
    { article: "a2", outlet: "Alpha", term: "truce", count: 1 },
    { article: "b1", outlet: "Beta", term: "force", count: 2 },
    { article: "a1", outlet: "Alpha", term: "force", count: 1 },
    { article: "a2", outlet: "Alpha", term: "regime", count: 1 },
    { article: "b1", outlet: "Beta", term: "regime", count: 1 },
    { article: "a2", outlet: "Alpha", term: "truce", count: 1 },
    { article: "a1", outlet: "Alpha", term: "war", count: 1 },
    { article: "b1", outlet: "Beta", term: "truce", count: 1 },
  ];
  // The same counts, articles (a1, a2 for Alpha's regime) and document frequencies as TOY.
  assert.deepEqual(termRows(shuffled), termRows(TOY));
  const truce = termRows(shuffled).find((r) => r.outlet === "Alpha" && r.term === "truce")!;
  assert.deepEqual([truce.count, truce.articles], [2, 1]);
  near(truce.tfidf, (2 / 8) * Math.log(3 / 2));
});

Deno.test("termRows() and articleTermCounts() break count ties by UTF-16 code units, not by locale", () => {
  // "zebra" < "élan" in code units (0x7A < 0xE9); localeCompare would put "élan" first.
  const rows = termRows([
    { article: "a1", outlet: "A", term: "élan", count: 1 },
    { article: "a1", outlet: "A", term: "zebra", count: 1 },
    { article: "a1", outlet: "A", term: "Zulu", count: 1 },
  ]);
  assert.deepEqual(rows.map((r) => r.term), ["Zulu", "zebra", "élan"]);
  const counted = articleTermCounts([annotate("Élan. Zebra. Zebu.", "a1", "A")]);
  assert.deepEqual(counted.map((r) => r.term), ["zebra", "zebu", "élan"]);
});

/** The counts of per-article rows, summed here by hand in plain loops: what the store's SQL gives. */
function countsOf(rows: readonly ArticleTermRow[]): TermCounts {
  const totals = new Map<string, { outlet: string; tokens: number; articles: Set<string> }>();
  const counts = new Map<string, { outlet: string; term: string; count: number; articles: Set<string> }>();
  const documents = new Map<string, Set<string>>();
  for (const r of rows) {
    const t = totals.get(r.outlet) ??
      totals.set(r.outlet, { outlet: r.outlet, tokens: 0, articles: new Set() }).get(r.outlet)!;
    t.tokens += r.count;
    t.articles.add(r.article);
    const key = JSON.stringify([r.outlet, r.term]);
    const c = counts.get(key) ??
      counts.set(key, { outlet: r.outlet, term: r.term, count: 0, articles: new Set() }).get(key)!;
    c.count += r.count;
    c.articles.add(r.article);
    (documents.get(r.term) ?? documents.set(r.term, new Set()).get(r.term)!).add(r.article);
  }
  return {
    totals: [...totals.values()].map((t) => ({ outlet: t.outlet, tokens: t.tokens, articles: t.articles.size })),
    counts: [...counts.values()].map((c) => ({ ...c, articles: c.articles.size })),
    documents: [...documents].map(([term, a]) => ({ term, articles: a.size })),
  };
}

Deno.test("termRowsOfCounts() computes per1k and TF-IDF from summed counts, as by hand", () => {
  // A: a1 war 3, peace 1 (4 terms); B: b1 peace 2, b2 war 1 (3 terms); N = 3 articles.
  const rows = termRowsOfCounts({
    totals: [{ outlet: "B", tokens: 3, articles: 2 }, { outlet: "A", tokens: 4, articles: 1 }],
    counts: [
      { outlet: "B", term: "war", count: 1, articles: 1 },
      { outlet: "A", term: "war", count: 3, articles: 1 },
      { outlet: "A", term: "peace", count: 1, articles: 1 },
      { outlet: "B", term: "peace", count: 2, articles: 1 },
    ],
    documents: [{ term: "war", articles: 2 }, { term: "peace", articles: 2 }],
  });
  assert.deepEqual(rows, [
    { outlet: "A", term: "war", count: 3, per1k: 750, articles: 1, tfidf: (3 / 4) * Math.log(3 / 2) },
    { outlet: "A", term: "peace", count: 1, per1k: 250, articles: 1, tfidf: (1 / 4) * Math.log(3 / 2) },
    { outlet: "B", term: "peace", count: 2, per1k: (2 / 3) * 1000, articles: 1, tfidf: (2 / 3) * Math.log(3 / 2) },
    { outlet: "B", term: "war", count: 1, per1k: (1 / 3) * 1000, articles: 1, tfidf: (1 / 3) * Math.log(3 / 2) },
  ]);
});

Deno.test("termRowsOfCounts() names a group without a total and a term without a document frequency", () => {
  const counts = [{ outlet: "A", term: "war", count: 1, articles: 1 }];
  assert.throws(() => termRowsOfCounts({ totals: [], counts, documents: [] }), {
    message: 'Cannot make the term rows: group "A" has counts but no total',
  });
  assert.throws(() => termRowsOfCounts({ totals: [{ outlet: "A", tokens: 1, articles: 1 }], counts, documents: [] }), {
    message: 'Cannot make the term rows: term "war" has no document frequency',
  });
});

Deno.test("termRowsOfCounts() gives termRows' rows, in its order, from the rows' counts in any order", () => {
  const row = fc.record({
    article: fc.constantFrom("a1", "a2", "b1", "c1", "c2"),
    term: fc.constantFrom("war", "peace", "War", "éclat", "zeta", "ß", "talks"),
    count: fc.integer({ min: 1, max: 9 }),
  });
  fc.assert(
    fc.property(fc.array(row, { maxLength: 40 }), fc.integer(), (drawn, seed) => {
      // One row per article and term, each article of one outlet (its id's letter).
      const seen = new Set<string>();
      const rows = drawn.filter((r) => !seen.has(r.article + r.term) && seen.add(r.article + r.term))
        .map((r) => ({ ...r, outlet: r.article[0].toUpperCase() }));
      const counts = countsOf(rows);
      const shuffle = <T>(xs: readonly T[]) =>
        xs.map((x, i) => [((i + 1) * (seed | 1)) % 101, x] as const)
          .sort((a, b) => a[0] - b[0]).map(([, x]) => x);
      const shuffled = { totals: shuffle(counts.totals), counts: shuffle(counts.counts), documents: counts.documents };
      assert.deepEqual(termRowsOfCounts(shuffled), termRows(rows));
    }),
  );
});
