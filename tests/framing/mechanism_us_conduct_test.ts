/** Judgements of US conduct (issue 18, kind 2), on sentences written for this test. */
import { checkCases, type SentenceCase } from "../fixtures/framing_sentences.ts";

const loaded = (text: string, covers: string): SentenceCase => ({
  text,
  referent: "united_states",
  frame: "loaded",
  covers,
});

Deno.test("interference in other countries' affairs is a loaded judgement of the US in every part of speech", async () => {
  await checkCases([
    loaded("Analysts in Baghdad decried American interference in the vote.", "American interference"),
    loaded("The minister condemned Washington's meddling in the cabinet talks.", "Washington's meddling"),
    loaded("Washington has repeatedly meddled in Iraqi politics, the editorial said.", "meddled"),
    loaded("The US continues to interfere in the region's elections.", "interfere"),
    loaded("Critics see the plan as a form of blatant US interventionism.", "US interventionism"),
    loaded("The paper spoke of interference by the United States in Beirut.", "interference by the United States"),
    loaded("Residents protested against meddling from Washington.", "meddling from Washington"),
    loaded("The speaker denounced US hegemony across West Asia.", "US hegemony"),
    loaded("He spoke of America's hegemonic ambitions in the Gulf.", "America's hegemonic"),
    loaded("The statement warned against the US bullying smaller states.", "US bullying"),
    loaded("Officials said the US intervened in matters that belong to Lebanese alone.", "intervened"),
    loaded("The cleric described the sanctions regime as American imperialism.", "American imperialism"),
  ]);
});

Deno.test("a US statement reported by a verb that discredits it is loaded for the US", async () => {
  await checkCases([
    loaded("Washington claimed that the drones had been launched from Iraqi soil.", "claimed"),
    loaded("The US alleged that the shipments carried weapons.", "alleged"),
    loaded("The Pentagon once again claimed the strike hit only military targets.", "claimed"),
    loaded("The State Department purported that the convoy was civilian.", "purported"),
    loaded("Tehran dismissed the US allegations as baseless.", "US allegations"),
    loaded("Few believed the American claims about the tanker.", "American claims"),
    loaded("The agency rejected claims by Washington that it had enriched uranium.", "claims by Washington"),
    loaded(
      "Diplomats pointed to the allegations of the United States about the port.",
      "allegations of the United States",
    ),
  ]);
});

Deno.test("what the US does or wants, named plainly, is a neutral hit; its bare name is none", async () => {
  await checkCases([
    {
      text: "The cabinet weighed a US proposal on the border.",
      referent: "united_states",
      frame: "neutral",
      covers: "US proposal",
    },
    {
      text: "Pressure from Washington has mounted since July.",
      referent: "united_states",
      frame: "neutral",
      covers: "Pressure from Washington",
    },
    {
      text: "The talks stalled under American pressure.",
      referent: "united_states",
      frame: "neutral",
      covers: "American pressure",
    },
    { text: "The deal was US-brokered in June.", referent: "united_states", frame: "neutral", covers: "US-brokered" },
    { text: "The US and France sent envoys to Beirut.", referent: "united_states", none: true },
    { text: "Officials in Washington declined to comment.", referent: "united_states", none: true },
    { text: "The minister will travel to the United States next week.", referent: "united_states", none: true },
    { text: "Lebanon rejects interference in its affairs, the president said.", referent: "united_states", none: true },
    { text: "The Washington Post reported the meeting.", referent: "united_states", none: true },
  ]);
});
