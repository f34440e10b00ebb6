/** Israel characterised through its conduct (issue 18, kind 4), on sentences written for this test. */
import { checkCases, type SentenceCase } from "../fixtures/framing_sentences.ts";

const loaded = (text: string, covers: string): SentenceCase => ({ text, referent: "israel", frame: "loaded", covers });

Deno.test("Israel's conduct judged by a word family is loaded, with any modifiers between and in any inflection", async () => {
  await checkCases([
    loaded("Villagers fled the Israeli aggression on Nabatieh.", "Israeli aggression"),
    loaded("The council debated the Israeli aggressions of the past month.", "Israeli aggressions"),
    loaded("Speakers denounced continued Israeli aggressive raids on the coast.", "Israeli aggressive"),
    loaded("The report lists Israel's systematic crimes in Khiam.", "Israel's systematic crimes"),
    loaded(
      "The statement condemned the Israeli brutal and indiscriminate bombardment campaign of massacres.",
      "Israeli",
    ),
    loaded("Mourners spoke of the Israeli massacre in the market.", "Israeli massacre"),
    loaded("Rights groups documented Israeli atrocities in the camps.", "Israeli atrocities"),
    loaded("The editorial called it Israel's latest genocidal campaign.", "Israel's latest genocidal"),
    loaded("He warned of relentless Israeli expansionism along the Litani.", "Israeli expansionism"),
    loaded("The Zionist savagery against civilians drew protests.", "Zionist savagery"),
    loaded("Lawyers gathered evidence of crimes by the Israeli army in Aitaroun.", "crimes by the Israeli army"),
    loaded("The aggression of the occupation army continued overnight.", "aggression of the occupation army"),
    loaded("Witnesses said Israel had massacred a family in the village.", "Israel had massacred"),
    loaded("Israeli forces slaughtered livestock and burned fields, farmers said.", "Israeli forces slaughtered"),
  ]);
});

Deno.test("Israel's conduct named plainly stays neutral, and other countries' crimes are not Israel's", async () => {
  await checkCases([
    { text: "Israeli strikes hit three towns on Sunday.", referent: "israel", frame: "loaded", none: true },
    { text: "The Israeli military said it targeted a weapons depot.", referent: "israel", frame: "loaded", none: true },
    { text: "Israel said the attack was aimed at launchers.", referent: "israel", frame: "loaded", none: true },
    { text: "Israeli deadly air raids killed four people.", referent: "israel", frame: "neutral", covers: "Israeli" },
    { text: "Israel says the terrorist cell was planning an attack.", referent: "israel", frame: "loaded", none: true },
    { text: "The court heard that the cartel committed crimes across Mexico.", referent: "israel", none: true },
  ]);
});
