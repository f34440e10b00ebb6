import assert from "node:assert/strict";
import {
  editDistance,
  entityId,
  isShortFormOf,
  isShortFormOfWords,
  nameKey,
  similarNames,
  similarNameWords,
  similarWords,
  skeleton,
  withinOneEdit,
  WordBlocks,
  wordKey,
} from "../../src/entities/names.ts";

Deno.test("wordKey() lower-cases and drops accents, apostrophes and full stops", () => {
  assert.equal(wordKey("U.S."), "us");
  assert.equal(wordKey("Kata'ib"), "kataib");
  assert.equal(wordKey("Pézeshkian"), "pezeshkian");
  assert.equal(wordKey("Qa’im"), "qaim");
  assert.equal(wordKey("Larijani"), "larijani");
  assert.equal(wordKey("`Ali"), "ali");
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

Deno.test("similarNameWords() is similarNames() on names split into words", () => {
  for (
    const [a, b] of [["qassim araji", "qasim araji"], ["qasim araji", "qassem soleimani"], ["ali larijani", "larijani"]]
  ) {
    assert.equal(similarNameWords(a.split(" "), b.split(" ")), similarNames(a, b), `${a} / ${b}`);
  }
});

Deno.test("isShortFormOf() takes a surname, or words of the name in order ending with it", () => {
  assert.ok(isShortFormOf("larijani", "ali larijani"));
  assert.ok(isShortFormOf("mohammed sudani", "mohammed shia sudani"));
  assert.ok(!isShortFormOf("ali", "ali larijani"));
  assert.ok(!isShortFormOf("shia mohammed sudani", "mohammed shia sudani"));
});

Deno.test("isShortFormOfWords() is isShortFormOf() on names split into words", () => {
  const pairs = [
    ["larijani", "ali larijani"],
    ["mohammed sudani", "mohammed shia sudani"],
    ["ali", "ali larijani"],
    ["shia mohammed sudani", "mohammed shia sudani"],
  ];
  for (const [a, b] of pairs) assert.equal(isShortFormOfWords(a.split(" "), b.split(" ")), isShortFormOf(a, b));
});

Deno.test("WordBlocks finds every filed value whose word is similar, and not words of under five letters", () => {
  const words = ["larijani", "larjani", "larijany", "qassim", "qasim", "qassem", "soleimani", "sulaimani", "iran"]
    .concat(["iraq", "ali", "alo", "araji", "arajy", "sudani", "sidon", "baghdad", "bagdad", "tehran"]);
  const index = new WordBlocks<string>();
  for (const w of words) index.add(w, w);
  for (const w of words) {
    const found = new Set(index.candidates(w));
    for (const v of words) {
      if (similarWords(w, v)) assert.ok(found.has(v), `${w} finds ${v}`);
    }
  }
  assert.deepEqual(index.candidates("iran"), ["iran"]);
  assert.deepEqual(index.candidates("ali"), ["ali"]);
  assert.ok(index.candidates("larijani").includes("larjani"));
  assert.deepEqual(index.candidates("zzzzzz"), []);
});

Deno.test("withinOneEdit() is editDistance() <= 1", () => {
  const words = ["larijani", "larjani", "lariajni", "qasim", "qassem", "tehran", "theran", "", "a"];
  for (const a of words) {
    for (const b of words) assert.equal(withinOneEdit(a, b), editDistance(a, b) <= 1, `${a} / ${b}`);
  }
});

Deno.test("entityId() makes a file-safe id", () => {
  assert.equal(entityId("Mohammed Shia al-Sudani"), "mohammed-shia-al-sudani");
});
