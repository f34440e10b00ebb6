/**
 * The token-level grammar of reporting: where a cue is (a verb of saying in any tense
 * and voice, "according to", an inverted "Exclaimed Stram"), and the noun phrases around
 * it that are its source or its hearer. Each function looks at a bounded number of
 * tokens, so that finding relations stays linear in the article.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { isQuoteMark } from "../nlp/wink.ts";
import {
  ACTIVE_STANCE_VERBS,
  AGENTLESS_VERBS,
  BELIEF_VERBS,
  CONTENT_PREPOSITIONS,
  HEARER_VERBS,
  HELD_STANCE_VERBS,
  PARTICLE_VERBS,
  REPORT_ADVERBS,
  SOURCE_PRONOUNS,
  SPEECH_VERBS,
} from "./cues.ts";
import { convictionCueStart, presentTakenForNoun } from "./clauses.ts";
import type { TextSpan } from "./relation.ts";
import { MAX_PHRASE, TIME_WORDS } from "./words.ts";
export type { TextSpan } from "./relation.ts";
export { MAX_PHRASE, TIME_WORDS } from "./words.ts";
import { byAfter, PASSIVE_STANCE_VERBS, reducedSubject } from "./passives.ts";
import { judgementAsAt } from "./judgements.ts";
import { ORGANIZATION_HEADS } from "../text/english.ts";

/** Auxiliaries that make a cue a possibility, a plan or a denial rather than a report ("will ask", "did not say"). */
const NOT_REPORTED = new Set([
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "shall",
  "not",
  "n't",
  "never",
]);

/** Whether token `a` makes a cue a possibility or a denial: a word of `NOT_REPORTED`, but "not only" ("has not only reiterated ..., but ..."). */
function denies(tokens: readonly Token[], a: number): boolean {
  return NOT_REPORTED.has(tokens[a].norm) && !(tokens[a].norm === "not" && tokens[a + 1]?.norm === "only");
}

/** How many tokens back a relative clause ("X, who ..., said") may reach from its cue. */
const MAX_CLAUSE = 30;

const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET", "PRON"]);
/** What may follow a verb of stance as its content: a noun phrase, a gerund, or "that" (a pronoun or a conjunction to the tagger). */
const STANCE_OBJECT = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET", "PRON", "SCONJ", "VERB"]);
const NAME_POS = new Set(["PROPN", "NOUN", "NUM"]);
const SKIP_BEFORE_CUE = new Set(["AUX", "ADV", "PART"]);
/** Marks that end a clause. */
export const END_PUNCT: ReadonlySet<string> = new Set([".", "!", "?", ";"]);
/** Words that may open an adverbial after an inverted source ("said Stram Monday after ...", "confessed Arnold with a grin"). */
const AFTER_SOURCE = new Set(["with", "after", "as", "at", "before", "in", "when", "while", "during", "to", "from"]);

/** Whether a lemma is a verb of saying (the speech verbs of `data/english.yaml`) or of belief (`BELIEF_VERBS`). */
function isSpeechLemma(lemma: string): boolean {
  return SPEECH_VERBS.has(lemma) || BELIEF_VERBS.has(lemma);
}

/** The lemma of a capitalised past tense the tagger took for a name ("Exclaimed" → "exclaim"). */
function pastLemma(norm: string): string | undefined {
  if (!/ed$/.test(norm)) return undefined;
  for (const stem of [norm.slice(0, -2), norm.slice(0, -1), norm.replace(/ied$/, "y"), norm.slice(0, -3)]) {
    if (stem.length > 2 && isSpeechLemma(stem)) return stem;
  }
  return undefined;
}

/**
 * Whether token `i` is a past tense of a verb the tagger took for an adjective ("Connie
 * informed him that", "he confided that"): no "be" or "have" before it, "that" after it, or
 * an object pronoun and "that".
 */
function pastTakenForAdjective(tokens: readonly Token[], i: number, end: number, first: number): boolean {
  const t = tokens[i];
  if (t.pos !== "ADJ" || !/ed$/.test(t.norm) || i === first || tokens[i - 1].pos === "AUX") return false;
  const k = i + 1 < end && OBJECT_PRONOUNS.has(tokens[i + 1].norm) ? i + 2 : i + 1;
  return k < end - 1 && tokens[k].norm === "that";
}

/** Pronouns that may stand between a verb of saying and "that" as its hearer. */
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me"]);

/**
 * The part of speech of token `j`, with a name the tagger took for a verb read as a name
 * ("Kern said", "Response ..., Kern said,", "Ford Motor Co."): a capitalised word that is no
 * verb of saying, inside a sentence or right before a verb.
 */
function posAt(tokens: readonly Token[], j: number): string {
  const t = tokens[j];
  if (t.pos !== "VERB" || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || isSpeechLemma(t.lemma)) return t.pos;
  const p = tokens[j - 1];
  const inside = p !== undefined && p.sentence === t.sentence && !END_PUNCT.has(p.text) && !isQuoteMark(p) &&
    p.text !== ":";
  return inside || tokens[j + 1]?.pos === "VERB" ? "PROPN" : t.pos;
}

/** A cue found in a sentence: its tokens `[from, to)` and what kind. */
export interface Cue {
  /** First token. */
  from: number;
  /** Past the last token. */
  to: number;
  /**
   * A verb (active), a passive verb with its agent after "by", "according to", or a report with
   * no speaker: an agentless passive ("it was announced", "is said to") or an adverb ("reportedly").
   */
  kind: "verb" | "passive" | "according" | "agentless";
  /** The verb's lemma ("according to" for that phrase). */
  lemma: string;
  /** For a passive: the token of "by". */
  by?: number;
  /** For a passive: the first token of the auxiliary ("was announced"), or the participle of a reduced one. */
  aux?: number;
  /** For a reduced passive ("bonds proposed by X"): the first token of the noun phrase it follows, its content. */
  subject?: number;
}

/**
 * The cue at token `i` of a sentence ending before token `end`, if any: a verb of saying
 * (with its particle: "called for", "pointed out"), "was quoted as saying", a passive
 * with its agent ("was announced by the mayor"), or "according to".
 */
export function cueAt(tokens: readonly Token[], i: number, end: number, first = 0): Cue | undefined {
  const t = tokens[i];
  if (t.norm === "according" && tokens[i + 1]?.norm === "to" && i + 1 < end) {
    return { from: i, to: i + 2, kind: "according", lemma: "according to" };
  }
  // "he reportedly received", "allegedly aimed at": a claim with no speaker.
  if (REPORT_ADVERBS.has(t.norm) && i + 1 < end) return { from: i, to: i + 1, kind: "agentless", lemma: t.norm };
  const agentless = agentlessAt(tokens, i, end, first);
  if (agentless) return agentless;
  // "was convinced that", "are optimistic the quarter will ...": a conviction stated.
  const link = convictionCueStart(tokens, i, end, first);
  if (link >= 0) {
    for (let a = link - 1; a >= first && i - a <= 6 && /^(?:AUX|ADV|PART)$/.test(tokens[a].pos); a--) {
      if (denies(tokens, a)) return undefined;
    }
    for (let a = link; a < i; a++) if (denies(tokens, a)) return undefined;
    return { from: link, to: i + 1, kind: "verb", lemma: t.norm };
  }
  // "admission to said university", "the said agreement": "said" as a determiner is no cue.
  if (t.norm === "said" && saidAsDeterminer(tokens, i, end, first)) return undefined;
  let lemma = t.lemma;
  // "economists estimate the Government will ...": a present the tagger took for a noun.
  if (isSpeechLemma(lemma) && presentTakenForNoun(tokens, i, end, first)) {
    return { from: i, to: i + 1, kind: "verb", lemma };
  }
  // "construed this as", "identified the man as": a judgement stated.
  const judgement = judgementAsAt(tokens, i, end);
  if (
    t.pos !== "VERB" ||
    !isSpeechLemma(lemma) && !PARTICLE_VERBS[lemma] && !PASSIVE_STANCE_VERBS.has(lemma) && !judgement &&
      !ACTIVE_STANCE_VERBS.has(lemma)
  ) {
    // "“Just our luck”!! Exclaimed Stram.": a capitalised verb at a sentence's start, tagged as a name.
    // "Connie informed him that ...": a past tense the tagger took for an adjective, before "that" or a hearer and "that".
    const guess = i === first && t.pos === "PROPN" || pastTakenForAdjective(tokens, i, end, first)
      ? pastLemma(t.norm)
      : undefined;
    if (!guess) return undefined;
    lemma = guess;
  }
  const particles = PARTICLE_VERBS[lemma];
  if (particles) {
    const next = tokens[i + 1];
    // "..., the Tax Court ruled.": a finding after what was found, as after "said".
    if (particles.includes("that") && invertedAtEnd(tokens, i, end, first)) {
      return { from: i, to: i + 1, kind: "verb", lemma };
    }
    if (!next || i + 1 >= end || !particles.includes(next.norm)) return undefined;
    return { from: i, to: next.norm === "that" ? i + 1 : i + 2, kind: "verb", lemma };
  }
  // A passive ("had been charged by the judge") is the agent's speech only with "by": "was announced by the mayor".
  let b = i - 1;
  while (b >= first && tokens[b].pos === "ADV") b--;
  if (b >= first && tokens[b].pos === "AUX" && tokens[b].lemma === "be" && /(?:ed|en|wn|id|ld)$/.test(t.norm)) {
    // "was announced by", "was envisioned for the 1970s here Tuesday by".
    const k = byAfter(tokens, i + 1, end, lemma);
    if (k >= 0) {
      let aux = b;
      while (aux - 1 >= first && (tokens[aux - 1].pos === "AUX" || tokens[aux - 1].pos === "ADV")) aux--;
      return { from: aux, to: i + 1, kind: "passive", lemma, by: k, aux };
    }
    return undefined;
  }
  // A stance verb reports only in its passive with an agent ("was opposed by"): "opposed the levy" may be a vote.
  // "Kennedy opposes any widespread relief": a verb of stance reports a noun phrase or a clause right after it.
  // Not an infinitive ("trying to induce Levitt to oppose Wagner": an aim, not a position stated).
  // "opposes", "favor" state a position held; "opposed the levy in the vote" may be a vote, an act.
  const held = !HELD_STANCE_VERBS.has(lemma) || !/ed$/.test(t.norm);
  const stance = ACTIVE_STANCE_VERBS.has(lemma) && held && i + 1 < end && tokens[i - 1]?.norm !== "to" &&
    (STANCE_OBJECT.has(tokens[i + 1].pos) && !isQuoteMark(tokens[i + 1]) ||
      (CONTENT_PREPOSITIONS[lemma] ?? []).includes(tokens[i + 1].norm));
  if (!isSpeechLemma(lemma) && !PARTICLE_VERBS[lemma] && !judgement && !stance) return undefined;
  // "will ask", "did not say", "could tell": no report of what was said.
  let a = i - 1;
  // A possessive "'s" is no auxiliary: "the Mayor's reported plan".
  const auxiliary = (x: Token) =>
    x.pos === "AUX" || x.pos === "ADV" || x.pos === "PART" && !/^['\u2019]s$/.test(x.text);
  while (a >= first && i - a <= 4 && auxiliary(tokens[a])) {
    if (denies(tokens, a)) return undefined;
    a--;
  }
  const finite = a < i - 1;
  // A participle with no auxiliary qualifies a noun ("the Mayor's reported plan", "bonds proposed by",
  // "the force countering"); a participle opening a clause (", adding that", "Noting that") is read by the caller.
  if (!finite && i > first) {
    const p = tokens[i - 1];
    // "While stressing that ...", "In announcing ...": a participle after the sentence's first word of time or manner.
    const opens = i - 1 === first && /^(?:SCONJ|ADP)$/.test(p.pos);
    if (/ing$/.test(t.norm) && p.text !== "," && p.pos !== "CCONJ" && !opens) return undefined;
    // "bonds proposed by then Gov. Marvin Griffin", "associates, announced yesterday by the AID": a reduced passive.
    const by = /ed$/.test(t.norm) && p.pos !== "DET" ? byAfter(tokens, i + 1, end, lemma) : -1;
    const subject = by >= 0 ? reducedSubject(tokens, i, first, lemma) : -1;
    if (subject >= 0) return { from: i, to: i + 1, kind: "passive", lemma, by, aux: i, subject };
    // "Some viewed ...": a group word opening the sentence is its subject, no determiner.
    const determiner = p.pos === "DET" && !(i - 1 === first && GROUP_WORDS.has(p.norm));
    if (/ed$/.test(t.norm) && (determiner || /^['\u2019]s$/.test(p.text) || tokens[i + 1]?.norm === "by")) {
      return undefined;
    }
  }
  // "was quoted as saying": the cue is the whole phrase.
  let from = i;
  if (lemma === "say" && tokens[i - 1]?.norm === "as" && tokens[i - 2]?.lemma === "quote") from = i - 2;
  return { from, to: i + 1, kind: "verb", lemma };
}

/**
 * Whether "said" at `i` is a determiner ("admission to said university", "the said agreement"):
 * after a preposition (also "to" tagged as a particle) or a determiner, before a noun, an
 * adjective or a name ("That said, ..." is no determiner; "those he spoke to said officials ..." is read as one).
 */
function saidAsDeterminer(tokens: readonly Token[], i: number, end: number, first: number): boolean {
  const p = tokens[i - 1];
  const next = tokens[i + 1];
  return i > first && i + 1 < end && (p.pos === "ADP" || p.pos === "DET" || p.norm === "to") && p.norm !== "as" &&
    /^(?:NOUN|PROPN|ADJ)$/.test(next.pos);
}

/**
 * Whether the verb at `i` ends its sentence after a short subject that follows a comma
 * ("..., the Tax Court ruled."): a verb that reports only before "that" reports so too.
 */
function invertedAtEnd(tokens: readonly Token[], i: number, end: number, first: number): boolean {
  const next = tokens[i + 1];
  if (next && i + 1 < end && !END_PUNCT.has(next.text)) return false;
  for (let k = i - 1; k > first && i - k <= 6; k--) {
    if (tokens[k].text === ",") return k < i - 1;
    if (!NP_POS.has(tokens[k].pos) && tokens[k].pos !== "AUX" && tokens[k].pos !== "ADV") return false;
  }
  return false;
}

/**
 * An agentless passive of a verb of `AGENTLESS_VERBS` at token `i` ("it was announced", "is
 * said", "has been asked", "is officially forecast"), not one with its agent after "by", nor
 * a possibility or a denial ("will be announced", "was not reported").
 */
function agentlessAt(tokens: readonly Token[], i: number, end: number, first: number): Cue | undefined {
  const t = tokens[i];
  if (t.pos !== "VERB" || !AGENTLESS_VERBS.has(t.lemma) || t.norm === t.lemma && t.norm !== "forecast") {
    return undefined;
  }
  let b = i - 1;
  while (b >= first && tokens[b].pos === "ADV") b--;
  if (b < first || tokens[b].pos !== "AUX" || tokens[b].lemma !== "be") return undefined;
  let k = i + 1;
  while (k < end && k - i <= 4 && (TIME_WORDS.has(tokens[k].norm) || tokens[k].pos === "ADV")) k++;
  if (tokens[k]?.norm === "by") return undefined;
  let aux = b;
  while (aux - 1 >= first && (tokens[aux - 1].pos === "AUX" || tokens[aux - 1].pos === "ADV")) aux--;
  for (let a = aux; a < i; a++) if (denies(tokens, a)) return undefined;
  return { from: aux, to: i + 1, kind: "agentless", lemma: t.lemma, aux };
}

/** Words that name a part of a group before "of the" ("some of the defendants"). */
const PART_WORDS = new Set(["some", "many", "most", "all", "several", "few", "none", "each", "both", "one", "half"]);

/** Words that stand alone for a group of people as a clause's subject ("Some predict", "These contend"). */
const GROUP_WORDS = new Set(["some", "many", "most", "these", "those", "several", "few", "both", "others"]);

/** The noun phrase that ends at token `j` (inclusive), within `[floor, j]`: its first token, or -1. */
export function phraseEndingAt(tokens: readonly Token[], j: number, floor: number): number {
  const t = tokens[j];
  if (!t) return -1;
  if (t.pos === "PRON") return SOURCE_PRONOUNS[t.norm] ? j : -1;
  // "Some predict the administration will ...", "These contend": a group word opening a clause.
  if (GROUP_WORDS.has(t.norm) && t.pos !== "NOUN" && t.pos !== "PROPN") {
    const p = tokens[j - 1];
    // A capitalised one after a heading run into the sentence ("Could be scramble Some predict") opens a clause too.
    const opens = !p || j === floor || p.sentence !== t.sentence || p.pos === "PUNCT" || p.pos === "CCONJ";
    return opens || /^\p{Lu}/u.test(t.text) ? j : -1;
  }
  // "Charles Halleck (Ind.) said": a name with its state or party in brackets.
  if (t.text === ")") {
    let open = j - 1;
    while (open > floor && j - open <= 4 && tokens[open].text !== "(") open--;
    return tokens[open]?.text === "(" && open > floor ? phraseEndingAt(tokens, open - 1, floor) : -1;
  }
  // "The premier expressed", "the battalion chief said": a noun the tagger took for an adjective heads a phrase with a determiner.
  // So does an organisation's head word the tagger took for an adverb ("the Saudi daily wrote").
  const adjective = t.pos === "ADJ" || ORGANIZATION_HEADS.has(t.norm) && t.pos === "ADV";
  if (
    !NAME_POS.has(posAt(tokens, j)) && !adjective &&
    !(t.text === "." && j > floor && /^\p{Lu}\p{Ll}?$/u.test(tokens[j - 1].text))
  ) return -1;
  // A number or a word of time alone is no source ("in 1955 said", "today called for").
  if (t.pos === "NUM" || TIME_WORDS.has(t.norm)) return -1;
  let k = j;
  while (k - 1 >= floor && j - k < MAX_PHRASE) {
    const p = tokens[k - 1];
    if (p.pos === "DET") {
      k--;
      // "two of the witnesses", "some of the defendants": a part of a group.
      const q = tokens[k - 2];
      if (k - 2 >= floor && tokens[k - 1].norm === "of" && q && (q.pos === "NUM" || PART_WORDS.has(q.norm))) k -= 2;
      break;
    }
    const inName = NP_POS.has(posAt(tokens, k - 1)) && p.pos !== "PRON" || p.text === "-" || p.text === "'s" ||
      p.text === "\u2019s" || (p.text === "." && k - 2 >= floor && /^\p{Lu}\p{Ll}?$/u.test(tokens[k - 2].text)) ||
      // "Minister of Foreign Affairs", "Richard M. Nixon in Detroit": "of", "in" between two capitalised words.
      (/^(?:of|in|from)$/.test(p.norm) && k - 2 >= floor && tokens[k - 2].pos === "PROPN" && tokens[k].pos === "PROPN");
    if (!inName) break;
    k--;
  }
  if (adjective && (k === j || tokens[k].pos !== "DET")) return -1;
  return k;
}

/** The source of a relative clause that ends at the cue ("Mr. Reama, who retired in 1955 said"): its span, if any. */
function relativeSource(
  tokens: readonly Token[],
  cue: number,
  floor: number,
): TextSpan & { first: number } | undefined {
  for (let m = cue - 1; m > floor && cue - m <= MAX_CLAUSE; m--) {
    const t = tokens[m];
    // The clause may hold a speech verb and a quote of its own ("X, who kept reiterating her request
    // that they “please take a stand”, said").
    if (END_PUNCT.has(t.text)) return undefined;
    if ((t.norm === "who" || t.norm === "which" || t.norm === "whose") && tokens[m - 1].text === ",") {
      const first = phraseEndingAt(tokens, m - 2, floor);
      if (first < 0 || tokens[m - 2].pos === "PRON") return undefined;
      return { start: tokens[first].start, end: tokens[m - 2].end, first };
    }
    // "Those who favor placing unions under the law imply that ...": a restrictive clause, part of its source.
    if (
      t.norm === "who" && m - 1 >= floor &&
      (/^(?:NOUN|PROPN)$/.test(tokens[m - 1].pos) || GROUP_WORDS.has(tokens[m - 1].norm))
    ) {
      const first = GROUP_WORDS.has(tokens[m - 1].norm) ? m - 1 : phraseEndingAt(tokens, m - 1, floor);
      if (first < 0) return undefined;
      return { start: tokens[first].start, end: tokens[cue - 1].end, first };
    }
  }
  return undefined;
}

/** Dashes that set off an aside ("--", an en or em dash). */
const DASHES = /^(?:--|\u2013|\u2014)$/;

/** Words that open a clause, which no apposition holds ("X, which ..., said" is a relative clause). */
const NOT_APPOSITION = new Set(["who", "which", "that", "when", "while", "if", "because", "but"]);

/**
 * The name before an apposition that ends with the comma at token `j` ("Larijani, the SNSC
 * secretary, said", "X, county clerk and treasurer, said", "X, 6-2, 210 and quick, says"): any
 * words but a clause's, a quote or a verb of saying, back to a comma after a name; an apposition
 * may hold two more commas ("X, economist of Y Bank, Denver, predicted", "X, 6-2, 210 and quick, says").
 */
function appositionSource(
  tokens: readonly Token[],
  j: number,
  floor: number,
): TextSpan & { first: number } | undefined {
  const nameBefore = (k: number) => {
    const first = phraseEndingAt(tokens, k - 1, floor);
    return first < 0 ? undefined : { start: tokens[first].start, end: tokens[k - 1].end, first };
  };
  // The first comma back whose apposition is a noun phrase ("X, Mayor of Atlanta, said"), if no better one.
  let fallback: (TextSpan & { first: number }) | undefined;
  let nounPhrase = true;
  let commas = 0;
  for (let k = j - 1; k >= floor && j - k <= MAX_PHRASE + 4; k--) {
    const t = tokens[k];
    if (END_PUNCT.has(t.text) || isQuoteMark(t) || NOT_APPOSITION.has(t.norm)) break;
    if (t.pos === "VERB" && isSpeechLemma(t.lemma)) break;
    if (t.text !== ",") {
      nounPhrase &&= NP_POS.has(posAt(tokens, k)) || t.pos === "ADP" || t.text === "-" || /^['\u2019]s$/.test(t.text);
      continue;
    }
    if (k === j - 1) break;
    const name = tokens[k - 1];
    const opener = tokens[k + 1];
    const before = nameBefore(k);
    // A name after a preposition ("the plea from Mrs. Molvar, 1409 SW Maplecrest Dr., said") is no source.
    const object = !!before && before.first > floor && tokens[before.first - 1].pos === "ADP";
    const named = name && (posAt(tokens, k - 1) === "PROPN" && !object || name.pos === "PRON");
    // The apposition opens with a word in lower case, a determiner or a number: the name is before it.
    if (named && (!/^\p{Lu}/u.test(opener.text) || /^(?:DET|NUM)$/.test(opener.pos))) return before ?? fallback;
    // "The board members, after hearing ..., said": a noun before a clause that opens with a preposition.
    // No token before the comma when it opens the text (", the envoy, said"): no name either.
    if (name?.pos === "NOUN" && /^\p{Ll}/u.test(opener.text) && /^(?:ADP|SCONJ)$/.test(opener.pos)) {
      return before ?? fallback;
    }
    // "his wife, Mary, said": a name in apposition to a description is the source; so is one after a name
    // that a preposition governs ("the head of the province of Katanga, Moise Tshombe, announced"), unless
    // a name before an apposition comes before it ("X, economist of Acme Bank, Denver, predicted").
    if (commas === 0 && (object || name?.pos === "NOUN") && nameBetween(tokens, k + 1, j)) {
      const apposed = { start: opener.start, end: tokens[j - 1].end, first: k + 1 };
      if (!object) return apposed;
      fallback = apposed;
    }
    if (commas === 0 && nounPhrase && !object) fallback = before;
    // ", Denver,", "6-2, 210": a place or a figure set off inside the apposition; two at most.
    if (++commas > 2) break;
  }
  return fallback;
}

/** Whether tokens `[from, to)` are a name alone, all proper nouns, no abbreviation ("Mary", "Moise Tshombe"; not "Ariz."). */
function nameBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 4 || /\.$/.test(tokens[to - 1].text)) return false;
  for (let k = from; k < to; k++) if (posAt(tokens, k) !== "PROPN" || !/^\p{Lu}/u.test(tokens[k].text)) return false;
  return true;
}

/**
 * The source before a cue: a pronoun, a noun phrase, a noun phrase before an apposition
 * ("X, the envoy, said") or before a relative clause ("X, who is a candidate, today called
 * for"), past adverbs and words of time.
 */
export function sourceBefore(
  tokens: readonly Token[],
  cue: number,
  floor: number,
): TextSpan & { first: number } | undefined {
  let j = cue - 1;
  while (
    j >= floor && cue - j <= 3 && (SKIP_BEFORE_CUE.has(tokens[j].pos) || TIME_WORDS.has(tokens[j].norm)) &&
    tokens[j].pos !== "PRON" && !(ORGANIZATION_HEADS.has(tokens[j].norm) && j > floor && tokens[j - 1].pos !== "PUNCT")
  ) j--;
  if (j < floor) return undefined;
  // A name right before the cue is its source; else the name before a relative clause ("X, who ..., said").
  if (posAt(tokens, j) !== "PROPN" && tokens[j].pos !== "PRON") {
    const relative = relativeSource(tokens, cue, floor);
    if (relative) return relative;
  }
  if (tokens[j].text === ",") return appositionSource(tokens, j, floor);
  // "One member of the panel -- not Mr. Parker -- indicated": the name before an aside between dashes.
  if (DASHES.test(tokens[j].text)) {
    let open = j - 1;
    while (open > floor && j - open <= MAX_PHRASE && !DASHES.test(tokens[open].text)) open--;
    if (open <= floor || !DASHES.test(tokens[open].text)) return undefined;
    const start = phraseEndingAt(tokens, open - 1, floor);
    return start < 0 ? undefined : { start: tokens[start].start, end: tokens[open - 1].end, first: start };
  }
  const first = phraseEndingAt(tokens, j, floor);
  if (first < 0) return undefined;
  let head = modifiedHead(tokens, first, j, floor);
  // "His foes said", "its spokesmen said": the possessive that opens the phrase is its determiner.
  const owner = tokens[head - 1];
  if (head - 1 >= floor && head <= j && tokens[head].pos !== "PRON" && owner.sentence === tokens[head].sentence) {
    if (POSSESSIVE_DETERMINERS.has(owner.norm)) head--;
  }
  return { start: tokens[head].start, end: tokens[j].end, first: head };
}

/** Possessive determiners that open a source's noun phrase ("His foes", "its spokesmen"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Prepositions that open a modifier after a source's head ("attorneys for the mayor", "witnesses before the jury"). */
const MODIFIER_PREPOSITIONS = new Set(["of", "for", "at", "on", "before", "in", "from"]);

/**
 * The first token of the phrase whose modifier is `[first, last]`: a noun phrase before a
 * preposition ("Attorneys" of "Attorneys for the mayor", "Two members" of "Two members of
 * the majority on the board", two modifiers at most), else `first`. A noun must end what
 * comes before the preposition ("In Boston the mayor" has none), and the modifier must be
 * one noun phrase: a determiner's, one word, or a name ("Wide range in bids Hemphill said",
 * a heading run into the sentence, is not).
 */
function modifiedHead(tokens: readonly Token[], first: number, last: number, floor: number): number {
  for (let n = 0; n < 2; n++) {
    const p = tokens[first - 1];
    const noun = tokens[first - 2];
    if (first - 2 < floor || !MODIFIER_PREPOSITIONS.has(p.norm) || p.pos !== "ADP") break;
    if (noun.pos !== "NOUN" && noun.pos !== "PROPN") break;
    const phrase = tokens.slice(first, last + 1);
    if (!(phrase[0].pos === "DET" || phrase.length === 1 || phrase.every((t) => t.pos === "PROPN"))) break;
    const head = phraseEndingAt(tokens, first - 2, floor);
    if (head < 0) break;
    last = first - 2;
    first = head;
  }
  return first;
}

/**
 * The source after a cue ("..., said Aoun.", "..., said the minister, adding ...",
 * "confessed Arnold with a grin"): a noun phrase that ends the clause or is followed by
 * an adverbial.
 */
export function sourceAfter(
  tokens: readonly Token[],
  from: number,
  end: number,
): TextSpan & { last: number } | undefined {
  const t = tokens[from];
  if (!t || from >= end) return undefined;
  let k = from;
  if (t.pos === "PRON") {
    if (!SOURCE_PRONOUNS[t.norm]) return undefined;
    k = from + 1;
  } else {
    while (
      k < end && k - from < MAX_PHRASE && !TIME_WORDS.has(tokens[k].norm) &&
      (NP_POS.has(posAt(tokens, k)) && tokens[k].pos !== "PRON" ||
        tokens[k].text === "-" || tokens[k].text === "'s" ||
        (tokens[k].norm === "of" && tokens[k + 1]?.pos === "PROPN"))
    ) k++;
    let named = false;
    for (let n = from; n < k && !named; n++) named = NAME_POS.has(posAt(tokens, n));
    if (!named) return undefined;
  }
  const next = tokens[k];
  // "..., says Mr. Lund and they are ...": a new clause after the name ends it too.
  const clause = next?.pos === "CCONJ" && tokens[k + 1]?.pos === "PRON" && t.pos !== "PRON";
  const ends = !next || k >= end || clause || next.text === "," || END_PUNCT.has(next.text) || isQuoteMark(next) ||
    next.text === ":" || TIME_WORDS.has(next.norm) || (AFTER_SOURCE.has(next.norm) && t.pos !== "PRON");
  if (!ends) return undefined;
  return { start: tokens[from].start, end: tokens[k - 1].end, last: k - 1 };
}

/** A span of tokens `[from, to)` as text offsets, without a final sentence mark. */
export function tokenSpan(tokens: readonly Token[], from: number, to: number): TextSpan | undefined {
  while (
    to > from && (END_PUNCT.has(tokens[to - 1].text) || tokens[to - 1].text === "," ||
      (isQuoteMark(tokens[to - 1]) && to - 1 > from))
  ) to--;
  // "..., Kern said, that a school may open": the content without its leading "that".
  while (
    from < to && (tokens[from].text === "," || tokens[from].text === ":" ||
      tokens[from].norm === "that" && tokens[from].pos === "SCONJ")
  ) from++;
  if (to <= from) return undefined;
  return { start: tokens[from].start, end: tokens[to - 1].end };
}

/** The hearer after "told", "urged": a pronoun or a noun phrase, returned as the index past it. */
export function pastHearer(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  if (tokens[k]?.pos === "PRON" && k < end) return k + 1;
  while (
    k < end && k - from < MAX_PHRASE && tokens[k].norm !== "that" &&
    (NP_POS.has(tokens[k].pos) && tokens[k].pos !== "PRON" || tokens[k].text === "-" || tokens[k].text === "'s" ||
      // "told members of the World Affairs Council"
      (tokens[k].norm === "of" && k > from && NP_POS.has(tokens[k + 1]?.pos ?? "")))
  ) k++;
  return k;
}

/** Whether a cue's verb takes its hearer first ("told al-Sudani that"). */
export function takesHearer(lemma: string): boolean {
  return HEARER_VERBS.has(lemma);
}

/**
 * The subject of a clause that opens at token `first`: a pronoun or a noun phrase followed
 * by a verb ("Mitchell decried ... and said"), for a second verb of the same subject.
 */
export function subjectAt(tokens: readonly Token[], first: number, end: number): TextSpan | undefined {
  let k = first;
  while (
    k < end && k - first < MAX_PHRASE && (NP_POS.has(tokens[k].pos) || tokens[k].text === "." || tokens[k].text === "-")
  ) {
    if (tokens[k].pos === "PRON" && k > first) break;
    k++;
    if (tokens[k - 1].pos === "PRON") break;
  }
  if (k === first || k >= end) return undefined;
  let v = k;
  // "has not only reiterated": auxiliaries, adverbs and a negation's particle before the verb.
  while (v < end && v - k < 4 && /^(?:ADV|AUX|PART)$/.test(tokens[v].pos)) v++;
  if (tokens[v]?.pos !== "VERB") return undefined;
  const head = tokens[k - 1];
  if (head.pos === "PRON" ? !SOURCE_PRONOUNS[head.norm] : !NAME_POS.has(head.pos)) return undefined;
  return { start: tokens[first].start, end: head.end };
}

/**
 * Whether a speech verb with its own source opens the tokens from `k` ("Schwab also
 * declared ..."): then a cue before it is a heading's word, not this sentence's cue.
 */
export function opensWithCue(tokens: readonly Token[], k: number, end: number): boolean {
  let m = k;
  while (m < end && m - k < MAX_PHRASE && (NAME_POS.has(tokens[m].pos) || tokens[m].text === ".")) m++;
  if (m === k || tokens[m - 1].pos !== "PROPN") return false;
  while (m < end && m - k < MAX_PHRASE + 3 && (tokens[m].pos === "ADV" || tokens[m].pos === "AUX")) m++;
  return m < end && tokens[m].pos === "VERB" && isSpeechLemma(tokens[m].lemma);
}
