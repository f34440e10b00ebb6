/**
 * Attribution relations: who is reported as saying what. Finds, in an annotated
 * article, direct quotes, indirect (reported) speech, mixed relations (a paraphrase
 * holding a quoted fragment) and scare quotes, each with its cue ("said", "according
 * to", a colon), its source as written and its content, as offsets into the original
 * text. Definitions: the framing guide's section "Sources".
 *
 * Work is linear in the article: each token is looked at a bounded number of times.
 *
 * @module
 */
import type { AnnotatedArticle, Sentence, Token } from "../types.ts";
import { quotationSpans } from "../framing/voice.ts";
import {
  ADVERBS_TAKEN_FOR_VERBS,
  BELIEF_ADJECTIVES,
  BELIEF_VERBS,
  CLAUSE_ONLY_VERBS,
  NAMED_SOURCE_VERBS,
  NOT_SOURCE_HEADS,
  SETTING_NOUNS,
} from "./cues.ts";
import { agentlessContent, namedSpeaker, opensClause, phraseOnly } from "./clauses.ts";
import { nounCueAt } from "./noun_cues.ts";
import { worksAmong } from "./work_titles.ts";
import { PASSIVE_STANCE_VERBS, passiveAgent } from "./passives.ts";
import { type BareCue, strayCueContent } from "./stray_cues.ts";
import { ORGANIZATION_HEADS } from "../text/english.ts";
import {
  cueAt,
  END_PUNCT,
  isQuoteMark,
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

export type { TextSpan } from "./phrases.ts";

/** The kinds of attribution relation. */
export type RelationType = "direct" | "indirect" | "mixed" | "scare";

/** The relation types, in the order tables show them. */
export const RELATION_TYPES: readonly RelationType[] = ["direct", "indirect", "mixed", "scare"];

/** One attribution relation of an article. */
export interface Attribution {
  /** direct, indirect, mixed or scare. */
  type: RelationType;
  /** Index of the sentence its cue is in (of the content, for a relation with no cue). */
  sentence: number;
  /** What is reported (for a direct quote, inside the quotation marks). */
  content: TextSpan;
  /** How: the verb or phrase ("said", "according to", a colon); none for a scare quote. */
  cue?: TextSpan;
  /** Who, as written ("the jury", "he", "Ali Larijani"); none when no source is named nearby. */
  source?: TextSpan;
}

/** Words a quote needs to be a quote of someone's speech rather than a term held at a distance. */
const MIN_QUOTE_WORDS = 4;
/**
 * How many tokens after a cue (and its hearer) "that" may come, over adverbials and no verb or
 * comma: “told the Rotary Club of Providence at its luncheon at the Sheraton-Biltmore Hotel that”.
 */
const THAT_REACH = 16;
/** Conjunctions that open a clause of time, cause or condition ("when", "after", "if"). */
const SUBORDINATORS = new Set([
  "when",
  "whenever",
  "while",
  "after",
  "before",
  "as",
  "if",
  "unless",
  "because",
  "although",
  "though",
  "since",
  "until",
  "once",
]);
/** Conjunctions after a comma that open a contrast the outlet sets against reported words, not more of them. */
const CONTRAST = new Set(["while", "whereas"]);
/** Words before a participle opening a sentence whose main clause names its source ("While stressing that", "In announcing"). */
const PARTICIPLE_OPENERS = /^(?:while|in|in addition to|after|before|by|when|besides)$/i;

/** The words of tokens `[from, to)`, one space between. */
function tokensText(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.text).join(" ");
}
const CLOSING = /[\u201D\u2019"'\u00BB]/;

/** A quotation's span without its marks: inner text bounds. */
interface Quote {
  /** The opening mark's offset. */
  start: number;
  /** Just past the closing mark (or the paragraph's end when unclosed). */
  end: number;
  /** Inside the marks. */
  inner: TextSpan;
  /** Words inside. */
  words: number;
}

function quotesOf(text: string): Quote[] {
  return quotationSpans(text).map((q) => {
    let s = q.start + 1;
    let e = CLOSING.test(text[q.end - 1] ?? "") && q.end - 1 > q.start ? q.end - 1 : q.end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // A quote ending in "received," keeps its words, not the comma before the mark.
    while (e > s && /[,;:]/.test(text[e - 1])) e--;
    const words = text.slice(s, e).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    return { start: q.start, end: q.end, inner: { start: s, end: e }, words };
  }).filter((q) => q.inner.end > q.inner.start);
}

/** The index of the first token whose start is at or after `offset` (tokens.length if none). */
function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every attribution relation of an article, in text order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadResources } from "framelens";
 * import { findAttributions } from "./attribution.ts";
 * const text = "The minister said that Tehran will not accept the plan.";
 * const article = { id: "a", file: "a.md", outlet: "X", extra: {}, text };
 * const [relation] = findAttributions(annotateArticle(article, await loadResources()));
 * assert.equal(relation.type, "indirect");
 * assert.equal(text.slice(relation.content.start, relation.content.end), "Tehran will not accept the plan");
 * assert.equal(text.slice(relation.cue!.start, relation.cue!.end), "said");
 * assert.equal(text.slice(relation.source!.start, relation.source!.end), "The minister");
 * ```
 */
export function findAttributions(annotated: AnnotatedArticle): Attribution[] {
  const { tokens, sentences } = annotated;
  const text = annotated.article.text;
  const quotes = quotesOf(text);
  const relations: Attribution[] = [];
  // The words the article writes in lower case somewhere, built on first use.
  let lowerWords: Set<string> | undefined;
  /** Whether a capitalised singular word is a common noun: the article writes it in lower case elsewhere. */
  const isBareNoun = (t: Token) => {
    if (t.pos !== "PROPN" || /s$/.test(t.norm) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
    lowerWords ??= new Set(tokens.filter((x) => /^\p{Ll}/u.test(x.text)).map((x) => x.norm));
    return lowerWords.has(t.norm);
  };
  // The quote (index into quotes) that contains each offset, looked up by a moving pointer.
  const quoteAround = (offset: number): Quote | undefined => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const q = quotes[lo];
    return q && q.start <= offset && offset < q.end ? q : undefined;
  };
  /** The index of the first quote that starts at or after an offset. */
  const quoteFrom = (offset: number) => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The relation for content `[from, to)` of tokens: direct when one quote fills it, mixed when it holds a quote. */
  const contentRelation = (from: number, to: number, sentence: number, cue: TextSpan, source?: TextSpan) => {
    const span = tokenSpan(tokens, from, to);
    if (!span) return;
    const first = quoteAround(span.start);
    if (first && first.inner.end >= span.end - 1 && first.start <= span.start) {
      relations.push({ type: "direct", sentence, content: first.inner, cue, ...(source && { source }) });
      return;
    }
    const next = quotes[quoteFrom(span.start)];
    const inside = next !== undefined && next.end <= span.end + 1;
    relations.push({ type: inside ? "mixed" : "indirect", sentence, content: span, cue, ...(source && { source }) });
  };
  // Cues with a source and no content of their own ("He added:", "the jury said."): a quote nearby is theirs.
  /** The comma that ends a participle's content and the source of the clause after it ("Noting that X, he said"). */
  const participleSource = (from: number, end: number) => {
    for (let m = from; m < end && m - from < 60; m++) {
      if (END_PUNCT.has(tokens[m].text)) return undefined;
      if (tokens[m].text !== ",") continue;
      for (let c = m + 1; c < end && c - m <= MAX_PHRASE; c++) {
        const main = cueAt(tokens, c, end);
        if (!main || main.kind !== "verb") continue;
        const source = sourceBefore(tokens, main.from, m + 1);
        return source ? { comma: m, source } : undefined;
      }
    }
    return undefined;
  };
  /** The subject opening a sentence when its last word may name a speaker: a name, a pronoun, an organisation's head noun. */
  const speakingSubject = (first: number, end: number) => {
    const subject = subjectAt(tokens, first, end);
    const head = subject && tokens[tokenFrom(tokens, subject.end) - 1];
    const speaks = head && (head.pos === "PROPN" || head.pos === "PRON" || ORGANIZATION_HEADS.has(head.norm));
    return speaks ? subject : undefined;
  };
  const bare: BareCue[] = [];

  for (const s of sentences) {
    const end = s.lastToken;
    // Content before a cue starts after the last relation of the sentence ("A, he said, B, she said").
    let floor = s.firstToken;
    // The source of the sentence's last relation, for a participle after it (", adding that ...").
    let lastSource: TextSpan | undefined;
    for (let i = s.firstToken; i < end; i++) {
      const noun = nounCueAt(tokens, i, end, s.firstToken, floor);
      const cue = noun ? undefined : cueAt(tokens, i, end, s.firstToken);
      if (!cue) {
        if (!noun || quoteAround(tokens[i].start)) continue;
        const stop = noun.toEnd ? end : nounContentEnd(tokens, noun.contentFrom, end, s.firstToken, noun.from);
        const cueSpan = { start: tokens[noun.from].start, end: tokens[noun.to - 1].end };
        contentRelation(noun.contentFrom, stop, s.i, cueSpan, noun.source);
        // The floor stays: a noun's content may sit inside what a later cue reports ("... on charges of X, police said").
        if (noun.source) lastSource = noun.source;
        i = Math.max(i, stop - 1);
        continue;
      }
      const cueSpan = { start: tokens[cue.from].start, end: tokens[cue.to - 1].end };
      // A speech verb inside a quote is the quoted speaker's, not a cue of this text.
      const around = quoteAround(cueSpan.start);
      if (around && around.inner.start <= cueSpan.start && cueSpan.end <= around.inner.end) continue;
      if (cue.kind === "according") {
        let k = cue.to;
        while (k < end && k - cue.to < MAX_PHRASE && tokens[k].text !== "," && !END_PUNCT.has(tokens[k].text)) k++;
        if (k === cue.to) continue;
        const source = { start: tokens[cue.to].start, end: tokens[k - 1].end };
        // "The talks, according to the minister, failed", "a memorandum which, according to sources, obliges
        // both sides": set off by commas in mid-sentence, it reports what follows (and a subject alone before it).
        // Not an apposition of the source ("according to Ralph Scolatti, local director for ...").
        const midSentence = tokens[cue.from - 1]?.text === "," && cue.from - 1 > floor && tokens[k]?.text === "," &&
          tokens.slice(k + 1, end).some((t) => t.pos === "VERB" || t.pos === "AUX");
        if (midSentence) {
          const before = cue.from - 1 - floor;
          const subject = before <= MAX_PHRASE && !tokens.slice(floor, cue.from - 1).some((t) => t.pos === "VERB");
          if (subject && !/^(?:which|who|that)$/.test(tokens[cue.from - 2].norm)) {
            contentRelation(floor, cue.from - 1, s.i, cueSpan, source);
          }
          contentRelation(k + 1, end, s.i, cueSpan, source);
          lastSource = source;
          i = end;
          continue;
        }
        if (tokenSpan(tokens, floor, cue.from)) contentRelation(floor, cue.from, s.i, cueSpan, source);
        else contentRelation(k, end, s.i, cueSpan, source);
        lastSource = source;
        i = k;
        floor = k;
        continue;
      }
      if (cue.kind === "agentless") {
        // "it was announced that ...", "is said to be ...", "reportedly received": a report with no speaker.
        const content = agentlessContent(tokens, cue, end, floor);
        if (!content || !tokenSpan(tokens, content.from, content.to)) continue;
        contentRelation(content.from, content.to, s.i, cueSpan);
        const last = Math.max(content.to, cue.to) - 1;
        i = Math.max(i, last);
        // An adverb's content may sit inside what a later cue reports ("X, which reportedly is ..., disclosed that").
        if (cue.aux !== undefined) floor = last + 1;
        continue;
      }
      if (cue.kind === "passive") {
        // "The appointment was announced by X": the subject is the content, the agent the source.
        const agent = passiveAgent(tokens, cue.by! + 1, end, PASSIVE_STANCE_VERBS.has(cue.lemma));
        // "was charged by the judge to investigate": an instruction, not the agent's words about the subject.
        if (!agent || tokens[agent.last + 1]?.norm === "to") continue;
        let to = cue.aux!;
        // "X has been appointed, it was announced by Y": the clause before "it".
        if (tokens[to - 1]?.norm === "it" && tokens[to - 2]?.text === ",") to -= 2;
        // A reduced passive ("bonds proposed by X") reports the noun phrase it follows.
        const from = cue.subject !== undefined ? Math.max(floor, cue.subject) : floor;
        if (tokenSpan(tokens, from, to)) contentRelation(from, to, s.i, cueSpan, agent);
        lastSource = agent;
        i = agent.last;
        floor = agent.last + 1;
        continue;
      }
      // "Noting that X, he said ...": the participle's content runs to the comma, its source is the main clause's.
      // After "While", "In", "In addition to" the participle's content may be a noun phrase ("In announcing X, the orchestra said").
      const opened = i > floor && i - floor <= 3 && PARTICIPLE_OPENERS.test(tokensText(tokens, floor, i));
      const thatNext = tokens[cue.to]?.norm === "that";
      if ((i === floor || opened) && /ing$/.test(tokens[i].norm) && (thatNext || opened)) {
        const main = participleSource(thatNext ? cue.to + 1 : cue.to, end);
        if (main) {
          contentRelation(thatNext ? cue.to + 1 : cue.to, main.comma, s.i, cueSpan, main.source);
          i = main.comma;
          floor = main.comma + 1;
          continue;
        }
      }
      // The source before the cue, else after it (inverted order: "..., said Aoun"); for a second
      // verb ("... and stressed"), the clause's subject; for a participle (", adding that"), the last source.
      // "quoted Jensen as saying": the one quoted is the source, the cue runs to "saying".
      const quotedAs = cue.lemma === "quote" ? quotedSource(tokens, cue.to, end) : undefined;
      if (quotedAs) cueSpan.end = tokens[quotedAs.last].end;
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
        shared = lastSource ?? (tokens[cue.to]?.norm === "that" ? speakingSubject(s.firstToken, end) : undefined);
      }
      const source: TextSpan | undefined = before ?? after ?? shared;
      if (!source) continue;
      // A plan or a document's clause is no speaker ("the contract called for").
      const head = before ? tokens[tokenFrom(tokens, before.end) - 1] : undefined;
      if (head && NOT_SOURCE_HEADS.has(head.lemma) || head && NOT_SOURCE_HEADS.has(head.norm)) continue;
      // "Salary termed modest", "Danger cited": a common noun capitalised only because it opens the sentence.
      if (before && head && before.first === s.firstToken && head.i === tokens[before.first].i && isBareNoun(head)) {
        continue;
      }
      const lead = before ? before.first : cue.from;
      const prev = lead > floor && !shared ? tokens[lead - 1] : undefined;
      // What follows the cue: the source (inverted), the hearer, adverbials up to "that", a colon or comma.
      let k = after ? after.last + 1 : cue.to;
      if (takesHearer(cue.lemma) && !after) k = pastHearer(tokens, k, end);
      else if (!after && tokens[k]?.norm === "to") k = hearerAfterTo(tokens, k, end);
      let that = -1;
      for (let m = k; m < end && m - k < THAT_REACH; m++) {
        // "intimated even before inauguration that he hoped ...": a "that" the tagger took for a pronoun
        // after an adverbial (not after an object: "said the plan that he made failed").
        const adverbial = m > k && /^(?:ADV|ADP)$/.test(tokens[k].pos) && opensClause(tokens, m + 1, end);
        if (tokens[m].norm === "that" && (tokens[m].pos === "SCONJ" || adverbial)) {
          that = m;
          break;
        }
        if (tokens[m].pos === "VERB" || tokens[m].text === "," || isQuoteMark(tokens[m])) break;
      }
      // "Mr. Brandt suggested the vision": a noun phrase is content only when a name or a pronoun says it.
      // Not a name inside a thing's phrase ("Developments in Cuba and Laos suggested ..."): no noun before the source.
      if (NAMED_SOURCE_VERBS.has(cue.lemma) && that < 0 && !namedSpeaker(tokens, before, floor)) continue;
      // "commented on the court", "responding to a resolution": a topic, not what was said; after a
      // quote it is what the quote was said of ("“...”, the coach said of the victory").
      const topic = tokens[k];
      const afterQuote = prev !== undefined &&
        (isQuoteMark(prev) || prev.text === "," && lead >= 2 && isQuoteMark(tokens[lead - 2]));
      if (
        that < 0 && !afterQuote && topic?.pos === "ADP" && /^(?:on|about|upon|to|at|of)$/.test(topic.norm) &&
        !TIME_WORDS.has(tokens[k + 1]?.norm ?? "")
      ) continue;
      if (that >= 0) k = that + 1;
      else {
        for (let n = 0; n < 2; n++) {
          // Not the words of time that open the content ("said this Sunday's sessions will ...").
          let w = k;
          // A determiner only before a word of time ("this Sunday's"), not before an object ("described this as").
          while (
            w < end && w - cue.to < 6 && TIME_WORDS.has(tokens[w].norm) &&
            (tokens[w].pos !== "DET" || TIME_WORDS.has(tokens[w + 1]?.norm ?? ""))
          ) w++;
          if (!/^['\u2019]s$/.test(tokens[w]?.text ?? "") && !/^['\u2019]s$/.test(tokens[w + 1]?.text ?? "")) k = w;
          // "said in a statement:", "told in an interview that": the setting, not the content.
          if (tokens[k]?.norm === "in") k = pastSetting(tokens, k + 1, end) ?? k;
        }
        if (tokens[k]?.norm === "that" && k < end) k++;
      }
      // "The Flock added a pair of runs": some verbs report speech only before a clause or a quote.
      const clause = that >= 0 || tokens[k]?.text === ":" || tokens[k]?.text === "," ||
        (k < end && isQuoteMark(tokens[k])) || tokens[k]?.norm === "to" || opensClause(tokens, k, end);
      if (CLAUSE_ONLY_VERBS.has(cue.lemma) && !clause && !after && k < end && !END_PUNCT.has(tokens[k].text)) {
        const p = lead > floor ? tokens[lead - 1] : undefined;
        if (!(p && (p.text === "," || isQuoteMark(p)))) continue;
      }
      // "felt there was nothing", "The best approach, he figured, was": belief is a cue before a clause only ("felt strong").
      // The writer's own "I think", "we felt" outside quotation marks is the outlet's voice.
      const belief = BELIEF_VERBS.has(cue.lemma) || BELIEF_ADJECTIVES.has(cue.lemma);
      if (belief && /^(?:i|we)$/.test(text.slice(source.start, source.end).toLowerCase())) continue;
      if (
        belief && that < 0 && k < end && !/^[,:;.!?]$/.test(tokens[k].text) && !isQuoteMark(tokens[k]) &&
        !opensClause(tokens, k, end)
      ) continue;
      const comma = tokens[k]?.text === ",";
      while (k < end && (tokens[k].text === ":" || tokens[k].text === ",")) k++;
      const quoteNext = k < end && isQuoteMark(tokens[k]) ? quoteAround(tokens[k].start) : undefined;
      const nothingAfter = k >= end || END_PUNCT.has(tokens[k].text);
      const closesQuote = prev !== undefined && isQuoteMark(prev) ||
        prev?.text === "," && isQuoteMark(tokens[lead - 2]);
      // ", he said, the rest": a cue between commas in mid-sentence splits its content in two.
      const parenthetical = prev?.text === "," && comma && !nothingAfter && !quoteNext && that < 0 && !after;
      if (
        !quotedAs && prev && (prev.text === "," || isQuoteMark(prev)) && that < 0 &&
        (nothingAfter || after || quoteNext || closesQuote || parenthetical)
      ) {
        // "“...,” the jury said, “...”" and "..., said Aoun.": the content before; a quote right after continues it.
        // A few words before the cue and a quote after it ("The department, the jury said, “is ...”") are one quote.
        // A whole short quote before the cue ("“No”, she said, “...”") is content of its own.
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
          !fronted && phraseOnly(tokens, floor, lead - 1));
        if (!few && words && !setting) contentRelation(floor, lead - 1, s.i, cueSpan, source);
        // "In People vs. Fisher, Justice Savage declared:" and a quote in the next paragraph: a bare cue.
        if (setting && nothingAfter) bare.push({ sentence: s.i, cue: cueSpan, source });
        lastSource = source;
        if (quoteNext && quoteNext.start >= cueSpan.end) {
          relations.push({ type: "direct", sentence: s.i, content: quoteNext.inner, cue: cueSpan, source });
          i = Math.max(i, tokenFrom(tokens, quoteNext.end) - 1);
        } else if (parenthetical && !closesQuote) {
          contentRelation(k, end, s.i, cueSpan, source);
          i = end;
        } else i = Math.max(i, k - 1);
        floor = i + 1;
        continue;
      }
      // "“...”?? Asked Mrs. Peck, representative from Multnomah County": an apposition of the inverted source.
      if (nothingAfter || after && comma) {
        bare.push({ sentence: s.i, cue: cueSpan, source });
        lastSource = source;
        continue;
      }
      // A heading's word run into the sentence ("Proof lack charged Schwab also declared ..."): the inner cue holds.
      if (!after && opensWithCue(tokens, k, end)) continue;
      // "praised the talks, adding that ...": the content stops before a participle cue of the same source,
      // before a contrast the outlet sets against it ("asks X to disarm, while the army keeps ..."),
      // and before a second verb of saying of the same subject ("reiterated X, but has announced that ...").
      // Only at the content's first conjunction: after ", and Williams got ...", a verb is the new subject's.
      let stop = k;
      let conjoined = false;
      for (; stop < end; stop++) {
        const t = tokens[stop];
        if (t.text === "," && /ing$/.test(tokens[stop + 1]?.norm ?? "") && cueAt(tokens, stop + 1, end, s.firstToken)) {
          break;
        }
        if (t.text === "," && CONTRAST.has(tokens[stop + 1]?.norm ?? "")) break;
        if (!conjoined && stop > k && secondCue(tokens, t.text === "," ? stop + 1 : stop, end, s.firstToken)) break;
        if (t.pos === "CCONJ") conjoined = true;
      }
      contentRelation(k, stop, s.i, cueSpan, source);
      lastSource = source;
      i = stop < end ? stop : end;
      floor = stop + 1;
    }
  }

  // Quotes that no relation holds: a bare cue in the sentence or the one after or before,
  // the speaker of a quote continued from the paragraph before, or none (a scare quote
  // when short).
  relations.sort((a, b) => a.content.start - b.content.start);
  const out: Attribution[] = [];
  let r = 0;
  let b = 0;
  let lastQuoted: Attribution | undefined;
  const works = worksAmong(text, quotes);
  for (const [n, q] of quotes.entries()) {
    while (r < relations.length && relations[r].content.start <= q.inner.start) out.push(relations[r++]);
    const holder = out.length ? out[out.length - 1] : undefined;
    if (holder && holder.content.start <= q.inner.start + 1 && q.inner.end - 1 <= holder.content.end) {
      if (holder.type === "direct") lastQuoted = holder;
      continue;
    }
    // A title of a work ("the film “Operation Abolition”") is a name, no one's words.
    if (works.has(n)) continue;
    const sentence = tokens[Math.min(tokenFrom(tokens, q.start), tokens.length - 1)]?.sentence ?? 0;
    // A short quote is a term held at a distance inside the outlet's sentence, unless it is
    // a sentence alone (“I'm a missionary”.), which is speech like a longer one.
    if (q.words < MIN_QUOTE_WORDS && !standsAlone(tokens, sentences[sentence], q)) {
      out.push({ type: "scare", sentence, content: q.inner });
      continue;
    }
    while (b < bare.length && bare[b].sentence < sentence - 1) b++;
    const candidates = bare.slice(b, b + 4).filter((x) => Math.abs(x.sentence - sentence) <= 1);
    // After a colon, the subject of the clause before it, or that clause's own cue ("he said in a statement:").
    const colon = colonSource(tokens, sentences, tokenFrom(tokens, q.start));
    const by = candidates.find((x) => x.sentence === sentence) ?? candidates.find((x) => x.sentence === sentence + 1) ??
      (colon && (bare.slice(b, b + 4).find((x) => x.sentence === colon.sentence) ?? colon)) ??
      candidates.find((x) => x.sentence === sentence - 1) ??
      (lastQuoted?.source && (continues(text, q, lastQuoted.content) || sentence - lastQuoted.sentence <= 2)
        ? lastQuoted
        : undefined);
    const relation: Attribution = { type: "direct", sentence, content: q.inner };
    if (by?.cue) relation.cue = by.cue;
    if (by?.source) relation.source = by.source;
    out.push(relation);
    lastQuoted = relation;
  }
  while (r < relations.length) out.push(relations[r++]);
  // "X should be done. Mr. Hawksley said.": a cue alone after the words it reports.
  // Spans asked about come in text order, as `out` is: a moving pointer and the furthest end before it.
  let p = 0;
  let reach = -1;
  const overlaps = (span: TextSpan) => {
    while (p < out.length && out[p].content.start < span.start) reach = Math.max(reach, out[p++].content.end);
    return reach > span.start || p < out.length && out[p].content.start < span.end;
  };
  const stray = bare.flatMap((x) => {
    const content = strayCueContent(text, tokens, sentences, x, overlaps);
    return content ? [{ type: "indirect" as const, sentence: x.sentence, content, cue: x.cue, source: x.source }] : [];
  });
  return stray.length ? [...out, ...stray].sort((a, b) => a.content.start - b.content.start) : out;
}

/**
 * Whether token `c` is a conjunction that opens a second verb of saying of the same subject
 * ("but has announced that", "and added that"): the conjunction, at most three auxiliaries or
 * adverbs, and a finite verb cue.
 */
function secondCue(tokens: readonly Token[], c: number, end: number, first: number): boolean {
  if (tokens[c]?.pos !== "CCONJ") return false;
  let m = c + 1;
  while (m < end && m - c <= 3 && /^(?:AUX|ADV)$/.test(tokens[m].pos)) m++;
  // A finite verb: "but added", "but has announced"; not an infinitive's second verb ("to confirm or deny").
  const finite = m > c + 1 || tokens[m].norm !== tokens[m].lemma;
  return m < end && finite && tokens[m].pos === "VERB" && cueAt(tokens, m, end, first)?.kind === "verb";
}

/**
 * Where the content of a noun cue ends: a clause after "that" runs to the sentence's end, or,
 * when the noun opens the sentence's subject ("Smith's contention that the tax was illegal
 * drew a reply"), to the main verb after the clause's own; a noun phrase after "of", "for"
 * runs up to a verb or a comma.
 */
function nounContentEnd(tokens: readonly Token[], from: number, end: number, first: number, noun: number): number {
  const finite = (t: Token) => t.pos === "AUX" || t.pos === "VERB" && !/ing$/.test(t.norm);
  let stop = from;
  if (tokens[from - 1].norm !== "that") {
    while (stop < end && !END_PUNCT.has(tokens[stop].text) && tokens[stop].text !== ",") {
      if (stop > from && finite(tokens[stop])) break;
      stop++;
    }
    return stop;
  }
  let subject = true;
  for (let m = first; m < noun && subject; m++) subject = !finite(tokens[m]);
  if (!subject) return end;
  // The clause's own verb group, then the main verb.
  let group = 0;
  for (let m = from; m < end && m - from < 60; m++) {
    const t = tokens[m];
    if (t.text === "," || t.pos === "CCONJ" || t.pos === "SCONJ" || t.pos === "PRON") return end;
    const verbal = finite(t) || t.pos === "ADV" || t.pos === "PART" || t.pos === "VERB";
    if (
      verbal &&
      (m === from ||
        !(finite(tokens[m - 1]) || tokens[m - 1].pos === "ADV" || tokens[m - 1].pos === "PART" ||
          tokens[m - 1].pos === "VERB"))
    ) {
      if (++group === 2) return m;
    }
  }
  return end;
}

/** Past a setting after "in" ("a statement", "a Boston interview", "televised remarks"): the index after it, if any. */
function pastSetting(tokens: readonly Token[], from: number, end: number): number | undefined {
  let k = from;
  if (tokens[k]?.pos === "DET") k++;
  for (let n = 0; n < 3 && k < end && !SETTING_NOUNS.has(tokens[k].norm); n++) {
    if (!/^(?:ADJ|PROPN|NOUN|NUM)$/.test(tokens[k].pos)) return undefined;
    k++;
  }
  return k < end && SETTING_NOUNS.has(tokens[k].norm) ? k + 1 : undefined;
}

/**
 * The one quoted after "quoted" ("quoted Jensen as saying"): the phrase before "as" and a
 * verb of saying, with `last` at that verb.
 */
function quotedSource(tokens: readonly Token[], from: number, end: number): TextSpan & { last: number } | undefined {
  let a = from;
  while (a < end && a - from < MAX_PHRASE && tokens[a].norm !== "as") a++;
  const verb = tokens[a + 1];
  if (a === from || a + 1 >= end || tokens[a].norm !== "as" || !verb || !/ing$/.test(verb.norm)) return undefined;
  if (!cueAt(tokens, a + 1, end, a + 1)) return undefined;
  return { start: tokens[from].start, end: tokens[a - 1].end, last: a + 1 };
}

/**
 * The source of a quote right after a colon ("Farm dealer Bob Houtz tilts back and tells of a
 * pickup in sales: “...”"): the subject of the clause before the colon, whatever its verb,
 * the last one a verb follows after the sentence's start, a comma or a dash; the colon is the cue.
 */
function colonSource(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  quoteToken: number,
): { cue: TextSpan; source: TextSpan; sentence: number } | undefined {
  const colon = tokens[quoteToken - 1];
  if (!colon || colon.text !== ":") return undefined;
  const s = sentences[colon.sentence];
  if (!s) return undefined;
  let source: TextSpan | undefined;
  for (let k = s.firstToken; k < quoteToken - 1 && k - s.firstToken < 80; k++) {
    const opens = k === s.firstToken || tokens[k - 1].text === "," || tokens[k - 1].text === "-";
    if (!opens || tokens[k].text === "-") continue;
    source = subjectAt(tokens, k, quoteToken - 1) ?? source;
  }
  return source && { cue: { start: colon.start, end: colon.end }, source, sentence: colon.sentence };
}

/**
 * Past a hearer after "to" ("said to Ritchie: “...”", "said to reporters."): the index after
 * it when a colon, a comma, a quote or the sentence's end follows, else `to` itself (a topic:
 * "responded to the resolution").
 */
function hearerAfterTo(tokens: readonly Token[], to: number, end: number): number {
  const k = pastHearer(tokens, to + 1, end);
  const next = tokens[k];
  const ends = k >= end || !next || next.text === ":" || next.text === "," || isQuoteMark(next) ||
    END_PUNCT.has(next.text);
  return k > to + 1 && ends ? k : to;
}

/**
 * Whether tokens `[from, to)` open with a subordinate clause ("When asked about the plan",
 * "Last week, when Royal was informed that ..."): a subordinating conjunction first, or after
 * a few words of time and a comma, and no quote in them.
 */
function opensSubordinate(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  for (let m = from; m < to && m - from < 4; m++) {
    if (tokens[m].text === ",") k = m + 1;
    if (isQuoteMark(tokens[m])) return false;
  }
  if (
    k > from && !tokens.slice(from, k - 1).every((t) => TIME_WORDS.has(t.norm) || /^(?:ADJ|ADV|NOUN|DET)$/.test(t.pos))
  ) {
    return false;
  }
  if (k >= to || !SUBORDINATORS.has(tokens[k].norm)) return false;
  for (let m = k; m < to; m++) if (isQuoteMark(tokens[m])) return false;
  return true;
}

/** Whether a quote is all the words of its sentence: outside its marks, punctuation only. */
function standsAlone(tokens: readonly Token[], s: Sentence | undefined, q: Quote): boolean {
  if (!s) return false;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = tokens[i];
    if ((t.end <= q.start || t.start >= q.end) && !t.punct) return false;
  }
  return true;
}

/**
 * Whether a quote continues the quote before it: it opens its paragraph, the paragraph right
 * after that quote's (a paragraph of narrative between, "Ritchie walked up to him.", hands
 * the next quote to whoever it names).
 */
function continues(text: string, q: Quote, before: TextSpan): boolean {
  const lineStart = text.lastIndexOf("\n", q.start - 1) + 1;
  if (text.slice(lineStart, q.start).trim() !== "") return false;
  return (text.slice(before.end, lineStart).match(/\n[ \t]*\n/g)?.length ?? 0) <= 1;
}
