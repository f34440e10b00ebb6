/**
 * Judgement through the noun phrase, and the other mechanisms added for the fresh set's tuned
 * half (issue 18): an evaluative modifier makes a neutral wording loaded; a participle is a
 * modifier; Israel's violations and its conduct with no name; labels for Hezbollah's weapons;
 * names holding a referent's name. Sentences written for this test, none from the fresh set.
 */
import { checkCases, loadedCase as loaded, type SentenceCase } from "../fixtures/framing_sentences.ts";

const notLoaded = (referent: string, text: string): SentenceCase => ({ text, referent, frame: "loaded", none: true });

Deno.test("an evaluative modifier in a neutral wording's noun phrase makes the hit loaded, whichever the referent", async () => {
  await checkCases([
    // inside the wording
    loaded("united_states", "The minister rejected Washington's cynical proposal for the border.", "cynical proposal"),
    loaded(
      "united_states",
      "Deputies spoke of blatant American pressure on the judiciary.",
      "blatant American pressure",
    ),
    // before the wording
    loaded(
      "israel",
      "Residents buried the victims of the heinous Israeli strike on Maifadoun.",
      "heinous Israeli strike",
    ),
    loaded("united_states", "The bloc dismissed the so-called US roadmap as a trap.", "so-called US roadmap"),
    // in the noun phrase a possessive name governs
    loaded(
      "israel",
      "Aid workers described Israel's wanton destruction of the orchards.",
      "Israel's wanton destruction",
    ),
    loaded(
      "hezbollah_resistance",
      "The columnist attacked Hezbollah's criminal gangs in the port.",
      "Hezbollah's criminal gangs",
    ),
    // legitimising judgements too
    loaded(
      "hezbollah_resistance",
      "Banners praised Hezbollah's glorious sacrifices along the frontier.",
      "Hezbollah's glorious sacrifices",
    ),
    loaded(
      "pmf_factions",
      "The cleric hailed the valiant Popular Mobilization Forces in his sermon.",
      "valiant Popular",
    ),
  ]);
});

Deno.test("a plain modifier, or a judgement of another noun phrase, leaves a neutral wording neutral", async () => {
  await checkCases([
    notLoaded("united_states", "Beirut faces heavy US pressure to finish the plan by December."),
    notLoaded("israel", "Israel's deadly strikes on the valley killed four people."),
    notLoaded("israel", "Israel's army said the brutal heat had slowed the work."),
    notLoaded(
      "hezbollah_resistance",
      "The shameful neglect of the port was blamed on every party, Hezbollah included.",
    ),
    notLoaded("united_states", "The US plan, which critics call brutal, was tabled on Monday."),
  ]);
});

Deno.test("a participle before the noun is a modifier like an adjective", async () => {
  await checkCases([
    loaded("israel", "The mayor protested against Israel's continued occupation of the hills.", "continued occupation"),
    loaded("israel", "Farmers counted the Israeli repeated violations of the truce.", "Israeli repeated violations"),
  ]);
});

Deno.test("Israel's violations are loaded as a noun and as the verb it governs, not when Israel reports another's", async () => {
  await checkCases([
    loaded("israel", "The army logged 40 Israeli violations of Lebanese airspace.", "Israeli violations"),
    loaded("israel", "Israeli warplanes breached the sound barrier over Sidon.", "Israeli warplanes breached"),
    loaded("israel", "Israel has violated the truce every day since November, the mayor said.", "Israel has violated"),
    notLoaded("israel", "Israel says Hezbollah violated the truce by moving rockets south."),
  ]);
});

Deno.test("a judgement of conduct with no name counts for Israel in a sentence about Lebanon or Gaza, not elsewhere", async () => {
  await checkCases([
    loaded("israel", "The villages of the south endured the relentless aggression for a third night.", "aggression"),
    loaded("israel", "Gaza's hospitals cannot cope with the barbaric atrocities, the doctors said.", "atrocities"),
    notLoaded("israel", "Turkish aggression in the Kurdistan Region displaced another village."),
    notLoaded("israel", "The aggression against the Kurdish villages near Zakho continued."),
  ]);
});

Deno.test("legitimising labels for Hezbollah's weapons count beside Hezbollah, the resistance or its weapons", async () => {
  await checkCases([
    loaded(
      "hezbollah_resistance",
      "The sheikh said the arms of the resistance are a strategic asset for Lebanon.",
      "strategic asset",
    ),
    loaded(
      "hezbollah_resistance",
      "For its supporters, Hezbollah remains the protector of the Shiite villages.",
      "protector",
    ),
    notLoaded("hezbollah_resistance", "The new sea wall is the shield that protects the harbour of Byblos."),
  ]);
});

Deno.test("Hezbollah named by the wire descriptors or as Iran's Lebanese proxy", async () => {
  await checkCases([
    loaded(
      "hezbollah_resistance",
      "Analysts say Iran's Lebanese proxies are short of money.",
      "Iran's Lebanese proxies",
    ),
    loaded("pmf_factions", "Analysts say Tehran's Iraqi proxies are flush with oil money.", "Tehran's Iraqi proxies"),
    {
      text: "Hezbollah's rivals said the Lebanese Shiite party had lost ground.",
      referent: "hezbollah_resistance",
      frame: "neutral",
      covers: "Lebanese Shiite party",
    },
  ]);
});

Deno.test("a name that holds a referent's name is not a hit, and the war named with both sides is one hit", async () => {
  await checkCases([
    { text: "Israel Katz visited the northern command on Sunday.", referent: "israel", none: true },
    { text: "Israel Hayom ran the interview on its front page.", referent: "israel", none: true },
    { text: "Oil prices fell after the twelve-day war between Israel and Iran.", referent: "israel", none: true },
    {
      text: "Oil prices fell after the twelve-day war between Israel and Iran.",
      referent: "june_2025_war",
      covers: "twelve-day war between Israel and Iran",
    },
    {
      text: "Tehran says the aggression against Iran was planned with Washington.",
      referent: "june_2025_war",
      covers: "aggression against Iran",
    },
  ]);
});

Deno.test("the US's conduct attaches through its envoy or administration, and Hezbollah is named as Iran's instrument", async () => {
  await checkCases([
    {
      text: "The speaker studied the US envoy's proposal overnight.",
      referent: "united_states",
      frame: "neutral",
      covers: "US envoy's proposal",
    },
    loaded("united_states", "He denounced the American administration's open blackmail of Beirut.", "blackmail"),
    loaded(
      "hezbollah_resistance",
      "The Gulf paper called the group Iran's armed tool in Lebanon.",
      "Iran's armed tool",
    ),
    loaded("israel", "The cleric condemned Israel's starvation of Gaza.", "Israel's starvation"),
    { text: "US envoy Tom Barrack will return to Beirut next week.", referent: "united_states", none: true },
  ]);
});
