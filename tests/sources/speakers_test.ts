import assert from "node:assert/strict";
import type { Attribution } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { mention, relation } from "../fixtures/speaker_inputs.ts";

Deno.test("resolveSpeakers() gives a source that holds a name that name's entity, a person before an organisation", () => {
  const text = "Iraqi National Security Adviser Qasim al-Araji said it went well.";
  const mentions = [
    mention(text, "Qasim al-Araji", "Qasim al-Araji", "person"),
    mention(text, "Iraqi", "Iraq", "place"),
  ];
  const [speaker] = resolveSpeakers(text, [relation(text, "Iraqi National Security Adviser Qasim al-Araji")], mentions);
  assert.deepEqual(speaker, { name: "Qasim al-Araji", type: "person", via: "name" });
});

Deno.test("resolveSpeakers() gives a pronoun the subject of the nearest sentence naming a person, not a later one", () => {
  const text = "Joseph Aoun met Ali Larijani. He said the visit was useful. Nabih Berri came later.";
  const mentions = [
    mention(text, "Joseph Aoun", "Joseph Aoun", "person"),
    mention(text, "Ali Larijani", "Ali Larijani", "person"),
    mention(text, "Nabih Berri", "Nabih Berri", "person"),
  ];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "He")], mentions)[0], {
    name: "Joseph Aoun",
    type: "person",
    via: "pronoun",
  });
});

Deno.test("resolveSpeakers() gives a pronoun no object of a preposition, no modifier and no name inside reported words", () => {
  const text = "Omar Haddad was received by Karim Nassar. He said the visit went well.";
  const mentions = [
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
    mention(text, "Karim Nassar", "Karim Nassar", "person"),
  ];
  assert.equal(resolveSpeakers(text, [relation(text, "He")], mentions)[0]?.name, "Omar Haddad");
  const modifier = "Dewey Lane, a Tyler lawyer, spoke when he said no.";
  const typed = [
    mention(modifier, "Dewey Lane", "Dewey Lane", "person"),
    mention(modifier, "Tyler", "Tyler", "person"),
  ];
  assert.equal(resolveSpeakers(modifier, [relation(modifier, "he")], typed)[0]?.name, "Dewey Lane");
  // "Nassar said Haddad had lied. “It is false,” he said.": Haddad is in Nassar's words.
  const said = "Karim Nassar said Omar Haddad had lied. “It is false,” he said.";
  const first: Attribution = {
    type: "indirect",
    sentence: 0,
    content: { start: said.indexOf("Omar"), end: said.indexOf(" had lied") + 9 },
    cue: { start: 13, end: 17 },
    source: { start: 0, end: 12 },
  };
  const second: Attribution = {
    type: "direct",
    sentence: 1,
    content: { start: said.indexOf("It is"), end: said.indexOf("false") + 5 },
    cue: { start: said.lastIndexOf("said"), end: said.lastIndexOf("said") + 4 },
    source: { start: said.lastIndexOf("he"), end: said.lastIndexOf("he") + 2 },
  };
  const names = [
    mention(said, "Karim Nassar", "Karim Nassar", "person"),
    mention(said, "Omar Haddad", "Omar Haddad", "person"),
  ];
  assert.deepEqual(resolveSpeakers(said, [first, second], names).map((s) => s?.name), ["Karim Nassar", "Karim Nassar"]);
});

Deno.test("resolveSpeakers() gives 'she' a woman of the sentence (Mrs., an apposition such as 'his daughter')", () => {
  const text = "Omar Haddad thanked Mrs. Dana Webb for the talks. She said they helped.";
  const mentions = [
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
    mention(text, "Dana Webb", "Dana Webb", "person"),
  ];
  assert.equal(resolveSpeakers(text, [relation(text, "She")], mentions)[0]?.name, "Dana Webb");
});

Deno.test("resolveSpeakers() writes a person by the fullest name the article gives, and keeps a name merged with another's", () => {
  const text = "Mayor William Hart spoke first. Later Mayor Hart said no.";
  const mentions = [
    mention(text, "William Hart", "William Hart", "person"),
    mention(text, "Mayor Hart", "Mayor Hart", "person"),
  ];
  assert.equal(resolveSpeakers(text, [relation(text, "Mayor Hart")], mentions)[0]?.name, "William Hart");
  const merged = "The Rev. R. J. Stone said grace.";
  const stone = [mention(merged, "R. J. Stone", "Jack Stone", "person")];
  assert.equal(resolveSpeakers(merged, [relation(merged, "The Rev. R. J. Stone")], stone)[0]?.name, "R. J. Stone");
});

Deno.test("resolveSpeakers() gives a title the one person named with it, of two the one named last, of none a description", () => {
  const text =
    "Sheriff Felix Tabb and President Joseph Aoun spoke. The sheriff said all was calm. The president said so too.";
  const mentions = [
    mention(text, "Felix Tabb", "Felix Tabb", "person"),
    mention(text, "Joseph Aoun", "Joseph Aoun", "person"),
  ];
  const speakers = resolveSpeakers(text, [relation(text, "The sheriff"), relation(text, "The president")], mentions);
  assert.deepEqual(speakers.map((s) => s?.name), ["Felix Tabb", "Joseph Aoun"]);
  const two = "Sheriff Felix Tabb and Sheriff Tom Wise spoke. The sheriff said all was calm.";
  const both = [mention(two, "Felix Tabb", "Felix Tabb", "person"), mention(two, "Tom Wise", "Tom Wise", "person")];
  assert.deepEqual(resolveSpeakers(two, [relation(two, "The sheriff")], both)[0], {
    name: "Tom Wise",
    type: "person",
    via: "title",
  });
  const none = "Sheriff Felix Tabb spoke. The governor said all was calm.";
  assert.deepEqual(
    resolveSpeakers(none, [relation(none, "The governor")], [mention(none, "Felix Tabb", "Felix Tabb", "person")])[0],
    {
      name: "governor",
      type: "unnamed",
      via: "description",
    },
  );
});

Deno.test("resolveSpeakers() gives an office its organisation, and an unnamed official a description", () => {
  const text = "The Fulton County Grand Jury met. The jury said it found nothing. A Lebanese official said no.";
  const mentions = [mention(text, "Fulton County Grand Jury", "Fulton County Grand Jury", "organization")];
  const speakers = resolveSpeakers(text, [relation(text, "The jury"), relation(text, "A Lebanese official")], mentions);
  assert.deepEqual(speakers, [
    { name: "Fulton County Grand Jury", type: "organization", via: "office" },
    { name: "Lebanese official", type: "unnamed", via: "description" },
  ]);
});

Deno.test("resolveSpeakers() gives a scare quote and a relation without source no speaker", () => {
  const text = "The so-called “resistance” met.";
  const scare: Attribution = { type: "scare", sentence: 0, content: { start: 15, end: 25 } };
  assert.deepEqual(resolveSpeakers(text, [scare], []), [undefined]);
});

Deno.test("resolveSpeakers() reads a title before 'of' and finds a demonym's holder by affiliation", () => {
  const text = "Secretary of State Anna Berg flew in. The Secretary of State said the talks were useful.";
  const mentions = [
    mention(text, "Anna Berg", "Anna Berg", "person"),
    mention(text, "State", "State", "organization", 40),
  ];
  assert.equal(resolveSpeakers(text, [relation(text, "The Secretary of State")], mentions)[0]?.name, "Anna Berg");
  const iran =
    "Ali Larijani met Prime Minister Mohammed Shia al-Sudani. The Iranian official told him Iran was grateful.";
  const named = [
    mention(iran, "Ali Larijani", "Ali Larijani", "person"),
    mention(iran, "Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani", "person"),
  ];
  const options = {
    affiliation: new Map([["Ali Larijani", ["Iran"]], ["Mohammed Shia al-Sudani", ["Iraq"]]]),
    demonyms: new Map([["iranian", "Iran"], ["iraqi", "Iraq"]]),
  };
  assert.equal(
    resolveSpeakers(iran, [relation(iran, "The Iranian official")], named, options)[0]?.name,
    "Ali Larijani",
  );
});

Deno.test("resolveSpeakers() gives a body's members and a document the body that issued it", () => {
  const text =
    "A resolution adopted by the Riverside Council asks for calm. The resolution urges talks. The jurors said no.";
  const mentions = [mention(text, "Riverside Council", "Riverside Council", "organization")];
  const juryText = "The Fulton County Grand Jury met. The jurors said no.";
  const jury = [mention(juryText, "Fulton County Grand Jury", "Fulton County Grand Jury", "organization")];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "The resolution", 60)], mentions)[0], {
    name: "Riverside Council",
    type: "organization",
    via: "office",
  });
  assert.equal(
    resolveSpeakers(juryText, [relation(juryText, "The jurors")], jury)[0]?.name,
    "Fulton County Grand Jury",
  );
});

Deno.test("resolveSpeakers() writes the initials before a surname the entity stage kept alone ('R. L. Brandt')", () => {
  const text = "The Rev. R. L. Brandt spoke. Later Mr. Brandt said the church must grow.";
  const mentions = [
    mention(text, "Brandt", "Jackie Brandt", "person"),
    mention(text, "Brandt", "Jackie Brandt", "person", 30),
  ];
  assert.equal(resolveSpeakers(text, [relation(text, "Mr. Brandt")], mentions)[0]?.name, "R. L. Brandt");
});

Deno.test("resolveSpeakers() lets a capital the gazetteer affiliates speak for its country", () => {
  const text = "Tehran rejected the plan.";
  const mentions = [mention(text, "Tehran", "Tehran", "place")];
  const options = { affiliation: new Map([["Tehran", ["Iran"]]]) };
  assert.deepEqual(resolveSpeakers(text, [relation(text, "Tehran")], mentions, options)[0], {
    name: "Iran",
    type: "place",
    via: "name",
  });
});

Deno.test("resolveSpeakers() gives a pronoun no untitled name after a preposition, even alone in its sentence", () => {
  const text = "Omar Haddad spoke first. The rally was held on the Hunter Campus. He said it went well.";
  const mentions = [
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
    mention(text, "Hunter Campus", "Hunter Campus", "person"),
  ];
  assert.equal(resolveSpeakers(text, [relation(text, "He")], mentions)[0]?.name, "Omar Haddad");
});
