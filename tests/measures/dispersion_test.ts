import assert from "node:assert/strict";
import { gries } from "../../src/measures/dispersion.ts";

/** Asserts that two numbers agree to within `tolerance`. */
function near(actual: number, expected: number, tolerance = 1e-12) {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual - expected) < tolerance,
    `expected ${expected}, got ${actual}`,
  );
}

Deno.test("gries() is 0 for a term spread exactly as the text is", () => {
  // s = (100, 300)/400 = (0.25, 0.75); v = (1, 3)/4 = (0.25, 0.75).
  const { dp, dpNorm } = gries([1, 3], [100, 300]);
  near(dp, 0);
  near(dpNorm, 0);
  // Three equal parts, the term once in each.
  near(gries([2, 2, 2], [50, 50, 50]).dp, 0);
});

Deno.test("gries() is 0.5, normalised 1, for a term all in one of two equal parts", () => {
  // s = (0.5, 0.5), v = (1, 0): DP = ½ (|1 − 0.5| + |0 − 0.5|) = 0.5;
  // DP_norm = 0.5 / (1 − min s) = 0.5 / 0.5 = 1.
  const { dp, dpNorm } = gries([2, 0], [100, 100]);
  near(dp, 0.5);
  near(dpNorm, 1);
});

Deno.test("gries() works out DP and DP_norm for unequal parts", () => {
  // s = (50, 30, 20)/100 = (0.5, 0.3, 0.2); v = (1, 1, 8)/10 = (0.1, 0.1, 0.8).
  // DP = ½ (|0.1 − 0.5| + |0.1 − 0.3| + |0.8 − 0.2|) = ½ (0.4 + 0.2 + 0.6) = 0.6.
  // DP_norm = 0.6 / (1 − 0.2) = 0.75.
  const { dp, dpNorm } = gries([1, 1, 8], [50, 30, 20]);
  near(dp, 0.6);
  near(dpNorm, 0.75);
  // All in the smallest part: v = (0, 0, 1): DP = ½ (0.5 + 0.3 + 0.8) = 0.8 = 1 − min s, so DP_norm = 1.
  const small = gries([0, 0, 4], [50, 30, 20]);
  near(small.dp, 0.8);
  near(small.dpNorm, 1);
});

Deno.test("gries() is 0 for a single part", () => {
  assert.deepEqual(gries([7], [120]), { dp: 0, dpNorm: 0 });
});

Deno.test("gries() is 0, not NaN, for a term that never occurs", () => {
  assert.deepEqual(gries([0, 0], [100, 100]), { dp: 0, dpNorm: 0 });
  assert.deepEqual(gries([], []), { dp: 0, dpNorm: 0 });
});
