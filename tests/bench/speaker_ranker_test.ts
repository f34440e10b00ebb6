import assert from "node:assert/strict";
import { fitConditionalLogit, fitLogistic, predictLogistic } from "../../bench/logistic.ts";
import { type Candidate, chooseSpeaker, FEATURES, relationCandidates } from "../../bench/speaker_ranker.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import type { EntityMention } from "../../src/entities/types.ts";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-6, `${a} is not ${b}`);

Deno.test("predictLogistic() is the sigmoid of bias + w·x", () => {
  assert.equal(predictLogistic({ weights: [2, -1], bias: 0 }, [1, 2]), 0.5);
  close(predictLogistic({ weights: [1], bias: 0 }, [Math.log(3)]), 0.75);
  close(predictLogistic({ weights: [0], bias: -Math.log(3) }, [5]), 0.25);
});

Deno.test("fitLogistic() takes the gradient steps computed by hand", () => {
  // Step 1 from zero: p = (0.5, 0.5); dw = ((0.5 - 1)·1 + (0.5 - 0)·0) / 2 = -0.25; db = (-0.5 + 0.5) / 2 = 0.
  // Step 2: p1 = σ(0.25) = 0.5621765, p2 = σ(0) = 0.5; dw = (0.5621765 - 1) / 2 = -0.2189118;
  // db = (-0.4378235 + 0.5) / 2 = 0.0310882.
  const one = fitLogistic([[1], [0]], [1, 0], { rate: 1, epochs: 1 });
  assert.deepEqual(one, { weights: [0.25], bias: 0 });
  const two = fitLogistic([[1], [0]], [1, 0], { rate: 1, epochs: 2 });
  close(two.weights[0], 0.25 + 0.2189118);
  close(two.bias, -0.0310882);
  // L2 0.5 adds 0.5·w to the weight's gradient (0 at step 1, 0.125 at step 2), never to the bias.
  const ridge = fitLogistic([[1], [0]], [1, 0], { rate: 1, epochs: 2, l2: 0.5 });
  close(ridge.weights[0], 0.25 + 0.2189118 - 0.125);
  close(ridge.bias, -0.0310882);
});

Deno.test("fitLogistic() separates separable data and is the same for the same seed", () => {
  const xs = [[0, 1], [1, 0], [0.9, 0.1], [0.1, 0.8]];
  const ys = [0, 1, 1, 0];
  const model = fitLogistic(xs, ys, { rate: 0.5, epochs: 500, seed: 3, init: 0.1 });
  xs.forEach((x, i) => assert.equal(predictLogistic(model, x) > 0.5, ys[i] === 1));
  assert.deepEqual(
    fitLogistic(xs, ys, { epochs: 5, seed: 3, init: 0.1 }),
    fitLogistic(xs, ys, { epochs: 5, seed: 3, init: 0.1 }),
  );
  assert.notDeepEqual(
    fitLogistic(xs, ys, { epochs: 0, seed: 3, init: 0.1 }),
    fitLogistic(xs, ys, { epochs: 0, seed: 4, init: 0.1 }),
  );
  assert.throws(() => fitLogistic(xs, [1]), /4 rows but 1 labels/);
});

Deno.test("fitConditionalLogit() takes the softmax gradient steps computed by hand", () => {
  const group = { xs: [[1], [0]], ys: [1, 0] };
  // Step 1: p = (0.5, 0.5), gradient (0.5 - 1)·1 = -0.5, w = 0.5. Step 2: p1 = e^0.5 / (e^0.5 + 1) = 0.6224593,
  // gradient -0.3775407, w = 0.8775407. With L2 0.2, step 2 adds 0.2·0.5 = 0.1 to the gradient.
  assert.deepEqual(fitConditionalLogit([group], { rate: 1, epochs: 1 }), { weights: [0.5], bias: 0 });
  close(fitConditionalLogit([group], { rate: 1, epochs: 2 }).weights[0], 0.8775407);
  close(fitConditionalLogit([group], { rate: 1, epochs: 2, l2: 0.2 }).weights[0], 0.7775407);
  // Two groups: the gradient is their mean. The second, its right candidate second: (0.5 - 0)·1 + (0.5 - 1)·0 = 0.5.
  const other = { xs: [[1], [0]], ys: [0, 1] };
  assert.deepEqual(fitConditionalLogit([group, other], { rate: 1, epochs: 1 }), { weights: [0], bias: 0 });
  // A group of one candidate, or with no right one, teaches nothing; two right ones share the target.
  const idle = [{ xs: [[1]], ys: [1] }, { xs: [[1], [0]], ys: [0, 0] }, { xs: [[1], [0]], ys: [1, 1] }];
  assert.deepEqual(fitConditionalLogit(idle, { rate: 1, epochs: 3 }), { weights: [0], bias: 0 });
});

const text = "Maria Lopez met John Smith at the port. He said the deal was done.";
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const mention = (name: string): EntityMention => ({
  article: "a",
  outlet: "X",
  sentence: 0,
  ...at(name),
  surface: name,
  entity: name,
  type: "person",
});
const mentions = [mention("Maria Lopez"), mention("John Smith")];
const relation = {
  type: "indirect" as const,
  sentence: 1,
  content: at("the deal was done"),
  cue: at("said"),
  source: at("He"),
};
const context = {
  text,
  relation,
  byStart: mentions,
  inContent: () => false,
  nameOf: (m: EntityMention) => m.entity,
  gender: (e: string) => e === "Maria Lopez" ? "female" as const : "male" as const,
  count: new Map([["Maria Lopez", 1], ["John Smith", 1]]),
};
const f = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);

Deno.test("relationCandidates() gives the people named before a pronoun, with agreement and grammar", () => {
  const [rule] = resolveSpeakers(text, [relation], mentions);
  const candidates = relationCandidates({ ...context, rule });
  const byName = new Map(candidates.map((c) => [c.name, c]));
  assert.deepEqual([...byName.keys()].sort(), ["John Smith", "Maria Lopez"]);
  const john = byName.get("John Smith")!;
  const maria = byName.get("Maria Lopez")!;
  assert.deepEqual([john.x[f("agrees")], john.x[f("disagrees")]], [1, 0]);
  assert.deepEqual([maria.x[f("agrees")], maria.x[f("disagrees")]], [0, 1]);
  // Maria Lopez opens the sentence (its subject); John Smith is the object of "met", not of a preposition.
  assert.equal(maria.x[f("subject")], 1);
  assert.equal(john.x[f("subject")], 0);
  assert.equal(maria.x[f("sentences_back")], 1 / 3);
  assert.equal(maria.x[f("pronoun_x_sentences_back")], 1 / 3);
  // The rules' choice is a candidate, marked so.
  assert.equal(candidates.filter((c) => c.rule).length, 1);
  assert.equal(candidates.find((c) => c.rule)!.name, rule!.name);
});

Deno.test("relationCandidates() marks a name in the source and the last speaker", () => {
  const named = { ...relation, source: at("John Smith"), sentence: 0 };
  const candidates = relationCandidates({
    ...context,
    relation: named,
    rule: { name: "John Smith", type: "person", via: "name" },
    last: { name: "the harbour master", type: "unnamed", via: "description" },
  });
  const john = candidates.find((c) => c.name === "John Smith")!;
  assert.equal(john.x[f("in_source")], 1);
  assert.equal(john.x[f("rule_via_name")], 1);
  assert.equal(john.x[f("words_back")], 0);
  const last = candidates.find((c) => c.name === "the harbour master")!;
  assert.deepEqual([last.x[f("last")], last.x[f("unnamed")], last.rule], [1, 1, false]);
  // Maria Lopez, before the source in its sentence, is a candidate too; no pronoun, so no agreement.
  assert.equal(candidates.find((c) => c.name === "Maria Lopez")!.x[f("agrees")], 0);
});

Deno.test("chooseSpeaker() keeps the rules' speaker alone or on a tie, else takes the best scored", () => {
  const zero = { weights: FEATURES.map(() => 0), bias: 0 };
  const [rule] = resolveSpeakers(text, [relation], mentions);
  const candidates = relationCandidates({ ...context, rule });
  // Every candidate scores 0.5 under a zero model: the rules' choice stands.
  assert.equal(chooseSpeaker(zero, candidates), rule!.name);
  const only: Candidate[] = candidates.filter((c) => c.rule);
  assert.equal(
    chooseSpeaker({ ...zero, weights: zero.weights.map((_, i) => i === f("rule") ? -9 : 0) }, only),
    rule!.name,
  );
  // A model that weighs the subject of the sentence before over agreement picks Maria Lopez.
  const subject = { ...zero, weights: zero.weights.map((_, i) => i === f("subject") ? 3 : 0) };
  assert.equal(chooseSpeaker(subject, candidates), "Maria Lopez");
  const agreeing = { ...zero, weights: zero.weights.map((_, i) => i === f("agrees") ? 3 : 0) };
  assert.equal(chooseSpeaker(agreeing, candidates), "John Smith");
  assert.equal(chooseSpeaker(zero, []), undefined);
});
