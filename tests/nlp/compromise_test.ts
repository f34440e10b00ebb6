import assert from "node:assert/strict";
import { spansTags, spanTagBits, spanTags, spanTagsOfBits } from "../../src/nlp/compromise.ts";
import { tagsAlone } from "./tags_alone.ts";

const NOTHING = { person: false, place: false, organization: false, firstName: false, demonym: false, notNoun: false };

Deno.test("spanTags() finds people, places, organisations, first names and demonyms in short spans", () => {
  assert.deepEqual(spanTags("Joseph Aoun"), { ...NOTHING, person: true, firstName: true });
  assert.ok(spanTags("Gaza").place);
  assert.ok(spanTags("Litani River").place);
  assert.ok(spanTags("Reynolds Metal Co.").organization);
  assert.ok(spanTags("Lebanese").demonym);
  assert.ok(spanTags("Reports").notNoun);
  assert.deepEqual(spanTags("Hezbollah"), NOTHING);
});

Deno.test("spanTags() says of a span what compromise says of it alone", () => {
  for (const s of ["Nabih Berri", "Baghdad International Airport", "Fort Hays. Kansas", "Kenneth Rexroth's"]) {
    assert.deepEqual(spanTags(s), tagsAlone(s), s);
  }
});

// Spans that exercise what compromise reads in a name: the lexicon (single words, entries
// of several words), title case, suffixes, acronyms, switch words, organisation and place
// words, sentence ends, hyphens, possessives, contractions, and its rules for names.
const SPANS = [
  "Joseph Aoun",
  "Nabih Berri",
  "Hezbollah",
  "Gaza",
  "Lebanese",
  "Reports",
  "Litani River",
  "Baghdad International Airport",
  "Reynolds Metal Co.",
  "Atlanta Bar Association",
  "Free Patriotic Movement",
  "New York",
  "United States",
  "North Dallas",
  "U.S.",
  "F.B.I.",
  "NATO",
  "SNSC",
  "Gene Raesz",
  "Bud Priddy",
  "Hazel Park",
  "Pope Leo",
  "Miss Mary Mullenax",
  "William A. Martinelli",
  "F. Morris",
  "Mohammed Shia al Sudani",
  "Olivia De Havilland",
  "Kenneth Rexroth's",
  "Baghdad's",
  "Fort Hays. Kansas",
  "Gov. John M. Dalton",
  "Vice-President Richard M. Nixon",
  "Inter-american Press",
  "O'Neill",
  "Sept",
  "Chase Manhattan Bank",
  "State of New Hampshire",
  "Government of India",
  "Gordon N. Ray",
  "Someone'll",
  "Okay",
];

Deno.test("spansTags() says of each span what compromise says of it alone", () => {
  const together = spansTags(SPANS);
  assert.equal(together.length, SPANS.length);
  SPANS.forEach((s, i) => assert.deepEqual(together[i], tagsAlone(s), s));
});

Deno.test("spansTags() tags a span alone when compromise joins its line to another", () => {
  // compromise's sentences run over a line break to close a bracket or a quotation mark,
  // and a line without a letter or a digit joins the one before; a line ending with an
  // abbreviation or an initial stays a sentence of its own.
  const spans = ["Mr. (Zorba", "Quint)", "“Ulla", "Vance”", "--", "Wexley Corp.", "Yusuf K.", "Zeno B.", "Ames"];
  const together = spansTags(spans);
  spans.forEach((s, i) => assert.deepEqual(together[i], tagsAlone(s), s));
});

Deno.test("spansTags() gives a span asked twice, or asked again, the same tags", () => {
  const [a, b, c] = spansTags(["Tom Barrack", "Amal Movement", "Tom Barrack"]);
  assert.equal(a, c);
  assert.equal(spanTags("Tom Barrack"), a);
  assert.equal(spansTags(["Amal Movement"])[0], b);
  assert.deepEqual(spansTags([]), []);
});

Deno.test("spanTagBits() and spanTagsOfBits() turn span tags into one number and back", () => {
  const joseph = spanTags("Joseph Aoun");
  // person (1) and firstName (8)
  assert.equal(spanTagBits(joseph), 1 + 8);
  assert.deepEqual(spanTagsOfBits(9), joseph);
  for (let bits = 0; bits < 64; bits++) assert.equal(spanTagBits(spanTagsOfBits(bits)), bits);
  for (const s of SPANS) assert.deepEqual(spanTagsOfBits(spanTagBits(spanTags(s))), spanTags(s), s);
  assert.throws(() => spanTagsOfBits(64), /64 is not a set of span tags/);
  assert.throws(() => spanTagsOfBits(1.5), /not a set of span tags/);
});
