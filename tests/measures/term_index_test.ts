import assert from "node:assert/strict";
import { countColumns, termIndex } from "../../src/measures/term_index.ts";
import type { ArticleTermRow } from "../../src/types.ts";
import { countTable } from "../../src/measures/count_table.ts";

const ROWS: ArticleTermRow[] = [
  { article: "a1", outlet: "B", term: "war", count: 2 },
  { article: "a1", outlet: "B", term: "peace", count: 1 },
  { article: "a2", outlet: "A", term: "war", count: 3 },
  { article: "a2", outlet: "A", term: "Zeta", count: 1 },
];

Deno.test("termIndex() numbers groups by localeCompare and terms by UTF-16 code units, and sums counts by both", () => {
  const index = termIndex(ROWS);
  assert.deepEqual(index.groups, ["A", "B"]);
  // "Z" (U+005A) comes before "p" and "w".
  assert.deepEqual(index.terms, ["Zeta", "peace", "war"]);
  // Zeta: A 1, B 0; peace: A 0, B 1; war: A 3, B 2.
  assert.deepEqual([...index.counts], [1, 0, 0, 1, 3, 2]);
  assert.deepEqual(index.totals, [4, 3]);
  assert.deepEqual(index.articles, ["a1", "a2"]);
  assert.deepEqual([...index.articleGroup], [1, 0]);
  assert.deepEqual([...index.rowTerm], [2, 1, 2, 0]);
  assert.deepEqual([...index.rowGroup], [1, 1, 0, 0]);
  assert.deepEqual([...index.rowArticle], [0, 0, 1, 1]);
  assert.deepEqual([...index.rowCount], [2, 1, 3, 1]);
  assert.equal(index.byArticle, null, "each article's rows already together");
});

Deno.test("termIndex() reads its parts one after the other, and orders the rows of an article that come apart", () => {
  const parts: ArticleTermRow[][] = [
    [{ article: "a1", outlet: "X", term: "t", count: 1 }],
    [{ article: "a2", outlet: "X", term: "t", count: 2 }],
    [{ article: "a1", outlet: "X", term: "u", count: 4 }],
  ];
  const index = termIndex(...parts);
  assert.deepEqual(index, termIndex(parts.flat()));
  assert.deepEqual([...index.rowArticle], [0, 1, 0]);
  // a1's rows (0 and 2), then a2's (1).
  assert.deepEqual([...(index.byArticle ?? [])], [0, 2, 1]);
  assert.deepEqual([...index.counts], [3, 4]);
  assert.deepEqual(index.totals, [7]);
});

Deno.test("termIndex() puts an article in the group of its first row, and counts each row in its own group", () => {
  const index = termIndex([
    { article: "a1", outlet: "B", term: "t", count: 1 },
    { article: "a1", outlet: "A", term: "t", count: 2 },
  ]);
  assert.deepEqual(index.groups, ["A", "B"]);
  assert.deepEqual([...index.articleGroup], [1]);
  assert.deepEqual([...index.counts], [2, 1]);
});

Deno.test("termIndex() of no rows is empty", () => {
  const index = termIndex([]);
  assert.deepEqual([index.groups, index.terms, [...index.counts], index.totals], [[], [], [], []]);
});

Deno.test("countColumns() gives a count table's terms sorted, with their counts in columns", () => {
  const table = countTable(ROWS);
  const cols = countColumns(table);
  assert.deepEqual(cols.groups, ["A", "B"]);
  assert.deepEqual(cols.terms, ["Zeta", "peace", "war"]);
  assert.deepEqual([...cols.counts], [1, 0, 0, 1, 3, 2]);
  assert.deepEqual(cols.totals, [4, 3]);
  const index = termIndex(ROWS);
  assert.deepEqual([cols.groups, cols.terms, cols.counts, cols.totals], [
    index.groups,
    index.terms,
    index.counts,
    index.totals,
  ]);
});
