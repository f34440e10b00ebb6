import assert from "node:assert/strict";
import { describedSubjectBefore, titledSubjectBefore } from "../../src/sources/speaker_subjects.ts";
import { findAttributions } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { annotateText } from "../fixtures/framing_text.ts";
import { mention, relation } from "../fixtures/speaker_inputs.ts";

Deno.test("describedSubjectBefore() finds a person described as the subject opening the sentence before", () => {
  const text = "The hotel owner shrugged. “Same thing”, he said.";
  assert.deepEqual(describedSubjectBefore(text, text.indexOf("he said")), {
    name: "hotel owner",
    start: 4,
    end: 15,
  });
  const taxi = "A Boston taxi driver taking the visitor home remarks that. He says no.";
  assert.equal(describedSubjectBefore(taxi, taxi.indexOf("He says"))?.name, "Boston taxi driver");
});

Deno.test("describedSubjectBefore() finds 'the man' and 'the old woman' as described subjects", () => {
  const man = "The man stood by the gate. “Nobody came”, he said.";
  assert.deepEqual(describedSubjectBefore(man, man.indexOf("he said")), { name: "man", start: 4, end: 7 });
  const woman = "The old woman laughed. “Not again”, she said.";
  assert.equal(describedSubjectBefore(woman, woman.indexOf("she said"))?.name, "old woman");
  assert.equal(describedSubjectBefore("The human race is old. He said no.", 23), undefined);
});

Deno.test("describedSubjectBefore() finds no person in a thing, a body or a sentence two back", () => {
  assert.equal(describedSubjectBefore("The paper fell. He said no.", 16), undefined);
  assert.equal(describedSubjectBefore("The jury met. He said no.", 14), undefined);
  const far = "The driver left. It rained all day. He said no.";
  assert.equal(describedSubjectBefore(far, far.indexOf("He said")), undefined);
});

Deno.test("resolveSpeakers() gives 'he' the person described as a subject since the last one named or quoted", async () => {
  const text = "“I work for the church and for nobody else”, Gordon Boyce said.\n\n" +
    "The hotel owner shrugged. “Same thing”, he said.";
  const relations = findAttributions(await annotateText(text));
  const mentions = [mention(text, "Gordon Boyce", "Gordon Boyce", "person")];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), ["Gordon Boyce", "hotel owner"]);
});

Deno.test("resolveSpeakers() keeps 'he' for the person named after a described subject", async () => {
  const text = "The hotel owner left. Gordon Boyce came in.\n\n“It is late tonight, very late”, he said.";
  const relations = findAttributions(await annotateText(text));
  const mentions = [mention(text, "Gordon Boyce", "Gordon Boyce", "person")];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), ["Gordon Boyce"]);
});

Deno.test("resolveSpeakers() gives 'they' the group just quoted, unless a body was named since", async () => {
  const text = "The Revenue Service audits plans. A frequent pitfall, experts warn, is a high wage. " +
    "In that event, they note, the plan may lose its privileges.";
  const relations = findAttributions(await annotateText(text));
  const mentions = [mention(text, "Revenue Service", "Internal Revenue Service", "organization")];
  const speakers = resolveSpeakers(text, relations, mentions);
  const they = relations.findIndex((r) => r.source && text.slice(r.source.start, r.source.end) === "they");
  assert.equal(speakers[they]?.name, "experts");
});

Deno.test("resolveSpeakers() gives 'they' the couple named after 'Mr. and Mrs.' since the last body", async () => {
  const text = "Thieves entered a house on Cherry Hill Road. Mr. and Mrs. John Smith reported the theft at 6. " +
    "They told police the intruders took a coat.";
  const relations = findAttributions(await annotateText(text));
  const mentions = [
    mention(text, "Cherry Hill Road", "Cherry Hill Road", "place"),
    mention(text, "John Smith", "John Smith", "person"),
  ];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), ["John Smith"]);
});

Deno.test("resolveSpeakers() gives 'they' the group a name modifies ('the Brevard visitors'), not the name's entity", () => {
  const text = "The Brevard visitors said little at first. Later they thought the painting sad.";
  const mentions = [mention(text, "Brevard", "Brevard", "organization")];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "they", 0, 1)], mentions)[0], {
    name: "the Brevard visitors",
    type: "unnamed",
    via: "pronoun",
  });
  // Its officials speak for it: "The Brevard officials ... they said" stays Brevard.
  const officials = "The Brevard officials met at noon. Later they said the talks went well.";
  const named = [mention(officials, "Brevard", "Brevard", "organization")];
  assert.equal(resolveSpeakers(officials, [relation(officials, "they", 0, 1)], named)[0]?.name, "Brevard");
});

Deno.test("resolveSpeakers() gives 'they' the name's entity when a verb follows the name ('The Pentagon wants more troops')", () => {
  for (
    const text of [
      "The Pentagon wants more troops in Iraq. They said the plan was ready.",
      "The Kremlin insists on talks with Tehran. They said the plan was ready.",
      "The Pentagon says that the plan is ready. Later they said it again.",
    ]
  ) {
    const name = text.slice(4, text.indexOf(" ", 4));
    const mentions = [mention(text, name, name, "organization")];
    const they = text.search(/\b[Tt]hey\b/);
    assert.equal(
      resolveSpeakers(text, [relation(text, text.slice(they, they + 4), they, 1)], mentions)[0]?.name,
      name,
      text,
    );
  }
});

Deno.test("resolveSpeakers() gives 'he' the holder of the title that opens the sentence before as its subject, over a person named after it", () => {
  const text =
    "Reporters asked President Haddad about it. The President knew that a meeting with Mr. Nassar was near. But he said it could wait.";
  const mentions = [
    mention(text, "Haddad", "Omar Haddad", "person"),
    { ...mention(text, "Nassar", "Karim Nassar", "person"), sentence: 1 },
  ];
  const he = { ...relation(text, "he", text.indexOf("But")), sentence: 2 };
  assert.equal(resolveSpeakers(text, [he], mentions)[0]?.name, "Omar Haddad");
});

Deno.test("titledSubjectBefore() reads no sentence end after an abbreviation ('Mr.') and finds no title where none opens", () => {
  const text = "The Mayor met Mr. Stone today. He said so.";
  assert.deepEqual(titledSubjectBefore(text, text.indexOf("He said")), {
    name: "Mayor",
    head: "mayor",
    start: 4,
    end: 9,
    sentenceEnd: text.indexOf("He said"),
  });
  assert.equal(titledSubjectBefore("Stone met the Mayor. He said so.", 21), undefined);
});
