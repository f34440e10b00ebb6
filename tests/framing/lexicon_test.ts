import assert from "node:assert/strict";
import { expandWording, loadFramingLexicon, parseFramingLexicon, spellingKey } from "../../src/framing/lexicon.ts";

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
  bad("referents: [{ id: a, neutral: [{ text: x, colour: red }] }]", /neutral wording 1: unknown field "colour"/);
  bad("referents: [{ id: a, loaded: [(a|b] }]", /loaded wording 1 \("\(a\|b"\): "\(" without "\)"/);
  bad("referents: [{ id: a }]", /referent "a" has no wordings/);
  bad("referents: [: :", /Cannot load f\.yaml: not valid YAML/);
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
