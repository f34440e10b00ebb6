import assert from "node:assert/strict";
import fc from "fast-check";
import { RowColumns } from "../../src/measures/row_columns.ts";
import { termsStage, termsTables } from "../../src/stages/terms.ts";
import { openStore } from "../../src/store/store.ts";
import { ARTICLE_TERMS } from "../../src/store/tables.ts";
import { documentFrequencies, termCountsByGroup } from "../../src/store/aggregate.ts";
import { termIndex } from "../../src/measures/term_index.ts";
import { type TermCounts, termRowsOf, termRowsOfCounts } from "../../src/measures/terms.ts";
import { keynessWithDispersionOf } from "../../src/measures/keyness_dispersion.ts";
import { weightedLogOddsOf } from "../../src/measures/logodds.ts";
import type { ArticleTermRow } from "../../src/types.ts";

/** Every value of two rows the same by `Object.is` (−0 and NaN told apart), keys in the same order. */
function sameRow(got: object, want: object): void {
  assert.deepEqual(Object.keys(got), Object.keys(want));
  for (const key of Object.keys(want)) {
    const [g, w] = [(got as Record<string, unknown>)[key], (want as Record<string, unknown>)[key]];
    assert.ok(Object.is(g, w), `${key}: ${String(g)} against ${String(w)}`);
  }
}

Deno.test("RowColumns gives back every row pushed, each value the same number or string (−0, NaN, ±Infinity, subnormals), keys in order", () => {
  const row = fc.record({
    outlet: fc.constantFrom("A", "B", "Ç"),
    term: fc.string(),
    count: fc.integer({ min: 0, max: 2 ** 31 }),
    g2: fc.double(),
    p: fc.oneof(fc.constant(-0), fc.constant(NaN), fc.constant(5e-324), fc.double()),
  });
  fc.assert(
    fc.property(fc.array(row, { maxLength: 3000 }), (rows) => {
      const table = new RowColumns<(typeof rows)[number]>();
      for (const r of rows) table.push(r);
      const back = table.rows();
      assert.equal(back.length, rows.length);
      rows.forEach((r, i) => sameRow(back[i], r));
      assert.equal(table.distinct("outlet"), new Set(rows.map((r) => r.outlet)).size);
      assert.equal(table.distinct("term"), new Set(rows.map((r) => r.term)).size);
      assert.equal(table.distinct("count"), 0); // a column of numbers
    }),
    { numRuns: 50 },
  );
});

Deno.test("RowColumns keeps a column as it is once a value is not of its first row's kind (null, a boolean, a number among strings)", () => {
  const table = new RowColumns<{ a: number | null; b: string | number | boolean }>();
  const rows = [{ a: 1, b: "x" }, { a: null, b: 2 }, { a: 3.5, b: true }, { a: -0, b: "x" }];
  for (const r of rows) table.push(r);
  table.rows().forEach((r, i) => sameRow(r, rows[i]));
});

Deno.test("RowColumns refuses a row without one of the first row's keys, naming it and the table's keys; another key is not kept", () => {
  const table = new RowColumns<Record<string, number | undefined>>();
  table.push({ a: 1, b: 2 });
  assert.throws(() => table.push({ a: 1 }), /^Error: Cannot add the row: it has no "b" \(the table's keys: a, b\)$/);
  assert.throws(() => table.push({ a: 1, c: 2 }), /it has no "b"/);
  assert.equal(table.length, 1);
  table.push({ a: 3, b: undefined, c: 4 });
  assert.deepEqual([...table.rows()], [{ a: 1, b: 2 }, { a: 3, b: undefined }]);
});

Deno.test("RowColumns holds no row: each row read is made then (two readings, two objects), and a row of 13 fields takes under 110 bytes (forced collections), objects over 1.5 times that", async () => {
  const table = new RowColumns<{ term: string; count: number }>();
  for (let i = 0; i < 3; i++) table.push({ term: `t${i}`, count: i });
  const rows = table.rows();
  assert.notEqual(rows[0], rows[0]);
  assert.deepEqual(rows[0], rows[0]);
  assert.equal(table.at(3), undefined);
  // The memory a row takes, with forced collections, in a process of its own: a table of
  // 200,000 keyness-like rows (13 fields, 11 of them numbers) as columns, and as objects.
  const script = await Deno.makeTempFile({ suffix: ".ts" });
  try {
    await Deno.writeTextFile(
      script,
      `import { RowColumns } from ${JSON.stringify(new URL("../../src/measures/row_columns.ts", import.meta.url).href)};
const gc = (globalThis as unknown as { gc: () => void }).gc;
const used = () => { gc(); gc(); const m = Deno.memoryUsage(); return m.heapUsed + m.external; };
const N = 200_000;
const terms = Array.from({ length: 5000 }, (_, k) => "term" + k);
const row = (i: number) => ({ outlet: "O" + (i % 7), term: terms[i % 5000], count: i % 100, refCount: i % 37,
  total: 1e6, refTotal: 5e6, g2: i / 3, logRatio: i / 7, lrc: i / 11, p: 1 / (i + 2), dp: i / 13, articles: i % 50,
  outletArticles: 999 });
const before = used();
const table = new RowColumns();
for (let i = 0; i < N; i++) table.push(row(i));
const rows = table.rows();
const columns = used() - before;
const objects = Array.from({ length: N }, (_, i) => row(i));
const asObjects = used() - before - columns;
console.log(JSON.stringify({ columns: columns / N, objects: asObjects / N, length: rows.length + objects.length - N }));
`,
    );
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--v8-flags=--expose-gc", "--allow-all", script],
      stdout: "piped",
      stderr: "inherit",
    }).output();
    assert.ok(out.success);
    const bytes = JSON.parse(new TextDecoder().decode(out.stdout));
    assert.equal(bytes.length, 200_000);
    // 11 numbers of 8 bytes and two codes of 4: 96 bytes a row, with no object for a row.
    assert.ok(bytes.columns < 110, `${bytes.columns} bytes a row as columns`);
    assert.ok(bytes.objects > 1.5 * bytes.columns, `${bytes.objects} bytes a row as objects`);
  } finally {
    await Deno.remove(script);
  }
});

/** Term rows of a few articles in three outlets: words drawn from a small vocabulary. */
function articleRows(seed: number): ArticleTermRow[] {
  const rows: ArticleTermRow[] = [];
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let a = 0; a < 30; a++) {
    const outlet = ["A", "B", "C"][a % 3];
    for (let k = 0; k < 12; k++) {
      rows.push({
        article: `a${a}`,
        outlet,
        term: `w${Math.floor(next() * next() * 40)}`,
        count: 1 + Math.floor(next() * 5),
      });
    }
  }
  return rows;
}

Deno.test("termsTables() gives as columns the rows the measures give as arrays: terms, keyness and log-odds, same values in the same order", () => {
  for (const seed of [1, 2, 3]) {
    const rows = articleRows(seed);
    const byArticle = Map.groupBy(rows, (r) => r.article);
    const tables = termsTables([...byArticle.values()].map((terms) => ({ terms })));
    const index = termIndex(rows);
    const want = {
      terms: termRowsOf(index),
      keyness: keynessWithDispersionOf(index, { unusedMaxP: 0.05 }),
      logOdds: weightedLogOddsOf(index, { unusedMinZ: 1.96 }),
    };
    for (const name of ["terms", "keyness", "logOdds"] as const) {
      const got = tables[name];
      assert.equal(got.length, want[name].length, name);
      assert.ok(got.length > 0, name);
      want[name].forEach((r, i) => sameRow(got[i], r));
      // Held as columns: each reading makes its row.
      assert.notEqual(got[0], got[0]);
    }
  }
});

Deno.test("the terms stage's aggregate holds the store's counts as columns: the rows the queries give, each made when read", async () => {
  const dir = await Deno.makeTempDir();
  const store = await openStore(dir, { readOnly: false, corpusDir: "data/articles" });
  try {
    await store.write("article_terms", ARTICLE_TERMS, articleRows(7));
    await store.commit();
    const files = store.files("article_terms");
    const counts = await termsStage.aggregate!(store) as TermCounts;
    const want = { counts: await termCountsByGroup(store, files), documents: await documentFrequencies(store, files) };
    for (const name of ["counts", "documents"] as const) {
      assert.ok(want[name].length > 10, name);
      assert.deepEqual([...counts[name]], want[name], name);
      assert.notEqual(counts[name][0], counts[name][0], name); // made when read: no row held
    }
    // The term rows made from them are those made from the rows as the queries give them.
    const totals = counts.totals;
    assert.deepEqual([...termRowsOfCounts(counts)], termRowsOfCounts({ totals, ...want }));
  } finally {
    await store.close();
    await Deno.remove(dir, { recursive: true });
  }
});
