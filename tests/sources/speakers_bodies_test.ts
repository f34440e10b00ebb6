import assert from "node:assert/strict";
import type { EntityMention, EntityType } from "../../src/entities/types.ts";
import type { Attribution } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { relation as relationAt } from "../fixtures/speaker_inputs.ts";

/** A mention of `surface` (its first occurrence from `from`) in `text`, in sentence `sentence`. */
function mention(text: string, surface: string, type: EntityType, sentence = 0, entity = surface): EntityMention {
  const start = text.indexOf(surface);
  return { article: "a", outlet: "X", sentence, start, end: start + surface.length, surface, entity, type };
}

/** A relation of sentence `sentence` whose source is the first occurrence of `source` from `from`. */
const relation = (text: string, source: string, sentence: number, from = 0): Attribution =>
  relationAt(text, source, from, sentence);

Deno.test("resolveSpeakers() gives 'it' the organisation named as a subject, never the person named after it", () => {
  const text = "The Foreign Ministry received Omar Haddad on Monday. It said the talks had failed.";
  const mentions = [mention(text, "Foreign Ministry", "organization"), mention(text, "Omar Haddad", "person")];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "It", 1)], mentions)[0], {
    name: "Foreign Ministry",
    type: "organization",
    via: "pronoun",
  });
});

Deno.test("resolveSpeakers() gives 'it' the organisation that spoke just before over one named since", () => {
  const text =
    "The Foreign Ministry said the visit was useful. Hezbollah was not consulted. It added that more talks would follow.";
  const mentions = [
    mention(text, "Foreign Ministry", "organization"),
    mention(text, "Hezbollah", "organization", 1),
  ];
  const relations = [relation(text, "The Foreign Ministry", 0), relation(text, "It", 2)];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), [
    "Foreign Ministry",
    "Foreign Ministry",
  ]);
});

Deno.test("resolveSpeakers() gives an office word of several bodies the one whose name holds the others', or the body just quoted", () => {
  const text = "The Grand Jury met. The Fulton County Grand Jury said it was done. The jury said more.";
  const juries = [mention(text, "Grand Jury", "organization"), {
    ...mention(text, "Fulton County Grand Jury", "organization", 1),
  }];
  assert.equal(resolveSpeakers(text, [relation(text, "The jury", 2)], juries)[0]?.name, "Fulton County Grand Jury");
  const court =
    "The Tax Court ruled on Monday. The Washington state supreme court ruled otherwise. The court held firm.";
  const courts = [mention(court, "Tax Court", "organization")];
  const relations = [
    relation(court, "The Washington state supreme court", 1),
    relation(court, "The court", 2, court.indexOf("firm") - 20),
  ];
  assert.deepEqual(resolveSpeakers(court, relations, courts).map((s) => s?.name), [
    "Washington state supreme court",
    "Washington state supreme court",
  ]);
});

Deno.test("resolveSpeakers() gives the officials of a body named by its head word that body, and reads a name's head before 'of'", () => {
  const text = "A boy was taken to Roger Williams Hospital. Hospital officials said he was well.";
  const mentions = [mention(text, "Roger Williams Hospital", "organization")];
  assert.equal(
    resolveSpeakers(text, [relation(text, "Hospital officials", 1)], mentions)[0]?.name,
    "Roger Williams Hospital",
  );
  const bank = "The First National Bank of Jersey City found errors. The bank said they were few.";
  const banks = [mention(bank, "First National Bank of Jersey City", "organization")];
  assert.equal(
    resolveSpeakers(bank, [relation(bank, "The bank", 1)], banks)[0]?.name,
    "First National Bank of Jersey City",
  );
});

Deno.test("resolveSpeakers() gives a statement 'from his office' the office of the person meant, by the title the article gives them", () => {
  const text =
    "Prime Minister Omar Haddad met the envoy, according to a statement from his office. The statement said more.";
  const mentions = [mention(text, "Omar Haddad", "person")];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "The statement", 1)], mentions)[0], {
    name: "Prime Minister's office",
    type: "organization",
    via: "office",
  });
});

Deno.test("resolveSpeakers() never makes a document whose issuer is not named an organisation ('the statement said')", () => {
  const text = "The envoy left on Monday. The statement said the talks would resume.";
  const mentions: EntityMention[] = [];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "The statement", 1)], mentions)[0], {
    name: "statement",
    type: "unnamed",
    via: "description",
  });
});

Deno.test("resolveSpeakers() gives a document with a plural possessive owner to them ('the Princes' statement')", () => {
  const text = "Moune read the Allied Powers' statement. The statement said the talks would resume.";
  const mentions = [mention(text, "Allied Powers", "organization")];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "The statement", 1)], mentions)[0], {
    name: "Allied Powers",
    type: "organization",
    via: "office",
  });
});

Deno.test("resolveSpeakers() gives a named body's statement to the body ('the Foreign Ministry statement said')", () => {
  const text = "The envoy left. The Foreign Ministry statement said the talks would resume.";
  const mentions = [mention(text, "Foreign Ministry", "organization", 1)];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "The Foreign Ministry statement", 1)], mentions)[0], {
    name: "Foreign Ministry",
    type: "organization",
    via: "name",
  });
});

Deno.test("resolveSpeakers() gives 'it' the first body its sentence names as a subject, not the last named there", () => {
  const text =
    "On Monday the Security Council voted a text that drew the Arab League in. Vague as it was, it called for calm.";
  const mentions = [mention(text, "Security Council", "organization"), mention(text, "Arab League", "organization")];
  const at = text.lastIndexOf("it called");
  const relation = {
    type: "indirect" as const,
    sentence: 1,
    source: { start: at, end: at + 2 },
    cue: { start: at + 3, end: at + 13 },
    content: { start: text.indexOf("calm"), end: text.indexOf("calm") + 4 },
  };
  assert.equal(resolveSpeakers(text, [relation], mentions)[0]?.name, "Security Council");
});
