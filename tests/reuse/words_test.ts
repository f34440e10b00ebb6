import assert from "node:assert/strict";
import { hashWord } from "../../src/reuse/shingles.ts";
import { normaliseWord, reuseWords } from "../../src/reuse/words.ts";

Deno.test("reuseWords() splits at punctuation, quotation marks and dashes, and keeps apostrophes inside words", () => {
  const text = "“Iran’s envoy”—in BEIRUT, al-Sudani's 2025 visit; rock 'n' roll.";
  const { words, starts, ends } = reuseWords(text);
  assert.deepEqual(words, ["iran's", "envoy", "in", "beirut", "al", "sudani's", "2025", "visit", "rock", "n", "roll"]);
  assert.deepEqual(words.map((_, i) => text.slice(starts[i], ends[i])), [
    "Iran’s",
    "envoy",
    "in",
    "BEIRUT",
    "al",
    "Sudani's",
    "2025",
    "visit",
    "rock",
    "n",
    "roll",
  ]);
});

Deno.test("reuseWords() reads any script, and letters outside the first plane, with their offsets", () => {
  const text = "لاريجاني في بيروت 𝐀𝐁 café";
  const { words, starts, ends } = reuseWords(text);
  assert.deepEqual(words, ["لاريجاني", "في", "بيروت", "ab", "café"]);
  assert.equal(text.slice(starts[3], ends[3]), "𝐀𝐁"); // two letters of two code units each
});

Deno.test("normaliseWord() folds case, compatibility forms and apostrophes", () => {
  assert.equal(normaliseWord("IRAN\u2019S"), "iran's");
  assert.equal(normaliseWord("ﬁnal"), "final"); // the ligature ﬁ
  assert.equal(normaliseWord("cafe\u0301"), "café"); // composed
});

Deno.test("reuseWords() gives each word's hashWord, read as the word is scanned, in any script and case", () => {
  for (
    const text of [
      "“Iran’s envoy”—in BEIRUT, al-Sudani's 2025 visit; rock 'n' roll.",
      "لاريجاني في بيروت 𝐀𝐁 café ＢＥＩＲＵＴ",
      "İstanbul and Ankara", // lower case changes the text's length: every word normalised whole
    ]
  ) {
    const { words, hashes } = reuseWords(text);
    assert.deepEqual([...hashes], words.map(hashWord), text);
  }
});
