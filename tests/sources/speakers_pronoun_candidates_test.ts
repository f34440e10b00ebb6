import assert from "node:assert/strict";
import type { EntityMention, EntityType } from "../../src/entities/types.ts";
import type { Attribution } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { inFrontedClause } from "../../src/sources/speaker_roles.ts";
import { mention as mentionIn } from "../fixtures/speaker_inputs.ts";

/** A mention of `surface` (its first occurrence from `from`) in `text`, in sentence `sentence`. */
function mention(text: string, surface: string, type: EntityType, sentence: number, from = 0): EntityMention {
  return { ...mentionIn(text, surface, surface, type, from), sentence };
}

/** An indirect relation of sentence `sentence`: `source` (the first word so written) said `content`. */
function said(text: string, source: string, content: string, sentence: number): Attribution {
  const start = text.search(new RegExp(`\\b${source}\\b`));
  const cue = text.indexOf(" ", start + source.length) + 1;
  const at = text.indexOf(content, cue);
  return {
    type: "indirect",
    sentence,
    source: { start, end: start + source.length },
    cue: { start: cue, end: text.indexOf(" ", cue) },
    content: { start: at, end: at + content.length },
  };
}

Deno.test("inFrontedClause() tells a name in a clause that opens its sentence before a comma from the main clause's subject", () => {
  const text = "Soon after Ann Lowe left the room, Bo Ford got angry. Driving through Reno last week, Cal Hart fell.";
  const at = (surface: string, sentence: number) => mention(text, surface, "person", sentence);
  assert.equal(inFrontedClause(text, at("Ann Lowe", 0)), true);
  assert.equal(inFrontedClause(text, at("Bo Ford", 0)), false);
  assert.equal(inFrontedClause(text, at("Reno", 1)), true);
  assert.equal(inFrontedClause(text, at("Cal Hart", 1)), false);
  // A sentence that opens with its subject has no fronted clause, nor has one with no comma after the name.
  const plain = "Ann Lowe left, and Bo Ford stayed. When Cal Hart left the dog barked.";
  assert.equal(inFrontedClause(plain, mention(plain, "Ann Lowe", "person", 0)), false);
  assert.equal(inFrontedClause(plain, mention(plain, "Cal Hart", "person", 1)), false);
  // "Mr." is no sentence end.
  const title = "The court met. After Mr. Cal Hart spoke, Bo Ford left.";
  assert.equal(inFrontedClause(title, mention(title, "Cal Hart", "person", 1)), true);
});

Deno.test("resolveSpeakers() gives 'he' the subject of the main clause, not a person named in a clause opening the sentence", () => {
  const text = "Soon after Don Lopez told the story, Frank Sims got so angry that he vowed he would quit.";
  const mentions = [mention(text, "Don Lopez", "person", 0), mention(text, "Frank Sims", "person", 0)];
  const [speaker] = resolveSpeakers(text, [said(text, "he", "he would quit", 0)], mentions);
  assert.equal(speaker?.name, "Frank Sims");
});

Deno.test("resolveSpeakers() gives 'he' the main clause's subject of the sentence before, past a participle clause naming a place", () => {
  // The entity stage may type a place as a person ("Sydney"): its role still tells.
  const text = "Driving through Sydney on his way home, the racer Stirling Moss was tired. He said he would rest.";
  const mentions = [mention(text, "Sydney", "person", 0), mention(text, "Stirling Moss", "person", 0)];
  const [speaker] = resolveSpeakers(text, [said(text, "He", "he would rest", 1)], mentions);
  assert.equal(speaker?.name, "Stirling Moss");
});

Deno.test("resolveSpeakers() keeps a person of a fronted clause where the main clause names no one ('After Ann Lowe spoke, he said')", () => {
  const text = "Bo Ford sat down. After Cal Hart testified, he said he was tired.";
  const mentions = [mention(text, "Bo Ford", "person", 0), mention(text, "Cal Hart", "person", 1)];
  const [speaker] = resolveSpeakers(text, [said(text, "he", "he was tired", 1)], mentions);
  assert.equal(speaker?.name, "Cal Hart");
});

Deno.test("resolveSpeakers() gives 'he' a person named in the pronoun's own sentence, even as the object of 'of', before a subject of an earlier one", () => {
  const text =
    "Dag Holm flew to the capital. The erratic conduct of Pat Lomu caused problems -- he announced he would leave.";
  const mentions = [mention(text, "Dag Holm", "person", 0), mention(text, "Pat Lomu", "person", 1)];
  const [speaker] = resolveSpeakers(text, [said(text, "he", "he would leave", 1)], mentions);
  assert.equal(speaker?.name, "Pat Lomu");
  // A subject of that sentence still comes before its object.
  const both = "Dag Holm met the sister of Pat Lomu, and he announced he would leave.";
  const named = [mention(both, "Dag Holm", "person", 0), mention(both, "Pat Lomu", "person", 0)];
  assert.equal(resolveSpeakers(both, [said(both, "he", "he would leave", 0)], named)[0]?.name, "Dag Holm");
});

Deno.test("resolveSpeakers() gives 'she' a woman by her given name, and never a man by his, with the given names' genders", () => {
  const text = "Ann Kiss came here in May. Hank Watson said so. Now, at 26, she feels she is happy.";
  const mentions = [mention(text, "Ann Kiss", "person", 0), mention(text, "Hank Watson", "person", 1)];
  const relations = [said(text, "Hank Watson", "so", 1), said(text, "she", "she is happy", 2)];
  const nameGender = (w: string) => w === "Ann" ? "female" as const : w === "Hank" ? "male" as const : undefined;
  assert.equal(resolveSpeakers(text, relations, mentions, { nameGender })[1]?.name, "Ann Kiss");
  // A title outweighs a given name: "Mrs. Hank Watson" is a woman.
  const titled = "Ann Kiss came here in May. Mrs. Hank Watson said so. Now, at 26, she feels she is happy.";
  const named = [mention(titled, "Ann Kiss", "person", 0), mention(titled, "Hank Watson", "person", 1)];
  const two = [said(titled, "Hank Watson", "so", 1), said(titled, "she", "she is happy", 2)];
  assert.equal(resolveSpeakers(titled, two, named, { nameGender })[1]?.name, "Hank Watson");
});

Deno.test("resolveSpeakers() takes a name coordinated with an object ('designs by Ceil Chapman and Helen Rose') for no subject", () => {
  const text =
    "In May, Miss Greer Garson said she travels. She likes designs by Ceil Chapman and Helen Rose. “I like them”, she says.";
  const mentions = [
    mention(text, "Greer Garson", "person", 0),
    mention(text, "Ceil Chapman", "person", 1),
    mention(text, "Helen Rose", "person", 1),
  ];
  const start = text.indexOf("I like them");
  const quote: Attribution = {
    type: "direct",
    sentence: 2,
    content: { start, end: start + 11 },
    source: { start: text.lastIndexOf("she"), end: text.lastIndexOf("she") + 3 },
    cue: { start: text.lastIndexOf("says"), end: text.lastIndexOf("says") + 4 },
  };
  const nameGender = (w: string) => w === "Helen" ? "female" as const : undefined;
  const speakers = resolveSpeakers(text, [said(text, "Greer Garson", "she travels", 0), quote], mentions, {
    nameGender,
  });
  assert.equal(speakers[1]?.name, "Greer Garson");
});
