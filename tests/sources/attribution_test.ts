import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() finds reported speech: the complement after 'said that', without 'that'", async () => {
  assert.deepEqual(await relations("The minister said that Tehran will not accept the plan."), [
    ["indirect", "The minister", "said", "Tehran will not accept the plan"],
  ]);
});

Deno.test("findAttributions() skips the hearer and words of time between the cue and the content", async () => {
  assert.deepEqual(await relations("The Iranian official told al-Sudani that Iran is thankful."), [
    ["indirect", "The Iranian official", "told", "Iran is thankful"],
  ]);
  assert.deepEqual(await relations("The jury said Friday an investigation found nothing."), [
    ["indirect", "The jury", "said", "an investigation found nothing"],
  ]);
});

Deno.test("findAttributions() reads a direct quote with its speaker after it, in either order", async () => {
  assert.deepEqual(await relations("“We will not disarm,” the envoy said."), [
    ["direct", "the envoy", "said", "We will not disarm"],
  ]);
  assert.deepEqual(await relations("“We will not disarm,” said Naim Qassem."), [
    ["direct", "Naim Qassem", "said", "We will not disarm"],
  ]);
});

Deno.test("findAttributions() reads what a quote was said of after its cue as a topic, not as its content", async () => {
  assert.deepEqual(await relations("“We will win,” the coach said of the game."), [
    ["direct", "the coach", "said", "We will win"],
  ]);
  // The quote's own cue, not the one of the paragraph before, gives its source.
  const text = "He said: “That won't last long.”\n\n“We're just happy,” Coach Bill Meek said of the victory.";
  assert.deepEqual((await relations(text)).slice(-1), [["direct", "Coach Bill Meek", "said", "We're just happy"]]);
});

Deno.test("findAttributions() gives both halves of a quote interrupted by its cue the same source", async () => {
  const text = "“Only a handful of reports was received”, the jury said, “considering the interest in the vote”.";
  assert.deepEqual(await relations(text), [
    ["direct", "the jury", "said", "Only a handful of reports was received"],
    ["direct", "the jury", "said", "considering the interest in the vote"],
  ]);
});

Deno.test("findAttributions() reads a source after a colon, and inverted paraphrase", async () => {
  assert.deepEqual(await relations("He added: “We will win this war.”"), [[
    "direct",
    "He",
    "added",
    "We will win this war.",
  ]]);
  assert.deepEqual(await relations("Iran will not accept any plan, said Aoun."), [
    ["indirect", "Aoun", "said", "Iran will not accept any plan"],
  ]);
});

Deno.test("findAttributions() takes the name before an apposition as the source", async () => {
  assert.deepEqual(await relations("Larijani, the SNSC secretary, said on Monday that Israel was weak."), [
    ["indirect", "Larijani", "said", "Israel was weak"],
  ]);
});

Deno.test("findAttributions() reads 'according to' before and after its content", async () => {
  assert.deepEqual(await relations("According to state media, the deal was signed on Monday."), [
    ["indirect", "state media", "According to", "the deal was signed on Monday"],
  ]);
  assert.deepEqual(await relations("The deal was signed on Monday, according to state media."), [
    ["indirect", "state media", "according to", "The deal was signed on Monday"],
  ]);
});

Deno.test("findAttributions() counts a noun phrase after a verb of stance as content, and a paraphrase with a quote as mixed", async () => {
  assert.deepEqual(await relations("Al-Sudani condemned the Zionist aggression on Lebanon."), [
    ["indirect", "Al-Sudani", "condemned", "the Zionist aggression on Lebanon"],
  ]);
  assert.deepEqual(await relations("He said the plan “deserves praise” from every side."), [
    ["mixed", "He", "said", "the plan “deserves praise” from every side"],
  ]);
});

Deno.test("findAttributions() calls a short quote with no speaker a scare quote, and a passive no speech", async () => {
  assert.deepEqual(await relations("The so-called “resistance” held a rally."), [["scare", "", "", "resistance"]]);
  assert.deepEqual(await relations("The jury had been charged by the judge to investigate the vote."), []);
});

Deno.test("findAttributions() gives a quote of its own sentence the speaker named in the sentence after or before", async () => {
  assert.deepEqual(
    await relations("“This was the calmest election I ever saw.” Colquitt Policeman Tom Williams said."),
    [
      ["direct", "Colquitt Policeman Tom Williams", "said", "This was the calmest election I ever saw."],
    ],
  );
});

Deno.test("findAttributions() takes a speech verb inside a quote for no cue of the text, but for a report inside the quote", async () => {
  // The quote is Aoun's; "They said" is a report inside it (attribution_inner_test.ts), not the text's cue.
  assert.deepEqual(await relations("“They said no to us,” Aoun said."), [
    ["direct", "Aoun", "said", "They said no to us"],
    ["indirect", "They", "said", "no to us"],
  ]);
});
