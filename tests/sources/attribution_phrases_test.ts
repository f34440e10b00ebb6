import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() splits content around a cue followed by a phrase of time ('earlier this month', 'here yesterday')", async () => {
  assert.deepEqual(
    await relations("Any refunds that are owed, Mr. Dorsey said earlier this month, will be paid in June."),
    [
      ["indirect", "Mr. Dorsey", "said", "Any refunds that are owed"],
      ["indirect", "Mr. Dorsey", "said", "will be paid in June"],
    ],
  );
  assert.deepEqual(await relations("The mill should reopen by spring, Paula Moss said here yesterday."), [
    ["indirect", "Paula Moss", "said", "The mill should reopen by spring"],
  ]);
});

Deno.test("findAttributions() skips a setting with modifiers after a cue ('said in a Boston interview')", async () => {
  assert.deepEqual(await relations("Nine schools are still waiting, Ann Wells said in a Boston interview."), [
    ["indirect", "Ann Wells", "said", "Nine schools are still waiting"],
  ]);
});

Deno.test("findAttributions() takes the name before an apposition of any words ('X, county clerk and treasurer, said')", async () => {
  assert.deepEqual(await relations("Tom Baird, county clerk and treasurer, said the office will move."), [
    ["indirect", "Tom Baird", "said", "the office will move"],
  ]);
  assert.deepEqual(await relations("Rita Moss, widely known tax expert, said the rates are too high."), [
    ["indirect", "Rita Moss", "said", "the rates are too high"],
  ]);
  assert.deepEqual(await relations("Hal Stone, 6-2, 210 and quick, says he will play."), [
    ["indirect", "Hal Stone", "says", "he will play"],
  ]);
});

Deno.test("findAttributions() reads an apposition that names a place after its own comma ('X, economist of Y, Denver, predicted')", async () => {
  assert.deepEqual(
    await relations(
      "“Prices will rise by autumn”, Carl Dunn, economist of Acme Savings Bank, Denver, predicted on Tuesday.",
    ),
    [["direct", "Carl Dunn", "predicted", "Prices will rise by autumn"]],
  );
});

Deno.test("findAttributions() takes a part of a group as the source ('two of the witnesses said')", async () => {
  assert.deepEqual(await relations("At issue, two of the witnesses said, were loans to the firm."), [
    ["indirect", "two of the witnesses", "said", "At issue"],
    ["indirect", "two of the witnesses", "said", "were loans to the firm"],
  ]);
});

Deno.test("findAttributions() reads a court's ruling before 'that' as what it holds ('the court held that')", async () => {
  assert.deepEqual(await relations("The appeals court held that the tax did not apply to the sale."), [
    ["indirect", "The appeals court", "held", "the tax did not apply to the sale"],
  ]);
  assert.deepEqual(await relations("The judge ruled that the search was illegal."), [
    ["indirect", "The judge", "ruled", "the search was illegal"],
  ]);
  assert.deepEqual(await relations("The club held a dinner for its members."), []);
});

Deno.test("findAttributions() gives 'quoted X as saying' the one quoted as its source", async () => {
  assert.deepEqual(await relations("The paper quoted Jones as saying: “I can't run any more.”"), [
    ["direct", "Jones", "quoted Jones as saying", "I can't run any more."],
  ]);
  assert.deepEqual(
    await relations("A release from the firm, of which Kurt Vale is head, quoted him as saying the move was sound."),
    [
      ["indirect", "him", "quoted him as saying", "the move was sound"],
    ],
  );
});

Deno.test("findAttributions() reads an inverted source followed by 'and' and a new clause ('..., says Mr. Lund and they ...')", async () => {
  assert.deepEqual(await relations("Farmers are buying more tractors, says Mr. Lund and they are paying cash."), [
    ["indirect", "Mr. Lund", "says", "Farmers are buying more tractors"],
  ]);
});

Deno.test("findAttributions() takes a publication's head word before the cue as the source's, not an adverb ('the Saudi daily wrote')", async () => {
  assert.deepEqual(await relations("Iran must change course, the Saudi daily wrote."), [
    ["indirect", "the Saudi daily", "wrote", "Iran must change course"],
  ]);
});
