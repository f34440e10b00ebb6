/**
 * Clauses after a cue of belief: whether a stretch of tokens opens a clause ("there was
 * nothing", "a vote will be held", "if the timetable holds, a vote ..."), and the cue of an
 * adjective of conviction ("was convinced that", "are optimistic the quarter will ..."). Each
 * looks at a bounded number of tokens, so that finding relations stays linear in the article.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { BELIEF_ADJECTIVES, HEARER_VERBS } from "./cues.ts";
import { TIME_WORDS } from "./words.ts";

/** How many tokens a clause's subject may span before its verb. */
const MAX_SUBJECT = 12;
const SUBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);
/** Conjunctions that open a condition or a time before a clause's subject ("expects if the timetable holds, ..."). */
const OPENERS = new Set(["if", "when", "unless", "once", "should"]);
/** Verbs that link a subject to an adjective of conviction. */
const LINKS = new Set(["be", "become", "remain", "grow", "seem", "feel"]);

/**
 * Whether the tokens from `k` (before `end`) open a finite clause: "that", a conjunction of
 * condition or time, or a subject (a noun phrase or a pronoun) followed by an auxiliary or a
 * finite verb ("there was", "a vote will be", "the plan failed"); not an object alone ("the
 * heat.") or an adjective ("strong").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "He felt the plan would fail. He felt strong.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * assert.deepEqual([opensClause(tokens, 2, 7), opensClause(tokens, 9, 10)], [true, false]);
 * ```
 */
export function opensClause(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!t || k >= end) return false;
  if (t.norm === "that" && t.pos === "SCONJ" || OPENERS.has(t.norm) && t.pos !== "VERB") return true;
  let m = k;
  while (m < end && m - k < MAX_SUBJECT) {
    const x = tokens[m];
    const subject = SUBJECT_POS.has(x.pos) || /^['\u2019]s$/.test(x.text) || x.text === "-" ||
      x.norm === "of" && m > k;
    if (!subject) break;
    m++;
    // A pronoun ends the subject ("there", "it", "he").
    if (x.pos === "PRON" && !/^(?:their|his|her|its|our|my|your)$/.test(x.norm)) break;
  }
  // "a pair of runs": a word right after "of" is the preposition's object, not a verb.
  if (m === k || m >= end || tokens[m - 1].norm === "of") return false;
  const v = tokens[m];
  return v.pos === "AUX" || v.pos === "VERB" && !/ing$/.test(v.norm);
}

/** Pronouns that take a verb's plain present ("they report"), as a plural subject does. */
const PLAIN_PRONOUNS = new Set(["i", "we", "you", "they"]);

/**
 * Whether a word the tagger took for a noun at token `i` is the sentence's main verb in the
 * present ("his foes charge he has ...", "economists estimate the Government will ...", "Mr.
 * Keeler reports shipments were up"): no verb before it in the sentence, a subject right before
 * it that agrees with it (a plural or "they" before "report", a singular before "reports"), and
 * a clause after it; or, with its subject after a comma, the sentence's last word ("..., dealers
 * report."). "The weather report farmers use" is no verb: a singular before "report"; nor is
 * "reports" before a plain present and a determiner ("Police reports show the crowd was large").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "Dealers report farmers are eager.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * assert.equal(presentTakenForNoun(tokens, 1, 6, 0), tokens[1].pos === "NOUN");
 * ```
 */
export function presentTakenForNoun(tokens: readonly Token[], i: number, end: number, first: number): boolean {
  const t = tokens[i];
  const p = tokens[i - 1];
  if (t.pos !== "NOUN" || i <= first || !p || /^['\u2019]s?$/.test(p.text)) return false;
  const third = t.norm !== t.lemma && /s$/.test(t.norm);
  if (!third && t.norm !== t.lemma) return false;
  const agrees = third
    ? p.pos === "PROPN" || p.pos === "NOUN" && p.norm === p.lemma
    : PLAIN_PRONOUNS.has(p.norm) || p.pos === "NUM" ||
      /^(?:NOUN|PROPN)$/.test(p.pos) && /s$/.test(p.norm) && (p.norm !== p.lemma || p.pos === "PROPN");
  if (!agrees) return false;
  // "..., dealers report.": the verb ends the sentence after a comma and its short subject.
  const next = tokens[i + 1];
  // "Police reports show the crowd ...", "records show that ...": a plural noun, the subject of
  // the plain present after it, which a determiner, a pronoun or "that" follows.
  const after = tokens[i + 2];
  if (
    third && next && after && i + 2 < end && /^(?:NOUN|VERB)$/.test(next.pos) && next.norm === next.lemma &&
    (after.pos === "DET" || after.pos === "PRON" || after.norm === "that")
  ) return false;
  if (i + 1 >= end || !next || /^[.!?;]$/.test(next.text)) {
    for (let k = i - 1; k > first && i - k <= 6; k--) {
      if (tokens[k].text === ",") return true;
      if (!SUBJECT_POS.has(tokens[k].pos) && tokens[k].text !== ".") return false;
    }
    return false;
  }
  // A subject of a few words opens the sentence (so that the look back stays bounded).
  if (i - first > 2 * MAX_SUBJECT) return false;
  for (let m = first; m < i; m++) if (tokens[m].pos === "VERB" || tokens[m].pos === "AUX") return false;
  return opensClause(tokens, i + 1, end);
}

/**
 * The cue of an adjective of conviction at token `i` ("was convinced", "had become
 * convinced", "are optimistic"): from its linking verb to the adjective, when a clause
 * follows. Returns the cue's first token, or -1.
 */
export function convictionCueStart(tokens: readonly Token[], i: number, end: number, first: number): number {
  if (!BELIEF_ADJECTIVES.has(tokens[i].norm) || !opensClause(tokens, i + 1, end)) return -1;
  let b = i - 1;
  while (b >= first && tokens[b].pos === "ADV") b--;
  if (b < first || !LINKS.has(tokens[b].lemma)) return -1;
  while (b - 1 >= first && tokens[b - 1].pos === "AUX") b--;
  return b;
}

/** Verbs whose agentless passive takes its content after a preposition ("is accused of", "was charged with"). */
const PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  accuse: ["of"],
  charge: ["with"],
  estimate: ["at"],
  forecast: ["at"],
};

/**
 * The content `[from, to)` of an agentless report whose cue is `[cue, cueEnd)` with its
 * auxiliary at `aux`, in a sentence `[floor, end)`: the clause after ("it was announced that
 * X", "he was told the bill ...", "is now disclosed the taxpayer ..."), an infinitive ("is
 * said to be ...", "was asked to read ..."), a preposition's object ("is accused of
 * ...", "is estimated at ..."), or, with nothing after, the subject ("The appointment was
 * announced.") or the clause before ("X has been elected, it was announced."). An adverb
 * ("reportedly") reports what follows it up to a comma.
 */
export function agentlessContent(
  tokens: readonly Token[],
  cue: { from: number; to: number; lemma: string; aux?: number },
  end: number,
  floor: number,
): { from: number; to: number } | undefined {
  let k = cue.to;
  if (cue.aux === undefined) {
    let stop = k;
    while (stop < end && tokens[stop].text !== "," && !/^[.;!?]$/.test(tokens[stop].text)) stop++;
    return stop > k ? { from: k, to: stop } : undefined;
  }
  while (k < end && k - cue.to < 4 && tokens[k].pos === "ADV") k++;
  const it = tokens[cue.aux - 1]?.norm === "it" && cue.aux - 1 >= floor;
  const next = tokens[k];
  // "This year, I am told, the network will ...", "“...”?? I was asked.": a pronoun is the hearer, not the content.
  const hearer = tokens[cue.aux - 1]?.pos === "PRON" && !it;
  if (hearer && next?.text === ",") return k + 1 < end ? { from: k + 1, to: end } : undefined;
  const aux = cue.aux;
  const ends = (x: number) => x >= end || /^[.;!?,]$/.test(tokens[x].text);
  if (ends(k)) return hearer ? undefined : reportedBefore(tokens, cue.lemma, aux, floor, it);
  if (next.norm === "that" && next.pos === "SCONJ") return { from: k + 1, to: end };
  // "is said to be ...", not an instruction ("was told to leave").
  const infinitive = next.norm === "to" && /^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? "");
  if (!it && infinitive && !HEARER_VERBS.has(cue.lemma)) return { from: k, to: end };
  if (!it && PREPOSITIONS[cue.lemma]?.includes(next.norm)) return { from: k + (next.norm === "at" ? 0 : 1), to: end };
  if (opensClause(tokens, k, end)) return { from: k, to: end };
  // "was announced at a news conference at which ...", "the commission was told Friday.": only
  // adverbials after it, then the sentence's end or a relative clause: what was reported is before.
  const past = pastAdverbials(tokens, k, end);
  const relative = RELATIVES.has(tokens[past]?.norm ?? "") ||
    tokens[past]?.pos === "ADP" && RELATIVES.has(tokens[past + 1]?.norm ?? "");
  // "It was reported in May that sales fell."
  if (past > k && tokens[past]?.norm === "that" && opensClause(tokens, past + 1, end)) {
    return { from: past + 1, to: end };
  }
  if (past > k && !hearer && (ends(past) || relative)) return reportedBefore(tokens, cue.lemma, aux, floor, it);
  return undefined;
}

/** Words that open a relative clause after a noun ("a conference at which", "where"). */
const RELATIVES = new Set(["which", "whom", "where", "when"]);

/** How many tokens of adverbials {@linkcode pastAdverbials} passes. */
const ADVERBIAL_REACH = 10;

/**
 * The index past the adverbs, words of time and prepositional phrases from `k` ("at a news
 * conference", "in Criminal court yesterday", "for last month"), within a bounded reach.
 */
function pastAdverbials(tokens: readonly Token[], k: number, end: number): number {
  let m = k;
  while (m < end && m - k < ADVERBIAL_REACH) {
    const t = tokens[m];
    if (TIME_WORDS.has(t.norm) || t.pos === "ADV") {
      m++;
      continue;
    }
    if (t.pos !== "ADP" || RELATIVES.has(tokens[m + 1]?.norm ?? "")) break;
    let n = m + 1;
    while (n < end && n - m <= 5 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[n].pos) && tokens[n].norm !== "that") {
      n++;
    }
    if (n === m + 1) break;
    m = n;
  }
  return m;
}

/**
 * What an agentless report with nothing said after it reports, before its auxiliary at
 * `aux`: the clause before ", it was announced"; for a verb of telling, the clause before a
 * comma and its hearer ("X may be short of money, the commission was told Friday": the
 * hearer is no content); else the subject, a noun phrase with no verb ("The appointment was
 * announced.").
 */
function reportedBefore(
  tokens: readonly Token[],
  lemma: string,
  aux: number,
  floor: number,
  it: boolean,
): { from: number; to: number } | undefined {
  if (it) {
    // "X has been elected, it was announced.": the clause before the comma.
    const comma = aux - 2;
    return comma > floor && tokens[comma].text === "," ? { from: floor, to: comma } : undefined;
  }
  if (HEARER_VERBS.has(lemma)) {
    let j = aux - 1;
    while (j > floor && aux - j <= MAX_SUBJECT && (SUBJECT_POS.has(tokens[j].pos) || tokens[j].text === ".")) j--;
    return j > floor && j < aux - 1 && tokens[j].text === "," ? { from: floor, to: j } : undefined;
  }
  for (let m = floor; m < aux; m++) if (tokens[m].pos === "VERB" || tokens[m].pos === "AUX") return undefined;
  return aux > floor ? { from: floor, to: aux } : undefined;
}

/**
 * Verbs whose object a relative "that" after a noun of speech may stand for ("the statement
 * that he made", "the charge that she denied", "the remarks that he repeated"): after one of
 * them with no object of its own, "that" is a relative pronoun.
 */
const GAPPED_VERBS = new Set([
  "make",
  "issue",
  "give",
  "deliver",
  "hear",
  "read",
  "receive",
  "release",
  "publish",
  "send",
  "write",
  "repeat",
  "voice",
  "express",
  "level",
  "file",
  "deny",
  "reject",
  "dismiss",
  "ignore",
  "confirm",
  "withdraw",
  "retract",
  "quote",
  "cite",
  "present",
  "submit",
  "prepare",
  "sign",
  "see",
  "get",
  "have",
  "offer",
]);
/**
 * Parts of speech that open a verb's object ("made the plan", "denied it", "gave him"): its first
 * word only, so no adjective (unlike the words an object spans, in judgements.ts).
 */
const OBJECT_START_POS = new Set(["DET", "NOUN", "PROPN", "PRON", "NUM"]);

/**
 * Whether the "that" at token `k` opens a clause that is the content of a noun before it
 * ("reports that Mayor Wagner had decided ...", "the charge by his foes that he has not
 * tried ..."), whatever the tagger calls it (it often reads "that" after a noun as a
 * relative pronoun): a clause with its own subject follows, and its verb is not one that
 * the noun could be the object of with nothing after it ("the statement that he made
 * yesterday", "the claims that she denied").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "His charge that the city cheated stood. The charge that he made stood.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * assert.deepEqual([complementThat(tokens, 2, 7), complementThat(tokens, 10, 15)], [true, false]);
 * ```
 */
export function complementThat(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!t || t.norm !== "that" || k + 1 >= end) return false;
  // "the statement that was made": "that" is the subject of a relative clause.
  if (!opensClause(tokens, k + 1, end)) return t.pos === "SCONJ";
  let m = k + 1;
  while (m < end && m - k <= MAX_SUBJECT && !(tokens[m].pos === "AUX" || tokens[m].pos === "VERB")) m++;
  // Past the auxiliaries to the main verb ("he had made", "she has not denied").
  let verb = m;
  while (verb + 1 < end && verb - m < 4 && tokens[verb].pos !== "VERB" && /^(?:AUX|ADV|PART)$/.test(tokens[verb].pos)) {
    verb++;
  }
  const last = tokens[verb];
  if (!last || last.pos !== "VERB" || !GAPPED_VERBS.has(last.lemma)) return true;
  const next = tokens[verb + 1];
  return verb + 1 < end && next !== undefined && !TIME_WORDS.has(next.norm) &&
    (OBJECT_START_POS.has(next.pos) || next.norm === "that");
}

/**
 * Whether a source before a cue is a name or a pronoun that opens its clause ("Mrs. Ortega
 * suggested", "it suggested"), not a thing ("The figures suggest") nor a name inside a
 * thing's phrase ("Developments in Cuba and Laos suggested"): no noun, name or preposition
 * before the source in its clause (back to a comma, over a bounded stretch).
 */
export function namedSpeaker(
  tokens: readonly Token[],
  source: { end: number; first: number } | undefined,
  floor: number,
): boolean {
  if (!source) return false;
  let last = source.first;
  while (last + 1 < tokens.length && tokens[last + 1].start < source.end) last++;
  if (!/^(?:PROPN|PRON)$/.test(tokens[last].pos)) return false;
  for (let m = source.first - 1; m >= floor && source.first - m <= 2 * MAX_SUBJECT && tokens[m].text !== ","; m--) {
    if (/^(?:NOUN|PROPN|ADP)$/.test(tokens[m].pos)) return false;
  }
  return true;
}

/**
 * Whether tokens `[from, to)` are one prepositional phrase and nothing more ("In a letter to
 * the American Friends Service", "In such an instance"): a preposition first, then no verb,
 * no comma, no quotation mark, within a bounded length. Before a cue, it is the outlet's
 * setting, not reported words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "In such an instance, he said, the tax is due. Taxes rose, he said.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * assert.deepEqual([phraseOnly(tokens, 0, 4), phraseOnly(tokens, 13, 15)], [true, false]);
 * ```
 */
export function phraseOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from + 1 || to - from > 2 * MAX_SUBJECT || tokens[from].pos !== "ADP") return false;
  if (/^(?:according|as|like)$/.test(tokens[from].norm)) return false;
  for (let m = from + 1; m < to; m++) {
    const t = tokens[m];
    if (/^(?:VERB|AUX|PUNCT)$/.test(t.pos) && t.text !== "." || t.norm === "that") return false;
  }
  return true;
}

/**
 * Whether tokens `[from, to)` are a participle's phrase or an adverb's that sets the scene
 * before a speaker ("Benched at Tulsa in 1955, he told the manager: “...”", "Asked to
 * elaborate, Salinger replied, “...”", "Back home in Coolidge, his wife said: “...”"): a
 * participle or an adverb first, and no finite verb, no auxiliary, no "that" (every verb a
 * participle or after "to").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * const text = "Benched at Tulsa in 1955, he told the manager: “Play me”. Taxes rose, he said, “too fast”.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens } = annotateArticle(article, await loadResources());
 * const rose = tokens.findIndex((t) => t.text === "Taxes");
 * assert.deepEqual([participlePhraseOnly(tokens, 0, 5), participlePhraseOnly(tokens, rose, rose + 2)], [true, false]);
 * ```
 */
export function participlePhraseOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from + 1 || to - from > 2 * MAX_SUBJECT) return false;
  const opener = tokens[from];
  const participle = (t: Token) => t.pos === "VERB" && /(?:ed|en|ing)$/.test(t.norm);
  // A capitalised participle opening the sentence may be tagged a name or an adjective ("Benched/PROPN").
  const opens = /^(?:VERB|PROPN|ADJ)$/.test(opener.pos) && /(?:ed|en|ing)$/.test(opener.norm);
  if (!opens && opener.pos !== "ADV") return false;
  for (let m = from + 1; m < to; m++) {
    const t = tokens[m];
    if (t.pos === "AUX" || t.norm === "that") return false;
    if (t.pos === "VERB" && !participle(t) && tokens[m - 1].norm !== "to") return false;
  }
  return true;
}
