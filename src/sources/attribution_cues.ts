/**
 * One step of `findAttributions`' scan of a sentence: the cue at a token (a noun, "according
 * to", an agentless report, a passive, a participle, a verb of saying) and what it gives, the
 * relations it reports, a bare cue and where the scan goes on. Each kind of cue has its own
 * function, so that each stays small and sees the same kinds of values every time.
 *
 * @module
 */
import type { Sentence, Token } from "../types.ts";
import type { Attribution } from "./relation.ts";
import {
  ADVERBS_TAKEN_FOR_VERBS,
  BELIEF_ADJECTIVES,
  BELIEF_VERBS,
  CLAUSE_ONLY_VERBS,
  CONTENT_PREPOSITIONS,
  NAMED_SOURCE_VERBS,
  NOT_SOURCE_HEADS,
} from "./cues.ts";
import { agentlessContent, namedSpeaker, opensClause, participlePhraseOnly, phraseOnly } from "./clauses.ts";
import { type NounCue, nounCueAt } from "./noun_cues.ts";
import { PASSIVE_STANCE_VERBS } from "./passives.ts";
import type { BareCue } from "./stray_cues.ts";
import { contentRelation, MIN_QUOTE_WORDS, type Quote, quoteAround, tokenFrom } from "./attribution_quotes.ts";
import {
  contentEnd,
  hearerAfterTo,
  noContentAt,
  nounContentEnd,
  opensSubordinate,
  participleSource,
  passiveAgent,
  pastTimeAndSetting,
  quotedSource,
  speakingSubject,
  thatAfter,
} from "./attribution_reach.ts";
import {
  type Cue,
  cueAt,
  END_PUNCT,
  MAX_PHRASE,
  opensWithCue,
  pastHearer,
  sourceAfter,
  sourceBefore,
  subjectAt,
  takesHearer,
  type TextSpan,
  TIME_WORDS,
  tokenSpan,
} from "./phrases.ts";
import { isQuoteMark } from "../nlp/wink.ts";

/** Words before a participle opening a sentence whose main clause names its source ("While stressing that", "In announcing"). */
const PARTICIPLE_OPENERS = /^(?:while|in|in addition to|after|before|by|when|besides)$/i;

/** An article as the scan reads it. */
export interface Scan {
  /** Its tokens. */
  tokens: readonly Token[];
  /** Its text. */
  text: string;
  /** Its quotations, in text order. */
  quotes: readonly Quote[];
  /**
   * The words the article writes in lower case somewhere: a memo that the first step to need
   * it fills (start with undefined); no result depends on when.
   */
  lowerWords: Set<string> | undefined;
}

/** What a cue gives: its relations, a bare cue, and where the scan of its sentence goes on. */
export interface Step {
  /** The relations it reports, in the order found. */
  found: Attribution[];
  /** A cue with a source and no content of its own ("He added:"): a quote nearby is its. */
  bare: BareCue | undefined;
  /** The last token looked at (the scan goes on after it). */
  i: number;
  /** Where content before a later cue of the sentence may start. */
  floor: number;
  /** The source of the sentence's last relation, for a participle after it (", adding that ..."). */
  lastSource: TextSpan | undefined;
}

/** Options of {@linkcode scanSentences}. */
export interface ScanOptions {
  /** Relations to pass over: a cue that gives only such relations is read as no cue, and its words are scanned on. */
  passOver?: (r: Attribution) => boolean;
}

/**
 * The relations and bare cues of the cues in some sentences, each sentence scanned token by
 * token with `cueStep`, in the order found.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * import { quotesOf } from "./attribution_quotes.ts";
 * const text = "The minister said that Tehran will not accept the plan. He added:";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens, sentences } = annotateArticle(article, await loadResources());
 * const { relations, bare } = scanSentences({ tokens, text, quotes: quotesOf(text), lowerWords: undefined }, sentences);
 * assert.equal(text.slice(relations[0].content.start, relations[0].content.end), "Tehran will not accept the plan");
 * assert.equal(text.slice(bare[0].source.start, bare[0].source.end), "He");
 * ```
 */
export function scanSentences(
  scan: Scan,
  sentences: readonly Sentence[],
  options: ScanOptions = {},
): { relations: Attribution[]; bare: BareCue[] } {
  const relations: Attribution[] = [];
  const bare: BareCue[] = [];
  for (const s of sentences) {
    // Content before a cue starts after the last relation of the sentence ("A, he said, B, she said").
    let floor = s.firstToken;
    // The source of the sentence's last relation, for a participle after it (", adding that ...").
    let lastSource: TextSpan | undefined;
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const step = cueStep(scan, s, i, floor, lastSource);
      // A step whose relations are all passed over is as no cue: the scan goes on at the next token.
      if (!step || options.passOver && step.found.length && step.found.every(options.passOver)) continue;
      for (const r of step.found) relations.push(r);
      if (step.bare) bare.push(step.bare);
      i = step.i;
      floor = step.floor;
      lastSource = step.lastSource;
    }
  }
  return { relations, bare };
}

/** A step with the relations that are not undefined. */
function stepWith(
  found: (Attribution | undefined)[],
  i: number,
  floor: number,
  lastSource: TextSpan | undefined,
  bare?: BareCue,
): Step {
  return { found: found.filter((r): r is Attribution => r !== undefined), bare, i, floor, lastSource };
}

/**
 * The step at token `i` of sentence `s`, given where content may start (`floor`) and the
 * sentence's last source; none when no cue there reports anything.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "../pipeline/annotate.ts";
 * import { quotesOf } from "./attribution_quotes.ts";
 * const text = "The minister said that Tehran will not accept the plan.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const { tokens, sentences } = annotateArticle(article, await loadResources());
 * const scan = { tokens, text, quotes: quotesOf(text), lowerWords: undefined };
 * const said = tokens.findIndex((t) => t.text === "said");
 * const { found } = cueStep(scan, sentences[0], said, 0, undefined)!;
 * assert.equal(text.slice(found[0].content.start, found[0].content.end), "Tehran will not accept the plan");
 * ```
 */
export function cueStep(
  scan: Scan,
  s: Sentence,
  i: number,
  floor: number,
  lastSource: TextSpan | undefined,
): Step | undefined {
  const { tokens } = scan;
  const end = s.lastToken;
  const noun = nounCueAt(tokens, i, end, s.firstToken, floor);
  const cue = noun ? undefined : cueAt(tokens, i, end, s.firstToken);
  if (!cue) return noun && nounStep(scan, s, i, noun, floor, lastSource);
  const cueSpan = { start: tokens[cue.from].start, end: tokens[cue.to - 1].end };
  // A speech verb inside a quote is the quoted speaker's, not a cue of this text.
  const around = quoteAround(scan.quotes, cueSpan.start);
  if (around && around.inner.start <= cueSpan.start && cueSpan.end <= around.inner.end) return undefined;
  if (cue.kind === "according") return accordingStep(scan, s, cue, cueSpan, floor);
  if (cue.kind === "agentless") return agentlessStep(scan, s, i, cue, cueSpan, floor, lastSource);
  if (cue.kind === "passive") return passiveStep(scan, s, cue, cueSpan, floor);
  return participleStep(scan, s, i, cue, cueSpan, floor, lastSource) ??
    verbStep(scan, s, i, cue, cueSpan, floor, lastSource);
}

/** A noun cue ("Smith's contention that ...", "charges of ..."): its content, not inside a quote. */
function nounStep(
  scan: Scan,
  s: Sentence,
  i: number,
  noun: NounCue,
  floor: number,
  lastSource: TextSpan | undefined,
): Step | undefined {
  const { tokens } = scan;
  const end = s.lastToken;
  if (quoteAround(scan.quotes, tokens[i].start)) return undefined;
  const stop = noun.toEnd ? end : nounContentEnd(tokens, noun.contentFrom, end, s.firstToken, noun.from);
  const cueSpan = { start: tokens[noun.from].start, end: tokens[noun.to - 1].end };
  const relation = contentRelation(tokens, scan.quotes, noun.contentFrom, stop, s.i, cueSpan, noun.source);
  // The floor stays: a noun's content may sit inside what a later cue reports ("... on charges of X, police said").
  return stepWith([relation], Math.max(i, stop - 1), floor, noun.source ?? lastSource);
}

/** "according to X": the content before it, or after it, or both around it in mid-sentence. */
function accordingStep(scan: Scan, s: Sentence, cue: Cue, cueSpan: TextSpan, floor: number): Step | undefined {
  const { tokens, quotes } = scan;
  const end = s.lastToken;
  let k = cue.to;
  while (k < end && k - cue.to < MAX_PHRASE && tokens[k].text !== "," && !END_PUNCT.has(tokens[k].text)) k++;
  if (k === cue.to) return undefined;
  const source = { start: tokens[cue.to].start, end: tokens[k - 1].end };
  // "The talks, according to the minister, failed", "a memorandum which, according to sources, obliges
  // both sides": set off by commas in mid-sentence, it reports what follows (and a subject alone before it).
  // Not an apposition of the source ("according to Ralph Scolatti, local director for ...").
  const midSentence = tokens[cue.from - 1]?.text === "," && cue.from - 1 > floor && tokens[k]?.text === "," &&
    tokens.slice(k + 1, end).some((t) => t.pos === "VERB" || t.pos === "AUX");
  if (midSentence) {
    const before = cue.from - 1 - floor;
    const subject = before <= MAX_PHRASE && !tokens.slice(floor, cue.from - 1).some((t) => t.pos === "VERB");
    const first = subject && !/^(?:which|who|that)$/.test(tokens[cue.from - 2].norm)
      ? contentRelation(tokens, quotes, floor, cue.from - 1, s.i, cueSpan, source)
      : undefined;
    return stepWith([first, contentRelation(tokens, quotes, k + 1, end, s.i, cueSpan, source)], end, floor, source);
  }
  const relation = tokenSpan(tokens, floor, cue.from)
    ? contentRelation(tokens, quotes, floor, cue.from, s.i, cueSpan, source)
    : contentRelation(tokens, quotes, k, end, s.i, cueSpan, source);
  return stepWith([relation], k, k, source);
}

/** "it was announced that ...", "is said to be ...", "reportedly received": a report with no speaker. */
function agentlessStep(
  scan: Scan,
  s: Sentence,
  i: number,
  cue: Cue,
  cueSpan: TextSpan,
  floor: number,
  lastSource: TextSpan | undefined,
): Step | undefined {
  const { tokens } = scan;
  const content = agentlessContent(tokens, cue, s.lastToken, floor);
  if (!content || !tokenSpan(tokens, content.from, content.to)) return undefined;
  const relation = contentRelation(tokens, scan.quotes, content.from, content.to, s.i, cueSpan);
  const last = Math.max(content.to, cue.to) - 1;
  // An adverb's content may sit inside what a later cue reports ("X, which reportedly is ..., disclosed that").
  return stepWith([relation], Math.max(i, last), cue.aux !== undefined ? last + 1 : floor, lastSource);
}

/** "The appointment was announced by X": the subject is the content, the agent the source. */
function passiveStep(scan: Scan, s: Sentence, cue: Cue, cueSpan: TextSpan, floor: number): Step | undefined {
  const { tokens } = scan;
  const agent = passiveAgent(tokens, cue.by! + 1, s.lastToken, PASSIVE_STANCE_VERBS.has(cue.lemma));
  // "was charged by the judge to investigate": an instruction, not the agent's words about the subject.
  if (!agent || tokens[agent.last + 1]?.norm === "to") return undefined;
  let to = cue.aux!;
  // "X has been appointed, it was announced by Y": the clause before "it".
  if (tokens[to - 1]?.norm === "it" && tokens[to - 2]?.text === ",") to -= 2;
  // A reduced passive ("bonds proposed by X") reports the noun phrase it follows.
  const from = cue.subject !== undefined ? Math.max(floor, cue.subject) : floor;
  const relation = tokenSpan(tokens, from, to)
    ? contentRelation(tokens, scan.quotes, from, to, s.i, cueSpan, agent)
    : undefined;
  return stepWith([relation], agent.last, agent.last + 1, agent);
}

/**
 * "Noting that X, he said ...": the participle's content runs to the comma, its source is the
 * main clause's. After "While", "In", "In addition to" the participle's content may be a noun
 * phrase ("In announcing X, the orchestra said"). None when the cue is no such participle.
 */
function participleStep(
  scan: Scan,
  s: Sentence,
  i: number,
  cue: Cue,
  cueSpan: TextSpan,
  floor: number,
  lastSource: TextSpan | undefined,
): Step | undefined {
  const { tokens } = scan;
  const opened = i > floor && i - floor <= 3 && PARTICIPLE_OPENERS.test(tokensText(tokens, floor, i));
  const thatNext = tokens[cue.to]?.norm === "that";
  if (!((i === floor || opened) && /ing$/.test(tokens[i].norm) && (thatNext || opened))) return undefined;
  const from = thatNext ? cue.to + 1 : cue.to;
  const main = participleSource(tokens, from, s.lastToken);
  if (!main) return undefined;
  const relation = contentRelation(tokens, scan.quotes, from, main.comma, s.i, cueSpan, main.source);
  return stepWith([relation], main.comma, main.comma + 1, lastSource);
}

/** The words of tokens `[from, to)`, one space between. */
function tokensText(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.text).join(" ");
}

/** Who a verb cue reports: the source before it, after it (inverted), quoted "as saying", or shared. */
interface VerbSource {
  /** The source before the cue. */
  before: (TextSpan & { first: number }) | undefined;
  /** The source after the cue (inverted order, or the one quoted "as saying"). */
  after: (TextSpan & { last: number }) | undefined;
  /** The clause's subject or the sentence's last source (a second verb, a participle after a comma). */
  shared: TextSpan | undefined;
  /** Whether the source is the one quoted after "quoted" ("quoted Jensen as saying"). */
  quoted: boolean;
}

/**
 * The source before the cue, else after it (inverted order: "..., said Aoun"); for a second
 * verb ("... and stressed"), the clause's subject; for a participle (", adding that"), the last
 * source. "quoted Jensen as saying": the one quoted is the source, the cue runs to "saying".
 */
function verbSource(
  tokens: readonly Token[],
  s: Sentence,
  i: number,
  cue: Cue,
  floor: number,
  lastSource: TextSpan | undefined,
): VerbSource {
  const end = s.lastToken;
  const quotedAs = cue.lemma === "quote" ? quotedSource(tokens, cue.to, end) : undefined;
  const before = quotedAs ? undefined : sourceBefore(tokens, cue.from, floor) ??
    (ADVERBS_TAKEN_FOR_VERBS.has(tokens[cue.from - 1]?.norm ?? "") && cue.from - 1 > floor
      ? sourceBefore(tokens, cue.from - 1, floor)
      : undefined);
  const prior = cue.from > s.firstToken ? tokens[cue.from - 1] : undefined;
  // Inverted order follows what was said: "..., said Aoun", "“...” said Aoun", "Exclaimed Stram." opening a sentence.
  const inverted = !prior || prior.text === "," || isQuoteMark(prior) || END_PUNCT.has(prior.text);
  const after = quotedAs ?? (before || !inverted ? undefined : sourceAfter(tokens, cue.to, end));
  let shared: TextSpan | undefined;
  // "... but has announced that": a second verb group of the clause's subject, past its auxiliaries.
  let conj = cue.from - 1;
  while (conj > s.firstToken && cue.from - conj <= 3 && /^(?:AUX|ADV)$/.test(tokens[conj].pos)) conj--;
  // The subject opening the sentence, else the source of the sentence's relation before ("In Paris, X said ..., and added").
  if (!before && !after && tokens[conj]?.pos === "CCONJ") {
    shared = subjectAt(tokens, s.firstToken, end) ?? lastSource;
  }
  // ", alleging that": the last source, else, before "that", the sentence's subject when it names
  // a speaker ("The company sued, alleging that ..."; not "The aim is ..., suggesting that").
  if (!before && !after && prior?.text === "," && /ing$/.test(tokens[i].norm)) {
    shared = lastSource ?? (tokens[cue.to]?.norm === "that" ? speakingSubject(tokens, s.firstToken, end) : undefined);
  }
  return { before, after, shared, quoted: quotedAs !== undefined };
}

/** Whether a capitalised singular word is a common noun: the article writes it in lower case elsewhere. */
function isBareNoun(scan: Scan, t: Token): boolean {
  if (t.pos !== "PROPN" || /s$/.test(t.norm) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  scan.lowerWords ??= new Set(scan.tokens.filter((x) => /^\p{Ll}/u.test(x.text)).map((x) => x.norm));
  return scan.lowerWords.has(t.norm);
}

/** A verb of saying: its source, where its content starts, and whether it reports speech at all. */
function verbStep(
  scan: Scan,
  s: Sentence,
  i: number,
  cue: Cue,
  verbSpan: TextSpan,
  floor: number,
  lastSource: TextSpan | undefined,
): Step | undefined {
  const { tokens, text } = scan;
  const end = s.lastToken;
  const { before, after, shared, quoted } = verbSource(tokens, s, i, cue, floor, lastSource);
  // "quoted Jensen as saying": the cue runs to "saying".
  const cueSpan = quoted ? { start: verbSpan.start, end: tokens[after!.last].end } : verbSpan;
  const source: TextSpan | undefined = before ?? after ?? shared;
  if (!source) return undefined;
  // A plan or a document's clause is no speaker ("the contract called for").
  const head = before ? tokens[tokenFrom(tokens, before.end) - 1] : undefined;
  if (head && NOT_SOURCE_HEADS.has(head.lemma) || head && NOT_SOURCE_HEADS.has(head.norm)) return undefined;
  // "Salary termed modest", "Danger cited": a common noun capitalised only because it opens the sentence.
  if (before && head && before.first === s.firstToken && head.i === tokens[before.first].i && isBareNoun(scan, head)) {
    return undefined;
  }
  const lead = before ? before.first : cue.from;
  const prev = lead > floor && !shared ? tokens[lead - 1] : undefined;
  // What follows the cue: the source (inverted), the hearer, adverbials up to "that", a colon or comma.
  let k = after ? after.last + 1 : cue.to;
  if (takesHearer(cue.lemma) && !after) k = pastHearer(tokens, k, end);
  else if (!after && tokens[k]?.norm === "to") k = hearerAfterTo(tokens, k, end);
  const that = thatAfter(tokens, k, end);
  // "Mr. Brandt suggested the vision": a noun phrase is content only when a name or a pronoun says it.
  // Not a name inside a thing's phrase ("Developments in Cuba and Laos suggested ..."): no noun before the source.
  if (NAMED_SOURCE_VERBS.has(cue.lemma) && that < 0 && !namedSpeaker(tokens, before, floor)) return undefined;
  // "commented on the court", "responding to a resolution": a topic, not what was said; after a
  // quote it is what the quote was said of ("“...”, the coach said of the victory").
  // "complaining about mistakes": a preposition that opens this verb's content is passed over.
  if (that < 0 && k + 1 < end && (CONTENT_PREPOSITIONS[cue.lemma] ?? []).includes(tokens[k]?.norm ?? "")) k++;
  const topic = tokens[k];
  const afterQuote = prev !== undefined &&
    (isQuoteMark(prev) || prev.text === "," && lead >= 2 && isQuoteMark(tokens[lead - 2]));
  if (
    that < 0 && !afterQuote && topic?.pos === "ADP" && /^(?:on|about|upon|to|at|of)$/.test(topic.norm) &&
    !TIME_WORDS.has(tokens[k + 1]?.norm ?? "")
  ) return undefined;
  k = that >= 0 ? that + 1 : pastTimeAndSetting(tokens, k, cue.to, end);
  // "The Flock added a pair of runs": some verbs report speech only before a clause or a quote.
  const clause = that >= 0 || tokens[k]?.text === ":" || tokens[k]?.text === "," ||
    (k < end && isQuoteMark(tokens[k])) || tokens[k]?.norm === "to" || opensClause(tokens, k, end);
  if (CLAUSE_ONLY_VERBS.has(cue.lemma) && !clause && !after && k < end && !END_PUNCT.has(tokens[k].text)) {
    const p = lead > floor ? tokens[lead - 1] : undefined;
    if (!(p && (p.text === "," || isQuoteMark(p)))) return undefined;
  }
  // "felt there was nothing", "The best approach, he figured, was": belief is a cue before a clause only ("felt strong").
  // The writer's own "I think", "we felt" outside quotation marks is the outlet's voice.
  const belief = BELIEF_VERBS.has(cue.lemma) || BELIEF_ADJECTIVES.has(cue.lemma);
  if (belief && /^(?:i|we)$/.test(text.slice(source.start, source.end).toLowerCase())) return undefined;
  if (
    belief && that < 0 && k < end && !/^[,:;.!?]$/.test(tokens[k].text) && !isQuoteMark(tokens[k]) &&
    !opensClause(tokens, k, end)
  ) return undefined;
  const comma = tokens[k]?.text === ",";
  while (k < end && (tokens[k].text === ":" || tokens[k].text === ",")) k++;
  const quoteNext = k < end && isQuoteMark(tokens[k]) ? quoteAround(scan.quotes, tokens[k].start) : undefined;
  const nothingAfter = k >= end || END_PUNCT.has(tokens[k].text);
  // ", he said, the rest": a cue between commas in mid-sentence splits its content in two.
  const parenthetical = prev?.text === "," && comma && !nothingAfter && !quoteNext && that < 0 && !after;
  const closesQuote = prev !== undefined && isQuoteMark(prev) ||
    prev?.text === "," && isQuoteMark(tokens[lead - 2]);
  if (
    !quoted && prev && (prev.text === "," || isQuoteMark(prev)) && that < 0 &&
    (nothingAfter || after || quoteNext || closesQuote || parenthetical)
  ) {
    const at: Around = { lead, k, nothingAfter, closesQuote, parenthetical, quoteNext };
    return cueAfterContent(scan, s, i, prev, at, cueSpan, source, floor);
  }
  // "“...”?? Asked Mrs. Peck, representative from Multnomah County": an apposition of the inverted source.
  if (nothingAfter || after && comma) return stepWith([], i, floor, source, { sentence: s.i, cue: cueSpan, source });
  // A heading's word run into the sentence ("Proof lack charged Schwab also declared ..."): the inner cue holds.
  if (!after && opensWithCue(tokens, k, end)) return undefined;
  // "I asked the driver twice and he said ...", "what Liston had said and he said ...": a cue followed by a
  // new subject's clause has no content; the next cue has its own.
  if (noContentAt(tokens, k, end)) return undefined;
  const stop = contentEnd(tokens, k, end, s.firstToken);
  const relation = contentRelation(tokens, scan.quotes, k, stop, s.i, cueSpan, source);
  return stepWith([relation], stop < end ? stop : end, stop + 1, source);
}

/** What a cue after its content is set between: see `cueAfterContent`. */
interface Around {
  /** The first token of the source before the cue, else the cue's. */
  lead: number;
  /** The first token after the cue, its source, its hearer and a colon or comma. */
  k: number;
  /** Whether the sentence ends there. */
  nothingAfter: boolean;
  /** Whether a quotation mark (and a comma) comes right before the source. */
  closesQuote: boolean;
  /** Whether the cue stands between commas in mid-sentence. */
  parenthetical: boolean;
  /** The quote right after, if any. */
  quoteNext: Quote | undefined;
}

/**
 * "“...,” the jury said, “...”" and "..., said Aoun.": the content before the cue; a quote
 * right after continues it. A few words before the cue and a quote after it ("The department,
 * the jury said, “is ...”") are one quote. A whole short quote before the cue ("“No”, she
 * said, “...”") is content of its own.
 */
function cueAfterContent(
  scan: Scan,
  s: Sentence,
  i: number,
  prev: Token,
  at: Around,
  cueSpan: TextSpan,
  source: TextSpan,
  floor: number,
): Step {
  const { tokens } = scan;
  const end = s.lastToken;
  const { lead, k, nothingAfter, closesQuote, parenthetical, quoteNext } = at;
  const few = lead - 1 - floor < MIN_QUOTE_WORDS && quoteNext && !isQuoteMark(prev) && !closesQuote;
  // "Moreover, he said, ...": a connective alone before the cue is no content.
  let words = false;
  for (let m = floor; m < lead - 1 && !words; m++) {
    words = !/^(?:ADV|CCONJ|SCONJ|INTJ|PUNCT)$/.test(tokens[m].pos);
  }
  // "Last week, when Royal was informed ..., he said: “...”": a clause of time or condition
  // before a cue whose content is the quote after it is the outlet's setting, not reported words.
  // So is a prepositional phrase alone ("In a letter to the Service, Dr. Schweitzer wrote:", "In such an
  // instance, revenuers stressed, the deduction ...").
  // Not a predicate put first ("Under scrutiny, two of the witnesses said, were payments ...").
  const fronted = parenthetical && /^(?:VERB|AUX)$/.test(tokens[k]?.pos ?? "");
  const setting = !closesQuote && (quoteNext !== undefined && opensSubordinate(tokens, floor, lead - 1) ||
    !fronted && phraseOnly(tokens, floor, lead - 1) ||
    quoteNext !== undefined && participlePhraseOnly(tokens, floor, lead - 1));
  const found: (Attribution | undefined)[] = [];
  if (!few && words && !setting) {
    found.push(contentRelation(tokens, scan.quotes, floor, lead - 1, s.i, cueSpan, source));
  }
  // "In People vs. Fisher, Justice Savage declared:" and a quote in the next paragraph: a bare cue.
  const bare = setting && nothingAfter ? { sentence: s.i, cue: cueSpan, source } : undefined;
  let next: number;
  if (quoteNext && quoteNext.start >= cueSpan.end) {
    found.push({ type: "direct", sentence: s.i, content: quoteNext.inner, cue: cueSpan, source });
    next = Math.max(i, tokenFrom(tokens, quoteNext.end) - 1);
  } else if (parenthetical && !closesQuote) {
    found.push(contentRelation(tokens, scan.quotes, k, end, s.i, cueSpan, source));
    next = end;
  } else next = Math.max(i, k - 1);
  return stepWith(found, next, next + 1, source, bare);
}
