import assert from "node:assert/strict";
import fc from "fast-check";
import { KeyStarts } from "../../src/framing/key_starts.ts";
import { stemWord } from "../../src/framing/pattern_match.ts";

Deno.test("KeyStarts.has() is true for every key, and false for a word that starts as no key does", () => {
  const starts = new KeyStarts(["hezbollah", "israel", "Émigré", "\u0000US"]);
  for (const key of ["hezbollah", "israel", "Émigré", "\u0000US"]) assert.equal(starts.has(key), true);
  assert.equal(starts.has("the"), false);
  assert.equal(starts.has("a"), false); // no key shorter than two characters
  assert.equal(new KeyStarts(["a"]).has("a"), true);
});

Deno.test("KeyStarts never lets a key go: has() for any key, hasStem() for any word whose stem is one", () => {
  const word = fc.string({ unit: fc.constantFrom("a", "b", "S", "s", "I", "é", "'", "\u0130"), maxLength: 6 });
  fc.assert(
    fc.property(fc.array(word, { maxLength: 8 }), word, (keys, w) => {
      const starts = new KeyStarts([...keys, stemWord(w)]);
      for (const k of keys) assert.equal(starts.has(k), true);
      assert.equal(starts.hasStem(w), true);
    }),
    { numRuns: 500, seed: 18 },
  );
});
