/**
 * Titles of works in quotation marks are names, not quotes: no scare quote, no speaker's
 * words. Every sentence here is written for the test.
 */
import assert from "node:assert/strict";
import { type QuotedSpan, worksAmong } from "../../src/sources/work_titles.ts";
import { relations } from "../fixtures/attribution_strings.ts";

/** The relations of a text as [type, content] pairs. */
async function typesAndContents(text: string): Promise<string[][]> {
  return (await relations(text)).map(([type, , , content]) => [type, content]);
}

/** The quotes of a text written with “ ”, as spans. */
function quotesIn(text: string): QuotedSpan[] {
  return [...text.matchAll(/“([^”]*)”/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    inner: { start: m.index + 1, end: m.index + 1 + m[1].length },
  }));
}

Deno.test("worksAmong() takes a capitalised quote after a word of a work's setting ('a role in', 'preach on', 'titled') for a title", () => {
  const text = "She had a role in “Silver Coast”. He will preach on “A Quiet Home” and a show titled “Horizon” starts.";
  assert.deepEqual([...worksAmong(text, quotesIn(text))], [0, 1, 2]);
});

Deno.test("worksAmong() takes a capitalised quote after a noun of a work, past a determiner, 'of' or a comma, for a title", () => {
  const text =
    "They showed the film “Red Dawn Rising”. Her novel, “The Long Road”, sold. A series of “Songs for the Young”.";
  assert.deepEqual([...worksAmong(text, quotesIn(text))], [0, 1, 2]);
});

Deno.test("worksAmong() carries a title along its list: “A”, “B” and “C” after 'include'", () => {
  const text =
    "Her films include “Blue Harbor”, “Night Train”, “The Pines of Rome” and “Camberley”. Then “Nobody Came”.";
  assert.deepEqual([...worksAmong(text, quotesIn(text))], [0, 1, 2, 3]);
});

Deno.test("worksAmong() leaves a quote in lower case, a sentence, and a capitalised name after 'the' to the rules of quotes", () => {
  const text =
    "He lived in “splendid isolation”. The union was judged the “Club of the Year”. The show said “We Are Back.”";
  assert.deepEqual([...worksAmong(text, quotesIn(text))], []);
});

Deno.test("findAttributions() gives a title of a work no relation, and keeps a scare quote and a quote beside it", async () => {
  assert.deepEqual(
    await typesAndContents(
      "The church showed the movie “Harvest of Hope” on Sunday. Critics called it “preachy” at best.",
    ),
    [["scare", "preachy"]],
  );
  assert.deepEqual(
    await typesAndContents(
      "“The program was a success,” the pastor said. The choir sang from “Songs of Zion” after the sermon.",
    ),
    [["direct", "The program was a success"]],
  );
});

Deno.test("worksAmong() takes no title after a preposition that follows a noun of a group: 'groups in “Axis of Resistance”' is a scare quote", () => {
  const text =
    "Armed groups in “Front of Defiance” rearmed. Party leaders from “Blue Union” met. She danced in “Blue Lake” and a scene from “Old Town” ran.";
  assert.deepEqual([...worksAmong(text, quotesIn(text))], [2, 3]);
});
