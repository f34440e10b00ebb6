import assert from "node:assert/strict";
import { articleRows, outletRows } from "../../src/measures/articles.ts";
import type { AnnotatedArticle, Article, ArticleRow, Sentence } from "../../src/types.ts";

/** An annotated article with `sentences` sentences and `words` words; only those and the metadata matter. */
function annotated(meta: Partial<Article> & { id: string; outlet: string }, words: number, sentences: number) {
  const article: Article = { file: `${meta.id}.md`, extra: {}, text: "", ...meta };
  const s: Sentence[] = Array.from({ length: sentences }, (_, i) => ({
    i,
    start: 0,
    end: 0,
    firstToken: 0,
    lastToken: 0,
  }));
  return { article, sentences: s, tokens: [], terms: [], words } satisfies AnnotatedArticle;
}

const row = (outlet: string, words: number, date = ""): ArticleRow => ({
  id: `${outlet}-${words}`,
  outlet,
  date,
  title: "",
  kind: "",
  words,
  sentences: 1,
});

Deno.test("articleRows() gives one row per article, in order, with its words and sentences", () => {
  const rows = articleRows([
    annotated({ id: "b", outlet: "Peregraf", date: "2025-08-11", title: "A visit", kind: "news" }, 470, 20),
    annotated({ id: "a", outlet: "Iran Daily", date: "2025-08-19", kind: "opinion" }, 796, 31),
  ]);
  assert.deepEqual(rows, [
    { id: "b", outlet: "Peregraf", date: "2025-08-11", title: "A visit", kind: "news", words: 470, sentences: 20 },
    { id: "a", outlet: "Iran Daily", date: "2025-08-19", title: "", kind: "opinion", words: 796, sentences: 31 },
  ]);
});

Deno.test("articleRows() writes an unknown date, title or kind as an empty string", () => {
  assert.deepEqual(articleRows([annotated({ id: "x", outlet: "X" }, 0, 0)]), [
    { id: "x", outlet: "X", date: "", title: "", kind: "", words: 0, sentences: 0 },
  ]);
  assert.deepEqual(articleRows([]), []);
});

Deno.test("outletRows() counts articles and words per outlet, with the median length", () => {
  const rows = outletRows([
    row("A", 10, "2025-08-11"),
    row("B", 10, "2025-08-19"),
    row("A", 40),
    row("B", 25, "2025-08-12"),
    row("A", 20, "2025-08-09"),
  ]);
  assert.deepEqual(rows, [
    // A: 10 + 40 + 20 = 70 words; sorted 10, 20, 40, the median is 20.
    { outlet: "A", articles: 3, words: 70, medianWords: 20, firstDate: "2025-08-09", lastDate: "2025-08-11" },
    // B: 10 + 25 = 35 words; the median of two is their mean, (10 + 25) / 2 = 17.5.
    { outlet: "B", articles: 2, words: 35, medianWords: 17.5, firstDate: "2025-08-12", lastDate: "2025-08-19" },
  ]);
});

Deno.test("outletRows() gives the median of an even number of articles as the mean of the middle two", () => {
  // Sorted 100, 200, 300, 1000: the middle two are 200 and 300, so the median is 250.
  const [a] = outletRows([row("A", 1000), row("A", 200), row("A", 100), row("A", 300)]);
  assert.equal(a.medianWords, 250);
  assert.equal(a.words, 1600);
});

Deno.test("outletRows() leaves the dates empty when no article of an outlet has one", () => {
  assert.deepEqual(outletRows([row("C", 7)]), [
    { outlet: "C", articles: 1, words: 7, medianWords: 7, firstDate: "", lastDate: "" },
  ]);
});

Deno.test("outletRows() takes the first and last dates across months and years", () => {
  const [a] = outletRows([row("A", 1, "2025-01-05"), row("A", 1, "2024-12-31"), row("A", 1, "2025-10-01")]);
  assert.equal(a.firstDate, "2024-12-31");
  assert.equal(a.lastDate, "2025-10-01");
});

Deno.test("outletRows() lists outlets in alphabetical order whatever the order of the rows", () => {
  const outlets = ["Tehran Times", "Alwaght", "The National", "Peregraf", "Iran Daily"];
  assert.deepEqual(outletRows(outlets.map((o) => row(o, 1))).map((r) => r.outlet), [
    "Alwaght",
    "Iran Daily",
    "Peregraf",
    "Tehran Times",
    "The National",
  ]);
  assert.deepEqual(outletRows([]), []);
});

Deno.test("outletRows() of articleRows() summarises annotated articles", () => {
  const rows = articleRows([
    annotated({ id: "1", outlet: "Peregraf", date: "2025-08-11" }, 470, 20),
    annotated({ id: "2", outlet: "Alwaght", date: "2025-08-11" }, 331, 12),
    annotated({ id: "3", outlet: "Peregraf", date: "2025-08-13" }, 130, 5),
  ]);
  assert.deepEqual(outletRows(rows), [
    { outlet: "Alwaght", articles: 1, words: 331, medianWords: 331, firstDate: "2025-08-11", lastDate: "2025-08-11" },
    // Peregraf: 470 + 130 = 600 words, median (470 + 130) / 2 = 300.
    { outlet: "Peregraf", articles: 2, words: 600, medianWords: 300, firstDate: "2025-08-11", lastDate: "2025-08-13" },
  ]);
});
