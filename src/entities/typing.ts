/**
 * Typing a name that is not in the gazetteer: person, organisation or place, by votes
 * from its mentions' context and words, and from compromise.
 *
 * @module
 */
import type { EntityType } from "./types.ts";
import type { Candidate } from "./mentions.ts";
import { ORGANIZATION_HEADS, PLACE_HEADS, PLACE_PREFIXES } from "./mentions.ts";
import { type SpanTags, spanTags } from "../nlp/compromise.ts";

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
 * guessType(candidatesOf("Nabih Berri")).type; // "person"
 * ```
 */
export function guessType(mentions: Candidate[], options: GuessTypeOptions = {}): TypeGuess {
  const tags = options.tags ?? spanTags;
  const votes: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  const seen = new Set<string>();
  // An acronym is written in capitals everywhere ("ERBIL" in a dateline is not one).
  const acronym = mentions.every((m) => m.words.length === 1 && /^[\p{Lu}\d]{2,6}$/u.test(m.words[0].text));
  for (const m of mentions) {
    const words = m.words.map((w) => w.key);
    const lastKey = words[words.length - 1];
    if (m.cues.title) votes.person += 3;
    if (m.cues.placePreposition) votes.place += 1;
    // Organisations speak too: a verb of speech after a single word is a weak sign.
    if (m.cues.speechVerb) {
      if (m.words.length > 1) votes.person += 1;
      else votes.organization += 0.25;
    }
    if (m.cues.acronym) votes.organization += 2;
    if (m.cues.organizationContext) votes.organization += 2;
    if (seen.has(m.surface)) continue;
    seen.add(m.surface);
    if (ORGANIZATION_HEADS.has(lastKey) && words.length > 1) votes.organization += 3;
    if (PLACE_HEADS.has(lastKey) && words.length > 1) votes.place += 3;
    if (PLACE_PREFIXES.has(words[0]) && words.length > 1) votes.place += 2;
    if (m.words.length === 1 && acronym) votes.organization += 2;
    if (FIRST_NAME_WORDS.has(words[0]) && words.length > 1) votes.person += 1;
    if (words.includes("of")) votes.organization += 1;
    const t = tags(m.words.map((w) => w.text).join(" "));
    if (t.person) votes.person += 2;
    if (t.place) votes.place += 2;
    if (t.organization) votes.organization += 2;
    if (t.firstName && words.length > 1) votes.person += 2;
  }
  if (votes.person + votes.organization + votes.place === 0) {
    if (mentions.some((m) => m.words.length > 1)) votes.person += 0.5;
    else votes.place += 0.5;
  }
  const type = (["person", "organization", "place"] as EntityType[]).reduce((a, b) => votes[b] > votes[a] ? b : a);
  return { type, votes };
}
