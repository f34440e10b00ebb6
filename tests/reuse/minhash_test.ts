import assert from "node:assert/strict";
import { bandKeys, minhash, signatureAgreement } from "../../src/reuse/minhash.ts";
import { mix32 } from "../../src/reuse/shingles.ts";

/** Hashes of the whole numbers from `from` to `to` − 1. */
const hashes = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => mix32(from + i + 1));

Deno.test("minhash() agreement estimates the Jaccard similarity, within 0.1 at 128 values", () => {
  // A = 0..999, B = 333..1332: 667 shared of 1,333, J = 0.5004; A and C = 500..1499: 500 of 1,500, J = 1/3.
  const a = minhash(hashes(0, 1000), 128, 20);
  assert.ok(Math.abs(signatureAgreement(a, minhash(hashes(333, 1333), 128, 20)) - 667 / 1333) < 0.1);
  assert.ok(Math.abs(signatureAgreement(a, minhash(hashes(500, 1500), 128, 20)) - 500 / 1500) < 0.1);
  assert.ok(signatureAgreement(a, minhash(hashes(5000, 6000), 128, 20)) < 0.05, "disjoint sets");
});

Deno.test("minhash() fills every place of a small set's signature, the same for the same set", () => {
  const small = minhash(hashes(0, 10), 128, 20); // 10 hashes, 128 places: most places borrowed from a neighbour
  assert.ok(small.every((v) => v !== 0xffffffff));
  assert.deepEqual(minhash(hashes(0, 10).reverse(), 128, 20), small);
  assert.deepEqual([...minhash([], 4, 20)], [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]);
});

Deno.test("bandKeys() gives 64 keys of 2 values for 128, and the same key for the same band", () => {
  const sig = minhash(hashes(0, 300), 128, 20);
  const keys = bandKeys(sig, 2);
  assert.equal(keys.length, 64);
  const other = sig.slice();
  other[0] ^= 1; // the first band differs, the others do not
  const changed = bandKeys(other, 2);
  assert.notEqual(changed[0], keys[0]);
  assert.deepEqual([...changed.slice(1)], [...keys.slice(1)]);
});
