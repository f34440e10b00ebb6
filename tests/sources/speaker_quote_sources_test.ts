import assert from "node:assert/strict";
import type { Attribution } from "../../src/sources/attribution.ts";
import { quoteSourceAround, quoteSpeakerAround } from "../../src/sources/speaker_quotes.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { mention } from "../fixtures/speaker_inputs.ts";

/** A direct quote with no source or cue: its content located in `text`. */
function quote(text: string, content: string, sentence: number): Attribution {
  const start = text.indexOf(content);
  return { type: "direct", sentence, content: { start, end: start + content.length } };
}

/** The words of a span of `text`, or none. */
const words = (text: string, span: { start: number; end: number } | undefined) =>
  span && text.slice(span.start, span.end);

Deno.test("quoteSourceAround() takes the pronoun subject of a sentence that introduces the quote with a colon in the paragraph before", () => {
  const text =
    "Mayor Tala Brun faced the council.\n\nIn the spring she put her view in these words:\n\n“We will build the bridge.”";
  assert.equal(words(text, quoteSourceAround(text, quote(text, "We will build the bridge.", 2).content)), "she");
});

Deno.test("quoteSourceAround() takes a described subject introducing the quote with “as follows --”, up to its verb", () => {
  const text = "Our farm reporter wired from Salina as follows --\n\n“The wheat is in.”";
  assert.equal(words(text, quoteSourceAround(text, quote(text, "The wheat is in.", 1).content)), "Our farm reporter");
});

Deno.test("quoteSourceAround() skips a pronoun inside quotation marks of the introducing sentence", () => {
  const text = "Her note “he never came” was read aloud:\n\n“Send the money.”";
  assert.equal(quoteSourceAround(text, quote(text, "Send the money.", 1).content), undefined);
});

Deno.test("quoteSourceAround() takes a pronoun or a description before a verb of saying right after the closing mark", () => {
  const asked = "“Is the road open”? She asked the guard.";
  assert.equal(words(asked, quoteSourceAround(asked, quote(asked, "Is the road open", 0).content)), "She");
  const reporter = "“How long will it take”? A reporter asked him.";
  assert.equal(
    words(reporter, quoteSourceAround(reporter, quote(reporter, "How long will it take", 0).content)),
    "A reporter",
  );
  const inverted = "“We meet each Monday”, explains the treasurer of the club.";
  assert.equal(
    words(inverted, quoteSourceAround(inverted, quote(inverted, "We meet each Monday", 0).content)),
    "the treasurer of the club",
  );
});

Deno.test("quoteSourceAround() takes no verb after the closing mark that is no verb of saying, nor a subject past a paragraph break", () => {
  const walked = "“Is the road open”? She walked on.";
  assert.equal(quoteSourceAround(walked, quote(walked, "Is the road open", 0).content), undefined);
  const next = "“The church must change.”\n\nA short list of planned churches includes:\n\n-- Ten in Ohio.";
  assert.equal(quoteSourceAround(next, quote(next, "The church must change.", 0).content), undefined);
});

Deno.test("resolveSpeakers() gives a quote introduced by “he ... in these words:” the person the pronoun stands for", () => {
  const text =
    "Senator Omar Haddad spoke in Tulsa.\n\nLater he set out his view in these words:\n\n“We shall talk, and listen.”";
  const mentions = [mention(text, "Omar Haddad", "Omar Haddad", "person")];
  const [speaker] = resolveSpeakers(text, [quote(text, "We shall talk, and listen.", 2)], mentions);
  assert.equal(speaker?.name, "Omar Haddad");
});

Deno.test("resolveSpeakers() gives the paragraphs of a quote introduced by a description, left open at each paragraph's end, that description", () => {
  const text = "Karim Nassar toured the mill. Our staff man cabled as follows --\n\n" +
    "“Follow Nassar through the mill and you learn this:\n\n“One, the looms are new.\n\n“Two, Nassar is pleased.”";
  const mentions = [
    mention(text, "Karim Nassar", "Karim Nassar", "person"),
    { ...mention(text, "Nassar", "Karim Nassar", "person", text.indexOf("Follow")), sentence: 2 },
    { ...mention(text, "Nassar", "Karim Nassar", "person", text.indexOf("Two")), sentence: 4 },
  ];
  const relations = [
    quote(text, "Follow Nassar through the mill and you learn this:", 2),
    quote(text, "One, the looms are new.", 3),
    quote(text, "Two, Nassar is pleased.", 4),
  ];
  const names = resolveSpeakers(text, relations, mentions).map((s) => s?.name);
  assert.deepEqual(names, ["staff man", "staff man", "staff man"]);
});

Deno.test("resolveSpeakers() gives a quote followed by “? He asked” the person named as the subject before", () => {
  const text = "Omar Haddad walked up to the pump. “Full tank”? He asked.";
  const mentions = [mention(text, "Omar Haddad", "Omar Haddad", "person")];
  const [speaker] = resolveSpeakers(text, [quote(text, "Full tank", 1)], mentions);
  assert.equal(speaker?.name, "Omar Haddad");
});

Deno.test("quoteSpeakerAround() takes the person introducing a quote inside a quote with a colon and a single mark", () => {
  const text = "“The mill is busy. Said Karim Nassar: ' We sell all we make. '”";
  const nassar = mention(text, "Karim Nassar", "Karim Nassar", "person");
  const content = { start: text.indexOf("We sell"), end: text.indexOf("make.") + 5 };
  // Inside the outer quote, where no name would be a subject of the narrative.
  assert.equal(quoteSpeakerAround(text, content, [nassar], () => false)?.entity, "Karim Nassar");
});

Deno.test("quoteSourceAround() takes the source of 'as X put it', 'in the words of X' and 'in X's words' in the quote's sentence", () => {
  const put = "The board wanted, as Chairman Omar Haddad put it, “a builder, not a caretaker”.";
  assert.equal(
    words(put, quoteSourceAround(put, quote(put, "a builder, not a caretaker", 0).content)),
    "Chairman Omar Haddad",
  );
  const of = "Or, in the words of Karim Nassar, “the river keeps no accounts”.";
  assert.equal(words(of, quoteSourceAround(of, quote(of, "the river keeps no accounts", 0).content)), "Karim Nassar");
  const own = "But in Senator Tala Brun's words, it was a “narrow escape” for the town.";
  assert.equal(words(own, quoteSourceAround(own, quote(own, "narrow escape", 0).content)), "Senator Tala Brun");
  const after = "“A builder, not a caretaker”, as the chairman put it.";
  assert.equal(
    words(after, quoteSourceAround(after, quote(after, "A builder, not a caretaker", 0).content)),
    "the chairman",
  );
});

Deno.test("quoteSourceAround() takes no 'as' clause that says nothing of words ('as the river rose')", () => {
  const text = "The town waited, as the river rose, for “a miracle”.";
  assert.equal(quoteSourceAround(text, quote(text, "a miracle", 0).content), undefined);
});

Deno.test("resolveSpeakers() gives a quote after 'in Senator X's words' that senator, not the speaker quoted before", () => {
  const text = "Karim Nassar said the talks went well. But in Senator Brun's words, it was a “narrow escape”.";
  const mentions = [
    mention(text, "Karim Nassar", "Karim Nassar", "person"),
    { ...mention(text, "Brun", "Tala Brun", "person"), sentence: 1 },
  ];
  const said = { ...quote(text, "the talks went well", 0), type: "indirect" as const, source: { start: 0, end: 12 } };
  const names = resolveSpeakers(text, [said, quote(text, "narrow escape", 1)], mentions).map((s) => s?.name);
  assert.deepEqual(names, ["Karim Nassar", "Tala Brun"]);
});

Deno.test("quoteSourceAround() takes the agent of a passive right after the closing mark, up to 'and' or a comma", () => {
  const text = "She was hailed as “Builder of the Year” by the Tulsa Ledger, and honoured in Salina.";
  assert.equal(words(text, quoteSourceAround(text, quote(text, "Builder of the Year", 0).content)), "the Tulsa Ledger");
  const after = "She stood “by the door”, by all accounts.";
  assert.equal(quoteSourceAround(after, quote(after, "by the door", 0).content), undefined);
});

Deno.test("quoteSourceAround() spans the pronoun alone when a line break or a tab follows it", () => {
  for (const text of ["“Is the road open”? She\nasked the guard.", "“Is the road open”? She\tasked the guard."]) {
    assert.equal(words(text, quoteSourceAround(text, quote(text, "Is the road open", 0).content)), "She");
  }
});
