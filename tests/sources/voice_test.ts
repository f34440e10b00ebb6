import assert from "node:assert/strict";
import { type Attribution, findAttributions } from "../../src/sources/attribution.ts";
import type { Speaker } from "../../src/sources/speakers.ts";
import { attributeHits, attributeSpans, voicesOf } from "../../src/sources/voice.ts";
import { annotateText } from "../fixtures/framing_text.ts";

const larijani: Speaker = { name: "Ali Larijani", type: "person", via: "name" };
const aoun: Speaker = { name: "Joseph Aoun", type: "person", via: "name" };
const rel = (type: Attribution["type"], start: number, end: number): Attribution => ({
  type,
  sentence: 0,
  content: { start, end },
});

Deno.test("attributeSpans() makes a span inside reported speech quoted, with its speaker; outside narrative", () => {
  const out = attributeSpans([{ start: 30, end: 40 }, { start: 0, end: 5 }, { start: 60, end: 70 }], [
    rel("indirect", 20, 60),
  ], [
    larijani,
  ]);
  assert.deepEqual(out, [{ voice: "quoted", relation: "indirect", speaker: larijani }, { voice: "narrative" }, {
    voice: "narrative",
  }]);
});

Deno.test("attributeSpans() takes the innermost of nested relations, and gives a scare quote no speaker", () => {
  const relations = [rel("mixed", 10, 100), rel("direct", 40, 60), rel("scare", 120, 130)];
  const out = attributeSpans(
    [{ start: 45, end: 50 }, { start: 70, end: 80 }, { start: 121, end: 125 }],
    relations,
    [aoun, larijani, undefined],
  );
  assert.deepEqual(out, [
    { voice: "quoted", relation: "direct", speaker: larijani },
    { voice: "quoted", relation: "mixed", speaker: aoun },
    { voice: "quoted", relation: "scare" },
  ]);
});

/** A relation over the first occurrence of `content` in `text`, with its cue and source when given. */
function relationIn(
  text: string,
  type: Attribution["type"],
  content: string,
  cue?: string,
  source?: string,
): Attribution {
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return {
    type,
    sentence: 0,
    content: span(content),
    ...(cue ? { cue: span(cue) } : {}),
    ...(source ? { source: span(source) } : {}),
  };
}

/** The span of the first occurrence of `phrase` in `text`. */
const at = (text: string, phrase: string) => ({
  start: text.indexOf(phrase),
  end: text.indexOf(phrase) + phrase.length,
});

Deno.test("voicesOf() makes a wording in reported speech quoted with its speaker, and the speech verb's subject narrative", () => {
  const text = "Hezbollah warned that the Zionist regime would pay for its aggression.";
  const relation = relationIn(
    text,
    "indirect",
    "the Zionist regime would pay for its aggression",
    "warned",
    "Hezbollah",
  );
  const hezbollah: Speaker = { name: "Hezbollah", type: "organization", via: "name" };
  const out = voicesOf(text, [at(text, "Hezbollah"), at(text, "Zionist regime")], [relation], [hezbollah]);
  assert.deepEqual(out, [{ voice: "narrative" }, { voice: "quoted", relation: "indirect", speaker: hezbollah }]);
});

Deno.test("voicesOf() keeps a headline's 'X: ...' narrative but for its words in quotation marks", () => {
  const text = "Larijani: Iran backs “the Resistance” against the Zionist entity\nThe envoy arrived.";
  const headline = relationIn(text, "mixed", "Iran backs “the Resistance” against the Zionist entity", ":", "Larijani");
  const out = voicesOf(text, [at(text, "the Resistance"), at(text, "Zionist entity")], [headline], [larijani]);
  assert.deepEqual(out, [{ voice: "quoted", relation: "direct", speaker: larijani }, { voice: "narrative" }]);
});

Deno.test("voicesOf() makes a wording in scare quotes, or in marks no relation holds, quoted with no speaker", () => {
  const text = "The so-called ‘axis’ met. Officials spoke of a “Zionist entity” there.";
  const scare = relationIn(text, "scare", "axis");
  const out = voicesOf(text, [at(text, "axis"), at(text, "Zionist entity"), at(text, "Officials")], [scare], []);
  assert.deepEqual(out, [{ voice: "quoted", relation: "scare" }, { voice: "quoted", relation: "scare" }, {
    voice: "narrative",
  }]);
});

Deno.test("attributeHits() gives quoted hits their speaker's name, keeps a hit quoted by findFraming, and narrative ones no speaker", () => {
  const text = "Baghaei said the Zionist entity will fail, describing it as Israeli aggression. Israel denied it.";
  const relation = relationIn(text, "indirect", "the Zionist entity will fail", "said", "Baghaei");
  const baghaei: Speaker = { name: "Ismail Baghaei", type: "person", via: "name" };
  const hit = (phrase: string, voice: "quoted" | "narrative") => ({ ...at(text, phrase), voice, speaker: "" });
  const out = attributeHits(
    text,
    [hit("Zionist entity", "narrative"), hit("Israeli aggression", "quoted"), hit("Israel denied", "narrative")],
    [relation],
    [baghaei],
  );
  assert.deepEqual(out.map((h) => [h.voice, h.speaker]), [
    ["quoted", "Ismail Baghaei"],
    ["quoted", ""],
    ["narrative", ""],
  ]);
});

Deno.test("attributeHits() on relations that findAttributions finds in sentences written for it", async () => {
  const text = "The envoy reiterated that Tehran rejects the Zionist regime. Israel struck on Monday.";
  const relations = findAttributions(await annotateText(text));
  const envoy: Speaker = { name: "envoy", type: "unnamed", via: "description" };
  const hits = [{ ...at(text, "Zionist regime"), voice: "narrative" as const, speaker: "" }, {
    ...at(text, "Israel struck"),
    voice: "narrative" as const,
    speaker: "",
  }];
  const out = attributeHits(text, hits, relations, relations.map(() => envoy));
  assert.deepEqual(out.map((h) => [h.voice, h.speaker]), [["quoted", "envoy"], ["narrative", ""]]);
});
