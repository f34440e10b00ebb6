/**
 * Reported (indirect) speech without quotation marks: the mechanisms that carry it to texts
 * the rules were not written on. Every sentence here is written for the test.
 */
import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

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

Deno.test("findAttributions() takes a group word opening a clause as the source: 'Some predict', 'These contend'", async () => {
  assert.deepEqual(await relations("Some predict the council will settle the matter in May."), [
    ["indirect", "Some", "predict", "the council will settle the matter in May"],
  ]);
  assert.deepEqual(await relations("These contend there is a serious question about the vote."), [
    ["indirect", "These", "contend", "there is a serious question about the vote"],
  ]);
});

Deno.test("findAttributions() reads an agentless passive of a verb of report: the clause, the infinitive, the object or the subject", async () => {
  assert.deepEqual(await relations("It was announced that the conductor will return."), [
    ["indirect", "", "was announced", "the conductor will return"],
  ]);
  assert.deepEqual(await relations("The conductor will return next season, it was announced."), [
    ["indirect", "", "was announced", "The conductor will return next season"],
  ]);
  assert.deepEqual(await relations("The appointment was announced."), [[
    "indirect",
    "",
    "was announced",
    "The appointment",
  ]]);
  assert.deepEqual(await relations("She is reported to be the only woman invited."), [
    ["indirect", "", "is reported", "to be the only woman invited"],
  ]);
  assert.deepEqual(await relations("He is accused of having spent the funds on a beach."), [
    ["indirect", "", "is accused", "having spent the funds on a beach"],
  ]);
  assert.deepEqual(await relations("The crop is officially forecast at 40 million tons."), [
    ["indirect", "", "is officially forecast", "at 40 million tons"],
  ]);
  assert.deepEqual(await relations("This year, I am told, the network will show the game."), [
    ["indirect", "", "am told", "the network will show the game"],
  ]);
});

Deno.test("findAttributions() takes no passive of a decision, a report to come or a denial, and keeps an agent after 'by'", async () => {
  assert.deepEqual(
    await relations("The plan was approved. The results will be announced Monday. It was not reported."),
    [],
  );
  // A request or an instruction is the outlet's account of a demand, not reported words.
  assert.deepEqual(await relations("The militia is now asked to hand over its weapons. He was told to leave."), []);
  assert.deepEqual(await relations("The winner was announced by the mayor."), [
    ["indirect", "the mayor", "was announced", "The winner"],
  ]);
});

Deno.test("findAttributions() reads an adverb of report up to a comma, and keeps the source of a later cue before it", async () => {
  assert.deepEqual(await relations("The clerk reportedly received a threat last night."), [
    ["indirect", "", "reportedly", "received a threat last night"],
  ]);
  assert.deepEqual(
    await relations("Two witnesses, whose firm reportedly is under inquiry, disclosed that the payments were made."),
    [
      ["indirect", "", "reportedly", "is under inquiry"],
      ["indirect", "Two witnesses", "disclosed", "the payments were made"],
    ],
  );
});

Deno.test("findAttributions() reads 'according to' set off by commas in mid-sentence as reporting what follows", async () => {
  assert.deepEqual(
    await relations("They signed a memorandum which, according to informed sources, obliges both sides to act."),
    [
      ["indirect", "informed sources", "according to", "obliges both sides to act"],
    ],
  );
  assert.deepEqual(await relations("The talks, according to the minister, failed in May."), [
    ["indirect", "the minister", "according to", "The talks"],
    ["indirect", "the minister", "according to", "failed in May"],
  ]);
  assert.deepEqual(
    await relations("The award is the first of its kind, according to Ann Lowe, director of the club."),
    [
      ["indirect", "Ann Lowe", "according to", "The award is the first of its kind"],
    ],
  );
});

Deno.test("findAttributions() reads a noun of stance before a clause with no source named: 'the belief that', 'The feeling was that'", async () => {
  assert.deepEqual(await relations("The plan was dropped on the belief that the timing could hardly be worse."), [
    ["indirect", "", "belief", "the timing could hardly be worse"],
  ]);
  assert.deepEqual(await relations("The feeling was that he would sense an inner toughness."), [
    ["indirect", "", "feeling was", "he would sense an inner toughness"],
  ]);
  assert.deepEqual(await relations("And yet the argument goes that they should be extended to the unions."), [
    ["indirect", "", "argument goes", "they should be extended to the unions"],
  ]);
});

Deno.test("findAttributions() takes no relative 'that' after a noun of stance, and no noun with no clause after it", async () => {
  assert.deepEqual(await relations("The statement that he made was false."), []);
  assert.deepEqual(await relations("The announcement came after a period of tension."), []);
});

Deno.test("findAttributions() takes no object of 'of' for a verb after a belief cue: 'expects a pair of runs'", async () => {
  assert.deepEqual(await relations("The coach expects a pair of runs."), []);
});

Deno.test("findAttributions() gives a second verb group after 'but has' its clause's subject, and reads a source before an aside in dashes", async () => {
  assert.deepEqual(
    await relations("The envoy has not only visited the alliance, but has announced that two ships will join it."),
    [["indirect", "The envoy", "announced", "two ships will join it"]],
  );
  assert.deepEqual(await relations("One juror -- not Mr. Parker -- indicated he had been a member of the club."), [
    ["indirect", "One juror", "indicated", "he had been a member of the club"],
  ]);
});

Deno.test("findAttributions() reads 'Reports are that ...' as a report with no source named", async () => {
  assert.deepEqual(await relations("Reports are that the congressmen will lose their seats."), [
    ["indirect", "", "Reports are", "the congressmen will lose their seats"],
  ]);
});

Deno.test("findAttributions() reads a 'that' the tagger takes for a pronoun after an adverbial, not after an object", async () => {
  const [relation] = await relations("The premier intimated even before the vote that he hoped for an early meeting.");
  assert.deepEqual(relation, ["indirect", "The premier", "intimated", "he hoped for an early meeting"]);
  assert.deepEqual(await relations("He said the plan that he made failed."), [
    ["indirect", "He", "said", "the plan that he made failed"],
  ]);
});

Deno.test("findAttributions() reads 'refute' as a verb of stance, its noun-phrase object the content, in any inflection", async () => {
  assert.deepEqual(await relations("The economist strongly refuted the thesis that growth would stay slow."), [
    ["indirect", "The economist", "refuted", "the thesis that growth would stay slow"],
  ]);
  assert.deepEqual(await relations("The senator refutes the charge."), [
    ["indirect", "The senator", "refutes", "the charge"],
  ]);
});

Deno.test("findAttributions() reads 'maintain' as a cue before a clause only, not before a noun phrase ('maintain an apartment')", async () => {
  assert.deepEqual(await relations("The couple maintain an apartment in Paris and a ranch in Texas."), []);
  assert.deepEqual(await relations("The tenant maintains the rent was paid in May."), [
    ["indirect", "The tenant", "maintains", "the rent was paid in May"],
  ]);
});
