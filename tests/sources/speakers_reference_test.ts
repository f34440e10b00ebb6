import assert from "node:assert/strict";
import type { EntityMention, EntityType } from "../../src/entities/types.ts";
import type { Attribution } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { opensSentence } from "../../src/sources/speaker_context.ts";
import { mention as mentionIn, relation } from "../fixtures/speaker_inputs.ts";

/** A mention of `surface` (its first occurrence from `from`) in `text`, in sentence `sentence`. */
function mention(text: string, surface: string, type: EntityType, sentence = 0, from = 0): EntityMention {
  return { ...mentionIn(text, surface, surface, type, from), sentence };
}

/** A relation in sentence `sentence` whose source is the occurrence of `source`, its content the text after the cue. */
const sourced = (text: string, source: string, sentence = 0, from = 0): Attribution =>
  relation(text, source, from, sentence);

/** A direct quote with no source: the content is the occurrence of `content`. */
function unsourced(text: string, content: string, sentence: number): Attribution {
  const start = text.indexOf(content);
  return { type: "direct", sentence, content: { start, end: start + content.length } };
}

Deno.test("resolveSpeakers() keeps a description whose name only modifies a common noun ('Denver detectives')", () => {
  const text = "Denver detectives said the car was found.";
  const [speaker] = resolveSpeakers(text, [sourced(text, "Denver detectives")], [mention(text, "Denver", "place")]);
  assert.deepEqual(speaker, { name: "Denver detectives", type: "unnamed", via: "description" });
});

Deno.test("resolveSpeakers() gives an organisation's spokesman or officials that organisation", () => {
  const text = "An Acme Steel Co. spokesman said the plant was closed.";
  const [speaker] = resolveSpeakers(text, [sourced(text, "An Acme Steel Co. spokesman")], [
    mention(text, "Acme Steel Co.", "organization"),
  ]);
  assert.deepEqual(speaker, { name: "Acme Steel Co.", type: "organization", via: "name" });
});

Deno.test("resolveSpeakers() gives an object pronoun ('quoted him as saying') the person a subject pronoun would get", () => {
  const text = "Tom Reyes was in town. The paper quoted him as saying no.";
  const [speaker] = resolveSpeakers(text, [sourced(text, "him", 1)], [mention(text, "Tom Reyes", "person")]);
  assert.deepEqual(speaker, { name: "Tom Reyes", type: "person", via: "pronoun" });
});

Deno.test("resolveSpeakers() gives a quote with no source the person who opens a sentence since the last speaker", () => {
  const text = "The clerk said to Ann Lowe: “Go home.” Ann Lowe walked to the car. “He was rude to me.”";
  const relations = [sourced(text, "The clerk"), unsourced(text, "He was rude to me.", 2)];
  const mentions = [mention(text, "Ann Lowe", "person", 0), mention(text, "Ann Lowe", "person", 1, 30)];
  assert.equal(resolveSpeakers(text, relations, mentions)[1]?.name, "Ann Lowe");
  // Named as an object only ("walked with Ann Lowe"), she is not the speaker: the last speaker holds.
  const other = "Bo Ford said it was late. The dog walked with Ann Lowe. “We must go.”";
  const two = [sourced(other, "Bo Ford"), unsourced(other, "We must go.", 2)];
  const named = [mention(other, "Bo Ford", "person", 0), mention(other, "Ann Lowe", "person", 1)];
  assert.equal(resolveSpeakers(other, two, named)[1]?.name, "Bo Ford");
});

Deno.test("resolveSpeakers() gives a definite description with modifiers the last speaker, but not a bare role", () => {
  const text = "Ned Platt said he would run. The retired county judge said the race was open. The juror said no.";
  const relations = [
    sourced(text, "Ned Platt"),
    sourced(text, "The retired county judge", 1),
    sourced(text, "The juror", 2),
  ];
  const speakers = resolveSpeakers(text, relations, [mention(text, "Ned Platt", "person")]);
  assert.deepEqual(speakers.map((s) => s?.name), ["Ned Platt", "Ned Platt", "juror"]);
});

Deno.test("opensSentence() is true for a name after titles or a conjunction, false after other words", () => {
  const text = "He left. But Sheriff Ray Cole stayed. They met Ray Cole.";
  assert.equal(opensSentence(text, mention(text, "Ray Cole", "person")), true);
  assert.equal(opensSentence(text, mention(text, "Ray Cole", "person", 0, 30)), false);
});

Deno.test("resolveSpeakers() gives 'he' in a clause opening the sentence the person its main clause names ('Before he testified, Stein ...')", () => {
  const text = "Karim Aoun wrote a letter. Before he testified, Ben Stein admitted he knew them. He said more.";
  const mentions = [mention(text, "Karim Aoun", "person", 0), mention(text, "Ben Stein", "person", 1)];
  const relations = [
    { ...sourced(text, "he", 1, text.indexOf("Before")), content: { start: text.indexOf("he knew"), end: 66 } },
    sourced(text, "He", 2, text.indexOf("He said")),
  ];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), ["Ben Stein", "Ben Stein"]);
});

Deno.test("resolveSpeakers() finds the main clause's subject after the comma even where the clause was read as the pronoun's content", () => {
  const text = "Karim Aoun wrote a letter. Before he testified for an hour, Ben Stein admitted it.";
  const mentions = [mention(text, "Karim Aoun", "person", 0), mention(text, "Ben Stein", "person", 1)];
  const he = text.indexOf("he testified");
  const relation: Attribution = {
    type: "indirect",
    sentence: 1,
    source: { start: he, end: he + 2 },
    cue: { start: he + 3, end: he + 12 },
    content: { start: he + 13, end: text.length - 1 },
  };
  assert.equal(resolveSpeakers(text, [relation], mentions)[0]?.name, "Ben Stein");
});

Deno.test("resolveSpeakers() keeps a description that spoke before as that unnamed speaker, not the person quoted last", () => {
  const text =
    "The gas station man asked where it went. Omar Haddad said he did not know. The gas station man said it was late.";
  const mentions = [mention(text, "Omar Haddad", "person", 1)];
  const relations = [
    sourced(text, "The gas station man", 0),
    sourced(text, "Omar Haddad", 1),
    sourced(text, "The gas station man", 2, 10),
  ];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), [
    "gas station man",
    "Omar Haddad",
    "gas station man",
  ]);
});

Deno.test("resolveSpeakers() gives 'he' no name that modifies a body's or a plan's noun ('the Tulsa Crusade school')", () => {
  // The entity stage took "Tulsa Crusade" for a person.
  const text = "Omar Haddad spoke at noon. He attended the Tulsa Crusade school last year. He said it was fine.";
  const mentions = [mention(text, "Omar Haddad", "person", 0), mention(text, "Tulsa Crusade", "person", 1)];
  const he = sourced(text, "He", 2, text.indexOf("last year"));
  assert.equal(resolveSpeakers(text, [he], mentions)[0]?.name, "Omar Haddad");
});
