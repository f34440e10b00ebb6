/** Labels for Hezbollah and its weapons, legitimising and hostile (issue 18, kind 3), on sentences written for this test. */
import { checkCases, type SentenceCase } from "../fixtures/framing_sentences.ts";

const loaded = (text: string, covers: string): SentenceCase => ({
  text,
  referent: "hezbollah_resistance",
  frame: "loaded",
  covers,
});

Deno.test("legitimising labels for Hezbollah are loaded: the resistance in lower case or in quotes, its shield, its fighters", async () => {
  await checkCases([
    loaded("In Beirut, the resistance held a rally after the Israeli raid.", "the resistance"),
    loaded("Speakers in south Lebanon praised the resistance's steadfastness.", "the resistance"),
    loaded('Hezbollah calls its armed wing the "resistance", a word its rivals reject.', '"resistance"'),
    loaded("Posters in Dahiyeh hailed the ‘resistance’ after the ceasefire.", "resistance"),
    loaded("The mufti called Hezbollah the shield of Lebanon.", "shield of Lebanon"),
    loaded("Supporters see the movement as the defenders of the south.", "defenders of the south"),
    loaded("The cleric hailed Lebanon's protectors on the border.", "Lebanon's protectors"),
    loaded("The minister refused to touch resistance weapons while Israel stays in Lebanon.", "resistance weapons"),
    loaded("Crowds in Lebanon cheered the heroic resistance fighters.", "heroic resistance"),
    loaded("The Axis of Resistance met in Beirut.", "Axis of Resistance"),
  ]);
});

Deno.test("hostile labels for Hezbollah and its weapons are loaded: terrorist group, Iran-backed militia, illegal arms", async () => {
  await checkCases([
    loaded("Israel says the terrorist group Hezbollah rebuilt its tunnels.", "terrorist group Hezbollah"),
    loaded(
      "The senator called Hezbollah a terrorist organisation that holds Lebanon hostage.",
      "terrorist organisation",
    ),
    loaded("Hezbollah, the Iran-backed militia, rejected the plan.", "Iran-backed militia"),
    loaded("Critics in Lebanon call it a terror army on Israel's border.", "terror army"),
    loaded("Lebanese reformers want the state to seize the illegal weapons of Hezbollah.", "illegal weapons"),
    loaded("The editorial said Hezbollah is a state within a state.", "state within a state"),
    loaded("Israeli officials describe Hezbollah as Iran's most dangerous proxy.", "Iran's most dangerous proxy"),
    loaded("Columnists in Beirut mocked the so-called resistance after the war.", "so-called resistance"),
  ]);
});

Deno.test("plain names and the wire description of Hezbollah stay neutral; Iraqi factions stay theirs", async () => {
  await checkCases([
    {
      text: "Iran-backed Hezbollah said it would study the plan.",
      referent: "hezbollah_resistance",
      frame: "loaded",
      none: true,
    },
    {
      text: "Hezbollah's arsenal is the core of the dispute.",
      referent: "hezbollah_resistance",
      frame: "loaded",
      none: true,
    },
    { text: "The party's resistance to the reform was expected.", referent: "hezbollah_resistance", none: true },
    {
      text: "Iraq's Kataib Hezbollah, which Washington designates a terrorist organization, warned US forces.",
      referent: "hezbollah_resistance",
      none: true,
    },
    {
      text: "Washington urged Baghdad to rein in Iran-backed militias such as Kataib Hezbollah.",
      referent: "pmf_factions",
      frame: "neutral",
      covers: "Iran-backed militias",
    },
  ]);
});
