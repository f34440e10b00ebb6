import assert from "node:assert/strict";
import { compileGazetteer, findCandidates } from "../../src/entities/mentions.ts";
import { loadGazetteer } from "../../src/entities/gazetteer.ts";
import { electType, guessType } from "../../src/entities/typing.ts";
import type { SpanTags } from "../../src/nlp/compromise.ts";
import { article } from "../fixtures/entities.ts";

const gazetteer = await loadGazetteer();
const compiled = compileGazetteer({ ...gazetteer, entities: [] });
/** The candidates of a text whose surface is one of the names. */
const mentionsOf = async (text: string, ...names: string[]) =>
  findCandidates(await article("t", text), compiled).filter((c) => names.includes(c.surface));
const NONE: SpanTags = {
  person: false,
  place: false,
  organization: false,
  firstName: false,
  demonym: false,
  notNoun: false,
};
/** A stub for compromise that answers from a table and counts the spans asked about. */
const stub = (answers: Record<string, Partial<SpanTags>>) => {
  const asked: string[] = [];
  const tags = (span: string) => {
    asked.push(span);
    return { ...NONE, ...answers[span] };
  };
  return { asked, tags };
};

Deno.test("guessType() adds up votes from titles, heads, prepositions and compromise", async () => {
  const berri = await mentionsOf("Speaker Nabih Berri met the envoy.", "Nabih Berri");
  const { tags } = stub({ "Nabih Berri": { person: true } });
  assert.deepEqual(guessType(berri, { tags }), { type: "person", votes: { person: 6, organization: 0, place: 0 } });
  const zahle = await mentionsOf("The party met in Zahle on Monday.", "Zahle");
  assert.deepEqual(guessType(zahle, { tags }), { type: "place", votes: { person: 0, organization: 0, place: 1 } });
  const party = await mentionsOf("Leaders of the Cedar Unity Party met.", "Cedar Unity Party");
  assert.equal(guessType(party, { tags }).type, "organization");
});

Deno.test("guessType() leans a name of several words to person, a single word to place, without votes", async () => {
  const { tags } = stub({});
  const two = await mentionsOf("Later, Karim Haddad left.", "Karim Haddad");
  assert.deepEqual(guessType(two, { tags }), { type: "person", votes: { person: 0.5, organization: 0, place: 0 } });
  const one = await mentionsOf("Later, Haddad left.", "Haddad");
  assert.deepEqual(guessType(one, { tags }), { type: "place", votes: { person: 0, organization: 0, place: 0.5 } });
});

Deno.test("electType() elects what guessType() elects, and asks compromise only when it could change that", async () => {
  const cases: [string, string, Record<string, Partial<SpanTags>>, boolean][] = [
    // A title (3 votes) outweighs anything compromise could add to another type (2).
    ["President Karim Haddad flew home.", "Karim Haddad", { "Karim Haddad": { place: true } }, false],
    ["Leaders of the Cedar Unity Party resigned.", "Cedar Unity Party", {}, false],
    // A verb of speech after it (1 vote for a person) leaves room for compromise to tie.
    ["Leaders of the Cedar Unity Party met.", "Cedar Unity Party", {}, true],
    // A place preposition (1 vote) does not.
    ["The talks took place in Zahle.", "Zahle", { "Zahle": { person: true } }, true],
    ["The talks took place in Zahle.", "Zahle", {}, true],
    ["Later, Karim Haddad left.", "Karim Haddad", { "Karim Haddad": { person: true, firstName: true } }, true],
  ];
  for (const [text, name, answers, asks] of cases) {
    const mentions = await mentionsOf(text, name);
    const full = guessType(mentions, { tags: stub(answers).tags });
    const { asked, tags } = stub(answers);
    const elected = electType(mentions, { tags });
    assert.equal(elected.type, full.type, `${name} in "${text}"`);
    assert.equal(elected.evidence, full.type !== "person" && full.votes[full.type] >= 1, `${name}: evidence`);
    assert.equal(asked.length > 0, asks, `${name}: compromise asked`);
  }
});

Deno.test("electType() finds no evidence against a person in verbs of speech alone", async () => {
  const { tags } = stub({});
  // Four verbs of speech after a single word lean it to organisation (4 × 0.25), but people speak too.
  const text = "Haddad said no. Later Haddad told reporters. Then Haddad added more. Haddad warned them.";
  const spoken = await mentionsOf(text, "Haddad");
  assert.equal(spoken.length, 4);
  assert.deepEqual(guessType(spoken, { tags }).votes, { person: 0, organization: 1, place: 0 });
  assert.deepEqual(electType(spoken, { tags }), { type: "organization", evidence: false });
  // An organisation's context is evidence.
  const bloc = await mentionsOf("Leaders of the Haddad bloc met. Haddad said no.", "Haddad");
  assert.deepEqual(electType(bloc, { tags }), { type: "organization", evidence: true });
});

Deno.test("guessType() types a street, road or avenue as a place, whatever compromise says", async () => {
  const text = "The blast woke the family at 4410 Maple Ave. and their neighbours on Birch Hollow Road.";
  for (const name of ["Maple Ave.", "Birch Hollow Road"]) {
    const { tags } = stub({ [name]: { person: true } });
    assert.equal(guessType(await mentionsOf(text, name), { tags }).type, "place", name);
  }
});
