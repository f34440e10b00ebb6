/**
 * A learned judgement (issue 18, round 9): a logistic regression that decides whether a word
 * attached to a neutral naming of a referent (an adjective before it, a verb it is the subject or
 * object of, a predicate said of it, the noun it governs) judges the referent. Its features carry
 * to words nobody listed: the word's valence in three lexicons (`src/nlp/polarity.ts`), how it is
 * attached, its suffix, a negation, whether the lexicon's lists hold it, its distance and the
 * referent. The weights are data (`data/framing_model.json`), fitted by `bench/framing_model.ts`
 * on the hand annotations that may be tuned on.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { wordValence } from "../nlp/polarity.ts";
import { type EvaluativeWords, isEvaluative } from "./judged.ts";
import { isPossessive } from "./possessive.ts";

/** A naming of a referent: tokens `from` to `to` (exclusive). */
export interface LearnedNaming {
  from: number;
  to: number;
  referent: string;
  /** Whether it is an agent named outside every hit ("Washington"), not a hit of the rules. */
  agent?: boolean;
}

/** How a candidate word is attached to a naming. */
export const ATTACHMENTS = [
  "modifier", // an adjective or noun right before it, past adjectives and commas: "the brutal Israeli raid"
  "head", // the noun phrase it governs or modifies: "Israel's wanton destruction", "US meddling"
  "agent_verb", // a verb it is the subject of: "Washington has repeatedly cheated"
  "object_verb", // a verb it is the object of: "they demonised Hezbollah"
  "prep_of", // a word before a preposition and it: "meddling by Washington", "crimes of the occupation"
  "predicate", // what it is said to be: "Hezbollah remains a menace", "... as a proxy"
  "near", // within four words in its sentence, none of the above
] as const;

/** The suffix classes of a candidate's lemma, tried in order (the first that ends it). */
export const SUFFIXES = [
  "ism",
  "ist",
  "ion",
  "ity",
  "ous",
  "ive",
  "ful",
  "less",
  "ment",
  "ance",
  "ence",
  "ize",
  "ise",
  "ic",
  "al",
  "er",
  "or",
  "ed",
  "ing",
  "ary",
  "y",
] as const;

/** The word lists of a compiled lexicon a candidate is looked up in. */
export interface LearnedLists {
  evaluative: EvaluativeWords;
  labels: EvaluativeWords;
  discrediting: EvaluativeWords;
  /** The description heads of every referent. */
  descriptions: readonly EvaluativeWords[];
}

/** The names of the features, in the order of a feature vector; `referent=ID` for each referent. */
export function featureNames(referents: readonly string[]): string[] {
  return [
    "wink_neg",
    "afinn_neg",
    "vader_neg",
    "wink_pos",
    "afinn_pos",
    "vader_pos",
    "sources_agree",
    "unrated",
    "hyphenated",
    ...ATTACHMENTS.map((a) => `attach=${a}`),
    ...ATTACHMENTS.map((a) => `negative_x_${a}`),
    "pos=ADJ",
    "pos=NOUN",
    "pos=VERB",
    ...SUFFIXES.map((s) => `suffix=${s}`),
    "negated",
    "list=evaluative",
    "list=label",
    "list=discrediting",
    "list=description",
    "list=except",
    "inverse_distance",
    "scare_quoted",
    "possessive_naming",
    "agent_naming",
    ...referents.map((r) => `referent=${r}`),
  ];
}

/** A candidate word attached to a naming, with its features. */
export interface JudgementCandidate {
  naming: LearnedNaming;
  /** The candidate's token index. */
  k: number;
  attachment: (typeof ATTACHMENTS)[number];
  /** The feature vector, in the order of {@linkcode featureNames}. */
  x: number[];
}

const CANDIDATE_POS = new Set(["ADJ", "NOUN", "VERB"]);
const NEGATIONS = new Set(["not", "n't", "no", "never", "without", "nor", "neither"]);
const COPULAS = new Set(["be", "remain", "become", "seem", "appear", "stay"]);
const PREPOSITIONS = new Set(["of", "by", "from", "against", "on", "toward", "towards", "with", "for", "to"]);
const QUOTE = /^["'\u2018\u2019\u201c\u201d\u00ab\u00bb\u201e]$/u;
/** Words on each side of a naming that may be candidates. */
const WINDOW = 4;

const isCandidate = (t: Token) =>
  t.type === "word" && !t.stop && !t.punct && CANDIDATE_POS.has(t.pos) && t.norm.length > 2 &&
  /^\p{L}[\p{L}-]*$/u.test(t.norm);
const inPhrase = (t: Token) =>
  t.pos === "ADJ" || t.pos === "ADV" || t.pos === "NOUN" || t.text === "," || t.text === "-" ||
  t.norm === "and" || t.norm === "or";

/** How token `k` is attached to the naming `n` (see {@linkcode ATTACHMENTS}). */
export function attachmentOf(tokens: readonly Token[], n: LearnedNaming, k: number): (typeof ATTACHMENTS)[number] {
  const t = tokens[k];
  if (k < n.from) {
    const between = tokens.slice(k + 1, n.from);
    if (t.pos !== "VERB" && between.every((b) => inPhrase(b) || b.pos === "PROPN")) return "modifier";
    const rest = between.filter((b) => b.pos !== "DET" && b.pos !== "ADJ" && b.pos !== "ADV");
    if (rest.length === 1 && PREPOSITIONS.has(rest[0].norm) && between.indexOf(rest[0]) === 0) return "prep_of";
    if (t.pos === "VERB" && rest.length === 0) return "object_verb";
    return "near";
  }
  const between = tokens.slice(n.to, k);
  const possessive = isPossessive(tokens, n.to - 1) || isPossessive(tokens, n.to);
  const afterPossessive = possessive && tokens[n.to]?.text.startsWith("'") ? between.slice(1) : between;
  if (t.pos !== "VERB" && afterPossessive.every(inPhrase)) return "head";
  if (t.pos === "VERB" && between.every((b) => b.pos === "AUX" || b.pos === "ADV" || b.pos === "PART")) {
    return between.some((b) => NEGATIONS.has(b.norm)) ? "near" : "agent_verb";
  }
  const copula = between.findIndex((b) => COPULAS.has(b.lemma) || b.norm === "as");
  if (
    copula >= 0 && t.pos !== "VERB" &&
    between.slice(copula + 1).every((b) => b.pos === "DET" || b.pos === "ADJ" || b.pos === "ADV" || b.text === ",")
  ) return "predicate";
  return "near";
}

/** The suffix class of a lemma: its index in {@linkcode SUFFIXES}, or -1. */
export function suffixClass(lemma: string): number {
  return SUFFIXES.findIndex((s) => lemma.length > s.length + 2 && lemma.endsWith(s));
}

/**
 * The features of token `k` as a candidate judgement of naming `n` (see {@linkcode featureNames}):
 * the most negative and most positive valence of its form and lemma by each source, how many
 * sources score it -0.4 or lower (over 3), its attachment, part of speech and suffix class, a
 * negation between it and the naming or in the two words before it, the lexicon's lists that
 * hold it, 1 / its distance in tokens, a quotation mark beside it, a possessive naming, the referent.
 */
export function candidateFeatures(
  tokens: readonly Token[],
  n: LearnedNaming,
  k: number,
  lists: LearnedLists,
  referents: readonly string[],
): { x: number[]; attachment: (typeof ATTACHMENTS)[number] } {
  const t = tokens[k];
  const a = wordValence(t.norm);
  const b = t.lemma === t.norm ? a : wordValence(t.lemma);
  const scores = [Math.min(a.wink, b.wink), Math.min(a.afinn, b.afinn), Math.min(a.vader, b.vader)];
  const praise = [Math.max(a.wink, b.wink), Math.max(a.afinn, b.afinn), Math.max(a.vader, b.vader)];
  const attachment = attachmentOf(tokens, n, k);
  const negative = Math.max(0, -Math.min(...scores));
  const suffix = suffixClass(t.lemma);
  const lo = Math.min(k, n.from);
  const hi = Math.max(k, n.to - 1);
  let negated = false;
  for (let j = Math.max(0, lo - 2); j <= hi && !negated; j++) {
    if (j !== k && (j < n.from || j >= n.to) && NEGATIONS.has(tokens[j].norm)) negated = true;
  }
  const distance = k < n.from ? n.from - k : k - n.to + 1;
  const inList = (w: EvaluativeWords) => isEvaluative(w, t.norm) || isEvaluative(w, t.lemma);
  const quoted = QUOTE.test(tokens[k - 1]?.text ?? "") || QUOTE.test(tokens[k + 1]?.text ?? "");
  const except = lists.evaluative.except;
  const x = [
    ...scores.map((s) => Math.max(0, -s)),
    ...praise.map((s) => Math.max(0, s)),
    scores.filter((s) => s <= -0.4).length / 3,
    scores.every((s) => s === 0) && praise.every((s) => s === 0) ? 1 : 0,
    t.norm.includes("-") ? 1 : 0,
    ...ATTACHMENTS.map((c) => c === attachment ? 1 : 0),
    ...ATTACHMENTS.map((c) => c === attachment ? negative : 0),
    t.pos === "ADJ" ? 1 : 0,
    t.pos === "NOUN" ? 1 : 0,
    t.pos === "VERB" ? 1 : 0,
    ...SUFFIXES.map((_, i) => i === suffix ? 1 : 0),
    negated ? 1 : 0,
    inList(lists.evaluative) ? 1 : 0,
    inList(lists.labels) ? 1 : 0,
    inList(lists.discrediting) ? 1 : 0,
    lists.descriptions.some(inList) ? 1 : 0,
    except && inList(except) ? 1 : 0,
    1 / distance,
    quoted ? 1 : 0,
    isPossessive(tokens, n.to - 1) || isPossessive(tokens, n.to) ? 1 : 0,
    n.agent ? 1 : 0,
    ...referents.map((r) => r === n.referent ? 1 : 0),
  ];
  return { x, attachment };
}

/**
 * The candidate judgements of each naming: the adjectives, nouns and verbs (no names, no stop
 * words) within four words of it in its sentence, outside every token `taken` (another hit's),
 * each with its features.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { judgementCandidates } from "./learned.ts";
 * import { compileEvaluative } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("Washington shamelessly bullied the small country."));
 * const none = compileEvaluative([]);
 * const lists = { evaluative: none, labels: none, discrediting: none, descriptions: [] };
 * const naming = { from: 0, to: 1, referent: "united_states" };
 * const found = judgementCandidates(tokens, [naming], lists, ["united_states"], () => false);
 * // Four words after the naming: "shamelessly" (an adverb, no candidate), "bullied", "the", "small".
 * assert.deepEqual(found.map((c) => [tokens[c.k].text, c.attachment]), [["bullied", "agent_verb"], ["small", "near"]]);
 * ```
 */
export function judgementCandidates(
  tokens: readonly Token[],
  namings: readonly LearnedNaming[],
  lists: LearnedLists,
  referents: readonly string[],
  taken: (k: number) => boolean,
): JudgementCandidate[] {
  const out: JudgementCandidate[] = [];
  for (const n of namings) {
    const sentence = tokens[n.from].sentence;
    const ks: number[] = [];
    for (let k = n.from - 1, w = 0; k >= 0 && w < WINDOW && tokens[k].sentence === sentence; k--) {
      if (!tokens[k].punct) w++;
      ks.unshift(k);
    }
    for (let k = n.to, w = 0; k < tokens.length && w < WINDOW && tokens[k].sentence === sentence; k++) {
      if (!tokens[k].punct) w++;
      ks.push(k);
    }
    for (const k of ks) {
      if (!isCandidate(tokens[k]) || taken(k)) continue;
      out.push({ naming: n, k, ...candidateFeatures(tokens, n, k, lists, referents) });
    }
  }
  return out;
}

/** A fitted model as `data/framing_model.json` holds it. */
export interface LearnedModel {
  /** The referents it has a feature of (a naming of another referent has none of them set). */
  referents: string[];
  /** The feature names, in order: {@linkcode featureNames} of its referents. */
  features: string[];
  /** One weight per feature. */
  weights: number[];
  /** Intercept. */
  bias: number;
  /** The least probability that makes a candidate a loaded hit. */
  threshold: number;
}

/**
 * The probability the model gives to a feature vector: σ(bias + w·x) = 1 / (1 + e^−(bias + w·x)).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { judgementProbability } from "./learned.ts";
 * const model = { referents: [], features: ["a", "b"], weights: [2, -1], bias: -1, threshold: 0.5 };
 * assert.equal(judgementProbability(model, [1, 1]), 0.5); // -1 + 2 - 1 = 0
 * ```
 */
export function judgementProbability(model: LearnedModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += model.weights[j] * x[j];
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * Checks that a model read from `file` has the features this code computes, in order, a finite
 * weight for each, a finite bias and a threshold between 0 and 1: an error names the file and the
 * fault.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkModel } from "./learned.ts";
 * const model = { referents: [], features: ["wink_neg"], weights: [1], bias: 0, threshold: 0.5 };
 * assert.throws(() => checkModel(model, "m.json"), /m.json: feature 1 is "\(missing\)"/);
 * ```
 */
export function checkModel(model: LearnedModel, file: string): LearnedModel {
  const names = featureNames(model.referents ?? []);
  const bad = names.findIndex((f, i) => model.features?.[i] !== f);
  if (bad >= 0 || model.features.length !== names.length) {
    const at = bad >= 0 ? bad : names.length;
    throw new Error(
      `Cannot use the framing model ${file}: feature ${at} is "${model.features?.[at] ?? "(missing)"}" where "${
        names[at] ?? "(none)"
      }" is expected (run bench/framing_model.ts again)`,
    );
  }
  if (model.weights?.length !== names.length) {
    throw new Error(
      `Cannot use the framing model ${file}: ${model.weights?.length} weights for ${names.length} features`,
    );
  }
  const notNumber = [model.bias, ...model.weights].findIndex((w) => typeof w !== "number" || !Number.isFinite(w));
  if (notNumber >= 0) {
    const what = notNumber === 0 ? "its bias" : `the weight of feature ${notNumber - 1}`;
    throw new Error(`Cannot use the framing model ${file}: ${what} is not a finite number`);
  }
  if (!(model.threshold > 0 && model.threshold < 1)) {
    throw new Error(`Cannot use the framing model ${file}: its threshold ${model.threshold} is not between 0 and 1`);
  }
  return model;
}
