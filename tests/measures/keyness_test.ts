import assert from "node:assert/strict";
import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";
import { keyness, keynessOf, keynessWith, logLikelihood, logRatio, lrc, pValue } from "../../src/measures/keyness.ts";
import { termIndex } from "../../src/measures/term_index.ts";
import type { ArticleTermRow } from "../../src/types.ts";
import { countTable } from "../../src/measures/count_table.ts";

/** Asserts that two numbers agree to within `tolerance`. */
function near(actual: number, expected: number, tolerance = 1e-9) {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual - expected) < tolerance,
    `expected ${expected}, got ${actual}`,
  );
}

// ---------------------------------------------------------------------------
// logLikelihood

Deno.test("logLikelihood() applies Williams's correction to the 2×2 G²", () => {
  // a = 10 in a target of c = 100, b = 5 in a reference of d = 200.
  // N = c + d = 300; R1 = a + b = 15; R2 = N − R1 = 285.
  // E11 = R1·c/N = 15·100/300 = 5     E12 = R1·d/N = 15·200/300 = 10
  // E21 = R2·c/N = 285·100/300 = 95   E22 = R2·d/N = 285·200/300 = 190
  // O11 = 10, O12 = 5, O21 = c − a = 90, O22 = d − b = 195.
  const g = 2 * (10 * Math.log(10 / 5) + 5 * Math.log(5 / 10) + 90 * Math.log(90 / 95) + 195 * Math.log(195 / 190));
  // q = 1 + (N/R1 + N/R2 − 1)(N/c + N/d − 1) / (6N) = 1 + (20 + 300/285 − 1)(3 + 1.5 − 1) / 1800
  const q = 1 + ((20 + 300 / 285 - 1) * (3 + 1.5 - 1)) / 1800;
  near(logLikelihood(10, 5, 100, 200), g / q);
  assert.ok(q > 1 && g / q < g, "the correction shrinks G²");
});

Deno.test("logLikelihood() is negative when the term is relatively less frequent in the target", () => {
  // a = 2 of c = 100 (2 %) against b = 13 of d = 200 (6.5 %). Same margins as above:
  // E11 = 5, E12 = 10, E21 = 95, E22 = 190; O = 2, 13, 98, 187.
  const g = 2 * (2 * Math.log(2 / 5) + 13 * Math.log(13 / 10) + 98 * Math.log(98 / 95) + 187 * Math.log(187 / 190));
  const q = 1 + ((300 / 15 + 300 / 285 - 1) * (300 / 100 + 300 / 200 - 1)) / (6 * 300);
  near(logLikelihood(2, 13, 100, 200), -g / q);
  assert.ok(logLikelihood(2, 13, 100, 200) < 0);
});

Deno.test("logLikelihood() is finite when the term is absent from one side", () => {
  // a = 10, b = 0, c = d = 1000: N = 2000, R1 = 10, R2 = 1990.
  // E11 = E12 = 10·1000/2000 = 5; E21 = E22 = 1990·1000/2000 = 995.
  // O = 10, 0, 990, 1000; the empty cell contributes 0·ln 0 = 0.
  const g = 2 * (10 * Math.log(10 / 5) + 0 + 990 * Math.log(990 / 995) + 1000 * Math.log(1000 / 995));
  // Worked out with bc -l to 30 digits: G² = 13.913195078972295…, the known uncorrected
  // value of the full 2×2 table (Rayson's two-cell shortcut 2·10·ln 2 = 13.8629… leaves
  // out the two large cells).
  near(g, 13.913195078972295, 1e-12);
  // q = 1 + (2000/10 + 2000/1990 − 1)(2000/1000 + 2000/1000 − 1) / 12000 = 1.0500012562814070…
  const q = 1 + ((2000 / 10 + 2000 / 1990 - 1) * (2 + 2 - 1)) / 12000;
  near(q, 1.050001256281407, 1e-12);
  // G²/q = 13.250646126125653… (bc -l).
  near(logLikelihood(10, 0, 1000, 1000), 13.250646126125653, 1e-9);
  near(logLikelihood(10, 0, 1000, 1000), g / q);
  // The mirror image, the term only in the reference, has the same size and a minus sign.
  near(logLikelihood(0, 10, 1000, 1000), -13.250646126125653, 1e-9);
});

Deno.test("logLikelihood() is 0 when the term is absent everywhere, or a side is empty", () => {
  assert.equal(logLikelihood(0, 0, 1000, 1000), 0);
  assert.equal(logLikelihood(0, 3, 0, 1000), 0);
  assert.equal(logLikelihood(3, 0, 1000, 0), 0);
  // The term is every token of both sides: R2 = 0, nothing to compare.
  assert.equal(logLikelihood(5, 7, 5, 7), 0);
});

Deno.test("logLikelihood() is 0 when the relative frequencies are equal", () => {
  // 5/100 = 10/200: every observed count equals its expected count.
  near(logLikelihood(5, 10, 100, 200), 0);
});

// ---------------------------------------------------------------------------
// pValue

Deno.test("pValue() gives the χ² (1 d.f.) tail: 3.8415 → 0.05, 6.6349 → 0.01", () => {
  // The 95th and 99th percentiles of χ² with one degree of freedom.
  near(pValue(3.841458820694124), 0.05, 1e-6);
  near(pValue(6.634896601021214), 0.01, 1e-6);
  // The 99.9th percentile, 10.828: p = 0.001.
  near(pValue(10.827566170662733), 0.001, 1e-6);
});

Deno.test("pValue() reads a negative G² by its size, and G² = 0 as p = 1", () => {
  near(pValue(-3.841458820694124), 0.05, 1e-6);
  assert.equal(pValue(0), 1);
});

// ---------------------------------------------------------------------------
// logRatio

Deno.test("logRatio() is log₂ of the ratio of relative frequencies", () => {
  // (20/1000) / (10/1000) = 2 → 1.
  near(logRatio(20, 10, 1000, 1000), 1);
  // (10/1000) / (20/2000) = 1 → 0.
  near(logRatio(10, 20, 1000, 2000), 0);
  // (3/400) / (12/100) = 0.0075 / 0.12 = 1/16 → −4.
  near(logRatio(3, 12, 400, 100), -4);
});

Deno.test("logRatio() replaces a zero count by 0.5 (Hardie 2014)", () => {
  // (5/1000) / (0.5/1000) = 10.
  near(logRatio(5, 0, 1000, 1000), Math.log2(10));
  // (0.5/1000) / (5/2000) = 0.0005 / 0.0025 = 0.2.
  near(logRatio(0, 5, 1000, 2000), Math.log2(0.2));
});

Deno.test("logRatio() is 0 when the term is absent from both sides", () => {
  assert.equal(logRatio(0, 0, 1000, 1000), 0);
});

// ---------------------------------------------------------------------------
// lrc

/** log₂ of the odds π/(1 − π) scaled by d/c: a Log Ratio bound from a bound of π. */
const lrOf = (pi: number, c: number, d: number) => Math.log2((pi / (1 - pi)) * (d / c));

Deno.test("lrc() with b = 0 is the lower Clopper–Pearson bound (α/2)^(1/a), as a Log Ratio", () => {
  // Beta(a, 1) has CDF x^a, so its α/2 quantile is (α/2)^(1/a).
  // a = 20, α = 0.05: π_lo = 0.025^(1/20) = 0.83157…; odds 4.937…; LRC = log₂(4.937… · 1000/1000).
  const lo20 = Math.pow(0.025, 1 / 20);
  near(lrc(20, 0, 1000, 1000), lrOf(lo20, 1000, 1000));
  near(lrc(20, 0, 1000, 1000), Math.log2(lo20 / (1 - lo20)));
  // Unequal sides: a = 10 of c = 500, none of d = 2000; π_lo = 0.025^(1/10).
  const lo10 = Math.pow(0.025, 1 / 10);
  near(lrc(10, 0, 500, 2000), Math.log2((lo10 / (1 - lo10)) * (2000 / 500)));
  // A stricter α: π_lo = 0.005^(1/20).
  const lo20strict = Math.pow(0.005, 1 / 20);
  near(lrc(20, 0, 1000, 1000, 0.01), lrOf(lo20strict, 1000, 1000));
});

Deno.test("lrc() with a = 0 is the upper Clopper–Pearson bound 1 − (α/2)^(1/b), negative", () => {
  // Beta(1, b) has CDF 1 − (1 − x)^b, so its 1 − α/2 quantile is 1 − (α/2)^(1/b).
  // b = 20: π_hi = 1 − 0.025^(1/20) = 0.16843…; odds 0.2025…; LRC = log₂ 0.2025… = −2.30…
  const hi = 1 - Math.pow(0.025, 1 / 20);
  near(lrc(0, 20, 1000, 1000), Math.log2(hi / (1 - hi)));
  assert.ok(lrc(0, 20, 1000, 1000) < 0);
  // By symmetry it mirrors the b = 0 case.
  near(lrc(0, 20, 1000, 1000), -lrc(20, 0, 1000, 1000));
});

Deno.test("lrc() with a = 20, b = 1 uses the α/2 quantile of Beta(20, 2)", () => {
  // Beta(20, 2) has density 20·21·x^19(1 − x), so its CDF is x^20 (21 − 20x).
  // Solve x^20 (21 − 20x) = 0.025 by bisection (the CDF rises on [0, 1]).
  const cdf = (x: number) => Math.pow(x, 20) * (21 - 20 * x);
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < 0.025) lo = mid;
    else hi = mid;
  }
  const piLo = (lo + hi) / 2;
  near(cdf(piLo), 0.025, 1e-12);
  near(lrc(20, 1, 1000, 1000), Math.log2(piLo / (1 - piLo)), 1e-8);
});

Deno.test("lrc() is 0 when the interval contains 0 or there is nothing to compare", () => {
  // One against one: π_lo = 1 − √0.975 < 1/2 < π_hi = √0.975, so the interval spans 0.
  assert.equal(lrc(1, 1, 1000, 1000), 0);
  assert.equal(lrc(0, 0, 1000, 1000), 0);
  assert.equal(lrc(5, 0, 0, 1000), 0);
});

Deno.test("lrc() keeps the sign of logRatio and shrinks it towards 0", () => {
  for (const [a, b, c, d] of [[20, 0, 1000, 1000], [0, 20, 1000, 1000], [20, 1, 1000, 1000], [10, 0, 500, 2000]]) {
    const lr = logRatio(a, b, c, d);
    const conservative = lrc(a, b, c, d);
    assert.ok(conservative !== 0, `lrc(${a}, ${b}, ${c}, ${d}) is significant`);
    assert.equal(Math.sign(conservative), Math.sign(lr));
    assert.ok(Math.abs(conservative) < Math.abs(lr), `|lrc| < |logRatio| for (${a}, ${b}, ${c}, ${d})`);
  }
});

// ---------------------------------------------------------------------------
// keyness

/** Three outlets. Totals: A = 10 + 5 + 85 = 100, B = 2 + 5 + 6 + 67 = 80, C = 3 + 5 + 2 + 4 + 106 = 120. */
const ROWS: ArticleTermRow[] = [
  { article: "a1", outlet: "A", term: "regime", count: 6 },
  { article: "a2", outlet: "A", term: "regime", count: 4 },
  { article: "a1", outlet: "A", term: "force", count: 5 },
  { article: "a1", outlet: "A", term: "other", count: 85 },
  { article: "b1", outlet: "B", term: "regime", count: 2 },
  { article: "b1", outlet: "B", term: "force", count: 5 },
  { article: "b1", outlet: "B", term: "truce", count: 6 },
  { article: "b1", outlet: "B", term: "other", count: 67 },
  { article: "c1", outlet: "C", term: "regime", count: 3 },
  { article: "c1", outlet: "C", term: "force", count: 5 },
  { article: "c1", outlet: "C", term: "truce", count: 2 },
  { article: "c1", outlet: "C", term: "war", count: 4 },
  { article: "c1", outlet: "C", term: "other", count: 106 },
];

Deno.test("keyness() compares each group with the sum of the others", () => {
  const table = countTable(ROWS);
  assert.deepEqual(table.groups, ["A", "B", "C"]);
  assert.deepEqual(table.totals, [100, 80, 120]);
  const rows = keyness(table);
  // Every term of the corpus for every group: 5 terms × 3 groups.
  assert.equal(rows.length, 15);
  for (const r of rows) {
    const t = table.groups.indexOf(r.outlet);
    assert.equal(r.total, table.totals[t]);
    assert.equal(r.refTotal, 300 - table.totals[t]);
    const c = table.counts.get(r.term)!;
    assert.equal(r.count, c[t]);
    assert.equal(r.refCount, c[0] + c[1] + c[2] - c[t]);
  }
  // A's "regime": a = 10, b = 2 + 3 = 5, c = 100, d = 80 + 120 = 200: the table worked
  // out by hand in the first logLikelihood test.
  const regime = rows.find((r) => r.outlet === "A" && r.term === "regime")!;
  const g = 2 * (10 * Math.log(10 / 5) + 5 * Math.log(5 / 10) + 90 * Math.log(90 / 95) + 195 * Math.log(195 / 190));
  const q = 1 + ((20 + 300 / 285 - 1) * (3 + 1.5 - 1)) / 1800;
  assert.equal(regime.count, 10);
  assert.equal(regime.refCount, 5);
  assert.equal(regime.total, 100);
  assert.equal(regime.refTotal, 200);
  near(regime.g2, g / q);
  // (10/100) / (5/200) = 4 → 2.
  near(regime.logRatio, 2);
  near(regime.lrc, lrc(10, 5, 100, 200));
  near(regime.p, pValue(g / q));
  // A's "force": 5/100 = 10/200, no keyness at all.
  const force = rows.find((r) => r.outlet === "A" && r.term === "force")!;
  near(force.g2, 0);
  near(force.logRatio, 0);
  assert.equal(force.lrc, 0);
  near(force.p, 1);
});

Deno.test("keyness() lists terms absent from the target with a negative G²", () => {
  const rows = keyness(countTable(ROWS), ["A"]);
  const war = rows.find((r) => r.term === "war")!;
  assert.equal(war.count, 0);
  assert.equal(war.refCount, 4);
  assert.ok(war.g2 < 0 && Number.isFinite(war.g2));
  near(war.g2, logLikelihood(0, 4, 100, 200));
  // (0.5/100) / (4/200) = 0.25 → −2.
  near(war.logRatio, -2);
  const truce = rows.find((r) => r.term === "truce")!;
  assert.equal(truce.count, 0);
  assert.equal(truce.refCount, 8);
  assert.ok(truce.g2 < war.g2);
});

Deno.test("keyness() sorts rows by group, then by descending G²", () => {
  const rows = keyness(countTable(ROWS), ["C", "A"]);
  assert.deepEqual([...new Set(rows.map((r) => r.outlet))], ["C", "A"]);
  for (const outlet of ["C", "A"]) {
    const g2 = rows.filter((r) => r.outlet === outlet).map((r) => r.g2);
    assert.deepEqual(g2, [...g2].sort((x, y) => y - x));
  }
  assert.deepEqual(rows.filter((r) => r.outlet === "A").map((r) => r.term), [
    "regime",
    "force",
    "other",
    "war",
    "truce",
  ]);
});

Deno.test("keyness() compares with the chosen reference only", () => {
  const rows = keyness(countTable(ROWS), ["A"], { reference: ["B"] });
  // "war" occurs in neither A nor B: no row.
  assert.deepEqual(rows.map((r) => r.term).sort(), ["force", "other", "regime", "truce"]);
  for (const r of rows) {
    assert.equal(r.total, 100);
    assert.equal(r.refTotal, 80);
  }
  const regime = rows.find((r) => r.term === "regime")!;
  assert.equal(regime.refCount, 2);
  // a = 10, b = 2, c = 100, d = 80: N = 180, R1 = 12, R2 = 168.
  // E11 = 12·100/180 = 6.666…, E12 = 12·80/180 = 5.333…, E21 = 168·100/180 = 93.333…, E22 = 168·80/180 = 74.666…
  // O = 10, 2, 90, 78.
  const g = 2 *
    (10 * Math.log(10 / (1200 / 180)) + 2 * Math.log(2 / (960 / 180)) + 90 * Math.log(90 / (16800 / 180)) +
      78 * Math.log(78 / (13440 / 180)));
  const q = 1 + ((180 / 12 + 180 / 168 - 1) * (180 / 100 + 180 / 80 - 1)) / (6 * 180);
  near(regime.g2, g / q);
  // A target listed in its own reference is left out of the reference.
  assert.deepEqual(keyness(countTable(ROWS), ["A"], { reference: ["A", "B"] }), rows);
});

Deno.test("keyness() leaves out terms rarer than minCount in target and reference together", () => {
  // war: 0 + 4 = 4 < 5; truce: 0 + 8 = 8.
  const terms = keyness(countTable(ROWS), ["A"], { minCount: 5 }).map((r) => r.term);
  assert.ok(!terms.includes("war"));
  assert.ok(terms.includes("truce"));
});

Deno.test("keyness() passes alpha on to LRC", () => {
  const rows = keyness(countTable(ROWS), ["A"], { alpha: 0.001 });
  const regime = rows.find((r) => r.term === "regime")!;
  near(regime.lrc, lrc(10, 5, 100, 200, 0.001));
});

Deno.test("keyness() throws for an unknown group name", () => {
  const table = countTable(ROWS);
  assert.throws(() => keyness(table, ["Z"]), /no group "Z"/);
  assert.throws(() => keyness(table, ["A"], { reference: ["Q"] }), /no reference group "Q"/);
});

Deno.test("lrc() is the Log Ratio bound of the two-sided Clopper–Pearson interval nearest 0, or 0", () => {
  // The definition, both ends computed: π_lo = B⁻¹(α/2; a, b + 1), π_hi = B⁻¹(1 − α/2; a + 1, b).
  const byDefinition = (a: number, b: number, c: number, d: number, alpha: number) => {
    const lo = a === 0 ? 0 : betaQuantile(alpha / 2, a, b + 1);
    const hi = b === 0 ? 1 : betaQuantile(1 - alpha / 2, a + 1, b);
    const lrLo = lo === 0 ? -Infinity : lrOf(lo, c, d);
    const lrHi = hi === 1 ? Infinity : lrOf(hi, c, d);
    return lrLo > 0 ? lrLo : lrHi < 0 ? lrHi : 0;
  };
  for (const [c, d] of [[1000, 1000], [500, 2000], [3000, 40], [7, 9]]) {
    for (let a = 0; a <= 14; a++) {
      for (let b = 0; b <= 14; b++) {
        if (a + b === 0 || a > c || b > d) continue;
        for (const alpha of [0.05, 0.001]) {
          assert.equal(
            lrc(a, b, c, d, alpha),
            byDefinition(a, b, c, d, alpha),
            `lrc(${a}, ${b}, ${c}, ${d}, ${alpha})`,
          );
        }
      }
    }
  }
});

Deno.test("keyness() gives each row the statistics of its own counts, when many terms share them", () => {
  // Six terms in three count patterns; the statistics of a pattern are computed once.
  const rows: ArticleTermRow[] = [];
  for (const [term, a, b] of [["p", 3, 1], ["q", 3, 1], ["r", 0, 2], ["s", 0, 2], ["t", 3, 1], ["u", 1, 0]] as const) {
    if (a) rows.push({ article: "a1", outlet: "A", term, count: a });
    if (b) rows.push({ article: "b1", outlet: "B", term, count: b });
  }
  rows.push({ article: "a1", outlet: "A", term: "rest", count: 40 }, {
    article: "b1",
    outlet: "B",
    term: "rest",
    count: 90,
  });
  const table = countTable(rows);
  for (const r of keyness(table)) {
    // A: 3 + 3 + 3 + 1 + 40 = 50 counted terms; B: 1 + 1 + 2 + 2 + 1 + 90 = 97.
    const [c, d] = r.outlet === "A" ? [50, 97] : [97, 50];
    assert.deepEqual([r.total, r.refTotal], [c, d]);
    assert.equal(r.g2, logLikelihood(r.count, r.refCount, c, d));
    assert.equal(r.logRatio, logRatio(r.count, r.refCount, c, d));
    assert.equal(r.lrc, lrc(r.count, r.refCount, c, d));
    assert.equal(r.p, pValue(r.g2));
  }
});

Deno.test("keyness() orders terms of equal G² by UTF-16 code units", () => {
  // "Zeta" < "alpha" < "beta" < "élan" in code units; all four have the same counts, so the same G².
  const rows: ArticleTermRow[] = ["élan", "beta", "Zeta", "alpha"].flatMap((term) => [
    { article: "a1", outlet: "A", term, count: 2 },
    { article: "b1", outlet: "B", term, count: 1 },
  ]);
  rows.push({ article: "b1", outlet: "B", term: "rest", count: 30 });
  const a = keyness(countTable(rows), ["A"]);
  assert.deepEqual(a.map((r) => r.term), ["Zeta", "alpha", "beta", "élan", "rest"]);
  assert.ok(a[0].g2 > 0 && a[0].g2 === a[3].g2 && a[4].g2 < 0);
});

Deno.test("keynessWith() gives the caller's rows, one for every keyness row and in the same order", () => {
  const table = countTable(ROWS);
  const made = keynessWith(
    table,
    (outlet, term, count, refCount, total, refTotal, s) => ({
      key: `${outlet} ${term}`,
      counts: [count, refCount, total, refTotal],
      g2: s.g2,
      lrc: s.lrc,
    }),
    ["B", "A"],
    { minCount: 2 },
  );
  const rows = keyness(table, ["B", "A"], { minCount: 2 });
  assert.deepEqual(
    made,
    rows.map((r) => ({
      key: `${r.outlet} ${r.term}`,
      counts: [r.count, r.refCount, r.total, r.refTotal],
      g2: r.g2,
      lrc: r.lrc,
    })),
  );
});

Deno.test("keynessOf() gives keyness()'s rows from columns, making them target by target in term order", () => {
  const index = termIndex(ROWS);
  // Terms numbered alphabetically: force 0, other 1, regime 2, truce 3, war 4.
  assert.deepEqual(index.terms, ["force", "other", "regime", "truce", "war"]);
  const calls: string[] = [];
  const rows = keynessOf(index, (outlet, k, count, refCount, total, refTotal, s) => {
    calls.push(`${outlet} ${k}`);
    return { outlet, term: index.terms[k], count, refCount, total, refTotal, ...s };
  });
  assert.deepEqual(rows, keyness(countTable(ROWS)));
  // Every term for each of A, B, C, in the order of their numbers.
  assert.deepEqual(calls, ["A", "B", "C"].flatMap((g) => [0, 1, 2, 3, 4].map((k) => `${g} ${k}`)));
  // A's war: 0 of 100 against 4 of 200.
  const war = rows.find((r) => r.outlet === "A" && r.term === "war")!;
  assert.deepEqual([war.count, war.refCount, war.total, war.refTotal], [0, 4, 100, 200]);
  assert.equal(war.g2, logLikelihood(0, 4, 100, 200));
});

Deno.test("keynessOf() takes the reference, minCount and unusedMaxP options as keyness() does", () => {
  const index = termIndex(ROWS);
  const row = (outlet: string, k: number, count: number, refCount: number, total: number, refTotal: number) => ({
    outlet,
    term: index.terms[k],
    count,
    refCount,
    total,
    refTotal,
  });
  for (const options of [{ reference: ["B"] }, { minCount: 5 }, { unusedMaxP: 0.05 }]) {
    assert.deepEqual(
      keynessOf(index, row, ["A", "C"], options),
      keyness(countTable(ROWS), ["A", "C"], options).map((r) =>
        row(r.outlet, index.terms.indexOf(r.term), r.count, r.refCount, r.total, r.refTotal)
      ),
    );
  }
});

Deno.test("keyness() with unusedMaxP keeps a term the target never uses only when its p is below it", () => {
  const table = countTable(ROWS);
  const all = keyness(table, ["A"]);
  // A never uses "war" (b = 4) or "truce" (b = 8); truce's G² is further from 0, so its p is smaller.
  const pWar = pValue(logLikelihood(0, 4, 100, 200));
  const pTruce = pValue(logLikelihood(0, 8, 100, 200));
  assert.ok(pTruce < pWar);
  const some = keyness(table, ["A"], { unusedMaxP: (pWar + pTruce) / 2 });
  assert.deepEqual(some.map((r) => r.term), ["regime", "force", "other", "truce"]);
  // The rows kept are the same rows, in the same order, as the unfiltered rows.
  assert.deepEqual(some, all.filter((r) => r.term !== "war"));
  // Terms the target uses are kept whatever their p ("force": p = 1).
  assert.deepEqual(keyness(table, ["A"], { unusedMaxP: 0 }).map((r) => r.term), ["regime", "force", "other"]);
});
