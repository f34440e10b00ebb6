import assert from "node:assert/strict";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { mention, relation as relationAt } from "../fixtures/speaker_inputs.ts";

/** A relation of the second sentence whose source is the occurrence of `source` from `from`. */
const relation = (text: string, source: string, from = 0) => relationAt(text, source, from, 1);

Deno.test("resolveSpeakers() gives an office title the one person holding it under another name (premier: prime minister)", () => {
  const text = "Prime Minister Omar Haddad met the envoy. The premier said it went well.";
  const mentions = [mention(text, "Omar Haddad", "Omar Haddad", "person")];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "The premier")], mentions)[0], {
    name: "Omar Haddad",
    type: "person",
    via: "title",
  });
});

Deno.test("resolveSpeakers() reads abbreviated titles in full and narrows a title's holders by all its words", () => {
  // The entity stage may take "Assembly" for a person titled "General": "the attorney general" is still Nassar.
  const text = "Atty. Gen. Karim Nassar wrote to the General Assembly. The attorney general said it was their duty.";
  const mentions = [
    mention(text, "Karim Nassar", "Karim Nassar", "person"),
    mention(text, "Assembly", "Assembly", "person"),
  ];
  assert.equal(resolveSpeakers(text, [relation(text, "The attorney general")], mentions)[0]?.name, "Karim Nassar");
});

Deno.test("resolveSpeakers() writes a description that opens a sentence in lower case, but keeps a name or demonym capitalised", () => {
  const text = "Haddad left. Reports suggest he will stay. Iraqi officials said so. Later, Reports said more.";
  const mentions = [mention(text, "Haddad", "Omar Haddad", "person")];
  const options = { demonyms: new Map([["iraqi", "Iraq"]]) };
  const relations = [
    relation(text, "Reports"),
    relation(text, "Iraqi officials"),
    relation(text, "Reports", text.indexOf("Later")),
  ];
  const names = resolveSpeakers(text, relations, mentions, options).map((s) => s?.name);
  assert.deepEqual(names, ["reports", "Iraqi officials", "Reports"]);
});

Deno.test("resolveSpeakers() names a person with the generation the article writes after the name (Jr., Sr.)", () => {
  const text = "William H. Draper, Jr., spoke. Draper said it went well. Joseph E. Harvey Jr. came. Harvey said so.";
  const mentions = [
    mention(text, "William H. Draper", "William H. Draper", "person"),
    mention(text, "Draper", "William H. Draper", "person", text.indexOf("spoke")),
    mention(text, "Joseph E. Harvey Jr", "Joseph E. Harvey Jr", "person"),
    mention(text, "Harvey", "Harvey", "person", text.indexOf("came")),
  ];
  const relations = [relation(text, "Draper", text.indexOf("spoke")), relation(text, "Harvey", text.indexOf("came"))];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), [
    "William H. Draper Jr.",
    "Joseph E. Harvey Jr",
  ]);
});

Deno.test("resolveSpeakers() gives 'he' the someone just quoted by a description, unless a person was named as a subject since", () => {
  const text = "Omar Haddad spoke first. One senator told reporters it was late. His reply, he said, was no.";
  const mentions = [mention(text, "Omar Haddad", "Omar Haddad", "person")];
  const relations = [relation(text, "One senator"), { ...relation(text, "he", text.indexOf("reply")), sentence: 2 }];
  assert.deepEqual(resolveSpeakers(text, relations, mentions).map((s) => s?.name), ["one senator", "one senator"]);
  // A body just quoted is no "he": the person named as a subject is.
  const body = "Omar Haddad spoke first. The ministry told reporters it was late. He said no.";
  const rels = [relation(body, "The ministry"), { ...relation(body, "He", body.indexOf("late")), sentence: 2 }];
  const names = resolveSpeakers(body, rels, [mention(body, "Omar Haddad", "Omar Haddad", "person")]).map((s) =>
    s?.name
  );
  assert.deepEqual(names, ["ministry", "Omar Haddad"]);
});

Deno.test("resolveSpeakers() gives 'she' the nearest woman named, past a sentence that names only a man", () => {
  const text = "Mrs. Grace Peck asked a question. A release quoted Harvey as saying no. She said it was wrong.";
  const mentions = [
    { ...mention(text, "Grace Peck", "Grace Peck", "person"), sentence: 0 },
    { ...mention(text, "Harvey", "Harvey", "person"), sentence: 1 },
  ];
  const she = { ...relation(text, "She"), sentence: 2 };
  assert.equal(resolveSpeakers(text, [she], mentions)[0]?.name, "Grace Peck");
});

Deno.test("resolveSpeakers() takes a title from an apposition whose head is in lower case before a named modifier", () => {
  // "economist of Harris Trust & Savings Bank": the title is "economist", not the bank's words.
  const text =
    "Omar Haddad, economist of Harris Trust & Savings Bank, Chicago, spoke. The economist said growth will come.";
  const mentions = [
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
    mention(text, "Harris Trust & Savings Bank", "Harris Trust & Savings Bank", "organization"),
    mention(text, "Chicago", "Chicago", "place"),
  ];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "The economist")], mentions)[0], {
    name: "Omar Haddad",
    type: "person",
    via: "title",
  });
  // The modifier's words are no title of his: "the bank said" is not Haddad.
  const bank = `${text} The bank said nothing.`;
  assert.notEqual(resolveSpeakers(bank, [relation(bank, "The bank")], mentions)[0]?.name, "Omar Haddad");
});

Deno.test("resolveSpeakers() reads a title as definite when its determiner and modifiers lie before the source span", () => {
  // "the New England-born President": the source span is "President" once "New England" is a name.
  const text = "President Omar Haddad came. Then the New England-born President remarked that music thrives.";
  const mentions = [
    mention(text, "Omar Haddad", "Omar Haddad", "person"),
    mention(text, "New England", "New England", "place"),
  ];
  assert.deepEqual(resolveSpeakers(text, [relation(text, "President", text.indexOf("born"))], mentions)[0], {
    name: "Omar Haddad",
    type: "person",
    via: "title",
  });
});

Deno.test("resolveSpeakers() takes no title from a headline's verb before a name ('Mayor visits Buckley')", () => {
  // "Mayor visits Buckley" makes Buckley no mayor: a capitalised word before a lower-case one is no title of the name.
  const text = "Mayor Wagner met the leaders. Mayor visits Buckley As usual he said little. The Mayor said no.";
  const mentions = [
    mention(text, "Wagner", "Wagner", "person"),
    mention(text, "Buckley", "Charles A. Buckley", "person"),
  ];
  const relations = [relation(text, "The Mayor")];
  assert.equal(resolveSpeakers(text, relations, mentions)[0]?.name, "Wagner");
});

Deno.test("resolveSpeakers() makes no holder of 'the council' from a title the body's word only modifies ('Council President')", () => {
  const text = "It went to Council President Raymond Fortin. Later the city council suggested a review.";
  const mentions = [mention(text, "Raymond Fortin", "Raymond Fortin", "person")];
  const relations = [relation(text, "the city council")];
  assert.deepEqual(resolveSpeakers(text, relations, mentions)[0], {
    name: "city council",
    type: "organization",
    via: "office",
  });
});

Deno.test("resolveSpeakers() knows a woman by the kin noun she is in apposition to ('his wife, former Champion Zoe Olsen')", () => {
  const text =
    "Jackie Jensen flew home, where his wife, former Diving Champion Zoe Olsen, awaited. She said he was tired.";
  const mentions = [
    mention(text, "Jackie Jensen", "Jackie Jensen", "person"),
    mention(text, "Zoe Olsen", "Zoe Olsen", "person"),
  ];
  const she = { ...relation(text, "She"), sentence: 1 };
  assert.equal(resolveSpeakers(text, [she], mentions)[0]?.name, "Zoe Olsen");
});
