import assert from "node:assert/strict";
import { type Attribution, findAttributions } from "../../src/sources/attribution.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { voicesOf } from "../../src/sources/voice.ts";
import { annotateText } from "../fixtures/framing_text.ts";
import { mention } from "../fixtures/speaker_inputs.ts";

/** Each relation as "type source|cue|content", with "inside" for a report inside a quote. */
async function relationsOf(text: string): Promise<string[]> {
  const sl = (x?: { start: number; end: number }) => x ? text.slice(x.start, x.end) : "-";
  return findAttributions(await annotateText(text)).map((r) =>
    `${r.type} ${sl(r.source)}|${sl(r.cue)}|${sl(r.content)}${r.inside ? " inside" : ""}`
  );
}

Deno.test("findAttributions() finds a report inside a quote beside the quote, with the quote's content as its place", async () => {
  const text = "“Last spring the mayor told me the bridge would be rebuilt,” said Ellen Park.";
  assert.deepEqual(await relationsOf(text), [
    "direct Ellen Park|said|Last spring the mayor told me the bridge would be rebuilt",
    "indirect the mayor|told|the bridge would be rebuilt inside",
  ]);
  const [outer, inner] = findAttributions(await annotateText(text));
  assert.deepEqual(inner.inside, outer.content);
  assert.equal(outer.inside, undefined);
});

Deno.test("findAttributions() finds a report in a quote's later sentence and after a cue of the one quoted", async () => {
  // "I asked ..." is the one quoted speaking: passed over, and the "he said" in its words is read.
  assert.deepEqual(await relationsOf("“I asked the driver twice and he said the road was closed,” Tom Reyes said."), [
    "direct Tom Reyes|said|I asked the driver twice and he said the road was closed",
    "indirect he|said|the road was closed inside",
  ]);
  // "I believed him": the one quoted, no relation of its own.
  assert.deepEqual(await relationsOf("Tom Reyes said: “The driver said the road was closed. I believed him.”"), [
    "direct Tom Reyes|said|The driver said the road was closed. I believed him.",
    "indirect The driver|said|the road was closed inside",
  ]);
  // A cue and a colon inside the second of two quotes.
  assert.deepEqual(
    await relationsOf("“We waited an hour,” Ellen Park said. “Then the sergeant announced: the border is shut.”"),
    [
      "direct Ellen Park|said|We waited an hour",
      "direct Ellen Park|said|Then the sergeant announced: the border is shut.",
      "indirect the sergeant|announced|the border is shut inside",
    ],
  );
});

Deno.test("findAttributions() finds no report in a quote with no cue, and none inside reported speech", async () => {
  assert.deepEqual(await relationsOf("“The road is closed and the bridge is gone,” Tom Reyes said."), [
    "direct Tom Reyes|said|The road is closed and the bridge is gone",
  ]);
  // Only direct quotes are read again: reported speech inside reported speech is left as it was.
  assert.deepEqual(await relationsOf("Tom Reyes said the driver told him the road was closed."), [
    "indirect Tom Reyes|said|the driver told him the road was closed",
  ]);
});

Deno.test("findAttributions() keeps a report inside a quote within the quote, on a long quote full of them", async () => {
  const text = "He said: “" + "the minister said the plan failed. ".repeat(200) + "That was all.”";
  const relations = findAttributions(await annotateText(text));
  const [outer, ...inner] = relations;
  assert.equal(outer.type, "direct");
  assert.equal(inner.length, 200);
  for (const r of inner) {
    assert.deepEqual(r.inside, outer.content);
    assert.equal(text.slice(r.content.start, r.content.end), "the plan failed");
    assert.ok(outer.content.start <= r.source!.start && r.content.end <= outer.content.end);
  }
});

Deno.test("resolveSpeakers() gives a “he” inside a quote a person the quote named, and the quote's speaker stays the last one", () => {
  const text =
    "Mark Lowe spoke first. “Every day Tim Hale came by. He told me he would quit,” Lowe said. “It hurt,” he said.";
  const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  const relations: Attribution[] = [
    {
      type: "direct",
      sentence: 1,
      content: span("Every day Tim Hale came by. He told me he would quit"),
      cue: span("said"),
      source: span("Lowe", 10),
    },
    {
      type: "indirect",
      sentence: 2,
      content: span("he would quit"),
      cue: span("told"),
      source: { start: text.indexOf("He told"), end: text.indexOf("He told") + 2 },
      inside: span("Every day Tim Hale came by. He told me he would quit"),
    },
    {
      type: "direct",
      sentence: 3,
      content: span("It hurt"),
      cue: span("said", text.indexOf("It hurt")),
      source: span("he", text.indexOf("It hurt")),
    },
  ];
  const mentions = [
    mention(text, "Mark Lowe", "Mark Lowe", "person"),
    mention(text, "Tim Hale", "Tim Hale", "person"),
    mention(text, "Lowe", "Mark Lowe", "person", 10),
  ];
  const speakers = resolveSpeakers(text, relations, mentions);
  // "He told me": Tim Hale, named inside the quote, not Lowe who speaks it.
  assert.equal(speakers[1]?.name, "Tim Hale");
  // "“It hurt,” he said": Lowe, the one quoted last; the report inside his quote is not the last speaker.
  assert.deepEqual(speakers.map((s) => s?.name), ["Mark Lowe", "Tim Hale", "Mark Lowe"]);
});

Deno.test("resolveSpeakers() gives a “he” inside a quote no one rather than the one quoted, when the quote names no one else", () => {
  const text = "“He calls for help,” Walter Jones said.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const outer: Attribution = {
    type: "direct",
    sentence: 0,
    content: span("He calls for help"),
    cue: span("said"),
    source: span("Walter Jones"),
  };
  const inner: Attribution = {
    type: "indirect",
    sentence: 0,
    content: span("help"),
    cue: span("calls for"),
    source: span("He"),
    inside: outer.content,
  };
  const speakers = resolveSpeakers(text, [outer, inner], [mention(text, "Walter Jones", "Walter Jones", "person")]);
  assert.deepEqual(speakers.map((s) => s?.name), ["Walter Jones", undefined]);
});

Deno.test("resolveSpeakers() resolves a report inside a quote given with no source as any relation, without failing", () => {
  // As a cache entry may hold it: the quote it was found in, and no source.
  const text = "“The plan was announced at noon,” Walter Jones said.";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const outer: Attribution = {
    type: "direct",
    sentence: 0,
    content: span("The plan was announced at noon"),
    cue: span("said"),
    source: span("Walter Jones"),
  };
  const inner: Attribution = { type: "indirect", sentence: 0, content: span("at noon"), inside: outer.content };
  const speakers = resolveSpeakers(text, [outer, inner], [mention(text, "Walter Jones", "Walter Jones", "person")]);
  assert.equal(speakers[0]?.name, "Walter Jones");
  assert.equal(speakers.length, 2);
});

Deno.test("voicesOf() gives a word inside a report inside a quote to the report's speaker, the rest of the quote to the quote's", async () => {
  const text = "“Last spring the mayor told me the bridge would be rebuilt,” said Ellen Park.";
  const relations = findAttributions(await annotateText(text));
  const speakers = resolveSpeakers(text, relations, [
    mention(text, "Ellen Park", "Ellen Park", "person"),
  ]);
  const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const [bridge, spring] = voicesOf(text, [at("bridge"), at("spring")], relations, speakers);
  assert.deepEqual([bridge.voice, bridge.relation, bridge.speaker?.name], ["quoted", "indirect", "mayor"]);
  assert.deepEqual([spring.voice, spring.relation, spring.speaker?.name], ["quoted", "direct", "Ellen Park"]);
});
