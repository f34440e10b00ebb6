/**
 * Typing a name that is not in the gazetteer: person, organisation or place, by votes
 * from its mentions' context and words, and from compromise.
 *
 * @module
 */
import type { EntityType } from "./types.ts";
import type { Candidate } from "./mentions.ts";
import type { CandidateForm } from "./candidate_table.ts";
import { ORGANIZATION_HEADS, PLACE_HEADS, PLACE_PREFIXES } from "../text/english.ts";
import { spansTags, spanTagBits, type SpanTags, spanTags } from "../nlp/compromise.ts";

/** Options for {@linkcode guessType}. */
export interface GuessTypeOptions {
  /** What compromise makes of a span; `spanTags` by default (tests pass a stub). */
  tags?: (span: string) => SpanTags;
}

/** Votes for each type, and the type they elect. */
export interface TypeGuess {
  /** The type with the most votes (person before organisation before place on a tie). */
  type: EntityType;
  /** The votes. */
  votes: Record<EntityType, number>;
}

/** What typing reads of a mention: its words, its name and its cues (a candidate, or its form). */
export type TypedMention = Pick<CandidateForm, "words" | "surface" | "cues">;

const FIRST_NAME_WORDS = new Set(["abu", "abd", "abdul", "abdel", "abdullah", "umm", "sheikh"]);

/**
 * Types an entity found in the text from the mentions that resolved to it:
 * - a title before a mention ("Speaker Nabih Berri"): person, 3 votes;
 * - a last word such as Party, Council, Forces, Ministry: organisation, 3; Region,
 *   River, Province, Farms: place, 3; a first word such as Ain, Tel, Wadi: place, 2;
 * - an acronym (in capitals in every mention), or a name defined with one: organisation, 2;
 * - an organisation's context ("leaders of X", "the X militia"): organisation, 2 per mention;
 * - compromise finds a person, place or organisation covering the name: 2; a known
 *   first name at its head ("Joseph Aoun"): person, 2;
 * - "of" inside it ("Party of Kurdistan"): organisation, 1;
 * - a place preposition before it ("in Baabda"): place, 1 per mention; a verb of
 *   speech after a name of several words ("Nabih Berri said"): person, 1 per mention (after a single word,
 *   organisation, 0.25: organisations speak too);
 * - otherwise a name of several words leans to person (0.5), a single word to place (0.5).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadGazetteer, loadResources } from "framelens";
 * import { compileGazetteer, findCandidates } from "./mentions.ts";
 * import { guessType } from "./typing.ts";
 * const text = "Speaker Nabih Berri met Karim Haddad in Baabda. Haddad said the plan would fail.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const candidates = findCandidates(annotated, compileGazetteer(await loadGazetteer()));
 * const haddad = candidates.filter((c) => c.key.endsWith("haddad")); // "Karim Haddad", "Haddad said"
 * assert.equal(guessType(haddad).type, "person");
 * assert.equal(guessType(candidates.filter((c) => c.surface === "Baabda")).type, "place"); // "in Baabda"
 * ```
 */
export function guessType(mentions: readonly TypedMention[], options: GuessTypeOptions = {}): TypeGuess {
  const tags = options.tags ?? spanTags;
  const { votes, spans } = cueVotes(mentions);
  for (const span of spans) addTagVotes(votes, span, tags);
  return { type: elect(votes, mentions), votes };
}

/** The type of an entity and whether the votes for it are evidence against a person. */
export interface TypeElection {
  /** The type {@linkcode guessType} elects. */
  type: EntityType;
  /**
   * The type is not person and has one vote or more besides those of verbs of speech: the
   * name is not a short form of a person's. A verb of speech after a single word ("Larijani
   * told reporters") leans it to organisation when nothing else says what it is, but
   * people speak too: it is no evidence against a person.
   */
  evidence: boolean;
}

/**
 * The type {@linkcode guessType} elects, and whether it is a type other than person with
 * one vote or more besides those of verbs of speech; compromise is asked about the names
 * only when its votes could change either (often the context alone decides: "President
 * Karim Haddad").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadGazetteer, loadResources } from "framelens";
 * import { compileGazetteer, findCandidates } from "./mentions.ts";
 * import { electType } from "./typing.ts";
 * const text = "Speaker Nabih Berri met Karim Haddad in Baabda. Haddad said the plan would fail.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const candidates = findCandidates(annotated, compileGazetteer(await loadGazetteer()));
 * const berri = candidates.filter((c) => c.surface === "Nabih Berri");
 * assert.deepEqual(electType(berri), { type: "person", evidence: false });
 * ```
 */
export function electType(mentions: readonly TypedMention[], options: GuessTypeOptions = {}): TypeElection {
  const tags = options.tags ?? spanTags;
  const { votes, spans, speech } = cueVotes(mentions);
  // Votes that are evidence against a person: all but those of verbs of speech.
  const against = (t: EntityType) => t !== "person" && votes[t] - (t === "organization" ? speech : 0) >= 1;
  // What compromise may add to each type: 2 for a person, place or organisation covering a
  // span (one of them at most), 2 more for a person when a span of several words starts
  // with a first name.
  const most: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  for (const span of spans) {
    most.person += span.words > 1 ? 4 : 2;
    most.organization += 2;
    most.place += 2;
  }
  const leader = TYPES.reduce((a, b) => votes[b] > votes[a] ? b : a);
  const safe = spans.length > 0 && TYPES.every((t, i) =>
    t === leader ||
    (i < TYPES.indexOf(leader) ? votes[leader] > votes[t] + most[t] : votes[leader] >= votes[t] + most[t])
  );
  // compromise only adds votes: once the leader is safe and is evidence, it stays both.
  if (safe && (leader === "person" || against(leader))) return { type: leader, evidence: leader !== "person" };
  for (const span of spans) addTagVotes(votes, span, tags);
  const type = elect(votes, mentions);
  return { type, evidence: against(type) };
}

const TYPES: EntityType[] = ["person", "organization", "place"];

/** A distinct name of the mentions, for compromise. */
interface Span {
  text: string;
  words: number;
}

/**
 * The votes of everything but compromise, the distinct names to ask compromise about, and
 * the votes for organisation that came from verbs of speech after a single word.
 */
function cueVotes(
  mentions: readonly TypedMention[],
): { votes: Record<EntityType, number>; spans: Span[]; speech: number } {
  const votes: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  let speech = 0;
  const spans: Span[] = [];
  const seen = new Set<string>();
  // An acronym is written in capitals everywhere ("ERBIL" in a dateline is not one).
  const acronym = mentions.every((m) => m.words.length === 1 && /^[\p{Lu}\d]{2,6}$/u.test(m.words[0].text));
  for (const m of mentions) {
    const words = m.words;
    const n = words.length;
    if (m.cues.title) votes.person += 3;
    if (m.cues.placePreposition) votes.place += 1;
    // Organisations speak too: a verb of speech after a single word is a weak sign.
    if (m.cues.speechVerb) {
      if (n > 1) votes.person += 1;
      else {
        votes.organization += 0.25;
        speech += 0.25;
      }
    }
    if (m.cues.acronym) votes.organization += 2;
    if (m.cues.organizationContext) votes.organization += 2;
    if (mentions.length > 1) {
      if (seen.has(m.surface)) continue;
      seen.add(m.surface);
    }
    const firstKey = words[0].key;
    const lastKey = words[n - 1].key;
    if (ORGANIZATION_HEADS.has(lastKey) && n > 1) votes.organization += 3;
    if (PLACE_HEADS.has(lastKey) && n > 1) votes.place += 3;
    if (PLACE_PREFIXES.has(firstKey) && n > 1) votes.place += 2;
    if (n === 1 && acronym) votes.organization += 2;
    if (FIRST_NAME_WORDS.has(firstKey) && n > 1) votes.person += 1;
    if (words.some((w) => w.key === "of")) votes.organization += 1;
    spans.push({ text: mentionSpan(m), words: n });
  }
  return { votes, spans, speech };
}

/** compromise's votes for one name. */
function addTagVotes(votes: Record<EntityType, number>, span: Span, tags: (span: string) => SpanTags): void {
  const t = tags(span.text);
  if (t.person) votes.person += 2;
  if (t.place) votes.place += 2;
  if (t.organization) votes.organization += 2;
  if (t.firstName && span.words > 1) votes.person += 2;
}

/** The type with the most votes, person before organisation before place on a tie; without any vote, a name of several words leans to person (0.5), a single word to place (0.5). */
function elect(votes: Record<EntityType, number>, mentions: readonly TypedMention[]): EntityType {
  if (votes.person + votes.organization + votes.place === 0) {
    if (mentions.some((m) => m.words.length > 1)) votes.person += 0.5;
    else votes.place += 0.5;
  }
  return TYPES.reduce((a, b) => votes[b] > votes[a] ? b : a);
}

/**
 * The span compromise is asked about for a mention: its words as written, one space apart.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadGazetteer, loadResources } from "framelens";
 * import { compileGazetteer, findCandidates } from "./mentions.ts";
 * import { mentionSpan } from "./typing.ts";
 * const text = "Speaker Nabih  Berri arrived.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const [berri] = findCandidates(annotated, compileGazetteer(await loadGazetteer()));
 * assert.equal(mentionSpan(berri), "Nabih Berri"); // one space apart
 * ```
 */
export function mentionSpan(m: Pick<TypedMention, "words">): string {
  return m.words.length === 1 ? m.words[0].text : m.words.map((w) => w.text).join(" ");
}

/**
 * What compromise makes of each distinct span of some mentions, as `[span, bits]` pairs
 * ({@linkcode spanTagBits}), so that an article's digest carries them and entity
 * resolution over the corpus need not tag them again. The spans are tagged together
 * (`spansTags` by default: one compromise document for all of them). Mentions of
 * gazetteer entries are left out: their entity's type is the gazetteer's, and entity
 * resolution never asks about them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadGazetteer, loadResources } from "framelens";
 * import { compileGazetteer, findCandidates } from "./mentions.ts";
 * import { candidateSpanTags } from "./typing.ts";
 * const text = "Karim Haddad met Ali Larijani.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, await loadResources());
 * const candidates = findCandidates(annotated, compileGazetteer(await loadGazetteer()));
 * // Ali Larijani is in the gazetteer: left out. compromise reads Karim Haddad as person (1) and first name (8).
 * assert.deepEqual(candidateSpanTags(candidates), [["Karim Haddad", 9]]);
 * ```
 */
export function candidateSpanTags(
  mentions: readonly Candidate[],
  tags: (spans: readonly string[]) => SpanTags[] = spansTags,
): [string, number][] {
  const spans = [...new Set(mentions.filter((m) => m.entry === undefined).map(mentionSpan))];
  const found = tags(spans);
  return spans.map((span, i) => [span, spanTagBits(found[i])]);
}
