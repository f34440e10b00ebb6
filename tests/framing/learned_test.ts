/**
 * The learned judgement of round 9 (src/framing/learned.ts, src/framing/learned_hits.ts): its
 * arithmetic against a hand computation, its features on sentences written for these tests, the
 * shipped model on ordinary-sense sentences that must not judge, and the fit's reproducibility.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { tokenize } from "../../src/nlp/wink.ts";
import { prepareText } from "../../src/text/normalize.ts";
import {
  attachmentOf,
  candidateFeatures,
  checkModel,
  featureNames,
  judgementCandidates,
  judgementProbability,
  type LearnedLists,
  suffixClass,
  SUFFIXES,
} from "../../src/framing/learned.ts";
import {
  framingModel,
  LEARNED_JUDGEMENT,
  learnedJudgements,
  learnedLists,
  learnedNamings,
} from "../../src/framing/learned_hits.ts";
import { digestArticle, loadDigestTools } from "../../src/pipeline/digest.ts";
import { compileEvaluative } from "../../src/framing/judged.ts";
import { compileFraming, findFraming } from "../../src/framing/match.ts";
import { loadFramingLexicon } from "../../src/framing/lexicon.ts";
import { annotateArticle, loadResources } from "../../src/pipeline/annotate.ts";
import { projectPath } from "../../src/paths.ts";
import { fitLogistic } from "../../bench/logistic.ts";

const none = compileEvaluative([]);
const LISTS: LearnedLists = {
  evaluative: compileEvaluative(["brutal*"]),
  labels: compileEvaluative(["proxy"]),
  discrediting: compileEvaluative(["claim*"]),
  descriptions: [compileEvaluative(["occupier*"])],
};
const REFERENTS = ["israel", "united_states"];
const names = featureNames(REFERENTS);

/** The tokens of a sentence, the naming's tokens (its first occurrence) and the candidate word's index. */
function at(sentence: string, naming: string, word: string, referent = "israel") {
  const { tokens } = tokenize(prepareText(sentence));
  const n = tokenize(prepareText(naming)).tokens.length;
  const from = tokens.findIndex((_, i) => tokens.slice(i, i + n).map((t) => t.text).join(" ") === naming);
  assert.ok(from >= 0, `"${naming}" in "${sentence}"`);
  const k = tokens.findIndex((t) => t.text === word);
  assert.ok(k >= 0, `"${word}" in "${sentence}"`);
  return { tokens, naming: { from, to: from + n, referent }, k };
}
const feature = (x: number[], name: string) => x[names.indexOf(name)];

Deno.test("judgementProbability() is σ(bias + w·x), as computed by hand", () => {
  const model = { referents: [], features: ["a", "b", "c"], weights: [0.5, -1, 2], bias: -0.25, threshold: 0.5 };
  // z = -0.25 + 0.5·1 - 1·0.5 + 2·0.25 = 0.25; σ(0.25) = 1 / (1 + e^-0.25) = 1 / 1.7788007830714049.
  assert.ok(Math.abs(judgementProbability(model, [1, 0.5, 0.25]) - 0.5621765008857981) < 1e-15);
  // z = -0.25 - 2·3 = -6.25: 1 / (1 + e^6.25) = 1 / 519.0194... = 0.0019267346633274757.
  assert.ok(Math.abs(judgementProbability(model, [0, 0, -3]) - 0.0019267346633274757) < 1e-15);
  assert.equal(judgementProbability({ ...model, bias: 0 }, [0, 0, 0]), 0.5);
});

Deno.test("attachmentOf() tells how a word is attached to a naming, on sentences written for it", () => {
  const cases: [string, string, string, string][] = [
    ["The brutal Israeli raid killed four.", "Israeli", "brutal", "modifier"],
    ["Reckless and cruel Israel bombed the town.", "Israel", "Reckless", "modifier"],
    ["Israel's wanton destruction of the village went on.", "Israel", "destruction", "head"],
    ["Israel's wanton destruction of the village went on.", "Israel", "wanton", "head"],
    ["Washington's arm-twisting worked.", "Washington", "arm", "head"],
    ["Washington has repeatedly cheated its partners.", "Washington", "cheated", "agent_verb"],
    ["Israel butchered the villagers.", "Israel", "butchered", "agent_verb"],
    ["The protesters demonised Israel all week.", "Israel", "demonised", "object_verb"],
    ["They thanked the Americans for the aid.", "Americans", "thanked", "object_verb"],
    ["The meddling by Washington angered Baghdad.", "Washington", "meddling", "prep_of"],
    ["The crimes of Israel were documented.", "Israel", "crimes", "prep_of"],
    ["Israel remains a menace to the region.", "Israel", "menace", "predicate"],
    ["Washington is hypocritical on the matter.", "Washington", "hypocritical", "predicate"],
    ["They described Israel as a pariah.", "Israel", "pariah", "predicate"],
    ["Israel did not retaliate after the strike.", "Israel", "retaliate", "near"],
    ["Israel spoke after a long night.", "Israel", "night", "near"],
  ];
  for (const [sentence, naming, word, kind] of cases) {
    const { tokens, naming: n, k } = at(sentence, naming, word);
    assert.equal(attachmentOf(tokens, n, k), kind, `"${word}" in "${sentence}"`);
  }
});

Deno.test("candidateFeatures() reads valence, suffix, negation, the lists, distance and the referent", () => {
  const a = at("Israel's brutal occupation went on.", "Israel", "brutal");
  const x = candidateFeatures(a.tokens, a.naming, a.k, LISTS, REFERENTS).x;
  assert.equal(x.length, names.length);
  assert.equal(feature(x, "list=evaluative"), 1);
  assert.equal(feature(x, "attach=head"), 1);
  assert.equal(feature(x, "negative_x_head"), 0.775); // brutal: wink -0.6, AFINN -3/5, VADER -3.1/4 the most negative
  assert.equal(feature(x, "sources_agree"), 1); // all three at -0.4 or lower
  assert.equal(feature(x, "vader_neg"), 0.775);
  assert.equal(feature(x, "possessive_naming"), 1);
  assert.equal(feature(x, "referent=israel"), 1);
  assert.equal(feature(x, "referent=united_states"), 0);
  assert.equal(feature(x, "inverse_distance"), 1 / 2); // "'s" between
  assert.equal(feature(x, "suffix=al"), 1);

  const b = at("Washington has not cheated anyone.", "Washington", "cheated", "united_states");
  const y = candidateFeatures(b.tokens, b.naming, b.k, LISTS, REFERENTS).x;
  assert.equal(feature(y, "negated"), 1);
  assert.equal(feature(y, "attach=near"), 1, "a negated verb is no verb of conduct");
  assert.equal(SUFFIXES.filter((x) => feature(y, `suffix=${x}`)).length, 0, "its lemma, cheat, has none");
  assert.equal(feature(y, "referent=united_states"), 1);

  const c = at("Hezbollah is an Iranian proxy, Israel says.", "Israel", "says");
  assert.equal(feature(candidateFeatures(c.tokens, c.naming, c.k, LISTS, REFERENTS).x, "unrated"), 1);
  const d = at("Israel is a proxy of nobody.", "Israel", "proxy");
  const z = candidateFeatures(d.tokens, d.naming, d.k, LISTS, REFERENTS).x;
  assert.equal(feature(z, "list=label"), 1);
  assert.equal(feature(z, "attach=predicate"), 1);
  assert.equal(feature(z, "list=evaluative"), 0);

  const e = at("The occupier's 'security' zone grew.", "occupier", "security");
  assert.equal(feature(candidateFeatures(e.tokens, e.naming, e.k, LISTS, REFERENTS).x, "scare_quoted"), 1);
  const lists = { evaluative: none, labels: none, discrediting: none, descriptions: [] };
  const f = at("Israel's fair proposal", "Israel", "fair");
  const w = candidateFeatures(f.tokens, f.naming, f.k, lists, REFERENTS).x;
  assert.ok(feature(w, "afinn_pos") > 0, "fair is praise in AFINN");
  assert.equal(feature(w, "wink_neg"), 0);
});

Deno.test("suffixClass() gives a lemma's suffix class, the first of the list that ends it", () => {
  assert.equal(SUFFIXES[suffixClass("hegemonism")], "ism");
  assert.equal(SUFFIXES[suffixClass("aggression")], "ion");
  assert.equal(SUFFIXES[suffixClass("reckless")], "less");
  assert.equal(SUFFIXES[suffixClass("demonize")], "ize");
  assert.equal(suffixClass("war"), -1);
  assert.equal(suffixClass("ism"), -1, "the suffix alone is no word of the class");
});

const lexicon = await loadFramingLexicon();
const matcher = compileFraming(lexicon);
const resources = await loadResources();
const judged = (text: string) => {
  const annotated = annotateArticle({ id: "t", file: "t.md", outlet: "T", text, extra: {} }, resources);
  return learnedJudgements(annotated, findFraming(annotated, matcher), matcher, framingModel())
    .filter((h) => h.wording.endsWith(" + learned"));
};

Deno.test("the shipped model judges no naming of Israel, Hezbollah or the factions in ordinary-sense sentences", () => {
  const ordinary = [
    "Israel's cabinet met on Sunday to discuss the budget.",
    "Hezbollah's lawmakers voted for the budget.",
    "Israel's army said three rockets were fired from Lebanon.",
    "Israel's northern communities reopened their schools.",
    "Israel evacuated the villagers before the storm.",
    "Hezbollah's deputies stormed out of the session.",
    "Israel is a small state.",
    "Hezbollah is cautious.",
    "Hezbollah's candidates won seats in the south.",
    "Washington's policy on Gaza is plain.",
  ];
  for (const text of ordinary) assert.deepEqual(judged(text).map((h) => h.phrase), [], text);
});

Deno.test("the shipped model's fault that keeps it off: a US name before an ordinary word is judged", () => {
  // Measured: the weights carry the annotated sets' rate of judgements beside a US name (Brown: 77 such false hits).
  assert.deepEqual(judged("Washington's envoy arrived in Beirut on Monday.").map((h) => h.phrase), [
    "Washington's envoy arrived",
  ]);
  assert.deepEqual(judged("The US embassy in Baghdad reopened its consular section.").map((h) => h.phrase), []);
  // And a participle after a possessive naming is read as its head: "manned" scored 0.45.
  assert.deepEqual(judged("The PMF's fighters manned the checkpoint.").map((h) => h.phrase), ["PMF's fighters manned"]);
});

Deno.test("the shipped model scores a judging word above an ordinary one in the same place", () => {
  const best = (text: string, word: string) => {
    const annotated = annotateArticle({ id: "t", file: "t.md", outlet: "T", text, extra: {} }, resources);
    const hits = findFraming(annotated, matcher);
    const { namings, taken } = learnedNamings(annotated, hits, matcher);
    const c = judgementCandidates(annotated.tokens, namings, learnedLists(matcher), framingModel().referents, taken)
      .find((c) => annotated.tokens[c.k].text === word);
    assert.ok(c, `${word} is a candidate in "${text}"`);
    return judgementProbability(framingModel(), c.x);
  };
  assert.ok(
    best("Washington was hypocritical and cruel.", "hypocritical") > best("Washington was ready and able.", "ready"),
  );
  assert.ok(
    best("The PMF's henchmen manned the checkpoint.", "henchmen") >
      best("The PMF's fighters manned the checkpoint.", "fighters"),
  );
  assert.ok(
    best("Hezbollah's thugs attacked the protesters.", "thugs") >
      best("Hezbollah's lawmakers met the protesters.", "lawmakers"),
  );
});

Deno.test("the framing stage adds no learned hit while the model is off", async () => {
  assert.equal(LEARNED_JUDGEMENT, false);
  const tools = await loadDigestTools();
  const text = "Washington's envoy arrived in Beirut on Monday. Israel's cabinet met.";
  const digest = digestArticle(
    annotateArticle({ id: "t", file: "t.md", outlet: "T", text, extra: {} }, resources),
    tools,
  );
  assert.deepEqual(digest.framing.map((h) => [h.phrase, h.frame]), [["Israel's", "neutral"]]);
});

Deno.test("the shipped model's file has the features this code computes, and a bad one is refused", () => {
  assert.deepEqual(framingModel().features, featureNames(framingModel().referents));
  assert.deepEqual(framingModel().referents, lexicon.referents.map((r) => r.id));
  const bad = { ...framingModel(), features: ["wink_neg", ...framingModel().features.slice(2)] };
  assert.throws(() => checkModel(bad, "x.json"), /x\.json: feature 1 is "vader_neg" where "afinn_neg" is expected/);
  assert.throws(() => checkModel({ ...framingModel(), threshold: 1 }, "x.json"), /threshold 1 is not between 0 and 1/);
  assert.throws(
    () => checkModel({ ...framingModel(), bias: NaN }, "x.json"),
    /x\.json: its bias is not a finite number/,
  );
  const weights = framingModel().weights.map((w, i) => i === 2 ? Infinity : w);
  assert.throws(() => checkModel({ ...framingModel(), weights }, "x.json"), /the weight of feature 2 is not a finite/);
  assert.ok(learnedLists(matcher).descriptions.length > 0);
});

Deno.test("the fit is reproducible: the same rows give the same weights, and the model file records its settings", async () => {
  const xs = [[1, 0], [0.5, 1], [0, 1], [1, 1], [0.2, 0]];
  const ys = [1, 0, 0, 1, 1];
  const options = { rate: 0.5, epochs: 300, l2: 0.001 };
  const first = fitLogistic(xs, ys, options);
  assert.deepEqual(fitLogistic(xs, ys, options), first);
  assert.ok(first.weights[0] > 0 && first.weights[1] < 0);
  const file = JSON.parse(await readFile(projectPath("data", "framing_model.json"), "utf8"));
  assert.deepEqual(Object.keys(file.fit), ["rate", "epochs", "l2"]);
  assert.ok(file.trained_on.every((s: string) => !s.includes("8")), "never the eighth set");
});
