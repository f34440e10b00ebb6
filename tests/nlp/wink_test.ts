import assert from "node:assert/strict";
import { tokenize, tokenKeys } from "../../src/nlp/wink.ts";
import { prepareText } from "../../src/text/normalize.ts";

const tok = (text: string) => tokenize(prepareText(text));

/** Each sentence as the original text it covers. */
const sentenceTexts = (text: string) => tok(text).sentences.map((s) => text.slice(s.start, s.end));

Deno.test("tokenize() splits sentences and tokens with offsets into the text", () => {
  const { sentences, tokens } = tok("Mr Larijani arrived. He spoke.");
  assert.deepEqual(tokens.map((t) => t.text), ["Mr", "Larijani", "arrived", ".", "He", "spoke", "."]);
  const spans = tokens.map((t) => [t.start, t.end]);
  assert.deepEqual(spans, [[0, 2], [3, 11], [12, 19], [19, 20], [21, 23], [24, 29], [29, 30]]);
  assert.deepEqual(tokens.map((t) => t.i), [0, 1, 2, 3, 4, 5, 6]);
  assert.deepEqual(tokens.map((t) => t.sentence), [0, 0, 0, 0, 1, 1, 1]);
  // "Mr Larijani arrived." is 20 characters; "He spoke." runs from 21 to 30.
  assert.deepEqual(sentences, [
    { i: 0, start: 0, end: 20, firstToken: 0, lastToken: 4 },
    { i: 1, start: 21, end: 30, firstToken: 4, lastToken: 7 },
  ]);
});

Deno.test("tokenize() ends a sentence at every line break, even without a full stop", () => {
  assert.deepEqual(sentenceTexts("Headline here\nBody text follows. Another one."), [
    "Headline here",
    "Body text follows.",
    "Another one.",
  ]);
  assert.deepEqual(sentenceTexts("Larijani signs deal\n\nAugust 11, 2025\n\nTEHRAN \u2013 He met officials."), [
    "Larijani signs deal",
    "August 11, 2025",
    "TEHRAN \u2013 He met officials.",
  ]);
});

Deno.test("tokenize() ends a sentence at CRLF and CR line breaks too, with offsets into the original", () => {
  const text = "Headline here\r\nBody text\rthird line";
  const { sentences, tokens } = tok(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ["Headline here", "Body text", "third line"]);
  // "Headline here\r\n" is 15 characters, "Body text\r" 10 more.
  assert.deepEqual(sentences.map((s) => [s.start, s.end]), [[0, 13], [15, 24], [25, 35]]);
  assert.deepEqual(tokens.map((t) => t.text), ["Headline", "here", "Body", "text", "third", "line"]);
});

Deno.test("tokenize() leaves white space and line breaks out of the tokens", () => {
  const { tokens } = tok("  One\ttwo \n\n three  ");
  assert.deepEqual(tokens.map((t) => t.text), ["One", "two", "three"]);
});

Deno.test("tokenize() finds nothing in an empty or blank text", () => {
  assert.deepEqual(tok(""), { sentences: [], tokens: [] });
  assert.deepEqual(tok("  \n \r\n "), { sentences: [], tokens: [] });
});

Deno.test("tokenize() gives token offsets that slice an ASCII text to the token", () => {
  const text = [
    "Larijani met al-Sudani in Baghdad on Monday, 11 August 2025. They discussed border security (again).",
    "The talks lasted 3 hours; officials didn't say what Iran's \"red lines\" were.",
  ].join("\n");
  const { tokens, sentences } = tok(text);
  assert.ok(tokens.length > 30);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text, `token ${t.i}`);
  for (const s of sentences) {
    assert.equal(s.start, tokens[s.firstToken].start);
    assert.equal(s.end, tokens[s.lastToken - 1].end);
  }
  assert.equal(sentences.length, 3);
});

Deno.test("tokenize() gives the prepared form as text and the original place as offsets", () => {
  const text = "Iran\u2019s \u201Cbalance\u201D \u2014 caf\u200Be";
  const { tokens } = tok(text);
  assert.deepEqual(tokens.map((t) => [t.text, text.slice(t.start, t.end)]), [
    ["Iran", "Iran"],
    ["'s", "\u2019s"],
    ['"', "\u201C"],
    ["balance", "balance"],
    ['"', "\u201D"],
    ["\u2014", "\u2014"],
    ["cafe", "caf\u200Be"],
  ]);
});

Deno.test("tokenize() leaves blanked boilerplate out of the tokens and sentences", () => {
  const text = "Intro here.\nLeave a Comment\nEnd.";
  const { sentences, tokens } = tokenize(prepareText(text, [{ start: 12, end: 27, rule: "line" }]));
  assert.deepEqual(tokens.map((t) => t.text), ["Intro", "here", ".", "End", "."]);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ["Intro here.", "End."]);
});

Deno.test("tokenize() splits clitics off their words", () => {
  const { tokens } = tok("Iran's officials can't agree, they're saying.");
  assert.deepEqual(tokens.map((t) => t.text), [
    "Iran",
    "'s",
    "officials",
    "ca",
    "n't",
    "agree",
    ",",
    "they",
    "'re",
    "saying",
    ".",
  ]);
  const norm = Object.fromEntries(tokens.map((t) => [t.text, t.norm]));
  assert.equal(norm["ca"], "can");
  assert.equal(norm["n't"], "not");
  assert.equal(norm["'re"], "are");
  assert.equal(norm["'s"], "'s");
});

Deno.test("tokenize() flags stop words and punctuation", () => {
  const { tokens } = tok("He spoke about the deal.");
  assert.deepEqual(tokens.map((t) => [t.text, t.stop, t.punct]), [
    ["He", true, false],
    ["spoke", false, false],
    ["about", true, false],
    ["the", true, false],
    ["deal", false, false],
    [".", false, true],
  ]);
});

Deno.test("tokenize() gives lower-cased normal forms, lemmas and types", () => {
  const { tokens } = tok("The talks lasted 3 hours.");
  assert.deepEqual(tokens.map((t) => [t.norm, t.lemma, t.type]), [
    ["the", "the", "word"],
    ["talks", "talk", "word"],
    ["lasted", "last", "word"],
    ["3", "3", "number"],
    ["hours", "hour", "word"],
    [".", ".", "punctuation"],
  ]);
});

Deno.test("tokenize() splits a hyphenated word into its parts and the hyphen", () => {
  const { tokens } = tok("an Iran-backed group");
  assert.deepEqual(tokens.map((t) => [t.text, t.punct]), [
    ["an", false],
    ["Iran", false],
    ["-", true],
    ["backed", false],
    ["group", false],
  ]);
});

Deno.test("tokenKeys() gives the normal forms and lemmas of a phrase, white space left out", () => {
  assert.deepEqual(tokenKeys("security agreements"), {
    norms: ["security", "agreements"],
    lemmas: ["security", "agreement"],
  });
  assert.deepEqual(tokenKeys("  UN  "), { norms: ["un"], lemmas: ["un"] });
  assert.deepEqual(tokenKeys("Iran-backed"), { norms: ["iran", "-", "backed"], lemmas: ["iran", "-", "back"] });
  assert.deepEqual(tokenKeys(""), { norms: [], lemmas: [] });
});

Deno.test("tokenKeys() of a lower-cased phrase gives the singular lemma of a plural", () => {
  // Capitalised, wink-nlp takes "Forces" for a proper noun and keeps it as its lemma.
  assert.deepEqual(tokenKeys("popular mobilization forces").lemmas, ["popular", "mobilization", "force"]);
});

Deno.test("tokenize() gives an article the same tokens whatever was read before it", async () => {
  const text = `He praised what he described as Baghdad's "balanced" foreign policy.`;
  const fresh = tokenize(prepareText(text)).tokens.map((t) => t.text);
  // wink-nlp learns every new word it reads; once it knows enough of them it stops
  // splitting "Baghdad's" before a quotation mark. Reading other articles first must
  // not change this article's tokens.
  const dir = new URL("../fixtures/unseen/", import.meta.url);
  for (
    const e of [...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(".md")).sort((a, b) => a.name < b.name ? -1 : 1)
  ) {
    tokenize(prepareText(await Deno.readTextFile(new URL(e.name, dir))));
  }
  const after = tokenize(prepareText(text)).tokens.map((t) => t.text);
  assert.deepEqual(after, fresh);
  assert.ok(fresh.includes("Baghdad") && fresh.includes("'s"));
});

Deno.test('tokenize() gives every token a lemma, even where wink-nlp has none ("cannot")', () => {
  // wink-nlp 2.4 leaves "cannot" before a comma without a lemma (found in the Brown corpus).
  const { tokens } = tokenize(prepareText("We cannot, of course, assign it any substance."));
  assert.ok(tokens.every((t) => typeof t.lemma === "string" && t.lemma.length > 0));
  assert.equal(tokens.find((t) => t.text === "cannot")!.lemma, "cannot");
});

Deno.test('tokenize() gives "cannot" its own lemma however many new words were read before', () => {
  // wink-nlp 2.4's lemma of "cannot" points some 43,600 entries past the end of its
  // model's lexicon, where it puts the words it learns from documents: without a check
  // the lemma became whichever word was learned there ("william" in the Brown corpus),
  // which depended on the articles read before, on this thread.
  const words = Array.from({ length: 50_000 }, (_, i) => `zq${i.toString(36)}x`).join(" ");
  tokenize(prepareText(words));
  const { tokens } = tokenize(prepareText("I cannot. We cannot, of course."));
  assert.deepEqual(tokens.filter((t) => t.text === "cannot").map((t) => t.lemma), ["cannot", "cannot"]);
});

Deno.test("tokenize() reads the same values, types, tags and stop-word flags as wink-nlp's public out()", async () => {
  // tokenize() reads wink-nlp's raw document; its public API must agree, token by token.
  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const dir = new URL("../../data/articles/", import.meta.url);
  const files = [...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(".md")).map((e) => e.name).sort();
  assert.ok(files.length >= 5);
  for (const name of files) {
    const prepared = prepareText(await Deno.readTextFile(new URL(name, dir)));
    // A fresh instance for each article: tokenize() reads each against the pristine lexicon.
    const nlp = winkNLP(model, ["sbd", "pos"] as unknown as Parameters<typeof winkNLP>[1]);
    const all = nlp.readDoc(prepared.text).tokens();
    const kept = (all.out(nlp.its.type) as string[]).map((type, k) => ({
      type,
      value: (all.out(nlp.its.value) as string[])[k],
      pos: (all.out(nlp.its.pos) as string[])[k],
      stop: (all.out(nlp.its.stopWordFlag) as boolean[])[k],
    })).filter((t) => t.type !== "tabCRLF" && t.value.trim() !== "");
    const tokens = tokenize(prepared).tokens;
    assert.deepEqual(
      tokens.map((t) => [t.text, t.type, t.pos, t.stop]),
      kept.map((t) => [t.value, t.type, t.pos, t.stop]),
      name,
    );
  }
});
