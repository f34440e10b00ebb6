/**
 * Who a relation's source is: the entity of the entity stage that a name, a pronoun, a
 * title or an office stands for, by the rules a newsroom writes by, or a description
 * when it names none.
 *
 * @module
 */
import type { EntityMention, Gazetteer } from "../entities/types.ts";
import { givenNameGender, spanTags } from "../nlp/compromise.ts";
import type { Attribution, TextSpan } from "./attribution.ts";
import {
  DOCUMENT_HEADS,
  MEMBER_BODIES,
  NOT_SOURCE_HEADS,
  OFFICE_HEADS,
  SOURCE_PRONOUNS,
  TITLE_EQUIVALENTS,
} from "./cues.ts";
import {
  determinedBefore,
  headOf,
  isObject,
  modifiesName,
  opensSentence,
  titleWordsBefore,
} from "./speaker_context.ts";
import {
  DETERMINER,
  documentIssuer,
  type IssuerContext,
  officeOrganization,
  organizationsByHead,
} from "./speaker_offices.ts";
import { type Speaker, SPEAKER_TYPES, type SpeakerType } from "./speaker_context.ts";
import { agentlessSpeaker } from "./speaker_agentless.ts";
import { announcingBody, bylineSpeaker, namesBody } from "./speaker_types.ts";
import { quoteSourceAround, quoteSpeakerAround } from "./speaker_quotes.ts";
import { articlePeople } from "./speaker_people.ts";
import { inFrontedClause } from "./speaker_roles.ts";
import { isSomeone } from "./speaker_names.ts";
import { innerPronoun, personInsideQuote } from "./speaker_inner.ts";
import { replyAfter } from "./speaker_turns.ts";
import { bodyDescription, introducedAs, namedAfter } from "./speaker_descriptions.ts";
import {
  coupleBefore,
  describedSubjectBefore,
  groupSubjectBefore,
  isGroupSpeaker,
  modifiedGroup,
  titledSubjectBefore,
} from "./speaker_subjects.ts";

export { type Speaker, SPEAKER_TYPES, type SpeakerType };

/** Options of {@linkcode resolveSpeakers}. */
export interface ResolveSpeakersOptions {
  /**
   * Whom each entity speaks for, by canonical name (the gazetteer's `affiliation`): a
   * title with a demonym ("the Iranian official") goes to a holder affiliated with the
   * demonym's place.
   */
  affiliation?: ReadonlyMap<string, readonly string[]>;
  /** The place each demonym names, by the demonym in lower case ("iranian" → "Iran"). */
  demonyms?: ReadonlyMap<string, string>;
  /**
   * Who writes the article (its byline): the speaker of an "I" outside anyone's quoted words,
   * a column's "I said"; without one, the description "the columnist".
   */
  narrator?: string;
  /** Whether a word in lower case is a given name ("david"), to tell "Leatherneck Shoup" from "Jackie Shoup". */
  givenName?: (word: string) => boolean;
  /**
   * The gender of a given name ("Mary" female, "Hank" male), for "she": a woman by her given
   * name is what "she" stands for, a man by his is not. ("he" heeds titles only: a given name
   * of both, "Beryl W. Sprinkel", is a man's as often.)
   */
  nameGender?: (word: string) => "female" | "male" | undefined;
}

/** Words that split a source's head from what modifies it ("the Secretary of State", "a statement from his office"). */
const HEAD_SPLIT = /\s(?:of|from|for|at|in|on|to|with|before)\s/i;
/** Heads of an unnamed informant: a named body before them does not make it the body's voice. */
const INFORMANT_HEADS = new Set(["source", "sources", "informant", "informants"]);

/** Heads of someone who speaks for an organisation named before them ("a Ford spokesman", "NATO officials"). */
const VOICE_HEADS = new Set([
  "official",
  "officials",
  "spokesman",
  "spokeswoman",
  "spokesmen",
  "representative",
  "authorities",
  "members",
]);

/**
 * Whether a definite source is a description of one person with modifiers ("the former
 * Superior Court judge"): two words or more after its determiner, a singular head in lower
 * case that is no office, body or document ("the juror" alone is a role, not a reference).
 */
function isDescription(headText: string, head: string): boolean {
  const words = headText.trim().split(/\s+/).slice(1);
  const last = words[words.length - 1] ?? "";
  if (words.length < 2 || !/^\p{Ll}/u.test(last) || /s$/.test(head)) return false;
  return !OFFICE_HEADS.has(head) && !DOCUMENT_HEADS.has(head) && !MEMBER_BODIES[head] && !NOT_SOURCE_HEADS.has(head);
}

/** Object pronouns by their subject form, for a source such as "quoted him as saying". */
const OBJECT_PRONOUNS: Readonly<Record<string, string>> = { him: "he", her: "she", them: "they", us: "we", me: "i" };

/**
 * The speaker of each relation of one article, from its source and the article's entity
 * mentions (`mentions` of that article, in any order). A scare quote has none; a relation
 * with a cue and no source an unnamed description by its cue ("it is reported" is "unnamed
 * reports", see {@linkcode agentlessSpeaker}) or none.
 *
 * - a source that holds a name: that name's entity (a person before an organisation, an
 *   organisation before a place: "Iraqi National Security Adviser Qasim al-Araji" is
 *   al-Araji), written as the fullest name the article gives that person ("Mayor
 *   Hartsfield" is "William B. Hartsfield" when the article names him so);
 * - a pronoun (he, she, I): the person a newsroom means, the speaker of the relation just
 *   before when no other person was named since, else the subject of the nearest sentence
 *   that names one: the first person named there who is neither inside someone's reported
 *   words, nor the object of a preposition or a modifier ("received by al-Araji", "a Tyler
 *   lawyer"), nor a woman for "he" (Mrs., Princess ...); they, we: the last organisation or
 *   place named so, else a description;
 * - a title ("the president", "the Secretary of State"): the one person of the article
 *   named with that title before the name ("Sheriff Felix Tabb") or in an apposition after
 *   it ("Felix Tabb, the sheriff,"), of several the one named last; with a demonym ("the
 *   Iranian official") only a holder affiliated with its place, when `options` say so;
 * - an office or a body ("the jury", "the jurors", "the ministry", "its spokesmen"): the
 *   organisation of the article whose name ends in that word, else the office itself as an
 *   organisation; a document ("the resolution", "his petition"): whoever issued it where
 *   the article names them ("a resolution adopted by the council", "the council's
 *   resolution");
 * - anything else: a description, `unnamed`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { resolveSpeakers } from "./speakers.ts";
 * const text = "Sheriff Felix Tabb arrived. The sheriff said it went well.";
 * const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
 * const name = { article: "a", outlet: "X", sentence: 0, surface: "Felix Tabb", entity: "Felix Tabb" };
 * const mentions = [{ ...name, ...span("Felix Tabb"), type: "person" as const }];
 * const relation = {
 *   type: "indirect" as const,
 *   sentence: 1,
 *   content: span("it went well"),
 *   cue: span("said"),
 *   source: span("The sheriff"),
 * };
 * // "The sheriff" goes to the last person called so.
 * const [speaker] = resolveSpeakers(text, [relation], mentions);
 * assert.deepEqual(speaker, { name: "Felix Tabb", type: "person", via: "title" });
 * ```
 */
export function resolveSpeakers(
  text: string,
  relations: readonly Attribution[],
  mentions: readonly EntityMention[],
  options: ResolveSpeakersOptions = {},
): (Speaker | undefined)[] {
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  // The index of the first mention starting at or after an offset.
  const from = (offset: number) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Reported words: the relations' contents, merged, to tell a subject from a name someone else said.
  const contents: TextSpan[] = [];
  for (const r of [...relations].sort((a, b) => a.content.start - b.content.start)) {
    const last = contents[contents.length - 1];
    if (last && r.content.start <= last.end) last.end = Math.max(last.end, r.content.end);
    else contents.push({ ...r.content });
  }
  const inContent = (offset: number) => {
    let lo = 0;
    let hi = contents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (contents[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < contents.length && contents[lo].start <= offset;
  };

  const { titles, holdersOf, female, gender, fullName } = articlePeople(
    text,
    byStart,
    options.givenName,
    options.nameGender,
  );

  // Whether a mention can be what a later pronoun stands for, memoised.
  const antecedent = new Map<EntityMention, boolean>();
  const canAntecede = (m: EntityMention) => {
    let ok = antecedent.get(m);
    if (ok === undefined) {
      ok = !inContent(m.start) && !isObject(text, m) && !modifiesName(text, m, byStart[from(m.end)]);
      // "designs by Ceil Chapman and Helen Rose": a name coordinated with an object is one too.
      const before = byStart[from(m.start) - 1];
      if (ok && before && /^(?:\s*,)?\s+(?:and|or)\s+$/.test(text.slice(before.end, m.start))) {
        ok = inContent(before.start) || !isObject(text, before);
      }
      antecedent.set(m, ok);
    }
    return ok;
  };
  /**
   * The person a pronoun at an offset stands for: the subject of the nearest sentence naming
   * one (bounded look back), a person named in a clause opening that sentence only where its
   * main clause names none; in the pronoun's own sentence (`sentence`), the object of a
   * preposition where no subject comes before the pronoun ("The conduct of Lumumba caused
   * problems -- he announced").
   */
  const personBefore = (offset: number, woman: boolean | undefined, sentence?: number): EntityMention | undefined => {
    let found: EntityMention | undefined;
    let fronted: EntityMention | undefined;
    let object: EntityMention | undefined;
    let womanNamed: EntityMention | undefined;
    let womanObject: EntityMention | undefined;
    let nearest: EntityMention | undefined;
    for (let i = from(offset) - 1, n = 0; i >= 0 && n < 64; i--, n++) {
      const m = byStart[i];
      const at = found?.sentence ?? fronted?.sentence ?? object?.sentence;
      if (at !== undefined && m.sentence !== at) {
        if (!woman || womanNamed) break;
        // "she": past the nearest sentence naming a person, to the nearest naming a woman.
        nearest ??= found ?? fronted ?? object;
      }
      // A "person" named like a body ("San Francisco Symphony") is none a pronoun stands for.
      if (m.type !== "person" || inContent(m.start) || namesBody(m.entity)) continue;
      // "he" skips a woman by her title; "she" a man by his title or his given name, and finds a woman by either.
      const personGender = woman ? gender(m.entity) : undefined;
      const isWoman = woman ? personGender === "female" : female(m.entity);
      if (woman === false && isWoman || personGender === "male") continue;
      // A woman by her given name only where she is no object ("designs by Helen Rose"), else as a last resort.
      if (woman && isWoman && !canAntecede(m) && !female(m.entity)) womanObject ??= m;
      else if (woman && isWoman && (!womanNamed || womanNamed.sentence === m.sentence)) womanNamed = m;
      if (canAntecede(m)) {
        if (inFrontedClause(text, m)) fronted = m;
        else found = m;
      } else if (m.sentence === sentence || titleWordsBefore(text, m).length) object ??= m;
    }
    // "she": a woman named in that sentence first; the object of a preposition only when the
    // sentence names no subject ("the statement of Senator Fulbright").
    return womanNamed ?? womanObject ?? nearest ?? found ?? fronted ?? object;
  };
  const groupBefore = (offset: number): EntityMention | undefined => {
    for (let i = from(offset) - 1, n = 0; i >= 0 && n < 64; i--, n++) {
      const m = byStart[i];
      if (m.type !== "person" && canAntecede(m)) return m;
    }
    return undefined;
  };
  const inSpan = (span: TextSpan) => {
    const out: EntityMention[] = [];
    for (let i = from(span.start); i < byStart.length && byStart[i].start < span.end; i++) {
      if (byStart[i].end <= span.end) out.push(byStart[i]);
    }
    return out;
  };
  // The last mention before an offset of one of some people (bounded: at most a paragraph's worth back).
  const lastHolder = (offset: number, people: ReadonlySet<string>) => {
    for (let i = from(offset) - 1, n = 0; i >= 0 && n < 64; i--, n++) {
      if (people.has(byStart[i].entity)) return byStart[i];
    }
    return undefined;
  };
  const people = byStart.filter((m) => m.type === "person");
  const orgsByHead = organizationsByHead(byStart);
  const office = (word: string, at: number, written = "") =>
    officeOrganization(word, at, written, orgsByHead, lastHolder);
  const rank = { person: 0, organization: 1, place: 2 } as const;
  // The names given to women speakers, for "she" after one.
  const women = new Set<string>();
  const person = (m: EntityMention, via: Speaker["via"]): Speaker => {
    const name = fullName(m);
    if (gender(m.entity) === "female") women.add(name);
    return { name, type: "person", via };
  };
  // A capital speaks for its country's government ("Tehran said"), where the gazetteer affiliates it.
  const entitySpeaker = (m: EntityMention, via: Speaker["via"]): Speaker => {
    if (m.type === "person") return person(m, via);
    const country = m.type === "place" ? options.affiliation?.get(m.entity)?.[0] : undefined;
    return { name: country ?? m.entity, type: m.type, via };
  };
  const issuerContext: IssuerContext = {
    text,
    personBefore,
    groupBefore,
    inSpan,
    office,
    speaker: (m) => entitySpeaker(m, "office"),
    fullName,
  };
  /**
   * Whether a name only modifies the head of a source that is a common noun ("Portland
   * detectives", "Federal prosecutors", "the former Superior Court judge"): then the source is
   * that description or a title, not the name; an organisation's spokesman or official speaks for it.
   */
  const modifies = (named: EntityMention, headText: string, source: TextSpan): boolean => {
    const last = headText.match(/(\S+)\s*$/);
    if (!last || !/^\p{Ll}/u.test(last[1])) return false;
    const lastStart = source.start + (last.index ?? 0);
    if (named.end > lastStart) return false;
    const head = headOf(last[1]);
    return !(named.type === "organization" &&
      (OFFICE_HEADS.has(MEMBER_BODIES[head] ?? head) || VOICE_HEADS.has(head) || DOCUMENT_HEADS.has(head)));
  };
  /** A title's holder: the one person of the article named with it, of several the last named; a demonym narrows them. */
  const holder = (head: string, written: string, at: number): Speaker | undefined => {
    const same = TITLE_EQUIVALENTS[head];
    let holders = [
      ...new Set([
        ...holdersOf.get(head) ?? [],
        ...same ? [...titles].filter(([, ws]) => same.every((w) => ws.has(w))).map(([e]) => e) : [],
      ]),
    ];
    // "The attorney general": of the holders of "general", those named with "attorney" too.
    const more = written.replace(DETERMINER, "").toLowerCase().split(/[^\p{L}-]+/u)
      .filter((w) => w && w !== head && holdersOf.has(w) && !/^(?:his|her|its|their)$/.test(w));
    const narrowed = holders.filter((e) => more.every((w) => titles.get(e)?.has(w)));
    if (narrowed.length) holders = narrowed;
    const place = written.toLowerCase().split(/[^\p{L}]+/u).map((w) => options.demonyms?.get(w)).find(Boolean);
    const affiliated = (entity: string) => !!place && !!options.affiliation?.get(entity)?.includes(place);
    if (place && options.affiliation) holders = holders.filter(affiliated);
    if (!holders.length && place && !OFFICE_HEADS.has(head) && !DOCUMENT_HEADS.has(head)) {
      // "The Iranian official": the speaker just quoted when affiliated with Iran, else the last person named who is.
      const last = previous?.speaker;
      if (last?.type === "person" && affiliated(last.name)) return { ...last, via: "title" };
      for (let i = from(at) - 1, n = 0; i >= 0 && n < 64; i--, n++) {
        if (byStart[i].type === "person" && affiliated(byStart[i].entity)) return person(byStart[i], "title");
      }
    }
    if (!holders.length) return undefined;
    const m = holders.length === 1 ? byStart.find((x) => x.entity === holders[0]) : lastHolder(at, new Set(holders));
    return m ? person(m, "title") : undefined;
  };

  /**
   * A source that names no one, as a description: without its determiner, and with a first
   * word capitalised only because it opens the sentence in lower case ("Reports suggest" is
   * "reports"), unless that word is a name or a demonym ("Iraqi officials").
   */
  const described = (written: string, source: TextSpan): string => {
    // "its directors", "my biologist friends": a possessive no rule resolved is left out, as a determiner.
    const name = written.replace(DETERMINER, "").replace(/^(?:my|our|his|her|its|their)\s+/i, "");
    if (name !== written || !/^\p{Lu}\p{Ll}/u.test(name)) return name;
    const first = name.split(/[\s-]/)[0];
    if (
      options.demonyms?.has(first.toLowerCase()) ||
      inSpan({ start: source.start, end: source.start + first.length }).length
    ) {
      return name;
    }
    const before = text.slice(Math.max(0, source.start - 3), source.start);
    const opens = source.start === 0 || /(?:^|[.!?\u201D"\n])\s*$/.test(before);
    return opens ? name[0].toLowerCase() + name.slice(1) : name;
  };

  /**
   * What "it" stands for as a source: the organisation that spoke just before, else the
   * last organisation named as a subject, else the last named at all; never a person or a place.
   */
  const body = (r: Attribution): Speaker | undefined => {
    const last = previous?.speaker;
    if (last?.type === "organization" && r.sentence - previous!.sentence <= FOLLOW_SENTENCES) {
      return { ...last, via: "pronoun" };
    }
    let named: EntityMention | undefined;
    // Of the nearest sentence naming one as a subject, the first named ("the Security Council ... voted the
    // resolution which drew the U.N. into the Congo. Vague in wording, it called for ...": the Council).
    let subject: EntityMention | undefined;
    for (let i = from(r.source!.start) - 1, n = 0; i >= 0 && n < 64; i--, n++) {
      const m = byStart[i];
      if (subject && m.sentence !== subject.sentence) break;
      if (m.type !== "organization" || inContent(m.start)) continue;
      if (canAntecede(m)) subject = m;
      else if (!subject) named ??= m;
    }
    const m = subject ?? named;
    return m ? entitySpeaker(m, "pronoun") : undefined;
  };

  /** The first person named after a pronoun that opens its sentence in a subordinate clause ("When he ..., Stein"). */
  const cataphora = (r: Attribution): EntityMention | undefined => {
    const before = text.slice(Math.max(0, r.source!.start - 12), r.source!.start);
    if (
      !/(?:^|[.!?]["\u201D']?\s+|\n\s*)(?:Before|After|When|While|As|Although|Though|Since|Until|Once)\s+$/.test(before)
    ) {
      return undefined;
    }
    for (let i = from(r.source!.end); i < byStart.length && byStart[i].start < r.source!.end + 200; i++) {
      const m = byStart[i];
      // The main clause's subject after the comma, even where the clause was read as the pronoun's content.
      const subject = /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start));
      if (m.sentence !== r.sentence || inContent(m.start) && !subject) return undefined;
      if (m.type === "person") return m;
    }
    return undefined;
  };
  // The speaker of the last relation, for a quote with no source nearby and for "he said"
  // right after a speaker was named (the person being quoted, as a newsroom writes).
  let previous: { speaker: Speaker; sentence: number; end: number } | undefined;
  // The speakers so far (of relations with a source or quotes), the last at most four: the other side of a dialogue.
  const spoken: Speaker[] = [];
  const narrator = (): Speaker =>
    options.narrator
      ? bylineSpeaker(options.narrator, byStart.find((m) => m.entity === options.narrator)?.type)
      : { name: "the columnist", type: "unnamed", via: "description" };
  // Where the writer first says "I" outside anyone's words (a column), memoised.
  let firstI: number | undefined;
  const narrates = (offset: number) => {
    if (firstI === undefined) {
      firstI = Infinity;
      for (const m of text.matchAll(/(?<![\p{L}'\u2019\u201C"])I(?=\s+\p{Ll})/gu)) {
        if (!inContent(m.index)) {
          firstI = m.index;
          break;
        }
      }
    }
    return firstI < offset;
  };
  const describedSpeakers = new Set<string>();
  const resolve = (r: Attribution): Speaker | undefined => {
    if (r.type === "scare") return undefined;
    // An accusation or a report with no one named ("charges of assault", "it is reported that"):
    // an unnamed description by its cue, else no one.
    if (!r.source && r.type !== "direct") {
      return agentlessSpeaker(text, r) ?? announcingBody(text, r, inSpan(r.content));
    }
    if (!r.source) {
      // A quote with no source: the person named as a subject since the last speaker, near it
      // ("Ritchie walked up to him. “I told him ...”"), else the last speaker; first, a person
      // named right around it ("X summed it up: “...”", "“...”, X greeted").
      const around = quoteSpeakerAround(text, r.content, people, canAntecede);
      if (around) return person(around, "name");
      // A pronoun or a description introducing it ("In a speech he put it so: “...”") or after it ("“...”? He asked").
      const introduced = quoteSourceAround(text, r.content);
      if (introduced) return resolve({ ...r, source: introduced });
      // A reply in a dialogue: the other speaker, the writer of a column that narrates as "I".
      const turn = previous ? replyAfter(text, r.content) : -1;
      if (turn >= 0 && previous!.end > turn) {
        const writer = narrates(r.content.start) ? narrator() : undefined;
        const last = previous!.speaker.name;
        const other = writer && writer.name !== last ? writer : spoken.findLast((s) => s.name !== last);
        if (other) return other;
      }
      const m = personBefore(r.content.start, undefined);
      // "The gas station man sighed unhappily. “What I always say ...”": a person described as the
      // subject of the sentence before, since the last one named or quoted.
      const described = describedSubjectBefore(text, r.content.start);
      if (
        described && (!m || m.start < described.start) && (!previous || previous.end <= described.start) &&
        !inContent(described.start)
      ) return { name: described.name, type: "unnamed", via: "description" };
      const recent = m && r.sentence - m.sentence <= 2 && canAntecede(m) && opensSentence(text, m);
      if (recent && (!previous || m.sentence > previous.sentence)) return person(m, "pronoun");
      return previous && r.sentence - previous.sentence <= FOLLOW_SENTENCES ? previous.speaker : undefined;
    }
    const written = text.slice(r.source.start, r.source.end).replace(/\s+/g, " ").trim();
    // The head of "Rep. Charles E. Hughes of Sherman" is before "of": a name after it is a modifier.
    const split = written.search(HEAD_SPLIT);
    const all = inSpan(r.source);
    const headText = split < 0 ? written : written.slice(0, split);
    const headWord = headOf(headText);
    const head = split < 0 ? all : all.filter((m) => m.start < r.source!.start + split);
    const named =
      (split < 0 || head.length ? head : []).sort((a, b) => rank[a.type] - rank[b.type] || b.start - a.start)[0];
    if (named && !(named.type !== "person" && INFORMANT_HEADS.has(headWord)) && !modifies(named, headText, r.source)) {
      return entitySpeaker(named, "name");
    }
    // "quoted him as saying": an object pronoun stands for whom its subject form would.
    const lower = OBJECT_PRONOUNS[written.toLowerCase()] ?? written.toLowerCase();
    const pronoun = SOURCE_PRONOUNS[lower];
    // "I said", outside anyone's quoted words: the writer of a column, not the last person named.
    if (lower === "i" && !inContent(r.source.start)) return narrator();
    if (pronoun === "person") {
      // "Before he testified, Stein admitted ...": a pronoun in a clause opening the sentence
      // stands for the person its main clause names.
      const ahead = lower === "he" || lower === "she" ? cataphora(r) : undefined;
      if (ahead) return person(ahead, "pronoun");
      const m = personBefore(r.source.start, lower === "she" ? true : lower === "he" ? false : undefined, r.sentence);
      // "The hotel owner shrugged. “Same thing”, he said.": a person described as the subject
      // since the last one named or quoted.
      const described = lower === "he" || lower === "she" ? describedSubjectBefore(text, r.source.start) : undefined;
      if (
        described && (!m || m.start < described.start) && (!previous || previous.end <= described.start) &&
        !inContent(described.start)
      ) return { name: described.name, type: "unnamed", via: "pronoun" };
      // "The President knew ... But he was convinced": the one the article gives the title
      // that opens the sentence as its subject, over a person that sentence names after it.
      const titled = lower === "he" || lower === "she" ? titledSubjectBefore(text, r.source.start) : undefined;
      const holding = titled && (!m || m.start < titled.start || m.start < titled.sentenceEnd) &&
          (!previous || previous.end <= titled.start) && !inContent(titled.start)
        ? holder(titled.head, titled.name, titled.start)
        : undefined;
      if (holding?.type === "person") return { ...holding, via: "pronoun" };
      const last = previous?.speaker;
      // The one just quoted, named or described ("One Republican senator told ... His reply, he
      // said"), unless a person was named as a subject since, or "she" finds a woman named where
      // the one just quoted is not known to be one.
      const someone = last?.type === "person" || last?.type === "unnamed" && isSomeone(last.name);
      // A woman by her given name only as a subject; and no man by his given name is what "she" continues.
      const woman = lower === "she" && !!m && gender(m.entity) === "female" && (female(m.entity) || canAntecede(m)) &&
          !women.has(last?.name ?? "") || lower === "she" && gender(last?.name ?? "") === "male";
      if (
        last && someone && !woman && r.sentence - previous!.sentence <= FOLLOW_SENTENCES &&
        (!m || m.sentence < previous!.sentence || fullName(m) === last.name || m.entity === last.name)
      ) return { ...last, via: "pronoun" };
      return m ? person(m, "pronoun") : { name: written, type: "unnamed", via: "description" };
    }
    if (pronoun === "body") return body(r);
    if (pronoun === "group") {
      const m = groupBefore(r.source.start);
      // "Mr. and Mrs. X reported the theft. They told police": the couple, when named since the body.
      const couple = coupleBefore(text, people, r.source.start);
      if (couple && (!m || m.start < couple.start) && (!previous || previous.end <= couple.start)) {
        return person(couple, "pronoun");
      }
      // "..., experts warn, .... In that event, they note": the group just quoted, unless a body was named since.
      if (
        previous && isGroupSpeaker(previous.speaker) && r.sentence - previous.sentence <= FOLLOW_SENTENCES &&
        (!m || m.start < previous.end)
      ) return { ...previous.speaker, via: "pronoun" };
      // "Welsh coal miners, Communist-led, are up in arms. They threaten": a group of people opening a sentence
      // since, unless a name is in it ("The Brevard visitors", "The Kremlin insists": the rules below).
      const crowd = groupSubjectBefore(text, r.source.start);
      const within = crowd && inSpan(crowd).length;
      if (crowd && !within && (!m || m.start < crowd.sentenceEnd) && (!previous || previous.end <= crowd.start)) {
        return { name: crowd.name, type: "unnamed", via: "pronoun" };
      }
      // "The Brevard visitors ... they thought": the group the name modifies, not the name's entity.
      const group = m && modifiedGroup(text, m);
      const groupHead = group ? headOf(group) : "";
      if (group && !VOICE_HEADS.has(groupHead) && !MEMBER_BODIES[groupHead] && !OFFICE_HEADS.has(groupHead)) {
        return { name: group, type: "unnamed", via: "pronoun" };
      }
      return m ? entitySpeaker(m, "pronoun") : { name: written, type: "unnamed", via: "description" };
    }
    // "according to decorator consultant, Leland Alden": the name set in apposition after a description.
    const appositive = namedAfter(text, r.source, people);
    if (appositive) return person(appositive, "name");
    const definite = /^(?:the|his|her|its|their)\s/i.test(headText);
    // "the New England-born President": a determiner before modifiers the source span left out.
    if ((definite || determinedBefore(text, r.source.start)) && headWord) {
      const byTitle = holder(headWord, headText, r.source.start);
      if (byTitle) return byTitle;
    }
    // "the former Superior Court judge", "the handsome food expert": a definite description with
    // modifiers that no one holds as a title is the person the text is about, the last speaker.
    // Unless the same description spoke before ("the gas station man asked ... the gas station man said").
    if (definite && isDescription(headText, headWord) && !describedSpeakers.has(described(written, r.source))) {
      const last = previous?.speaker;
      if (last?.type === "person" && r.sentence - previous!.sentence <= FOLLOW_SENTENCES) {
        return { ...last, via: "title" };
      }
    }
    if (DOCUMENT_HEADS.has(headWord) && (definite || /^(?:a|an)\s/i.test(headText))) {
      const by = documentIssuer(headWord, r.source.start + headText.length, issuerContext);
      if (by) return by;
    }
    // "Its spokesmen", "their lawyers": the organisation the possessive stands for (a place
    // named before, as in an address, is no body that has spokesmen or directors).
    if (/^(?:its|their)\s/i.test(headText) && (OFFICE_HEADS.has(headWord) || MEMBER_BODIES[headWord])) {
      const m = groupBefore(r.source.start);
      if (m?.type === "organization") return entitySpeaker(m, "office");
    }
    // "The court held", right after "the Washington state supreme court ruled": the body that just
    // spoke; so do its members, several of them ("the jurors said" after "the jury said"; "the juror" is one).
    const last = previous?.speaker;
    const bodyWord = /(?:s|men)$/.test(headWord) ? MEMBER_BODIES[headWord] ?? headWord : headWord;
    if (
      definite && last && last.type !== "person" && OFFICE_HEADS.has(bodyWord) && headOf(last.name) === bodyWord &&
      r.sentence - previous!.sentence <= FOLLOW_SENTENCES
    ) return { ...last, via: "office" };
    // "Hospital officials", "the bank's spokesman": the voice of the body its modifier names.
    const voice = VOICE_HEADS.has(headWord) ? headOf(headText.replace(/\s*\S+\s*$/, "")) : "";
    // "A committee of experts" is a new body, not the committee named before.
    const indefinite = /^(?:a|an)\s/i.test(headText);
    const org = (voice && office(voice, r.source.start)) ||
      (!indefinite || voice ? office(headWord, r.source.start, headText) : undefined);
    if (org) return { name: org, type: "organization", via: "office" };
    if (
      OFFICE_HEADS.has(MEMBER_BODIES[headWord] ?? headWord) && (definite || /\b(?:his|her|its|their)\b/i.test(written))
    ) {
      return { name: described(written, r.source), type: "organization", via: "office" };
    }
    // "the principal of the school", "the school's principal": with the body's name.
    const within = bodyDescription(written, all, (word) => office(word, r.source!.start));
    if (within) return { name: within, type: "unnamed", via: "description" };
    // "an American missionary ... the American said": the description it was introduced by.
    const introduced = split < 0 && /^the\s/i.test(headText)
      ? introducedAs(text, r.source.start, headText.match(/([\p{L}-]+)\W*$/u)?.[1] ?? "")
      : undefined;
    if (introduced) return { name: introduced, type: "unnamed", via: "description" };
    return { name: described(written, r.source), type: "unnamed", via: "description" };
  };
  // The speaker of each direct quote, by its content's start, for a "he" inside it.
  const quoters = new Map<number, Speaker | undefined>();
  /** A report inside a quote: "he" is a person the quote named, not the one quoted, nor is the one quoted the last speaker. */
  const inner = (r: Attribution & { inside: TextSpan }): Speaker | undefined => {
    const pronoun = innerPronoun(text, r);
    const quoter = quoters.get(r.inside.start)?.name;
    const outer = previous;
    previous = undefined;
    try {
      // Only a pronoun (which has a source) is read as one: a relation given with no source is resolved as any other.
      const named = pronoun &&
        personInsideQuote(byStart, from(r.source!.start), r, pronoun === "she", { gender, name: fullName, quoter });
      if (named) return person(named, "pronoun");
      const speaker = resolve(r);
      // Not the one quoted, nor the pronoun itself as a description.
      return pronoun && (speaker?.name === quoter || speaker?.via === "description") ? undefined : speaker;
    } finally {
      previous = outer;
    }
  };
  return relations.map((r) => {
    const speaker = r.inside ? inner({ ...r, inside: r.inside }) : resolve(r);
    if (r.type === "direct" && !r.inside) quoters.set(r.content.start, speaker);
    if (speaker?.via === "description") describedSpeakers.add(speaker.name);
    // A speaker no one names is not the one a later pronoun or quote continues.
    // A report inside a quote neither: the quote's speaker is still the one speaking.
    if (speaker && (r.source || r.type === "direct") && !r.inside) {
      previous = { speaker, sentence: r.sentence, end: Math.max(r.content.end, r.source?.end ?? 0) };
      if (spoken.push(speaker) > 4) spoken.shift();
    }
    return speaker;
  });
}

/**
 * The options of {@linkcode resolveSpeakers} that a gazetteer gives: its entities'
 * affiliations, and the place each demonym names.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { speakerOptions } from "./speakers.ts";
 * const gazetteer = {
 *   file: "g.yaml",
 *   titles: [],
 *   demonyms: [],
 *   notEntities: [],
 *   entities: [
 *     { name: "Iran", type: "place" as const, aliases: [], demonyms: ["Iranian"] },
 *     { name: "Ali Larijani", type: "person" as const, aliases: [], demonyms: [], affiliation: ["Iran"] },
 *   ],
 * };
 * const options = speakerOptions(gazetteer);
 * assert.equal(options.demonyms?.get("iranian"), "Iran");
 * assert.deepEqual(options.affiliation?.get("Ali Larijani"), ["Iran"]);
 * ```
 */
export function speakerOptions(gazetteer: Gazetteer): ResolveSpeakersOptions {
  const affiliation = new Map<string, readonly string[]>();
  const demonyms = new Map<string, string>();
  for (const e of gazetteer.entities) {
    if (e.affiliation?.length) affiliation.set(e.name, e.affiliation);
    for (const d of e.demonyms) demonyms.set(d.toLowerCase(), e.name);
  }
  const givenName = (word: string) => {
    const tags = spanTags(word[0].toUpperCase() + word.slice(1));
    return tags.firstName || tags.person;
  };
  return { affiliation, demonyms, givenName, nameGender: givenNameGender };
}

/** How many sentences after a relation a quote with no source, or a pronoun, still continues its speaker. */
const FOLLOW_SENTENCES = 4;
