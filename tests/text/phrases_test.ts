import assert from "node:assert/strict";
import { join } from "node:path";
import {
  compilePhrases,
  DEFAULT_PHRASES_FILE,
  loadPhrases,
  mergePhrases,
  parsePhrases,
  type PhraseEntry,
} from "../../src/text/phrases.ts";
import { prepareText } from "../../src/text/normalize.ts";
import { tokenize } from "../../src/nlp/wink.ts";

/** The terms of `text` with the phrase list `entries` (strings are terms without variants). */
function termsOf(text: string, entries: (string | PhraseEntry)[]) {
  const matcher = compilePhrases(entries.map((e) => typeof e === "string" ? { term: e, variants: [] } : e));
  return mergePhrases(text, tokenize(prepareText(text)).tokens, matcher);
}

/** The phrases found in `text`, as [canonical term, surface]. */
const phrasesOf = (text: string, entries: (string | PhraseEntry)[]) =>
  termsOf(text, entries).filter((t) => t.phrase).map((t) => [t.norm, t.surface]);

/** The message of the error thrown by `fn`. */
function errorMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  assert.fail("expected an error, but nothing was thrown");
}

Deno.test("parsePhrases() reads plain phrases and mappings with variants", () => {
  const yaml = [
    "phrases:",
    "  - Zionist regime",
    "  - '  Middle East  '",
    "  - term: Popular Mobilization Forces",
    "    variants: [PMF, Hashd al-Shaabi]",
    "  - term: Kataib Hezbollah",
  ].join("\n");
  assert.deepEqual(parsePhrases(yaml, "p.yaml"), [
    { term: "Zionist regime", variants: [] },
    { term: "Middle East", variants: [] },
    { term: "Popular Mobilization Forces", variants: ["PMF", "Hashd al-Shaabi"] },
    { term: "Kataib Hezbollah", variants: [] },
  ]);
});

Deno.test("parsePhrases() gives no phrases for an empty file or an empty list", () => {
  assert.deepEqual(parsePhrases("", "p.yaml"), []);
  assert.deepEqual(parsePhrases("phrases: []", "p.yaml"), []);
  assert.deepEqual(parsePhrases("phrases:", "p.yaml"), []);
});

Deno.test("parsePhrases() names the file, and the entry, when the list is wrong", () => {
  assert.match(
    errorMessage(() => parsePhrases("phrases: [Zionist regime", "data/p.yaml")),
    /^Cannot read data\/p\.yaml:1:25: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]$/,
  );
  assert.equal(
    errorMessage(() => parsePhrases("- Zionist regime\n- Middle East", "data/p.yaml")),
    'Cannot read data/p.yaml: expected a mapping with a "phrases" list',
  );
  assert.equal(
    errorMessage(() => parsePhrases("phrases: Zionist regime", "data/p.yaml")),
    'Cannot read data/p.yaml: "phrases" must be a list',
  );
  assert.equal(
    errorMessage(() => parsePhrases("phrases:\n  - Middle East\n  - 42", "data/p.yaml")),
    'Cannot read data/p.yaml: phrase 2 is neither a string nor a mapping with "term"',
  );
  assert.equal(
    errorMessage(() => parsePhrases("phrases:\n  - variants: [PMF]", "data/p.yaml")),
    'Cannot read data/p.yaml: phrase 1 is neither a string nor a mapping with "term"',
  );
  assert.equal(
    errorMessage(() => parsePhrases("phrases:\n  - A\n  - B\n  - term: PMF\n    variants: PMF", "data/p.yaml")),
    'Cannot read data/p.yaml: phrase 3 has "variants" that are not a list of strings',
  );
});

Deno.test("parsePhrases() refuses an unknown key at the top and in an entry, naming file, line, key and the nearest valid key", () => {
  const lines = ["phrases:", "  - Zionist regime", "  - term: United Nations", "    variants: [UN]"];
  assert.equal(parsePhrases(lines.join("\n"), "p.yaml").length, 2);
  const typo = (n: number, from: string, to: string) => lines.map((l, i) => (i === n - 1 ? l.replace(from, to) : l));
  assert.equal(
    errorMessage(() => parsePhrases(typo(4, "variants", "varients").join("\n"), "data/phrases.yaml")),
    'Cannot read data/phrases.yaml:4:5: phrase 2: unknown key "varients" (did you mean "variants"?)',
  );
  assert.equal(
    errorMessage(() => parsePhrases(typo(1, "phrases", "phrase").join("\n"), "data/phrases.yaml")),
    'Cannot read data/phrases.yaml:1:1: unknown top-level key "phrase" (did you mean "phrases"?)',
  );
});

Deno.test("loadPhrases() reads data/phrases.yaml by default", async () => {
  assert.ok(DEFAULT_PHRASES_FILE.endsWith(join("data", "phrases.yaml")));
  const entries = await loadPhrases();
  assert.ok(entries.some((e) => e.term === "Zionist regime"));
  assert.deepEqual(entries.find((e) => e.term === "Popular Mobilization Forces")?.variants, [
    "Popular Mobilisation Forces",
    "Popular Mobilization Units",
    "Hashd al-Shaabi",
  ]);
});

Deno.test("loadPhrases() names a file it cannot read or parse", async () => {
  const dir = await Deno.makeTempDir({ prefix: "framelens-test-" });
  try {
    const missing = join(dir, "missing.yaml");
    await assert.rejects(loadPhrases(missing), (e: unknown) => {
      assert.ok((e as Error).message.startsWith(`Cannot read ${missing}: `));
      return true;
    });
    const bad = join(dir, "bad.yaml");
    await Deno.writeTextFile(bad, "phrases:\n  - [a, b\n");
    await assert.rejects(loadPhrases(bad), (e: unknown) => {
      assert.ok((e as Error).message.startsWith(`Cannot read ${bad}:3:1: not valid YAML: `), (e as Error).message);
      return true;
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("compilePhrases() keeps the entries it was compiled from", () => {
  const entries = [{ term: "Zionist regime", variants: [] }];
  assert.equal(compilePhrases(entries).entries, entries);
});

Deno.test("mergePhrases() counts a phrase once and its parts not", () => {
  const text = "The Zionist regime's attack.";
  const terms = termsOf(text, ["Zionist regime"]);
  assert.deepEqual(terms.map((t) => t.norm), ["the", "zionist regime", "'s", "attack", "."]);
  // "The " is 4 characters; "Zionist regime" is 14.
  assert.deepEqual(terms[1], {
    norm: "zionist regime",
    lemma: "zionist regime",
    surface: "Zionist regime",
    start: 4,
    end: 18,
    sentence: 0,
    firstToken: 1,
    lastToken: 3,
    phrase: true,
    stop: false,
    punct: false,
  });
  assert.equal(terms.filter((t) => t.norm === "zionist" || t.norm === "regime").length, 0);
});

Deno.test("mergePhrases() without phrases gives one term per token", () => {
  const text = "He spoke about the deal.";
  const { tokens } = tokenize(prepareText(text));
  const terms = mergePhrases(text, tokens, compilePhrases([]));
  assert.deepEqual(terms.map((t) => [t.surface, t.firstToken, t.lastToken, t.phrase, t.stop, t.punct]), [
    ["He", 0, 1, false, true, false],
    ["spoke", 1, 2, false, false, false],
    ["about", 2, 3, false, true, false],
    ["the", 3, 4, false, true, false],
    ["deal", 4, 5, false, false, false],
    [".", 5, 6, false, false, true],
  ]);
});

Deno.test("mergePhrases() takes the longest phrase first, whatever the order of the list", () => {
  const list = ["National Security", "National Security Council", "Supreme National Security Council"];
  const text = "Iran's Supreme National Security Council met the National Security Council. National security matters.";
  const expected = [
    ["supreme national security council", "Supreme National Security Council"],
    ["national security council", "National Security Council"],
    ["national security", "National security"],
  ];
  assert.deepEqual(phrasesOf(text, list), expected);
  assert.deepEqual(phrasesOf(text, [...list].reverse()), expected);
});

Deno.test("mergePhrases() prefers the longer of two phrases that start alike, variants included", () => {
  const list = [{ term: "United Nations", variants: ["UN"] }, { term: "UN General Assembly", variants: [] }];
  assert.deepEqual(phrasesOf("The UN General Assembly and the UN met.", list), [
    ["un general assembly", "UN General Assembly"],
    ["united nations", "UN"],
  ]);
});

Deno.test("mergePhrases() treats a hyphen and a space alike", () => {
  assert.deepEqual(phrasesOf("An Iran-backed group and an Iran backed militia.", ["Iran-backed"]), [
    ["iran-backed", "Iran-backed"],
    ["iran-backed", "Iran backed"],
  ]);
  assert.deepEqual(phrasesOf("In self defense, the 12-day war.", ["self-defense", "12 day war"]), [
    ["self-defense", "self defense"],
    ["12 day war", "12-day war"],
  ]);
});

Deno.test("mergePhrases() ignores case", () => {
  assert.deepEqual(phrasesOf("ZIONIST REGIME and zionist regime", ["Zionist regime"]), [
    ["zionist regime", "ZIONIST REGIME"],
    ["zionist regime", "zionist regime"],
  ]);
});

Deno.test("mergePhrases() accepts the singular of a plural phrase by its lemma", () => {
  const text = "The Popular Mobilization Force, the Popular Mobilization Forces and popular mobilization force.";
  assert.deepEqual(phrasesOf(text, ["Popular Mobilization Forces"]), [
    ["popular mobilization forces", "Popular Mobilization Force"],
    ["popular mobilization forces", "Popular Mobilization Forces"],
    ["popular mobilization forces", "popular mobilization force"],
  ]);
});

Deno.test("mergePhrases() accepts the plural of a phrase by its lemma", () => {
  assert.deepEqual(phrasesOf("Two security agreements and a security agreement.", ["security agreement"]), [
    ["security agreement", "security agreements"],
    ["security agreement", "security agreement"],
  ]);
});

Deno.test("mergePhrases() counts every variant as the canonical term", () => {
  const list = [{ term: "Popular Mobilization Forces", variants: ["Hashd al-Shaabi", "PMF"] }];
  const text = "The Hashd al-Shaabi, or PMF, also written Hashd al Shaabi, are the Popular Mobilization Forces.";
  assert.deepEqual(phrasesOf(text, list), [
    ["popular mobilization forces", "Hashd al-Shaabi"],
    ["popular mobilization forces", "PMF"],
    ["popular mobilization forces", "Hashd al Shaabi"],
    ["popular mobilization forces", "Popular Mobilization Forces"],
  ]);
});

Deno.test("mergePhrases() never matches across a sentence boundary or a line break", () => {
  const list = ["Kurdistan Region", "Iran-backed"];
  assert.deepEqual(phrasesOf("They met in Kurdistan. Region leaders came too.", list), []);
  assert.deepEqual(phrasesOf("Kurdistan\nRegion", list), []);
  assert.deepEqual(phrasesOf("He spoke of Iran\n-backed groups.", list), []);
  assert.deepEqual(phrasesOf("Kurdistan\nKurdistan Region", list), [["kurdistan region", "Kurdistan Region"]]);
});

Deno.test("mergePhrases() takes the surface form from the original text", () => {
  const text = "The \u201CIran\u2010backed\u201D group";
  const terms = termsOf(text, ["Iran-backed"]);
  const phrase = terms.find((t) => t.phrase)!;
  assert.equal(phrase.surface, "Iran\u2010backed");
  assert.equal(text.slice(phrase.start, phrase.end), "Iran\u2010backed");
  assert.deepEqual(terms.map((t) => t.surface), ["The", "\u201C", "Iran\u2010backed", "\u201D", "group"]);
});
