/**
 * Characterisations attached to a referent through its noun phrase (a modifier or a
 * "by"/"of"/"from" phrase) or through the verb it governs (issue 18). Sentences written
 * for this test; the hit covers the referent and the characterisation together, once.
 */
import assert from "node:assert/strict";
import { checkCases, sentenceHits } from "../fixtures/framing_sentences.ts";

Deno.test("a characterisation attaches through the noun phrase: before the noun, or after it with by/of/from", async () => {
  await checkCases([
    {
      text: "The bloc condemned Washington's blatant interference.",
      referent: "united_states",
      frame: "loaded",
      covers: "Washington's blatant interference",
    },
    {
      text: "Protesters denounced the interference of the US in the count.",
      referent: "united_states",
      frame: "loaded",
      covers: "interference of the US",
    },
    {
      text: "The party spoke of crude meddling by America.",
      referent: "united_states",
      frame: "loaded",
      covers: "meddling by America",
    },
    {
      text: "The daily denounced the Zionist systematic aggression on Tyre.",
      referent: "israel",
      frame: "loaded",
      covers: "Zionist systematic aggression",
    },
    {
      text: "Atrocities of the IDF in Rafah were documented.",
      referent: "israel",
      frame: "loaded",
      covers: "Atrocities of the IDF",
    },
    {
      text: "Ministers discussed continued pressure chiefly from Washington.",
      referent: "united_states",
      frame: "neutral",
      covers: "pressure chiefly from Washington",
    },
    {
      text: "The cabinet took up the American mediation effort.",
      referent: "united_states",
      frame: "neutral",
      covers: "American mediation",
    },
    {
      text: "Terrorist groups backed by the US were blamed for the attack.",
      referent: "united_states",
      frame: "loaded",
      covers: "backed by the US",
    },
    {
      text: "Speakers attacked America's arrogant domination of the region.",
      referent: "united_states",
      frame: "loaded",
      covers: "America's arrogant domination",
    },
    {
      text: "The crimes of the Israeli occupation in Bint Jbeil were listed.",
      referent: "israel",
      frame: "loaded",
      covers: "crimes of the Israeli occupation",
    },
    {
      text: "The party rejected US and French demands on the border.",
      referent: "united_states",
      frame: "neutral",
      covers: "US",
    },
    {
      text: "The US support for terrorism in Syria was raised at the forum.",
      referent: "united_states",
      frame: "loaded",
      covers: "US support for terrorism",
    },
  ]);
});

Deno.test("a characterisation attaches through the verb the referent governs, with up to three words between", async () => {
  await checkCases([
    {
      text: "Washington keeps meddling in Baghdad's choices.",
      referent: "united_states",
      frame: "loaded",
      covers: "Washington keeps meddling",
    },
    {
      text: "America has long interfered with Lebanon's politics.",
      referent: "united_states",
      frame: "loaded",
      covers: "America has long interfered",
    },
    {
      text: "The US once again claimed that the port was a depot.",
      referent: "united_states",
      frame: "loaded",
      covers: "claimed",
    },
    {
      text: "The IDF has again massacred families, the ministry said.",
      referent: "israel",
      frame: "loaded",
      covers: "massacred",
    },
    { text: "Washington, officials say, plans more talks.", referent: "united_states", none: true },
    {
      text: "The White House repeatedly alleged that the shipments were military.",
      referent: "united_states",
      frame: "loaded",
      covers: "alleged",
    },
    {
      text: "Israeli troops terrorised the villagers overnight, residents said.",
      referent: "israel",
      frame: "loaded",
      covers: "terrorised",
    },
    { text: "The Pentagon said it would study the request.", referent: "united_states", none: true },
  ]);
});

Deno.test("in a coordination the US hit ends at the US, and the other referent keeps its own wording", async () => {
  const hits = await sentenceHits("Speakers blamed US and Israeli pressure for the deadlock.");
  assert.deepEqual(hits.map((h) => [h.referent, h.frame, h.phrase]), [
    ["united_states", "neutral", "US"],
    ["israel", "neutral", "Israeli"],
  ]);
});

Deno.test("a characterisation of the June war's attacks on Iran is one hit for the war, not also one for Israel", async () => {
  const hits = await sentenceHits("The cleric recalled the Israeli criminal aggression against Iran in June.");
  assert.deepEqual(hits.map((h) => [h.referent, h.frame]), [["june_2025_war", "loaded"]]);
});
