import assert from "node:assert/strict";
import fc from "fast-check";
import { OPAQUE_RUN, tokenize, tokenKeys, winkWork } from "../../src/nlp/wink.ts";
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

Deno.test("tokenize() keeps a run of more than 1,000 characters without a space whole, as one opaque token", () => {
  // A base64 image in an article: its offsets are into the original text (curly quotes before it).
  const blob = "iVBORw0KGgo" +
    "AAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==".repeat(20);
  const text = `He said \u201Cso\u201D. ${blob} Then he left.`;
  const { tokens, sentences } = tok(text);
  const opaque = tokens.filter((t) => t.type === "opaque");
  assert.equal(opaque.length, 1);
  const [t] = opaque;
  assert.equal(t.text, blob);
  assert.equal(text.slice(t.start, t.end), blob);
  assert.deepEqual([t.norm, t.lemma, t.pos, t.stop, t.punct], [
    blob.toLowerCase(),
    blob.toLowerCase(),
    "X",
    false,
    false,
  ]);
  // The tokens after it keep their offsets, and the sentence before it still ends.
  assert.deepEqual(tokens.slice(t.i + 1).map((x) => text.slice(x.start, x.end)), ["Then", "he", "left", "."]);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), [
    "He said \u201Cso\u201D.",
    `${blob} Then he left.`,
  ]);
  assert.equal(t.sentence, 1);
});

Deno.test("tokenize() hands wink-nlp a run of 1,000 characters as it is, and sets one of 1,001 aside", () => {
  const at = (n: number) => {
    const before = winkWork();
    const { tokens } = tok("a".repeat(n));
    return { types: tokens.map((t) => t.type), characters: winkWork().characters - before.characters };
  };
  assert.deepEqual(at(OPAQUE_RUN), { types: ["word"], characters: OPAQUE_RUN });
  const set = at(OPAQUE_RUN + 1);
  assert.deepEqual(set.types, ["opaque"]);
  assert.ok(set.characters < 20, `${set.characters} characters handed to wink-nlp`);
});

Deno.test("tokenize() gives an opaque token of a run that starts or ends the text, or a line", () => {
  const run = "x".repeat(1500);
  for (const text of [run, `${run} end.`, `Start. ${run}`, `One\n${run}\nTwo`, `${run}\t${run}`]) {
    const { tokens } = tok(text);
    const opaque = tokens.filter((t) => t.type === "opaque");
    assert.equal(opaque.length, text.split(run).length - 1, JSON.stringify(text.slice(0, 10)));
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
});

/** Adversarial texts: one huge token, thousands of one-word sentences, quotation marks, mixed scripts. */
const adversarial = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom("a", "Ab+/9", "=", "\u0628", "\u4e2d"))
    .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)),
  fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom("Yes.", "no!", "Mr.", "A.", "\u00bfS\u00ed?"))
    .map(([n, w]) => Array(n).fill(w).join(" ")),
  fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('"', "' ", '" ', "\u201c\u201d", "''\n"))
    .map(([n, q]) => q.repeat(n)),
  fc.tuple(
    fc.array(
      fc.constantFrom(
        "Tehran",
        "\u062a\u0647\u0631\u0627\u0646",
        "\u0422\u0435\u0433\u0435\u0440\u0430\u043d",
        "\u5fb7\u9ed1\u5170",
        "\u03b1.",
        "can't",
        "U.S.",
        "\u00a0",
        "\n",
        "--",
        "https://x.io/a?b=c",
        "1,000.5",
      ),
      { maxLength: 3000 },
    ),
    fc.constantFrom(" ", ""),
  ).map(([words, glue]) => words.join(glue)),
);

Deno.test("tokenize() hands wink-nlp no more characters than the text has, no more tokens than characters, and no run over 1,000", () => {
  // wink-nlp's time grows with its characters and tokens, and with the square of a run's
  // length: bounded thus, the work grows linearly with the text whatever its shape.
  fc.assert(
    fc.property(adversarial, (text) => {
      const before = winkWork();
      const { tokens } = tok(text);
      const after = winkWork();
      const characters = after.characters - before.characters;
      assert.ok(characters <= text.length, `${characters} characters for a text of ${text.length}`);
      assert.ok(after.tokens - before.tokens <= Math.max(characters, 1), "tokens");
      assert.ok(after.longestRun <= OPAQUE_RUN, `a run of ${after.longestRun}`);
      assert.ok(tokens.length <= text.length);
    }),
    { numRuns: 60, seed: 15 },
  );
});

Deno.test("tokenize() gives an article the same sentences after 17,000 new word shapes", () => {
  // wink-nlp keeps each new shape of a word in a list and packs its index into 14 bits:
  // past 16,384 shapes the index spilled into the bit that marks an abbreviation, and
  // "Mrs. α Then ..." became two sentences. The Greek words are new each time (each
  // Greek word is a shape of its own); only where the sentences end is compared.
  const probe = (g: string[]) => `Mrs. ${g[0]} Then ${g[1]} He left. etc. etc. ! ${g[2]} ! ${g[3]} ${g[4]} He said.`;
  const ends = (text: string) => tok(text).sentences.map((s) => [s.firstToken, s.lastToken]);
  const first = ends(probe(["\u03b1", "\u03b1\u03b9", "\u03c1\u03c1", "\u03b9", "\u03b3"]));
  const cyrillic =
    "\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u043a\u043b\u043c\u043d\u043e\u043f\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f";
  const word = (n: number) => {
    let s = "";
    do s += cyrillic[n % cyrillic.length]; while ((n = Math.floor(n / cyrillic.length)));
    return s;
  };
  tok(Array.from({ length: 17_000 }, (_, i) => word(i)).join(" "));
  assert.deepEqual(ends(probe(["\u03b2", "\u03b2\u03ba", "\u03bb\u03bb", "\u03ba", "\u03b4"])), first);
});

Deno.test("tokenize() gives an article the same sentences after a million new words (ids past 1,080,000)", async () => {
  // wink-nlp gives each new word the next id and never takes one back; a word learned
  // with an id from 1,080,001 to 1,080,010 reads as a sentence hint. In a worker of its
  // own (a fresh wink-nlp), the probe is read, then new words up to id 1,079,900, then
  // the probe again: its 160 new words took ids 1,079,900 to 1,080,060, and 80
  // sentences became 81.
  const { default: model } = await import("wink-eng-lite-web-model");
  const pristine = (model as unknown as { core(): { features: { lexeme: { list: string[] } } } }).core().features
    .lexeme.list.length;
  const code = `
import { tokenize } from ${JSON.stringify(new URL("../../src/nlp/wink.ts", import.meta.url).href)};
const read = (t) => tokenize({ original: t, text: t, offsets: Int32Array.from({ length: t.length + 1 }, (_, i) => i), boilerplate: [] });
const letters = (n) => { let s = ""; do s += String.fromCharCode(97 + (n % 26)); while ((n = Math.floor(n / 26))); return s; };
// Each name and its lower case are new: 4 ids a sentence, 160 in all.
const probe = Array.from({ length: 40 }, (_, i) => "He met Qz" + letters(i) + "vr. Then Wq" + letters(i) + "k left home.").join(" ");
const ends = () => read(probe).sentences.map((s) => [s.firstToken, s.lastToken]);
self.onmessage = (e) => {
  const first = ends();
  let next = e.data.pristine + 160, n = 0;
  while (next < e.data.upTo) {
    const count = Math.min(50000, (e.data.upTo - next) / 2);
    read(Array.from({ length: count }, () => "Zq" + letters(n++)).join(" "));
    next += 2 * count;
  }
  self.postMessage([first, ends()]);
};`;
  const worker = new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })), { type: "module" });
  try {
    const [first, again] = await new Promise<number[][][]>((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new Error(e.message));
      };
      worker.postMessage({ pristine, upTo: 1_079_900 });
    });
    assert.equal(first.length, 80);
    assert.deepEqual(again, first);
  } finally {
    worker.terminate();
  }
});
