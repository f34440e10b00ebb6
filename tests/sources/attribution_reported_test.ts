/**
 * Reported (indirect) speech without quotation marks: the mechanisms that carry it to texts
 * the rules were not written on. Every sentence here is written for the test.
 */
import assert from "node:assert/strict";
import { type Attribution, findAttributions } from "../../src/sources/attribution.ts";
import { annotateText } from "../fixtures/framing_text.ts";

/** The relations of a text as [type, source, cue, content] strings. */
async function relations(text: string): Promise<string[][]> {
  const found = findAttributions(await annotateText(text));
  const slice = (s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : "");
  return found.map((r: Attribution) => [r.type, slice(r.source), slice(r.cue), slice(r.content)]);
}

Deno.test("findAttributions() reads a surname the tagger takes for a verb as the source: 'Kern said', '..., Kern said, that ...'", async () => {
  assert.deepEqual(await relations("Kern said the school would open in May."), [
    ["indirect", "Kern", "said", "the school would open in May"],
  ]);
  assert.deepEqual(await relations("Turnout has been so low, Kern said, that the vote may be held again."), [
    ["indirect", "Kern", "said", "Turnout has been so low"],
    ["indirect", "Kern", "said", "the vote may be held again"],
  ]);
});

Deno.test("findAttributions() reads a name with its state in brackets, and a name inside an apposition the tagger takes for a verb", async () => {
  assert.deepEqual(await relations("Senator Jim Walker (Ind.) said the bill was dead."), [
    ["indirect", "Senator Jim Walker (Ind.)", "said", "the bill was dead"],
  ]);
  assert.deepEqual(await relations("Merritt D. Hill, Ford Motor Co. vice president, says sales are rising."), [
    ["indirect", "Merritt D. Hill", "says", "sales are rising"],
  ]);
});

Deno.test("findAttributions() keeps a word of time that opens the content: 'said this Sunday's sessions will ...'", async () => {
  assert.deepEqual(await relations("The pastor said this Sunday's dinner will be free."), [
    ["indirect", "The pastor", "said", "this Sunday's dinner will be free"],
  ]);
  assert.deepEqual(await relations("The pastor said Sunday that the dinner will be free."), [
    ["indirect", "The pastor", "said", "the dinner will be free"],
  ]);
});

Deno.test("findAttributions() gives an inverted source followed by an apposition no content of its own", async () => {
  assert.deepEqual(
    await relations("“Will you defend the contract in the session”?? Asked Mrs. Ann Lowe, member for Lane County."),
    [
      ["direct", "Mrs. Ann Lowe", "Asked", "Will you defend the contract in the session"],
    ],
  );
});

Deno.test("findAttributions() reads a verb of belief before a clause, in any inflection, and around a parenthetical cue", async () => {
  assert.deepEqual(await relations("The farmer felt there was nothing he could do about it."), [
    ["indirect", "The farmer", "felt", "there was nothing he could do about it"],
  ]);
  assert.deepEqual(await relations("She expects if the timetable holds a vote will be held in May."), [
    ["indirect", "She", "expects", "if the timetable holds a vote will be held in May"],
  ]);
  assert.deepEqual(await relations("The safest course, the coach figured, was to punt."), [
    ["indirect", "the coach", "figured", "The safest course"],
    ["indirect", "the coach", "figured", "was to punt"],
  ]);
});

Deno.test("findAttributions() takes no verb of belief before an object, an adjective or 'to', nor a factive 'knew', nor the writer's 'I think'", async () => {
  assert.deepEqual(await relations("The farmer felt strong. She expects to win. He thought about the farm."), []);
  assert.deepEqual(await relations("He knew the plan would fail."), []);
  assert.deepEqual(await relations("I think the ballet is the finest in years."), []);
});

Deno.test("findAttributions() reads an adjective of conviction before a clause: 'had become convinced', 'are optimistic'", async () => {
  assert.deepEqual(await relations("The mayor had become convinced a new tax might be the only way."), [
    ["indirect", "The mayor", "had become convinced", "a new tax might be the only way"],
  ]);
  assert.deepEqual(await relations("Car dealers are optimistic the spring quarter will be better."), [
    ["indirect", "Car dealers", "are optimistic", "the spring quarter will be better"],
  ]);
  assert.deepEqual(await relations("He was convinced by the argument. She is sure of it."), []);
});
