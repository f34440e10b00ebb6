import assert from "node:assert/strict";
import { findAttributions } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { annotateText } from "../fixtures/framing_text.ts";
import { mention } from "../fixtures/speaker_inputs.ts";

/** The source of each relation of a text, as written. */
async function sources(text: string): Promise<string[]> {
  return findAttributions(await annotateText(text)).map((r) =>
    r.source ? text.slice(r.source.start, r.source.end) : ""
  );
}

Deno.test("findAttributions() keeps a source's modifier after a preposition: the head before it speaks, not the noun after", async () => {
  assert.deepEqual(await sources("Attorneys for the mayor said that a settlement was reached."), [
    "Attorneys for the mayor",
  ]);
  assert.deepEqual(await sources("The former secretary of labor said he was proud of the record."), [
    "The former secretary of labor",
  ]);
  assert.deepEqual(await sources("Other witnesses before the grand jury disclosed that loans were made."), [
    "Other witnesses before the grand jury",
  ]);
});

Deno.test("findAttributions() keeps two modifiers after prepositions in a row", async () => {
  assert.deepEqual(await sources("Two members of the majority on the school board said they would appeal."), [
    "Two members of the majority on the school board",
  ]);
});

Deno.test("findAttributions() leaves an adverbial before the subject out of the source", async () => {
  assert.deepEqual(await sources("In Boston the mayor said that taxes would rise."), ["the mayor"]);
  assert.deepEqual(await sources("After the meeting the mayor said that taxes would rise."), ["the mayor"]);
});

Deno.test("resolveSpeakers() gives a description with a modifier after 'before' its head, not the body it names", async () => {
  const text = "The grand jury met on Monday. Other witnesses before the grand jury disclosed that loans were made.";
  const relations = findAttributions(await annotateText(text));
  const mentions = [mention(text, "grand jury", "Fulton County Grand Jury", "organization")];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), [
    "other witnesses before the grand jury",
  ]);
});

Deno.test("findAttributions() keeps 'with' and a run of nouns before a name out of a source's head", async () => {
  assert.deepEqual(await sources("Interviews with several church leaders disclosed that the question was raised."), [
    "several church leaders",
  ]);
});

Deno.test("resolveSpeakers() gives an indefinite body ('a committee of experts') no organisation named before by its head", async () => {
  const text = "The Labor Committee met. A committee of experts has recommended that the budget be cut.";
  const relations = findAttributions(await annotateText(text));
  const mentions = [mention(text, "Labor Committee", "Labor Committee", "organization")];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), ["committee of experts"]);
});

Deno.test("findAttributions() finds the source before a relative clause that holds a speech verb and a quote of its own", async () => {
  const text = "Mrs. Molvar, who kept reiterating her request that they “please take a stand”, said, " +
    "“We must have faith in somebody on the local level”.";
  assert.deepEqual((await sources(text)).slice(-1), ["Mrs. Molvar"]);
});
