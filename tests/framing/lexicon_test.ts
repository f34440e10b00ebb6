import assert from "node:assert/strict";
import {
  DEFAULT_FRAMING_LEXICON_FILE,
  expandWording,
  loadFramingLexicon,
  parseFramingLexicon,
  spellingKey,
} from "../../src/framing/lexicon.ts";

const REFERENT_IDS = [
  "israel",
  "hezbollah_resistance",
  "june_2025_war",
  "soleimani_killing",
  "united_states",
  "pmf_factions",
  "kurdish_opposition",
];

Deno.test("expandWording() expands alternatives and drops an empty one as an optional word", () => {
  assert.deepEqual(expandWording("(killed|assassinated) in a (US|) drone strike"), [
    "killed in a US drone strike",
    "killed in a drone strike",
    "assassinated in a US drone strike",
    "assassinated in a drone strike",
  ]);
  assert.deepEqual(expandWording("Zionist regime"), ["Zionist regime"]);
});

Deno.test("expandWording() refuses unbalanced, nested or single-choice brackets", () => {
  assert.throws(() => expandWording("(a|b drone"), /without "\)"/);
  assert.throws(() => expandWording("a) drone"), /without "\("/);
  assert.throws(() => expandWording("((a|b)|c)"), /nested/);
  assert.throws(() => expandWording("Kurdistan Freedom Party (PAK)"), /alternatives separated by "\|"/);
});

Deno.test("spellingKey() treats case, hyphens and spaces alike", () => {
  assert.equal(spellingKey("Iran-backed  Groups"), spellingKey("iran backed groups"));
});

Deno.test("parseFramingLexicon() reads strings and mappings, loaded before neutral", () => {
  const lexicon = parseFramingLexicon(
    `
ignore: [Washington Post, { text: the occupation of, note: not a name }]
referents:
  - id: israel
    label: Israel
    context: [Lebanon]
    loaded:
      - Zionist regime
      - { text: the occupation, contextual: true, note: a name for Israel }
    neutral: [Israel]
`,
    "x.yaml",
  );
  assert.deepEqual(lexicon.ignore, ["Washington Post", "the occupation of"]);
  const [israel] = lexicon.referents;
  assert.equal(israel.label, "Israel");
  assert.deepEqual(israel.wordings.map((w) => [w.text, w.frame, w.context]), [
    ["Zionist regime", "loaded", []],
    ["the occupation", "loaded", ["Lebanon"]],
    ["Israel", "neutral", []],
  ]);
  assert.equal(israel.wordings[1].note, "a name for Israel");
});

Deno.test("parseFramingLexicon() errors name the file and the entry", () => {
  const bad = (yaml: string, message: RegExp) => assert.throws(() => parseFramingLexicon(yaml, "f.yaml"), message);
  bad("referents: []", /^Error: Cannot load f\.yaml: "referents" must be a non-empty list/);
  bad("referents: [{ id: Israel, loaded: [x] }]", /Cannot load f\.yaml: referent 1 needs an "id"/);
  bad("referents: [{ id: a, loaded: [x] }, { id: a, loaded: [y] }]", /referent "a" appears twice/);
  bad("referents: [{ id: a, loaded: [x, { note: n }] }]", /referent "a", loaded wording 2 has no text/);
  bad(
    "referents: [{ id: a, loaded: [{ text: x, contextual: true }] }]",
    /referent "a", loaded wording 1 \("x"\) is contextual but the referent has no "context" cues/,
  );
  bad(
    "referents: [{ id: a, neutral: [{ text: x, colour: red }] }]",
    /neutral wording 1: unknown key "colour" \(allowed: text, note, contextual, match_case, context, article\)/,
  );
  bad("referents: [{ id: a, loaded: [(a|b] }]", /loaded wording 1 \("\(a\|b"\): "\(" without "\)"/);
  bad("referents: [{ id: a }]", /referent "a" has no wordings/);
  bad("referents: [: :", /Cannot load f\.yaml:1:15: not valid YAML: Unexpected : in flow sequence$/);
});

/** The message of the error parseFramingLexicon() throws on `lines`, read as data/lexicons/framing.yaml. */
function lexiconError(lines: string[]): string {
  try {
    parseFramingLexicon(lines.join("\n"), "data/lexicons/framing.yaml");
  } catch (e) {
    return (e as Error).message;
  }
  assert.fail("expected an error, but the lexicon loaded");
}

const TYPO_LEXICON = [
  "ignore:",
  "  - Washington Post",
  "  - text: the occupation of",
  "    note: not a name",
  "referents:",
  "  - id: israel",
  "    label: Israel",
  "    context: [Lebanon]",
  "    loaded:",
  "      - Zionist regime",
  "      - { text: the occupation, contextual: true }",
  "    neutral: [Israel]",
];

/** TYPO_LEXICON with line `n` (from 1) changed by `edit`. */
const withTypo = (n: number, edit: (line: string) => string) => TYPO_LEXICON.map((l, i) => (i === n - 1 ? edit(l) : l));

Deno.test("parseFramingLexicon() refuses an unknown key at every level, naming file, line, key and the nearest valid key", () => {
  assert.ok(parseFramingLexicon(TYPO_LEXICON.join("\n"), "f.yaml"));
  assert.equal(
    lexiconError(withTypo(9, (l) => l.replace("loaded", "loded"))),
    'Cannot load data/lexicons/framing.yaml:9:5: referent "israel": unknown key "loded" (did you mean "loaded"?)',
  );
  assert.equal(
    lexiconError(withTypo(7, (l) => l.replace("label", "lable"))),
    'Cannot load data/lexicons/framing.yaml:7:5: referent "israel": unknown key "lable" (did you mean "label"?)',
  );
  assert.equal(
    lexiconError(withTypo(5, (l) => l.replace("referents", "referent"))),
    'Cannot load data/lexicons/framing.yaml:5:1: unknown top-level key "referent" (did you mean "referents"?)',
  );
  assert.equal(
    lexiconError(withTypo(1, (l) => l.replace("ignore", "ignroe"))),
    'Cannot load data/lexicons/framing.yaml:1:1: unknown top-level key "ignroe" (did you mean "ignore"?)',
  );
  assert.equal(
    lexiconError(withTypo(4, (l) => l.replace("note", "nite"))),
    'Cannot load data/lexicons/framing.yaml:4:5: "ignore" item 2: unknown key "nite" (did you mean "note"?)',
  );
  const wording = withTypo(11, (l) => l.replace("contextual", "contextal"));
  assert.equal(
    lexiconError(wording),
    `Cannot load data/lexicons/framing.yaml:11:${wording[10].indexOf("contextal") + 1}: ` +
      'referent "israel", loaded wording 2: unknown key "contextal" (did you mean "contextual"?)',
  );
  assert.equal(
    lexiconError(withTypo(6, (l) => l.replace("id: israel", "id: Israel"))),
    'Cannot load data/lexicons/framing.yaml: referent 1 needs an "id" of lower-case letters, digits and underscores',
  );
});

Deno.test("loadFramingLexicon() refuses data/lexicons/framing.yaml with a referent's loaded: misspelt, at its line", async () => {
  const text = await Deno.readTextFile(DEFAULT_FRAMING_LEXICON_FILE);
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l === "    loaded:");
  const id = lines.slice(0, at).findLast((l) => l.startsWith("  - id: "))!.slice("  - id: ".length);
  lines[at] = "    loded:";
  const dir = await Deno.makeTempDir({ prefix: "framelens-test-" });
  try {
    const file = `${dir}/framing.yaml`;
    await Deno.writeTextFile(file, lines.join("\n"));
    await assert.rejects(loadFramingLexicon(file), {
      message: `Cannot load ${file}:${at + 1}:5: referent "${id}": unknown key "loded" (did you mean "loaded"?)`,
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("parseFramingLexicon() refuses a wording listed twice, naming both places", () => {
  assert.throws(
    () =>
      parseFramingLexicon(
        "referents: [{ id: a, loaded: [Iran-backed groups] }, { id: b, neutral: [(Iran backed|pro-Iran) groups] }]",
        "f.yaml",
      ),
    /referent "b", neutral wording 1 \("\(Iran backed\|pro-Iran\) groups"\): "Iran backed groups" is already "Iran-backed groups" of referent "a" \(loaded\)/,
  );
});

Deno.test("loadFramingLexicon() reads data/lexicons/framing.yaml with the seven referents of issue 4", async () => {
  const lexicon = await loadFramingLexicon();
  assert.deepEqual(lexicon.referents.map((r) => r.id), REFERENT_IDS);
  for (const r of lexicon.referents) {
    assert.ok(r.wordings.some((w) => w.frame === "loaded"), `${r.id} has loaded wordings`);
    assert.ok(r.wordings.some((w) => w.frame === "neutral"), `${r.id} has neutral wordings`);
    assert.ok(r.description && r.sources, `${r.id} is documented`);
  }
});

Deno.test("loadFramingLexicon() names the file it cannot read", async () => {
  await assert.rejects(
    () => loadFramingLexicon("/nonexistent/framing.yaml"),
    /Cannot load \/nonexistent\/framing\.yaml/,
  );
});
