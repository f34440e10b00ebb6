import assert from "node:assert/strict";
import type { EntityMention, EntityType } from "../../src/entities/types.ts";
import type { Attribution } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";

/** A mention of `surface` (its first occurrence from `from`) in `text`. */
function mention(text: string, surface: string, entity: string, type: EntityType, from = 0): EntityMention {
  const start = text.indexOf(surface, from);
  return { article: "a", outlet: "X", sentence: 0, start, end: start + surface.length, surface, entity, type };
}

/** A relation whose source is the occurrence of `source` from `from`. */
function relation(text: string, source: string, from = 0): Attribution {
  const start = text.indexOf(source, from);
  const end = start + source.length;
  return {
    type: "indirect",
    sentence: 0,
    content: { start: end + 6, end: end + 10 },
    cue: { start: end + 1, end: end + 5 },
    source: { start, end },
  };
}

Deno.test("resolveSpeakers() gives a source that holds a name that name's entity, a person before an organisation", () => {
  const text = "Iraqi National Security Adviser Qasim al-Araji said it went well.";
  const mentions = [
    mention(text, "Qasim al-Araji", "Qasim al-Araji", "person"),
    mention(text, "Iraqi", "Iraq", "place"),
  ];
  const [speaker] = resolveSpeakers(text, [relation(text, "Iraqi National Security Adviser Qasim al-Araji")], mentions);
  assert.deepEqual(speaker, { name: "Qasim al-Araji", type: "person", via: "name" });
});

Deno.test("resolveSpeakers() gives a pronoun the last person named before it, not a later one", () => {
  const text = "Joseph Aoun met Ali Larijani. He said the visit was useful. Nabih Berri came later.";
  const mentions = [
    mention(text, "Joseph Aoun", "Joseph Aoun", "person"),
    mention(text, "Ali Larijani", "Ali Larijani", "person"),
    mention(text, "Nabih Berri", "Nabih Berri", "person"),
  ];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "He")], mentions)[0], {
    name: "Ali Larijani",
    type: "person",
    via: "pronoun",
  });
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
