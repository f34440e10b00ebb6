import assert from "node:assert/strict";
import type { Attribution } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { replyAfter } from "../../src/sources/speaker_turns.ts";
import { describedSubjectBefore } from "../../src/sources/speaker_subjects.ts";

/** A direct quote of `words` (its first occurrence from `from`) with no source or cue, in sentence `sentence`. */
function quote(text: string, words: string, sentence: number, from = 0): Attribution {
  const start = text.indexOf(words, from);
  return { type: "direct", sentence, content: { start, end: start + words.length } };
}

/** A direct quote of `words` spoken by `source` with the cue `cue`, found after the quote. */
function cued(text: string, words: string, source: string, cue: string, sentence: number): Attribution {
  const start = text.indexOf(words);
  const at = (s: string) => ({ start: text.indexOf(s, start), end: text.indexOf(s, start) + s.length });
  return { type: "direct", sentence, content: { start, end: start + words.length }, source: at(source), cue: at(cue) };
}

Deno.test("replyAfter() reads a quote alone in its paragraph after a quote alone, or after a question, as a reply", () => {
  const alone = "“We close at ten.”\n\n“Fine.”";
  const at = (text: string, words: string) => ({
    start: text.lastIndexOf(words),
    end: text.lastIndexOf(words) + words.length,
  });
  assert.equal(replyAfter(alone, at(alone, "Fine.")), 0);
  const asked = "The clerk looked up. “Cash or card”? she asked.\n\n“Card.”";
  assert.equal(replyAfter(asked, at(asked, "Card.")), 0);
  // A statement with its cue before: no reply (the same speaker may go on).
  const stated = "The clerk looked up. “We close at ten”, she said.\n\n“Fine.”";
  assert.equal(replyAfter(stated, at(stated, "Fine.")), -1);
  // The quote before left unclosed: the same speaker's words go on.
  const continued = "“We close at ten.\n\n“Fine.”";
  assert.equal(replyAfter(continued, at(continued, "Fine.")), -1);
  // Words besides the quote in its paragraph: no reply.
  const told = "“We close at ten.”\n\nThen: “Fine.”";
  assert.equal(replyAfter(told, at(told, "Fine.")), -1);
});

Deno.test("resolveSpeakers() gives the turns of a column's dialogue in turn to the one asking and to the writer", () => {
  const text = [
    "I took my little car to the garage on Friday.",
    "“What kind of car is it”? asked the mechanic.",
    "“A small Austin.”",
    "“Does it run well”?",
    "“Most days.”",
  ].join("\n\n");
  const relations = [
    cued(text, "What kind of car is it", "the mechanic", "asked", 1),
    quote(text, "A small Austin.", 2),
    quote(text, "Does it run well", 3),
    quote(text, "Most days.", 4),
  ];
  const names = resolveSpeakers(text, relations, []).map((s) => s?.name);
  assert.deepEqual(names, ["mechanic", "the columnist", "mechanic", "the columnist"]);
  // With a byline, the writer is the byline.
  const named = resolveSpeakers(text, relations, [], { narrator: "Ann Lee" }).map((s) => s?.name);
  assert.deepEqual(named, ["mechanic", "Ann Lee", "mechanic", "Ann Lee"]);
});

Deno.test("resolveSpeakers() gives a reply in a dialogue with no narrator the one who spoke before the last", () => {
  const text = [
    "“Is the bridge open”? asked the driver.",
    "“Since when is it closed”? the guard asked back.",
    "“Since the storm.”",
  ].join("\n\n");
  const relations = [
    cued(text, "Is the bridge open", "the driver", "asked", 0),
    cued(text, "Since when is it closed", "the guard", "asked", 1),
    quote(text, "Since the storm.", 2),
  ];
  assert.deepEqual(resolveSpeakers(text, relations, []).map((s) => s?.name), ["driver", "guard", "driver"]);
  // After a statement with its cue, a quote alone is no reply: the last speaker's, as before.
  const stated = text.replace("“Since when is it closed”? the guard asked back.", "“Since noon”, the guard said.");
  const said = [relations[0], cued(stated, "Since noon", "the guard", "said", 1), quote(stated, "Since the storm.", 2)];
  assert.equal(resolveSpeakers(stated, said, [])[2]?.name, "guard");
});

Deno.test("resolveSpeakers() gives a quote with no source the person described as the subject of the sentence before", () => {
  const text = "I paid the bill.\n\nThe gas station man sighed unhappily.\n\n“Small cars will ruin me.”";
  const [speaker] = resolveSpeakers(text, [quote(text, "Small cars will ruin me.", 2)], []);
  assert.deepEqual(speaker, { name: "gas station man", type: "unnamed", via: "description" });
});

Deno.test("describedSubjectBefore() looks past a sentence of quoted words to the narrative sentence before it", () => {
  const text = "The man stuck the nozzle in. “What car is it”? He asked.";
  assert.equal(describedSubjectBefore(text, text.indexOf("He asked"))?.name, "man");
});

Deno.test("replyAfter() reads no reply in a paragraph too long to be a dialogue's line, nor in a text of blanks", () => {
  const text = "“Ready”?\n\n“" + "word ".repeat(1000) + "”";
  assert.equal(replyAfter(text, { start: text.indexOf("word"), end: text.length - 1 }), -1);
  assert.equal(replyAfter("\n\n\n“Yes.”", { start: 4, end: 8 }), -1);
});

Deno.test("replyAfter() reads straight double marks as curly ones: the first of a pair opens, the second closes", () => {
  const at = (text: string, words: string) => ({
    start: text.lastIndexOf(words),
    end: text.lastIndexOf(words) + words.length,
  });
  const alone = '"We close at ten."\n\n"Fine."';
  assert.equal(replyAfter(alone, at(alone, "Fine.")), 0);
  const asked = 'The clerk looked up. "Cash or card?" she asked.\n\n"Card."';
  assert.equal(replyAfter(asked, at(asked, "Card.")), 0);
  // Two quotes in the paragraph before, the last a statement: no reply.
  const stated = '"Hello," she said. "We close at ten."\n\n"Fine."';
  assert.equal(replyAfter(stated, at(stated, "Fine.")), -1);
  // The quote before left unclosed: the same speaker's words go on.
  const continued = '"We close at ten.\n\n"Fine."';
  assert.equal(replyAfter(continued, at(continued, "Fine.")), -1);
});
