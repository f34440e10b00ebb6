import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() reads 'said to X:' as a hearer before a quote, not a topic", async () => {
  assert.deepEqual(await relations("The conductor said to the reporter: “You will get hurt if you go in there”."), [
    ["direct", "The conductor", "said", "You will get hurt if you go in there"],
  ]);
  assert.deepEqual(await relations("He said to reporters. “We will win the game tomorrow”."), [
    ["direct", "He", "said", "We will win the game tomorrow"],
  ]);
});

Deno.test("findAttributions() still reads 'responded to X' with no quote or clause after it as no relation", async () => {
  assert.deepEqual(await relations("He responded to the resolution of the council."), []);
});

Deno.test("findAttributions() continues a quote's speaker into the next paragraph's quote, not past a paragraph of narrative", async () => {
  const continued =
    "The owner said: “We will not sell the team this year”.\n\n“We have no buyer and no plan to find one”.";
  assert.deepEqual((await relations(continued)).map((r) => r[1]), ["The owner", "The owner"]);
  const narrative = "“We will not sell the team this year”, the owner said.\n\n" +
    "The coach had gone into the station. Later the reporter walked up to him at the stand.\n\n“I told him who I was and he was quite cold to me”.";
  assert.deepEqual((await relations(narrative)).map((r) => r[1]), ["the owner", ""]);
});
