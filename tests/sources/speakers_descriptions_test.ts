import assert from "node:assert/strict";
import type { Attribution } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { introducedAs, namedAfter } from "../../src/sources/speaker_descriptions.ts";
import { groupSubjectBefore } from "../../src/sources/speaker_subjects.ts";
import { mention } from "../fixtures/speaker_inputs.ts";

/** An indirect relation whose source is `source` and content `content`, in sentence `sentence`. */
function report(text: string, source: string, content: string, sentence: number): Attribution {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const cue = text.indexOf(" ", at(source).end) + 1;
  return { type: "indirect", sentence, source: at(source), cue: { start: cue, end: cue + 4 }, content: at(content) };
}

Deno.test("resolveSpeakers() gives a description the person named in apposition right after it", () => {
  const text = "Rents will fall, according to housing economist, Omar Haddad, of the city bank.";
  const relation = report(text, "housing economist", "Rents will fall", 0);
  const mentions = [mention(text, "Omar Haddad", "Omar Haddad", "person")];
  assert.deepEqual(resolveSpeakers(text, [relation], mentions)[0], {
    name: "Omar Haddad",
    type: "person",
    via: "name",
  });
});

Deno.test("namedAfter() takes no name that opens a clause of its own, nor one after no comma", () => {
  const text = "Prices rose, said the clerk, Omar Haddad agreed.";
  const people = [mention(text, "Omar Haddad", "Omar Haddad", "person")];
  const clerk = { start: text.indexOf("the clerk"), end: text.indexOf("the clerk") + 9 };
  assert.equal(namedAfter(text, clerk, people), undefined);
  // The same with the clause ended after the name: an apposition.
  const ended = text.replace(" agreed", "");
  assert.equal(
    namedAfter(ended, clerk, [mention(ended, "Omar Haddad", "Omar Haddad", "person")])?.entity,
    "Omar Haddad",
  );
  const bare = "according to the economist Omar Haddad.";
  const named = [mention(bare, "Omar Haddad", "Omar Haddad", "person")];
  assert.equal(namedAfter(bare, { start: 13, end: 26 }, named), undefined);
});

Deno.test("resolveSpeakers() gives 'the X' the description it was introduced by with 'a' or 'an' earlier", () => {
  const text = "A Lebanese official met the envoy on Monday. Later the official said talks would resume.";
  const relation = report(text, "the official", "talks would resume", 1);
  assert.deepEqual(resolveSpeakers(text, [relation], [])[0], {
    name: "Lebanese official",
    type: "unnamed",
    via: "description",
  });
  // A demonym as a noun: the common noun it modified.
  const demonym = "An Iranian diplomat paid the bill. The Iranian said he would return.";
  const said = report(demonym, "The Iranian", "he would return", 1);
  assert.equal(resolveSpeakers(demonym, [said], [])[0]?.name, "Iranian diplomat");
});

Deno.test("introducedAs() finds no introduction for a plural, nor across a determiner or a preposition", () => {
  const text = "An agreement between the leaders failed. The leaders said so.";
  assert.equal(introducedAs(text, text.indexOf("The leaders"), "leaders"), undefined);
  const other = "A report of the minister came out. The minister said so.";
  assert.equal(introducedAs(other, other.indexOf("The minister"), "minister"), undefined);
  // Only before the source.
  const after = "The guard said so. A guard came.";
  assert.equal(introducedAs(after, 0, "guard"), undefined);
});

Deno.test("resolveSpeakers() gives 'the principal of the school' the school the article names", () => {
  const text = "Ann Lee studies at Central High School. The principal of the school announced she would graduate.";
  const relation = report(text, "The principal of the school", "she would graduate", 1);
  const mentions = [
    mention(text, "Ann Lee", "Ann Lee", "person"),
    mention(text, "Central High School", "Central High School", "organization"),
  ];
  assert.deepEqual(resolveSpeakers(text, [relation], mentions)[0], {
    name: "principal of Central High School",
    type: "unnamed",
    via: "description",
  });
  // No school named: the description as written.
  assert.equal(resolveSpeakers(text, [relation], mentions.slice(0, 1))[0]?.name, "principal of the school");
});

Deno.test("resolveSpeakers() gives 'they' the group of people opening the sentence before, not a name inside it", () => {
  const text = "Welsh dock workers, Labour-led, are angry at the plan. They threaten to strike.";
  const relation = report(text, "They", "to strike", 1);
  const mentions = [{ ...mention(text, "Labour", "Labour Party", "organization"), sentence: 0 }];
  assert.deepEqual(resolveSpeakers(text, [relation], mentions)[0], {
    name: "Welsh dock workers",
    type: "unnamed",
    via: "pronoun",
  });
  // A sentence opening with no people ("Coal prices"): the body named, as before.
  const prices = "Coal prices, Labour says, are rising. They threaten to strike.";
  const named = [mention(prices, "Labour", "Labour Party", "organization")];
  assert.equal(resolveSpeakers(prices, [report(prices, "They", "to strike", 1)], named)[0]?.name, "Labour Party");
});

Deno.test("groupSubjectBefore() takes the first plural of people before a comma or a verb, within four words", () => {
  const text = "Negro lawyers dug into the records. They argued it was bias.";
  assert.equal(groupSubjectBefore(text, text.indexOf("They"))?.name, "Negro lawyers");
  assert.equal(groupSubjectBefore("The old coal mines closed. They fell.", 27), undefined);
});

Deno.test("groupSubjectBefore() ends the group's sentence where the next sentence starts, whatever word its head is", () => {
  // The head is the third word ("miners"); the sentence it opens ends at "Later".
  const text = "Welsh coal miners are angry. Later the union said they would strike.";
  const group = groupSubjectBefore(text, text.indexOf("they"));
  assert.deepEqual([group?.name, group?.sentenceEnd], ["Welsh coal miners", text.indexOf("Later")]);
  // The group opening the pronoun's own sentence: it ends at the pronoun looked before.
  const own = "Prices rose. Coal miners, angry, said they would strike.";
  assert.deepEqual(groupSubjectBefore(own, own.indexOf("they"))?.sentenceEnd, own.indexOf("they"));
});

Deno.test("resolveSpeakers() gives 'they' a body named in its own sentence over a group opening the sentence before", () => {
  const text = "Welsh coal miners are angry. Later the Coal Board said they would cut pay.";
  const relation = report(text, "they", "cut pay", 1);
  const mentions = [{ ...mention(text, "Coal Board", "National Coal Board", "organization"), sentence: 1 }];
  assert.equal(resolveSpeakers(text, [relation], mentions)[0]?.name, "National Coal Board");
});
