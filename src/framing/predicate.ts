/**
 * A characterisation in a predicate: what is said a referent's hit is, or what it is
 * described as, names that referent in the speaker's terms (FRAMING-GUIDE.md: labels,
 * "hostile" and "legitimising"). In "The Islamic resistance remains the guarantor of the
 * country's dignity", "Kurdish groups are, in Tehran's view, a tool of Western intelligence",
 * "described Hezbollah as Tehran's most valuable card", "denounced the US-engineered plan as a
 * recipe for civil strife" and "US support for the YPG amounts to backing a terrorist group",
 * the predicate is a loaded hit of the subject's referent when a judging word (the lexicon's
 * `evaluative` list, or a word of strong polarity) or a noun of a role (the lexicon's `labels`:
 * tool, proxy, guarantor ...) stands in it. A plain predicate ("Hezbollah is a political
 * party") is no hit.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { type EvaluativeWords, isEvaluative, judges } from "./judged.ts";
import { isPossessive } from "./possessive.ts";
import type { NamingHit } from "./appositive.ts";

/** Verbs that join a subject to its predicate, by lemma, with the word that must follow ("" for none). */
const COPULAS = new Map([
  ["be", ""],
  ["remain", ""],
  ["become", ""],
  ["amount", "to"],
  ["serve", "as"],
  ["act", "as"],
]);
/** Verbs that describe their object "as" something, by lemma. */
const DESCRIBING = new Set([
  "describe",
  "brand",
  "label",
  "denounce",
  "condemn",
  "decry",
  "portray",
  "depict",
  "paint",
  "cast",
  "regard",
  "see",
  "view",
  "dub",
  "characterise",
  "characterize",
  "present",
  "hail",
  "praise",
  "celebrate",
  "criticise",
  "criticize",
  "slam",
  "reject",
  "consider",
]);
/** Whether a token is a verb of describing, by its lemma or its form ("branded" may be tagged an adjective). */
function describing(t: Token): boolean {
  return DESCRIBING.has(t.lemma) || DESCRIBING.has(t.norm.replace(/(?:led|ed|d|es|s)$/, "")) ||
    DESCRIBING.has(t.norm.replace(/(?:ed|d|s)$/, ""));
}

/** Words between a copula and its predicate that change nothing ("is nothing more than", "has long been"). */
const FILLERS = new Set([
  "has",
  "have",
  "had",
  "been",
  "will",
  "would",
  "may",
  "might",
  "can",
  "could",
  "should",
  "must",
  "still",
  "long",
  "always",
  "now",
  "also",
  "effectively",
  "merely",
  "simply",
  "just",
  "only",
  "nothing",
  "little",
  "no",
  "more",
  "than",
  "but",
  "increasingly",
  "once",
  "again",
]);
/** Negation: a predicate denied is not asserted ("Hezbollah is not a tool of Iran"). */
const NEGATIONS = new Set(["not", "n't", "never", "neither", "nor"]);
/** Words that open a clause, which ends the predicate. */
const CLAUSE = new Set([
  "that",
  "which",
  "who",
  "whose",
  "while",
  "because",
  "since",
  "when",
  "where",
  "whereas",
  "but",
]);
/** What a predicate may start with: a determiner, a possessive name, an adjective, a noun, an adverb. */
const STARTS = new Set(["DET", "PRON", "ADJ", "NOUN", "PROPN", "ADV", "NUM"]);
/** The most words a predicate takes; the most words between a hit and its copula or "as". */
const MAX_PREDICATE = 12;
const MAX_GAP = 8;

/** A predicate found. */
export interface PredicateHit<H extends NamingHit> {
  from: number;
  to: number;
  /** The hit it is said of. */
  of: H;
  /** The judging word or role noun in it. */
  word: string;
}

/** The end of an aside between commas that starts at token k (", in Tehran's view,"), or k. */
function pastAside(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ",") return k;
  for (let j = k + 1; j < tokens.length && j - k <= 6; j++) {
    const t = tokens[j];
    if (t.text === ",") return j + 1;
    if (t.punct || t.sentence !== tokens[k].sentence) return k;
  }
  return k;
}

/** Where the predicate after a copula at k starts (past its particle and fillers), or -1. */
function afterCopula(tokens: readonly Token[], k: number): number {
  let j = k;
  // Auxiliaries before the copula: "has long been", "will remain".
  while (j < tokens.length && FILLERS.has(tokens[j].norm) && tokens[j].lemma !== "be") j++;
  const verb = tokens[j];
  const particle = verb && COPULAS.get(verb.lemma);
  // A verb with its particle ("amounts to") may be tagged a noun; "be", "remain", "become" may not.
  if (particle === undefined || (!particle && verb.pos !== "VERB" && verb.pos !== "AUX")) return -1;
  j++;
  if (particle) {
    if (tokens[j]?.norm !== particle) return -1;
    j++;
  }
  for (; j < tokens.length && (FILLERS.has(tokens[j].norm) || NEGATIONS.has(tokens[j].norm)); j++) {
    if (NEGATIONS.has(tokens[j].norm)) return -1;
  }
  return pastAside(tokens, j);
}

/** The end (exclusive) of a predicate starting at k, or k when nothing there is a predicate. */
function predicateEnd(tokens: readonly Token[], k: number, judging: EvaluativeWords): number {
  const first = tokens[k];
  if (!first || first.punct) return k;
  // A gerund ("amounts to backing ..."), or a judging noun tagged a verb ("amounts to blackmail"); not a
  // passive participle ("was cheated of ...": done to the subject, no judgement of it).
  const verbal = first.pos === "VERB" &&
    (first.norm.endsWith("ing") || (!first.norm.endsWith("ed") && judges(judging, { ...first, pos: "NOUN" })));
  if (!STARTS.has(first.pos) && !verbal && !isPossessive(tokens, k + 1)) return k;
  let end = k;
  for (let j = k; j < tokens.length && j - k < MAX_PREDICATE; j++) {
    const t = tokens[j];
    if (t.sentence !== first.sentence || (t.punct && t.text !== "-" && t.text !== "'")) break;
    if (j > k && CLAUSE.has(t.norm)) break;
    if (j > k && t.norm === "and" && (tokens[j + 1]?.pos === "VERB" || tokens[j + 1]?.pos === "AUX")) break;
    end = j + 1;
  }
  return end;
}

/**
 * The loaded predicates said of the hits: after a hit that no preposition governs (and the
 * noun its possessive governs, a phrase after it such as "operating from northern Iraq", an
 * aside between commas), a copula (be, remain, become, amount to, serve as, act as; no negation) and its predicate; or
 * "as" and what follows, with a verb of describing ("describe", "brand", "denounce" ...) in
 * the four words before the hit or between it and "as" ("have been described by their
 * supporters as"). The predicate runs to the next punctuation or clause (twelve words at
 * most); it counts when a judging word or a role noun stands in it and no hit stands in it or
 * between it and the hit.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predicateHits } from "./predicate.ts";
 * import { compileEvaluative } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("Hezbollah remains the shield of the nation."));
 * const name = { from: 0, to: 1, p: { referent: "hezbollah", context: null } };
 * const [hit] = predicateHits(tokens, [name], compileEvaluative([]), compileEvaluative(["shield"]));
 * assert.deepEqual(hit, { from: 2, to: 7, of: name, word: "shield" });
 * ```
 */
export function predicateHits<H extends NamingHit>(
  tokens: readonly Token[],
  hits: readonly H[],
  judging: EvaluativeWords,
  labels: EvaluativeWords,
): PredicateHit<H>[] {
  const out: PredicateHit<H>[] = [];
  // A predicate already said of an earlier hit is not said again of a later one ("described the Hezbollah
  // fighters who praised Hezbollah as a proxy": the predicate is counted once, for the first).
  const taken = (from: number, to: number) =>
    hits.some((o) => o.from < to && from < o.to) || out.some((o) => o.from < to && from < o.to);
  for (const h of hits) {
    if (h.p.referent === null) continue;
    const sentence = tokens[h.from].sentence;
    let k = h.to;
    // The noun a possessive hit governs is the subject ("Hezbollah's fighters").
    if (isPossessive(tokens, h.to - 1)) {
      while (k < h.to + 3 && (tokens[k]?.pos === "NOUN" || tokens[k]?.pos === "ADJ")) k++;
    }
    // A hit after a preposition is no subject: in "protests against the founding of Israel were
    // a disgrace" the predicate is the protests'.
    const subject = tokens[h.from - 1]?.pos !== "ADP";
    const starts = [subject ? afterCopula(tokens, pastAside(tokens, k)) : -1];
    // A phrase after the subject ("groups operating from northern Iraq are ...").
    const lead = tokens[k];
    if (
      subject && starts[0] < 0 && lead && (lead.pos === "ADP" || (lead.pos === "VERB" && /(ing|ed)$/.test(lead.norm)))
    ) {
      for (let j = k + 1; j < tokens.length && j - k <= 5; j++) {
        if (tokens[j].punct && tokens[j].text !== ",") break;
        const at = afterCopula(tokens, pastAside(tokens, j));
        if (at >= 0) {
          starts.push(at);
          break;
        }
      }
    }
    starts.push(describedAs(tokens, h.from, k));
    for (const start of starts) {
      if (start < 0 || tokens[start]?.sentence !== sentence) continue;
      const end = predicateEnd(tokens, start, judging);
      // A hit of another referent between this one and its predicate is the predicate's subject,
      // not this one; one of the same referent belongs to its phrase ("the strike that killed
      // Soleimani as a crime").
      const between = hits.some((o) => o.from < start && h.to < o.to && o.p.referent !== h.p.referent);
      if (end <= start || taken(start, end) || between) continue;
      let word = "";
      for (let j = start; j < end && !word; j++) {
        const t = j === start && tokens[j].pos === "VERB" ? { ...tokens[j], pos: "NOUN" } : tokens[j];
        if (judges(judging, t) || isEvaluative(labels, t.norm) || isEvaluative(labels, t.lemma)) word = t.norm;
      }
      if (!word) continue;
      out.push({ from: start, to: end, of: h, word });
      break;
    }
  }
  return out;
}

/**
 * Where the predicate of "as" starts after a hit from `from` whose subject ends at `k`, when a
 * verb of describing stands in the four words before the hit or between it and "as"; else -1.
 */
function describedAs(tokens: readonly Token[], from: number, k: number): number {
  const sentence = tokens[from].sentence;
  let as = -1;
  for (let j = k; j < tokens.length && j - k <= MAX_GAP; j++) {
    const t = tokens[j];
    if (t.sentence !== sentence || (t.punct && t.text !== ",")) break;
    if (t.norm === "as") {
      as = j;
      break;
    }
  }
  if (as < 0) return -1;
  const verbAt = (j: number) => tokens[j]?.sentence === sentence && describing(tokens[j]);
  let described = false;
  for (let j = Math.max(0, from - 4); j < from && !described; j++) described = verbAt(j);
  for (let j = k; j < as && !described; j++) described = verbAt(j);
  return described ? as + 1 : -1;
}
