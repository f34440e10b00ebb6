import assert from "node:assert/strict";
import {
  editDistance,
  entityId,
  isShortFormOf,
  nameKey,
  similarNames,
  similarWords,
  skeleton,
  wordKey,
} from "../../src/entities/names.ts";

Deno.test("wordKey() lower-cases and drops accents, apostrophes and full stops", () => {
  assert.equal(wordKey("U.S."), "us");
  assert.equal(wordKey("Kata'ib"), "kataib");
  assert.equal(wordKey("Pézeshkian"), "pezeshkian");
});

Deno.test("nameKey() reads al-, Al and a hyphen alike and drops a possessive", () => {
  assert.equal(nameKey("Mohammed Shia al-Sudani"), "mohammed shia sudani");
  assert.equal(nameKey("Mohammed Shia Al Sudani"), "mohammed shia sudani");
  assert.equal(nameKey("Al-Sudani's"), "sudani");
  assert.equal(nameKey("Al"), "al", "a name that is only an article keeps it");
});

Deno.test("editDistance() counts a transposition as one edit", () => {
  assert.equal(editDistance("theran", "tehran"), 1);
  assert.equal(editDistance("larjani", "larijani"), 1);
  assert.equal(editDistance("", "abc"), 3);
});

Deno.test("skeleton() keeps the first letter and the consonants, doubled ones once", () => {
  assert.equal(skeleton("qassim"), "qsm");
  assert.equal(skeleton("mohammed"), skeleton("muhammad"));
});

Deno.test("similarWords() accepts typos and transliterations, not short words nor demonyms", () => {
  assert.ok(similarWords("larjani", "larijani"));
  assert.ok(similarWords("qassim", "qasim"));
  assert.ok(similarWords("soleimani", "sulaimani"));
  assert.ok(!similarWords("iraq", "iran"));
  assert.ok(!similarWords("israel", "israeli"));
  assert.ok(!similarWords("sidon", "sudani"));
});

Deno.test("similarNames() compares names word by word", () => {
  assert.ok(similarNames("qassim araji", "qasim araji"));
  assert.ok(!similarNames("qasim araji", "qassem soleimani"));
  assert.ok(!similarNames("ali larijani", "larijani"));
});

Deno.test("isShortFormOf() takes a surname, or words of the name in order ending with it", () => {
  assert.ok(isShortFormOf("larijani", "ali larijani"));
  assert.ok(isShortFormOf("mohammed sudani", "mohammed shia sudani"));
  assert.ok(!isShortFormOf("ali", "ali larijani"));
  assert.ok(!isShortFormOf("shia mohammed sudani", "mohammed shia sudani"));
});

Deno.test("entityId() makes a file-safe id", () => {
  assert.equal(entityId("Mohammed Shia al-Sudani"), "mohammed-shia-al-sudani");
});
