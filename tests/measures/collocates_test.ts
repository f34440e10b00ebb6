import assert from "node:assert/strict";
import { annotateArticle, type Resources } from "../../src/pipeline/annotate.ts";
import { NO_BOILERPLATE } from "../../src/text/boilerplate.ts";
import { compilePhrases } from "../../src/text/phrases.ts";
import { collocates } from "../../src/measures/collocates.ts";
import { parseGazetteer } from "../../src/entities/gazetteer.ts";
import { logLikelihood } from "../../src/measures/keyness.ts";
import type { AnnotatedArticle } from "../../src/types.ts";

const resources: Resources = {
  boilerplate: NO_BOILERPLATE,
  phrases: compilePhrases([{ term: "Zionist regime", variants: [] }]),
};

/** Runs the real annotation pipeline on a small text. */
function annotate(text: string, id = "a", outlet = "Outlet"): AnnotatedArticle {
  return annotateArticle({ id, file: `${id}.md`, outlet, extra: {}, text }, resources);
}

/** Asserts that two numbers agree to within `tolerance`. */
function near(actual: number, expected: number, tolerance = 1e-9) {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual - expected) < tolerance,
    `expected ${expected}, got ${actual}`,
  );
}

/**
 * Counted terms (lemmas; stop words and punctuation left out), numbered:
 * A, sentence 0: israeli₀ drone₁ strike₂ HEZBOLLAH₃ position₄ near₅ HEZBOLLAH₆ base₇
 * A, sentence 1: israeli₈ drone₉ return₁₀
 * B, sentence 0: HEZBOLLAH₀ fighter₁ fire₂ rocket₃
 * B, sentence 1: israeli₄ drone₅ hit₆ HEZBOLLAH₇ position₈
 *
 * N = 11 + 9 = 20 counted terms; f(x) = f(hezbollah) = 4.
 * Windows of 2 terms each side, cut at the sentence, node instances left out:
 * A₃ → drone₁ strike₂ position₄ near₅; A₆ → position₄ near₅ base₇ (israeli₈ is past the full stop).
 * Union in A: {1, 2, 4, 5, 7}, 5 terms: position₄ and near₅ lie in both windows and count once.
 * B₀ → fighter₁ fire₂; B₇ → drone₅ hit₆ position₈. Union in B: {1, 2, 5, 6, 8}, 5 terms.
 * R1 = 5 + 5 = 10.
 */
const CORPUS = [
  annotate("Israeli drones struck Hezbollah positions near Hezbollah bases. Israeli drones returned.", "a", "A"),
  annotate("Hezbollah fighters fired rockets. Israeli drones hit Hezbollah positions.", "b", "B"),
];
const N = 20;
const FX = 4;
const R1 = 10;

Deno.test("collocates() computes O, f(y), E, MI, logDice and G² from the union of the node's windows", () => {
  const rows = collocates(CORPUS, "hezbollah", { window: 2, minCount: 1 });
  const drone = rows.find((r) => r.term === "drone")!;
  // O = A₁ + B₅ = 2; f(y) = A₁ + A₉ + B₅ = 3.
  assert.equal(drone.node, "hezbollah");
  assert.equal(drone.count, 2);
  assert.equal(drone.freq, 3);
  // E = R1·f(y)/N = 10·3/20 = 1.5.
  near(drone.expected, 1.5);
  // MI = log₂(O/E) = log₂(2/1.5).
  near(drone.mi, Math.log2(2 / 1.5));
  // logDice = 14 + log₂(2O/(f(x) + f(y))) = 14 + log₂(4/7).
  near(drone.logdice, 14 + Math.log2(4 / 7));
  // G² of the table O = 2 in the R1 = 10 window terms, f(y) − O = 1 in the N − R1 = 10 others.
  near(drone.g2, logLikelihood(2, 3 - 2, R1, N - R1));
  near(drone.g2, logLikelihood(drone.count, drone.freq - drone.count, R1, N - R1));
});

Deno.test("collocates() counts a collocate between two node instances once", () => {
  const rows = collocates(CORPUS, "hezbollah", { window: 2, minCount: 1 });
  const position = rows.find((r) => r.term === "position")!;
  // A₄ lies in the windows of A₃ and A₆ but counts once; B₈ once more: O = 2, f(y) = 2.
  assert.equal(position.count, 2);
  assert.equal(position.freq, 2);
  // E = 10·2/20 = 1; MI = log₂(2/1) = 1; logDice = 14 + log₂(4/6).
  near(position.expected, 1);
  near(position.mi, 1);
  near(position.logdice, 14 + Math.log2(4 / (FX + 2)));
  // G² by hand: a = 2 of c = R1 = 10, b = 0 of d = N − R1 = 10; N = 20, row sums 2 and 18.
  // E11 = E12 = 2·10/20 = 1; E21 = E22 = 18·10/20 = 9; O = 2, 0, 8, 10.
  const g = 2 * (2 * Math.log(2 / 1) + 0 + 8 * Math.log(8 / 9) + 10 * Math.log(10 / 9));
  // q = 1 + (20/2 + 20/18 − 1)(20/10 + 20/10 − 1) / (6·20).
  const q = 1 + ((20 / 2 + 20 / 18 - 1) * (2 + 2 - 1)) / 120;
  near(position.g2, g / q);
  near(position.g2, logLikelihood(2, 0, R1, N - R1));
  // "near" (A₅) lies in both windows too.
  assert.equal(rows.find((r) => r.term === "near")!.count, 1);
});

Deno.test("collocates() cuts the window at the end of the sentence", () => {
  const rows = collocates(CORPUS, "hezbollah", { window: 2, minCount: 1 });
  // israeli₈ of A is two terms after A₆ but in the next sentence; B's israeli₄ is three
  // terms before B₇; rocket₃ is three after B₀; return₁₀ is far away.
  for (const term of ["israeli", "rocket", "return"]) {
    assert.ok(!rows.some((r) => r.term === term), `"${term}" is not a collocate`);
  }
  // The sum of O over all collocates is R1: every window term counted once.
  assert.equal(rows.reduce((s, r) => s + r.count, 0), R1);
});

Deno.test("collocates() sorts by descending logDice, then count, then term, and applies minCount", () => {
  const rows = collocates(CORPUS, "hezbollah", { window: 2, minCount: 1 });
  // position 14 + log₂(4/6) > drone 14 + log₂(4/7) > the singletons 14 + log₂(2/5).
  assert.deepEqual(rows.map((r) => r.term), [
    "position",
    "drone",
    "base",
    "fighter",
    "fire",
    "hit",
    "near",
    "strike",
  ]);
  for (const r of rows.slice(2)) {
    assert.equal(r.count, 1);
    assert.equal(r.freq, 1);
    // E = 10·1/20 = 0.5, MI = log₂(1/0.5) = 1.
    near(r.expected, 0.5);
    near(r.mi, 1);
    near(r.logdice, 14 + Math.log2(2 / 5));
  }
  // The default minCount is 2.
  assert.deepEqual(collocates(CORPUS, "hezbollah", { window: 2 }).map((r) => r.term), ["position", "drone"]);
});

Deno.test("collocates() never counts the node as its own collocate", () => {
  // Counted terms: hezbollah₀ hezbollah₁ hezbollah₂ fighter₃ ("," and "and" left out).
  // Window 1: only fighter₃ (next to node₂) is a collocate; R1 = 1, N = 4, f(x) = 3.
  const rows = collocates([annotate("Hezbollah, Hezbollah and Hezbollah fighters.")], "Hezbollah", {
    window: 1,
    minCount: 1,
  });
  assert.equal(rows.length, 1);
  const [fighter] = rows;
  assert.equal(fighter.term, "fighter");
  assert.equal(fighter.count, 1);
  // E = 1·1/4 = 0.25; MI = log₂(1/0.25) = 2; logDice = 14 + log₂(2/(3 + 1)) = 13.
  near(fighter.expected, 0.25);
  near(fighter.mi, 2);
  near(fighter.logdice, 13);
  near(fighter.g2, logLikelihood(1, 0, 1, 3));
});

Deno.test("collocates() measures the window in counted terms and finds a phrase as node", () => {
  // Counted: zionist regime₀ army₁ ("and the" left out) | sanction₂ follow₃. Window 1 reaches army₁ only.
  const rows = collocates([annotate("The Zionist regime and the army. Sanctions followed.")], "Zionist regime", {
    window: 1,
    minCount: 1,
  });
  assert.deepEqual(rows.map((r) => [r.node, r.term, r.count]), [["zionist regime", "army", 1]]);
  // With stop words kept, the₀ zionist regime₁ and₂ the₃ army₄: window 1 reaches the₀ and and₂.
  const kept = collocates([annotate("The Zionist regime and the army. Sanctions followed.")], "zionist regime", {
    window: 1,
    minCount: 1,
    keepStopWords: true,
  });
  assert.deepEqual(kept.map((r) => r.term).sort(), ["and", "the"]);
});

Deno.test("collocates() with names takes a name as one node and one collocate, never its honorific", () => {
  const names = parseGazetteer("entities: [{ name: Ali Larijani, type: person }]\ntitles: [Mr]", "g.yaml");
  const a = annotate("Mr Larijani met Mr Al Sudani. Ali Larijani praised Al Sudani.");
  // Counted: ali larijani, meet, sudani | ali larijani, praise, sudani (N = 6).
  const rows = collocates([a], "ali larijani", { names, window: 2, minCount: 1 });
  assert.deepEqual(rows.map((r) => [r.term, r.count, r.freq]), [["sudani", 2, 2], ["meet", 1, 1], ["praise", 1, 1]]);
  assert.ok(!collocates([a], "sudani", { names, window: 5, minCount: 1 }).some((r) => ["mr", "al"].includes(r.term)));
});
