import assert from "node:assert/strict";
import { annotateArticle, type Resources } from "../../src/pipeline/annotate.ts";
import { NO_BOILERPLATE } from "../../src/text/boilerplate.ts";
import { compilePhrases } from "../../src/text/phrases.ts";
import { loadGazetteer, parseGazetteer } from "../../src/entities/gazetteer.ts";
import { compileGazetteer, findCandidates } from "../../src/entities/mentions.ts";
import { isNameAffix, nameTerms } from "../../src/measures/name_terms.ts";
import { articleTermCounts, type TermOptions } from "../../src/measures/terms.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import type { AnnotatedArticle } from "../../src/types.ts";

const resources: Resources = {
  boilerplate: NO_BOILERPLATE,
  phrases: compilePhrases([{ term: "Zionist regime", variants: [] }, { term: "Iran-backed", variants: [] }]),
};

/** Runs the real annotation pipeline on a small text. */
function annotate(text: string, id = "a", outlet = "Outlet"): AnnotatedArticle {
  return annotateArticle({ id, file: `${id}.md`, outlet, extra: {}, text }, resources);
}

/** A small gazetteer: one person, one organisation with a spelling, a place with another name, a title. */
const SMALL = parseGazetteer(
  `entities:
  - { name: Ali Larijani, type: person }
  - { name: Hezbollah, type: organization, aliases: [Hizbollah] }
  - { name: Israel, type: place, aliases: [Zionist regime], demonyms: [Israeli] }
titles: [Speaker]
`,
  "small.yaml",
);
const project = await loadGazetteer();

/** Each name term of an article as "surface => term". */
const names = (a: AnnotatedArticle, g = SMALL) =>
  nameTerms(a, g).filter((t) => t.name).map((t) => `${t.surface} => ${t.norm}`);

/** The article's counts as term → count. */
const counts = (a: AnnotatedArticle, options: TermOptions) =>
  Object.fromEntries(articleTermCounts([a], options).map((r) => [r.term, r.count]));

Deno.test("articleTermCounts() with names counts a hand-checked article's names once each, under their fullest form", () => {
  const a = annotate(
    "Mr Larijani met Speaker Nabih Berri in Beirut. Ali Larijani praised Hizbollah. Berri thanked Mr Larijani.",
  );
  // By hand: "Mr Larijani" (twice) and "Ali Larijani" are the gazetteer's Ali Larijani; "Nabih
  // Berri" after the title "Speaker" (which stays a term), and "Berri" at the head of a sentence,
  // a shorter form of it; "Hizbollah" a spelling of Hezbollah; "Beirut" a name of one word.
  // Left: met → meet, praised → praise, thanked → thank, "in" a stop word, full stops.
  assert.deepEqual(counts(a, { names: SMALL }), {
    "ali larijani": 3,
    "nabih berri": 2,
    beirut: 1,
    hezbollah: 1,
    meet: 1,
    praise: 1,
    speaker: 1,
    thank: 1,
  });
  // Without the gazetteer the words are terms of their own (the honorifics still left out).
  assert.deepEqual(counts(a, {}), {
    larijani: 3,
    berri: 2,
    ali: 1,
    beirut: 1,
    hizbollah: 1,
    meet: 1,
    nabih: 1,
    praise: 1,
    speaker: 1,
    thank: 1,
  });
});

Deno.test('nameTerms() counts "Mr Larijani" and "Ali Larijani" under one term, spanning the whole name', () => {
  const text = "Ali Larijani arrived. Mr Larijani said Iraq mattered, and Dr. Larijani agreed.";
  const a = annotate(text);
  assert.deepEqual(names(a), [
    "Ali Larijani => ali larijani",
    "Mr Larijani => ali larijani",
    "Iraq => iraq",
    "Dr. Larijani => ali larijani",
  ]);
  for (const t of nameTerms(a, SMALL).filter((t) => t.name)) assert.equal(text.slice(t.start, t.end), t.surface);
  // No "mr", "dr" or "larijani" of their own.
  assert.deepEqual(counts(a, { names: SMALL })["ali larijani"], 3);
  for (const part of ["mr", "dr", "dr.", "ali", "larijani"]) assert.equal(counts(a, { names: SMALL })[part], undefined);
});

Deno.test('nameTerms() counts "al-Sudani" and "Al Sudani" in two different articles under the same term', () => {
  const hyphen = annotate("The envoy met al-Sudani in the capital.", "a1", "Tehran Times");
  const spaced = annotate("The envoy met Al Sudani in the capital.", "a2", "The National");
  // Not in the small gazetteer: the key of the name, with the particle left out.
  assert.deepEqual(names(hyphen), ["al-Sudani => sudani"]);
  assert.deepEqual(names(spaced), ["Al Sudani => sudani"]);
  // In the project's gazetteer: its one person of that surname.
  assert.deepEqual(names(hyphen, project), ["al-Sudani => mohammed shia al-sudani"]);
  assert.deepEqual(names(spaced, project), ["Al Sudani => mohammed shia al-sudani"]);
  const rows = articleTermCounts([hyphen, spaced], { names: project });
  assert.deepEqual(rows.filter((r) => r.term.includes("sudani")).map((r) => [r.article, r.term, r.count]), [
    ["a1", "mohammed shia al-sudani", 1],
    ["a2", "mohammed shia al-sudani", 1],
  ]);
  assert.ok(!rows.some((r) => ["al", "al-sudani", "sudani"].includes(r.term)));
});

Deno.test("nameTerms() gives a name the same term whatever other articles are counted with it", () => {
  // "Mr Sudani" alone, and beside an article with the full name: a resolution over the corpus
  // would give the first "sudani" alone and "mohammed sudani" beside the second.
  const alone = annotate("Mr Sudani spoke to reporters.", "a1");
  const full = annotate("The premier, Mohammed Sudani, and Mr Sudani's aides met.", "a2");
  const g = SMALL;
  const first = articleTermCounts([alone], { names: g });
  for (const corpus of [[alone, full], [full, alone]]) {
    const rows = articleTermCounts(corpus, { names: g });
    assert.deepEqual(rows.filter((r) => r.article === "a1"), first);
  }
  assert.deepEqual(first.map((r) => r.term), ["reporter", "speak", "sudani"]);
  // In its own article, the shorter form joins the fuller one.
  assert.deepEqual(names(full), ["Mohammed Sudani => mohammed sudani", "Mr Sudani => mohammed sudani"]);
});

Deno.test("nameTerms() gives each seed article's names the same terms alone as in the corpus, in any order", async () => {
  const seeds = (await loadCorpus()).articles.map((a) => annotateArticle(a, resources));
  const all = articleTermCounts(seeds, { names: project });
  const reversed = articleTermCounts([...seeds].reverse(), { names: project });
  for (const a of seeds) {
    const alone = articleTermCounts([a], { names: project });
    assert.deepEqual(all.filter((r) => r.article === a.article.id), alone);
    assert.deepEqual(reversed.filter((r) => r.article === a.article.id), alone);
  }
});

Deno.test("nameTerms() keeps another name of a place as vocabulary, and a phrase of the list as its phrase", () => {
  const a = annotate("The Zionist regime struck. Israel denied it. Hizbollah and Hezbollah replied.");
  assert.deepEqual(names(a), [
    "Zionist regime => zionist regime",
    "Israel => israel",
    "Hizbollah => hezbollah",
    "Hezbollah => hezbollah",
  ]);
  // The project's gazetteer: "Gulf" (an alias of Persian Gulf) and "U.S." / "US" (of United States).
  const b = annotate("Ships left the Gulf for the Persian Gulf. The U.S. and the US agreed.");
  assert.deepEqual(names(b, project), [
    "Gulf => gulf",
    "Persian Gulf => persian gulf",
    "U.S. => us",
    "US => us",
  ]);
});

Deno.test("nameTerms() never cuts a term in two, and leaves a capitalised word at a sentence's head as it was", () => {
  // "Iran" is a name inside the phrase "Iran-backed"; "Talks" starts a sentence and is no known name.
  const a = annotate("Talks with Iran-backed groups stalled.");
  assert.deepEqual(nameTerms(a, project).map((t) => t.lemma), ["talks", "with", "iran-backed", "group", "stall", "."]);
  assert.ok(!nameTerms(a, project).some((t) => t.name));
  // At a sentence's head a form of a name of the article or of the gazetteer is a name.
  assert.deepEqual(names(annotate("Larijani left. Berri stayed with Nabih Berri.")), [
    "Larijani => ali larijani",
    "Berri => nabih berri",
    "Nabih Berri => nabih berri",
  ]);
});

Deno.test("nameTerms() finds a known name inside a title-case headline's run of capitals", () => {
  // The headline is one run of capitalised words, no name as a whole: its "Larijani" is the
  // article's Ali Larijani, its other words stay terms of their own.
  const a = annotate("Border Pact Signed During Larijani Visit\nAli Larijani signed the pact.");
  assert.deepEqual(names(a), ["Larijani => ali larijani", "Ali Larijani => ali larijani"]);
  assert.deepEqual(counts(a, { names: SMALL }), { "ali larijani": 2, pact: 2, border: 1, sign: 2, visit: 1 });
});

Deno.test("isNameAffix() tells honorifics and name particles, which never count as terms of their own", () => {
  const a = annotate("Mr. Ms Mrs Dr Al el bin Bin Mister Mrsa MS. A rubbish bin.");
  const affix = a.terms.filter((t) => !t.punct).map((t) => [t.surface, isNameAffix(t)]);
  assert.deepEqual(affix, [
    ["Mr.", true],
    ["Ms", true],
    ["Mrs", true],
    ["Dr", true],
    ["Al", true],
    ["el", true],
    ["bin", false],
    ["Bin", true],
    ["Mister", false],
    ["Mrsa", false],
    ["MS.", false],
    ["A", false],
    ["rubbish", false],
    ["bin", false],
  ]);
  // Counted with or without names: none of them, but the lower-case "bin" (a noun).
  for (const options of [{}, { names: SMALL }]) {
    const terms = articleTermCounts([annotate("Mr and Dr. spoke; al and Bin too, near a bin.")], options)
      .map((r) => r.term);
    assert.deepEqual(terms.sort(), ["bin", "near", "speak"]);
  }
});

Deno.test("nameTerms() folds an honorific in even when the gazetteer does not list it as a title", () => {
  const bare = parseGazetteer("entities: [{ name: Ali Larijani, type: person }]", "bare.yaml");
  assert.deepEqual(names(annotate("Reporters met Mr Larijani and Mrs Smith."), bare), [
    "Mr Larijani => ali larijani",
    "Mrs Smith => smith",
  ]);
});

Deno.test("nameTerms() takes a compiled gazetteer as well, and the candidates when already found", () => {
  const a = annotate("Mr Larijani met Speaker Nabih Berri in Beirut.");
  const compiled = compileGazetteer(SMALL);
  assert.deepEqual(nameTerms(a, compiled), nameTerms(a, SMALL));
  assert.deepEqual(nameTerms(a, compiled, findCandidates(a, compiled)), nameTerms(a, SMALL));
  const plain = annotate("nothing capitalised here.");
  assert.deepEqual(nameTerms(plain, SMALL), plain.terms);
});

Deno.test("nameTerms() looks up a long capitalised run that is no name in work linear in its length, and still finds the name inside it", async () => {
  const { nameTermsWork } = await import("../../src/measures/name_terms.ts");
  const words = ["Pact", "Signed", "During", "Visit", "Talks", "Held", "Over", "Trade", "Deal", "Plans"];
  /** A sentence-head run of `n` capitalised words that are no name, "Larijani" in its middle. */
  const headline = (n: number) => {
    const run = Array.from({ length: n }, (_, i) => words[i % words.length]);
    run.splice(n / 2, 0, "Larijani");
    return `${run.join(" ")}. Ali Larijani arrived.`;
  };
  const lookups = (n: number) => {
    const a = annotate(headline(n));
    const before = nameTermsWork().stretchLookups;
    const found = names(a);
    return { found, work: nameTermsWork().stretchLookups - before };
  };
  const small = lookups(100);
  const large = lookups(400);
  assert.ok(small.found.includes("Larijani => ali larijani"), small.found.join("; "));
  assert.ok(large.found.includes("Larijani => ali larijani"), large.found.join("; "));
  // The SMALL gazetteer's longest name has 2 words (and the article's "Ali Larijani" 2): each
  // word starts at most 2 stretches worth looking up; before, each started up to the run's length.
  assert.ok(large.work <= 2 * 401, `${large.work} lookups for a run of 401 words`);
  assert.ok(large.work <= 4 * small.work + 8, `${small.work} lookups for 101 words, ${large.work} for 401`);
});
