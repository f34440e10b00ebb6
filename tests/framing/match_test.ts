import assert from "node:assert/strict";
import { loadFramingLexicon, parseFramingLexicon } from "../../src/framing/lexicon.ts";
import { compileFraming, findFraming, framingHits, type FramingWork, stemWord } from "../../src/framing/match.ts";
import { annotateText } from "../fixtures/framing_text.ts";
import { winkWork } from "../../src/nlp/wink.ts";

const LEXICON = parseFramingLexicon(
  `
ignore: [Washington Post, the occupation of]
referents:
  - id: israel
    label: Israel
    context: [Lebanon]
    loaded: [Zionist regime, Zionist aggression, { text: the occupation, contextual: true }]
    neutral: [Israel, Israeli strikes]
  - id: june_2025_war
    label: June 2025 war
    loaded: [imposed (12-day|) war]
    neutral: [(12-day|twelve-day) war with Israel, 12-day war]
  - id: hezbollah_resistance
    label: Hezbollah
    loaded: [{ text: Resistance, match_case: true }, resistance movement]
    neutral: [Hezbollah, Iran-backed Hezbollah]
  - id: pmf_factions
    label: PMF
    loaded: [terrorist militias]
    neutral: [Kataib Hezbollah, Iran-backed militias, PMF]
  - id: kurdish_opposition
    label: Kurdish opposition
    loaded: [{ text: terrorists, context: [Kurd*, border] }]
    neutral: [Free Life Party of Kurdistan, PJAK]
  - id: united_states
    label: United States
    loaded: [Great Satan]
    neutral: [US, Washington]
`,
  "test.yaml",
);
const MATCHER = compileFraming(LEXICON);

async function hits(text: string) {
  return findFraming(await annotateText(text), MATCHER);
}
const phrases = (hs: { phrase: string }[]) => hs.map((h) => h.phrase);

Deno.test("stemWord() makes plurals meet their singular", () => {
  assert.equal(stemWord("militias"), "militia");
  assert.equal(stemWord("proxies"), "proxy");
  assert.equal(stemWord("US"), "us");
  assert.equal(stemWord("class"), "class");
});

Deno.test("findFraming() ignores case but not for words written in capitals", async () => {
  const hs = await hits("The ZIONIST REGIME said. Let us talk, said the US envoy.");
  assert.deepEqual(phrases(hs), ["ZIONIST REGIME", "US"]);
  assert.deepEqual(hs.map((h) => h.referent), ["israel", "united_states"]);
});

Deno.test("findFraming() matches plurals, possessives, and hyphens as spaces", async () => {
  const hs = await hits("The Zionist regime's jets hit Iran backed militias and the resistance movements.");
  assert.deepEqual(phrases(hs), ["Zionist regime's", "Iran backed militias", "resistance movements"]);
});

Deno.test("findFraming() does not let a plural wording match its singular", async () => {
  const hs = await hits("The border is with Kurdistan; a terrorist attack was reported.");
  assert.deepEqual(phrases(hs), []);
});

Deno.test("findFraming() skips a bracketed insertion and joins a word hyphenated across a line break", async () => {
  const text = "He condemned the Zionist [Israeli] aggression.\nThe Zion-\nist regime denied it.";
  const hs = await hits(text);
  assert.deepEqual(phrases(hs), ["Zionist [Israeli] aggression", "Zion-\nist regime"]);
  assert.equal(text.slice(hs[1].start, hs[1].end), "Zion-\nist regime");
  assert.equal(hs[1].frame, "loaded");
});

Deno.test("findFraming() takes the longest match and counts nothing twice", async () => {
  const hs = await hits(
    "After the 12-day war with Israel, Iran-backed Hezbollah and Kataib Hezbollah met. The imposed 12-day war ended.",
  );
  assert.deepEqual(hs.map((h) => [h.phrase, h.referent, h.frame]), [
    ["12-day war with Israel", "june_2025_war", "neutral"],
    ["Iran-backed Hezbollah", "hezbollah_resistance", "neutral"],
    ["Kataib Hezbollah", "pmf_factions", "neutral"],
    ["imposed 12-day war", "june_2025_war", "loaded"],
  ]);
});

Deno.test("findFraming() keeps a match_case wording to its capitalised form", async () => {
  const hs = await hits("Support for the Resistance grew despite resistance to the plan.");
  assert.deepEqual(phrases(hs), ["Resistance"]);
});

Deno.test("findFraming() counts a contextual wording only beside one of its cues", async () => {
  assert.deepEqual(phrases(await hits("The occupation sits on the hills of south Lebanon.")), ["The occupation"]);
  assert.deepEqual(phrases(await hits("The occupation sits on the hills.")), []);
  // The sentence before counts too.
  assert.deepEqual(phrases(await hits("They spoke of Lebanon. The occupation sits on the hills.")), ["The occupation"]);
});

Deno.test("findFraming() lets an ignore phrase win over the wordings it contains", async () => {
  const hs = await hits("The Washington Post reported on the occupation of five hills in Lebanon.");
  assert.deepEqual(phrases(hs), []);
});

Deno.test("findFraming() takes a name and its bracketed abbreviation as one mention", async () => {
  const hs = await hits("The Free Life Party of Kurdistan (PJAK) denied it. PJAK said so.");
  assert.deepEqual(phrases(hs), ["Free Life Party of Kurdistan (PJAK)", "PJAK"]);
});

Deno.test("findFraming() gives each hit its article, outlet, offsets and sentence", async () => {
  const text = "Officials met.\nThey rejected “Zionist aggression” against Iran, the US said.";
  const [first, second] = findFraming(await annotateText(text, "Peregraf", "p1"), MATCHER);
  assert.equal(first.article, "p1");
  assert.equal(first.outlet, "Peregraf");
  assert.equal(first.referent, "israel");
  assert.equal(first.frame, "loaded");
  assert.equal(first.voice, "quoted");
  assert.equal(text.slice(first.start, first.end), "Zionist aggression");
  assert.equal(first.sentence, "They rejected “Zionist aggression” against Iran, the US said.");
  assert.equal(first.sentenceStart, 15);
  assert.equal(first.wording, "Zionist aggression");
  assert.equal(second.voice, "narrative");
});

Deno.test("framingHits() runs over every article in order", async () => {
  const a = await annotateText("Israel struck.", "A", "a");
  const b = await annotateText("The Great Satan.", "B", "b");
  assert.deepEqual(framingHits([a, b], MATCHER).map((h) => [h.article, h.phrase]), [["a", "Israel"], [
    "b",
    "Great Satan",
  ]]);
});

Deno.test("findFraming() finds wordings that start with a short, non-ASCII or inflected word", async () => {
  const lexicon = parseFramingLexicon(
    `
referents:
  - id: state
    label: State
    loaded: [Émigré lobbies, ÖL cartel]
    neutral: [a state, proxy forces, U.S. officials]
`,
    "test.yaml",
  );
  const matcher = compileFraming(lexicon);
  const hs = findFraming(
    await annotateText("Émigré lobbies met ÖL cartel men. A state spoke; proxies forces and U.S. officials left."),
    matcher,
  );
  assert.deepEqual(phrases(hs), ["Émigré lobbies", "ÖL cartel", "A state", "proxies forces", "U.S. officials"]);
});

Deno.test("compileFraming() keys a word in capitals by its text alone: the pronoun 'us' tries none of the 'US' wordings", async () => {
  const matcher = compileFraming(await loadFramingLexicon());
  const usWordings = matcher.lexicon.referents.flatMap((r) => r.wordings.flatMap((w) => w.spellings))
    .filter((s) => /^(US|U\.S\.)\b/.test(s));
  assert.ok(usWordings.length > 50, `${usWordings.length} wordings start with US`);
  // Work counted, not timed: the patterns a token "us" is tried against.
  assert.equal(matcher.byFirst.get("us")?.length ?? 0, 0);
  const hs = findFraming(await annotateText("Let us weigh US pressure on Beirut."), matcher);
  assert.deepEqual(phrases(hs), ["US pressure"]);
});

Deno.test("findFraming() tries patterns only where one may start, and each list of them through its shared items", async () => {
  const lexicon = parseFramingLexicon(
    `
referents:
  - id: israel
    label: Israel
    loaded: ["the occupation of (Tyre|Sidon|Nabatieh|Bint Jbeil|Marjayoun|Khiam)"]
    neutral: [Israel]
`,
    "test.yaml",
  );
  const matcher = compileFraming(lexicon);
  const work: FramingWork = { starts: 0, patterns: 0, items: 0 };
  const annotated = await annotateText("Residents of Sidon recall the occupation of Khiam; Israel left.");
  const hs = findFraming(annotated, matcher, { work });
  assert.deepEqual(phrases(hs), ["the occupation of Khiam", "Israel"]);
  // Work counted, not timed: of the 12 tokens, only "the" and "Israel" start a pattern.
  assert.equal(work.starts, 2);
  // The six wordings with "the" and the one with "Israel".
  assert.equal(work.patterns, 7);
  // "the", "occupation", "of" once, then the six places; "Israel": 10 items, not 6 × 4 + 1.
  assert.equal(work.items, 3 + 6 + 1);
});

Deno.test("compileFraming() tokenizes the words that spellings share once, and compiles them alike", async () => {
  const lexiconOf = (loaded: string[]) =>
    parseFramingLexicon(
      `
referents:
  - id: united_states
    label: United States
    loaded: [${loaded.map((s) => JSON.stringify(s)).join(", ")}]
    neutral: [Washington]
`,
      "test.yaml",
    );
  // Work counted, not timed: the documents handed to wink-nlp while compiling.
  const documents = (loaded: string[]) => {
    const before = winkWork().documents;
    const matcher = compileFraming(lexiconOf(loaded));
    return { matcher, documents: winkWork().documents - before };
  };
  const one = documents(["scheme* [any]? from the Pentagon"]);
  const two = documents(["scheme* [any]? from the Pentagon", "plot* [any]? from the Pentagon"]);
  // "from the Pentagon" and "from the pentagon" are read once each, however many spellings hold them.
  assert.equal(two.documents, one.documents);
  const pattern = (m: typeof one.matcher, prefix: string) => m.byFamily.get(prefix)![0];
  const scheme = pattern(two.matcher, "scheme"), plot = pattern(two.matcher, "plot");
  assert.deepEqual(plot.words.slice(1), scheme.words.slice(1));
  assert.deepEqual(scheme.words, pattern(one.matcher, "scheme").words);
  assert.deepEqual(scheme.words.slice(2).map((w) => w.kind ? w.kind : [w.norm, w.lemma, w.capital]), [
    ["from", "from", false],
    ["the", "the", false],
    ["pentagon", "pentagon", false],
  ]);
  const hs = findFraming(await annotateText("They saw a plot from the Pentagon."), two.matcher);
  assert.deepEqual(phrases(hs), ["plot from the Pentagon"]);
});
