import assert from "node:assert/strict";
import { weightedLogOdds, weightedLogOddsOf } from "../../src/measures/logodds.ts";
import { countColumns, termIndex } from "../../src/measures/term_index.ts";
import type { ArticleTermRow } from "../../src/types.ts";
import { countTable } from "../../src/measures/count_table.ts";

/** Asserts that two numbers agree to within `tolerance`. */
function near(actual: number, expected: number, tolerance = 1e-9) {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual - expected) < tolerance,
    `expected ${expected}, got ${actual}`,
  );
}

const row = (outlet: string, term: string, count: number): ArticleTermRow => ({
  article: `${outlet}1`,
  outlet,
  term,
  count,
});

/** Two groups: A = 6 + 2 + 12 = 20 terms, B = 1 + 3 + 2 + 24 = 30 terms; n = 50. */
const TWO = countTable([
  row("A", "regime", 6),
  row("A", "force", 2),
  row("A", "other", 12),
  row("B", "regime", 1),
  row("B", "force", 3),
  row("B", "truce", 2),
  row("B", "other", 24),
]);

/** Three groups: A = 4 + 6 = 10, B = 1 + 3 + 16 = 20, C = 5 + 1 + 14 = 20; n = 50. */
const THREE = countTable([
  row("A", "regime", 4),
  row("A", "other", 6),
  row("B", "regime", 1),
  row("B", "truce", 3),
  row("B", "other", 16),
  row("C", "regime", 5),
  row("C", "truce", 1),
  row("C", "other", 14),
]);

const find = (rows: ReturnType<typeof weightedLogOdds>, outlet: string, term: string) =>
  rows.find((r) => r.outlet === outlet && r.term === term)!;

Deno.test("weightedLogOdds() follows Monroe et al. (2008) with the pooled counts as prior", () => {
  const rows = weightedLogOdds(TWO);
  // Default α0 = n = 50, so α_w = α0·y_w/n = y_w.
  // A, "regime": y_w = 7, α_w = 7, y_i = 6, y_j = 1, n_i = 20, n_j = 30.
  // ω_i = (6 + 7) / (20 + 50 − 6 − 7) = 13/57; ω_j = (1 + 7) / (30 + 50 − 1 − 7) = 8/72.
  // δ = ln(13/57) − ln(8/72); σ² = 1/13 + 1/8.
  const delta = Math.log(13 / 57) - Math.log(8 / 72);
  const regimeA = find(rows, "A", "regime");
  assert.equal(regimeA.count, 6);
  assert.equal(regimeA.corpusCount, 7);
  near(regimeA.logOdds, delta);
  near(regimeA.z, delta / Math.sqrt(1 / 13 + 1 / 8));
  assert.ok(regimeA.z > 0);
  // B, "regime": y_i = 1, y_j = 6, n_i = 30, n_j = 20.
  // ω_i = (1 + 7) / (30 + 50 − 1 − 7) = 8/72; ω_j = (6 + 7) / (20 + 50 − 6 − 7) = 13/57: −δ.
  near(find(rows, "B", "regime").logOdds, -delta);
  near(find(rows, "B", "regime").z, -delta / Math.sqrt(1 / 8 + 1 / 13));
  // A, "force": y_w = 5, y_i = 2, y_j = 3.
  // ω_i = (2 + 5) / (20 + 50 − 2 − 5) = 7/63; ω_j = (3 + 5) / (30 + 50 − 3 − 5) = 8/72: δ = ln 1 = 0.
  near(find(rows, "A", "force").logOdds, 0);
  near(find(rows, "A", "force").z, 0);
});

Deno.test("weightedLogOdds() gives a group that never uses a term a negative, finite z", () => {
  const rows = weightedLogOdds(TWO);
  // A, "truce": y_w = 2, α_w = 2, y_i = 0, y_j = 2.
  // ω_i = (0 + 2) / (20 + 50 − 0 − 2) = 2/68; ω_j = (2 + 2) / (30 + 50 − 2 − 2) = 4/76.
  // σ² = 1/(0 + 2) + 1/(2 + 2) = 1/2 + 1/4.
  const delta = Math.log(2 / 68) - Math.log(4 / 76);
  const truce = find(rows, "A", "truce");
  assert.equal(truce.count, 0);
  assert.equal(truce.corpusCount, 2);
  near(truce.logOdds, delta);
  near(truce.z, delta / Math.sqrt(1 / 2 + 1 / 4));
  assert.ok(truce.z < 0);
});

Deno.test("weightedLogOdds() gives every term a row for every group, by group then descending z", () => {
  const rows = weightedLogOdds(TWO);
  // 4 terms × 2 groups.
  assert.equal(rows.length, 8);
  assert.deepEqual([...new Set(rows.map((r) => r.outlet))], ["A", "B"]);
  for (const outlet of ["A", "B"]) {
    const z = rows.filter((r) => r.outlet === outlet).map((r) => r.z);
    assert.deepEqual(z, [...z].sort((x, y) => y - x));
  }
});

Deno.test("weightedLogOdds() compares each of three groups with the other two", () => {
  const rows = weightedLogOdds(THREE);
  assert.equal(rows.length, 9);
  // Default α0 = n = 50: α_w = y_w.
  // C, "regime": y_w = 10, y_i = 5, y_j = 4 + 1 = 5, n_i = 20, n_j = 10 + 20 = 30.
  // ω_i = (5 + 10) / (20 + 50 − 5 − 10) = 15/55; ω_j = (5 + 10) / (30 + 50 − 5 − 10) = 15/65.
  const delta = Math.log(15 / 55) - Math.log(15 / 65);
  near(find(rows, "C", "regime").logOdds, delta);
  near(find(rows, "C", "regime").z, delta / Math.sqrt(1 / 15 + 1 / 15));
  // A, "truce": y_w = 4, y_i = 0, y_j = 4, n_i = 10, n_j = 40.
  // ω_i = (0 + 4) / (10 + 50 − 0 − 4) = 4/56; ω_j = (4 + 4) / (40 + 50 − 4 − 4) = 8/82.
  const deltaA = Math.log(4 / 56) - Math.log(8 / 82);
  near(find(rows, "A", "truce").z, deltaA / Math.sqrt(1 / 4 + 1 / 8));
  assert.ok(find(rows, "A", "truce").z < 0);
});

Deno.test("weightedLogOdds() scales the prior to priorSize", () => {
  const rows = weightedLogOdds(THREE, { priorSize: 10 });
  // α0 = 10, so α_w = 10·y_w/50 = y_w/5.
  // C, "regime": α_w = 10/5 = 2; y_i = 5, y_j = 5, n_i = 20, n_j = 30.
  // ω_i = (5 + 2) / (20 + 10 − 5 − 2) = 7/23; ω_j = (5 + 2) / (30 + 10 − 5 − 2) = 7/33.
  // δ = ln(7/23) − ln(7/33) = ln(33/23); σ² = 1/7 + 1/7.
  const delta = Math.log(7 / 23) - Math.log(7 / 33);
  near(find(rows, "C", "regime").logOdds, delta);
  near(find(rows, "C", "regime").logOdds, Math.log(33 / 23));
  near(find(rows, "C", "regime").z, delta / Math.sqrt(2 / 7));
  // A, "truce": α_w = 4/5 = 0.8; y_i = 0, y_j = 4, n_i = 10, n_j = 40.
  // ω_i = 0.8 / (10 + 10 − 0 − 0.8) = 0.8/19.2; ω_j = (4 + 0.8) / (40 + 10 − 4 − 0.8) = 4.8/45.2.
  // σ² = 1/0.8 + 1/4.8.
  const deltaA = Math.log(0.8 / 19.2) - Math.log(4.8 / 45.2);
  near(find(rows, "A", "truce").logOdds, deltaA);
  near(find(rows, "A", "truce").z, deltaA / Math.sqrt(1 / 0.8 + 1 / 4.8));
  assert.ok(find(rows, "A", "truce").z < 0);
});

Deno.test("weightedLogOdds() leaves out a term with no occurrences", () => {
  const table = countTable([row("A", "regime", 2), row("A", "other", 3), row("B", "regime", 1), row("B", "other", 4)]);
  table.counts.set("ghost", [0, 0]);
  assert.deepEqual(weightedLogOdds(table).map((r) => r.term).sort(), ["other", "other", "regime", "regime"]);
});

Deno.test("weightedLogOdds() with unusedMinZ keeps a group's unused term only when |z| reaches it", () => {
  // A = 50 terms, B = 30 + 30 = 60; n = 110. A never uses "war".
  const table = countTable([row("A", "other", 50), row("B", "war", 30), row("B", "other", 30)]);
  // A, "war": y_w = α_w = 30, y_i = 0, y_j = 30, n_i = 50, n_j = 60.
  // ω_i = 30 / (50 + 110 − 0 − 30) = 30/130; ω_j = 60 / (60 + 110 − 30 − 30) = 60/110.
  // σ² = 1/30 + 1/60 = 0.05: z = (ln(30/130) − ln(60/110)) / √0.05 = −3.846…
  const z = (Math.log(30 / 130) - Math.log(60 / 110)) / Math.sqrt(0.05);
  near(find(weightedLogOdds(table), "A", "war").z, z);
  const kept = weightedLogOdds(table, { unusedMinZ: 1.96 });
  assert.deepEqual(kept, weightedLogOdds(table).filter((r) => r.count > 0 || Math.abs(r.z) >= 1.96));
  assert.ok(kept.some((r) => r.outlet === "A" && r.term === "war"));
  const stricter = weightedLogOdds(table, { unusedMinZ: 4 });
  assert.deepEqual(stricter.map((r) => `${r.outlet} ${r.term}`), ["A other", "B war", "B other"]);
  // In THREE, A never uses "truce" and its z is about −0.51: left out at 1.96.
  assert.ok(!weightedLogOdds(THREE, { unusedMinZ: 1.96 }).some((r) => r.outlet === "A" && r.term === "truce"));
});

Deno.test("weightedLogOdds() orders rows by group name, descending z, then term, whatever the table's order", () => {
  // Groups given out of order; "p" and "q" have the same counts, so the same z.
  const table = {
    groups: ["B", "A", "e\u0301", "\u00e9"],
    totals: [10, 10, 10, 10],
    counts: new Map([
      ["q", [1, 3, 2, 2]],
      ["p", [1, 3, 2, 2]],
      ["Z", [4, 1, 2, 2]],
      ["rest", [4, 3, 4, 4]],
    ]),
  };
  const rows = weightedLogOdds(table);
  // The definition: every (group, term) row, sorted by group (localeCompare), then z descending, then term.
  const expected = [...rows].sort((a, b) =>
    a.outlet.localeCompare(b.outlet) || b.z - a.z || (a.term < b.term ? -1 : 1)
  );
  assert.deepEqual(rows, expected);
  assert.deepEqual(rows.filter((r) => r.outlet === "A").map((r) => r.term), ["p", "q", "rest", "Z"]);
  // "é" written two ways compares equal: the two groups' rows are interleaved by z.
  assert.equal(rows.filter((r) => r.outlet.normalize() === "\u00e9").length, 8);
});

Deno.test("weightedLogOddsOf() gives weightedLogOdds()'s rows from columns", () => {
  for (const table of [TWO, THREE]) {
    for (const options of [{}, { unusedMinZ: 1 }, { priorSize: 10 }]) {
      assert.deepEqual(weightedLogOddsOf(countColumns(table), options), weightedLogOdds(table, options));
    }
  }
  const rows = weightedLogOddsOf(termIndex([row("A", "war", 3), row("B", "war", 1), row("B", "peace", 4)]));
  // n = 8, α₀ = 8, prior = pooled counts. A's war: y = 3, y_w = 4, αw = 4, nᵢ = 3, nⱼ = 5;
  // ωᵢ = 7 / (3 + 8 − 3 − 4) = 7/4, ωⱼ = 5 / (5 + 8 − 1 − 4) = 5/8; δ = ln(14/5); σ² = 1/7 + 1/5.
  const war = find(rows, "A", "war");
  near(war.logOdds, Math.log(14 / 5));
  near(war.z, Math.log(14 / 5) / Math.sqrt(1 / 7 + 1 / 5));
  assert.deepEqual(rows.map((r) => `${r.outlet} ${r.term}`), ["A war", "A peace", "B peace", "B war"]);
});

Deno.test("weightedLogOddsOf() orders the rows of groups whose names compare equal as weightedLogOdds() does", () => {
  const table = {
    groups: ["e\u0301", "\u00e9"],
    totals: [10, 10],
    counts: new Map([["q", [1, 3]], ["p", [4, 2]], ["rest", [5, 5]]]),
  };
  const rows = weightedLogOddsOf(countColumns(table));
  const expected = [...rows].sort((a, b) =>
    a.outlet.localeCompare(b.outlet) || b.z - a.z || (a.term < b.term ? -1 : 1)
  );
  assert.deepEqual(rows, expected);
  assert.equal(rows.length, 6);
});
