import assert from "node:assert/strict";
import { wilsonInterval, Z95 } from "../../src/measures/wilson.ts";

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 5e-5, `${what}: ${actual} is not ${expected}`);

// Hand computations with z = 1.959964, z² = 3.841459:
// 2 of 4:  z²/n = 0.960365, centre = (0.5 + 0.480182) / 1.960365 = 0.5,
//          half = 1.959964 / 1.960365 × √(0.0625 + 0.060023) = 0.349961   → [0.150039, 0.849961]
// 1 of 10: centre = (0.1 + 0.192073) / 1.384146 = 0.211013,
//          half = 1.959964 / 1.384146 × √(0.009 + 0.009604) = 0.193138    → [0.017875, 0.404151]
// 0 of 5:  centre = 0.384146 / 1.768292 = 0.217241 = half                   → [0, 0.434482]
Deno.test("wilsonInterval() gives the 95% Wilson score interval computed by hand", () => {
  const a = wilsonInterval(2, 4)!;
  close(a.low, 0.150039, "2 of 4 low");
  close(a.high, 0.849961, "2 of 4 high");
  const b = wilsonInterval(1, 10)!;
  close(b.low, 0.017875, "1 of 10 low");
  close(b.high, 0.404151, "1 of 10 high");
  const c = wilsonInterval(0, 5)!;
  assert.equal(c.low, 0);
  close(c.high, 0.434482, "0 of 5 high");
});

Deno.test("wilsonInterval() is symmetric: k of n mirrors n − k of n", () => {
  const a = wilsonInterval(3, 11)!;
  const b = wilsonInterval(8, 11)!;
  close(a.low, 1 - b.high, "low mirrors high");
  close(a.high, 1 - b.low, "high mirrors low");
  const all = wilsonInterval(5, 5)!;
  assert.equal(all.high, 1);
  close(all.low, 1 - 0.434482, "5 of 5 low mirrors 0 of 5 high");
});

Deno.test("wilsonInterval() narrows as mentions grow, and widens with z", () => {
  const few = wilsonInterval(2, 4)!;
  const many = wilsonInterval(200, 400)!;
  assert.ok(many.high - many.low < (few.high - few.low) / 5);
  const z99 = wilsonInterval(2, 4, { z: 2.575829 })!;
  assert.ok(z99.low < few.low && z99.high > few.high);
  assert.equal(Z95.toFixed(2), "1.96");
});

Deno.test("wilsonInterval() is null without trials and refuses impossible counts", () => {
  assert.equal(wilsonInterval(0, 0), null);
  assert.throws(() => wilsonInterval(3, 2), /3 out of 2/);
  assert.throws(() => wilsonInterval(-1, 2), RangeError);
  assert.throws(() => wilsonInterval(1.5, 2), RangeError);
});
