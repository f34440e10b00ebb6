import assert from "node:assert/strict";
import { compromiseCalls, quickSpanTags, spanTagBits, spanTags, spanTagsOfBits } from "../../src/nlp/compromise.ts";

Deno.test("spanTags() finds people, places and demonyms in short spans", () => {
  assert.ok(spanTags("Joseph Aoun").person);
  assert.ok(spanTags("Joseph Aoun").firstName);
  assert.ok(spanTags("Gaza").place);
  assert.ok(spanTags("Lebanese").demonym);
  assert.ok(spanTags("Reports").notNoun);
});

Deno.test("spanTags() reads each distinct span once", () => {
  spanTags("Tom Barrack");
  const before = compromiseCalls();
  spanTags("Tom Barrack");
  assert.equal(compromiseCalls(), before);
});

// Spans that exercise each part of the port: the lexicon (single words, entries of several
// words), title case, suffixes, acronyms, switch words and their clues, organisation and
// place words, sentence ends, hyphens, possessives, and the post-tagger's name rules.
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
  "Sam Caldwell",
  "Hazel Park",
  "Pete Ward",
  "State Party",
  "Pope Leo",
  "Miss Mary Mullenax",
  "William A. Martinelli",
  "William B. Hartsfield",
  "Gaynor B. Jones",
  "F. Morris",
  "Ali Akbar Velayati",
  "Mohammed Shia al Sudani",
  "Olivia De Havilland",
  "Kenneth Rexroth's",
  "Baghdad's",
  "Fort Hays. Kansas",
  "Gov. John M. Dalton",
  "Vice-President Richard M. Nixon",
  "Inter-american Press",
  "Seagoville",
  "O'Neill",
  "Sept",
];

Deno.test("quickSpanTags() says what spanTags() says, without running compromise", () => {
  const before = compromiseCalls();
  const quick = SPANS.map((s) => quickSpanTags(s));
  assert.equal(compromiseCalls(), before, "compromise was not run");
  SPANS.forEach((s, i) => assert.deepEqual(quick[i], spanTags(s), s));
});

Deno.test("quickSpanTags() finds people, places and organisations", () => {
  assert.ok(quickSpanTags("Joseph Aoun").person);
  assert.ok(quickSpanTags("Joseph Aoun").firstName);
  assert.ok(quickSpanTags("Litani River").place);
  assert.ok(quickSpanTags("Reynolds Metal Co.").organization);
  assert.ok(quickSpanTags("Lebanese").demonym);
  assert.ok(quickSpanTags("Reports").notNoun);
  assert.deepEqual(quickSpanTags("Hezbollah"), {
    person: false,
    place: false,
    organization: false,
    firstName: false,
    demonym: false,
    notNoun: false,
  });
});

Deno.test("spanTagBits() and spanTagsOfBits() turn span tags into one number and back", () => {
  const joseph = quickSpanTags("Joseph Aoun");
  // person (1) and firstName (8)
  assert.equal(spanTagBits(joseph), 1 + 8);
  assert.deepEqual(spanTagsOfBits(9), joseph);
  for (let bits = 0; bits < 64; bits++) assert.equal(spanTagBits(spanTagsOfBits(bits)), bits);
  for (const s of SPANS) assert.deepEqual(spanTagsOfBits(spanTagBits(quickSpanTags(s))), quickSpanTags(s), s);
  assert.throws(() => spanTagsOfBits(64), /64 is not a set of span tags/);
  assert.throws(() => spanTagsOfBits(1.5), /not a set of span tags/);
});
