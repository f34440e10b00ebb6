import assert from "node:assert/strict";
import { reuseDoc } from "../../src/reuse/doc.ts";
import { findReprints } from "../../src/reuse/reprints.ts";
import { sharedPassages } from "../../src/reuse/passages.ts";

const texts = [
  "The envoy met the minister in Beirut on Monday, and the minister said the talks would go on.",
  "In Beirut the envoy met the minister on Monday; the talks, the minister said, would go on.",
  "A counterproductive and extraordinarily long word, extraordinarily long, ends the envoy's day.",
];

Deno.test("reuseDoc() with a words pool holds each distinct word once, and reads the same as without", () => {
  const words = new Map<string, string>();
  const pooled = texts.map((text, i) => reuseDoc({ id: `${i}`, outlet: `O${i}`, text }, { words }));
  const plain = texts.map((text, i) => reuseDoc({ id: `${i}`, outlet: `O${i}`, text }));
  const distinct = new Set(plain.flatMap((d) => d.words));
  assert.equal(words.size, distinct.size);
  assert.deepEqual([...words.keys()].sort(), [...distinct].sort());
  for (const [k, v] of words) assert.equal(k, v);
  assert.deepEqual(pooled, plain);
});

Deno.test("reuseDoc() offsets are whole numbers in typed arrays, each word's span of the text", () => {
  const doc = reuseDoc({ id: "a", outlet: "A", text: texts[2] });
  assert.ok(doc.starts instanceof Int32Array && doc.ends instanceof Int32Array);
  assert.equal(texts[2].slice(doc.starts[3], doc.ends[3]), "extraordinarily");
  assert.equal(doc.words[3], "extraordinarily");
});

Deno.test("findReprints() and sharedPassages() give the same rows over pooled documents", () => {
  const words = new Map<string, string>();
  const pooled = texts.map((text, i) => reuseDoc({ id: `${i}`, outlet: `O${i}`, text }, { words }));
  const plain = texts.map((text, i) => reuseDoc({ id: `${i}`, outlet: `O${i}`, text }));
  assert.deepEqual(findReprints(pooled).rows, findReprints(plain).rows);
  assert.deepEqual(sharedPassages(pooled, { words: 6 }).rows, sharedPassages(plain, { words: 6 }).rows);
});
