/**
 * Who a relation's source is: the entity of the entity stage that a name, a pronoun, a
 * title or an office stands for, by the rules a newsroom writes by, or a description
 * when it names none.
 *
 * @module
 */
import type { EntityMention } from "../entities/types.ts";
import type { Attribution, TextSpan } from "./attribution.ts";
import { OFFICE_HEADS, SOURCE_PRONOUNS } from "./cues.ts";

/** What kind of speaker a relation has: an entity's type, or `unnamed` for a description. */
export type SpeakerType = "person" | "organization" | "place" | "unnamed";

/** The speaker types, in the order tables show them. */
export const SPEAKER_TYPES: readonly SpeakerType[] = ["person", "organization", "place", "unnamed"];

/** A relation's speaker. */
export interface Speaker {
  /** The entity's canonical name, or the description as written ("a Lebanese official"). */
  name: string;
  /** Its type. */
  type: SpeakerType;
  /** How the source was resolved. */
  via: "name" | "pronoun" | "title" | "office" | "description";
}

const DETERMINER = /^(?:the|a|an|this|that|these|those)\s+/i;

/** The last word of a span's text, lower-cased, without a possessive. */
function headOf(text: string): string {
  const words = text.replace(/['\u2019]s\b/g, "").split(/[\s\-]+/).filter((w) => /\p{L}/u.test(w));
  return (words[words.length - 1] ?? "").toLowerCase();
}

/** The words (lower-cased) within `chars` characters before a mention, in its sentence's text. */
function wordsBefore(text: string, m: EntityMention, chars = 48): string[] {
  const from = Math.max(0, m.start - chars);
  const before = text.slice(from, m.start);
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf("\n"));
  return before.slice(cut + 1).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(-4);
}

/** The words of an apposition after a mention (", the SNSC secretary,"), lower-cased. */
function appositionAfter(text: string, m: EntityMention): string[] {
  const after = text.slice(m.end, m.end + 60);
  const match = after.match(/^,\s+(?:the|a|an|who is|now)\s+([^,.;]{1,50})[,.;]/i);
  return match ? match[1].toLowerCase().split(/[^\p{L}]+/u).filter(Boolean) : [];
}

/**
 * The speaker of each relation of one article, from its source and the article's entity
 * mentions (`mentions` of that article, in text order). A scare quote, or a relation with
 * no source, has none.
 *
 * - a source that holds a name: that name's entity (a person before an organisation, an
 *   organisation before a place: "Iraqi National Security Adviser Qasim al-Araji" is
 *   al-Araji);
 * - a pronoun (he, she, I): the last person named before it; they, we: the last
 *   organisation or place named before it, else a description;
 * - a title ("the president", "the sheriff"): the one person of the article named with
 *   that title before the name ("Sheriff Felix Tabb") or in an apposition after it;
 * - an office or a body ("the jury", "the ministry", "a statement from his office"): the
 *   organisation of the article whose name ends in that word, else the office itself as an
 *   organisation;
 * - anything else: a description, `unnamed`.
 *
 * @example
 * ```ts
 * const text = "Sheriff Felix Tabb arrived. The sheriff said it went well.";
 * const mentions = [{ article: "a", outlet: "X", sentence: 0, start: 8, end: 18, surface: "Felix Tabb", entity: "Felix Tabb", type: "person" as const }];
 * const relation = { type: "indirect" as const, sentence: 1, content: { start: 46, end: 58 }, cue: { start: 41, end: 45 }, source: { start: 28, end: 40 } };
 * resolveSpeakers(text, [relation], mentions)[0]; // { name: "Felix Tabb", type: "person", via: "title" }
 * ```
 */
export function resolveSpeakers(
  text: string,
  relations: readonly Attribution[],
  mentions: readonly EntityMention[],
): (Speaker | undefined)[] {
  const byEnd = [...mentions].sort((a, b) => a.start - b.start);
  const persons = byEnd.filter((m) => m.type === "person");
  // The titles each person is named with anywhere in the article.
  const titles = new Map<string, Set<string>>();
  for (const m of persons) {
    const set = titles.get(m.entity) ?? new Set<string>();
    for (const w of [...wordsBefore(text, m), ...appositionAfter(text, m)]) set.add(w);
    titles.set(m.entity, set);
  }
  // The index of the first mention starting at or after an offset.
  const from = (offset: number) => {
    let lo = 0;
    let hi = byEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byEnd[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The last person, and the last organisation or place, named before each mention index.
  const lastPerson: (EntityMention | undefined)[] = [];
  const lastGroup: (EntityMention | undefined)[] = [];
  for (let i = 0; i <= byEnd.length; i++) {
    const m = byEnd[i - 1];
    lastPerson.push(m?.type === "person" ? m : lastPerson[i - 1]);
    lastGroup.push(m && m.type !== "person" ? m : lastGroup[i - 1]);
  }
  const inSpan = (span: TextSpan) => {
    const out: EntityMention[] = [];
    for (let i = from(span.start); i < byEnd.length && byEnd[i].start < span.end; i++) {
      if (byEnd[i].end <= span.end) out.push(byEnd[i]);
    }
    return out;
  };
  // The organisations by the last word of their names.
  const orgsByHead = new Map<string, Set<string>>();
  for (const m of byEnd) {
    if (m.type !== "organization") continue;
    const head = headOf(m.surface);
    orgsByHead.set(head, (orgsByHead.get(head) ?? new Set()).add(m.entity));
  }
  // The people named with each title word.
  const holdersOf = new Map<string, string[]>();
  for (const [entity, words] of titles) for (const w of words) holdersOf.set(w, [...(holdersOf.get(w) ?? []), entity]);
  const rank = { person: 0, organization: 1, place: 2 } as const;

  return relations.map((r): Speaker | undefined => {
    if (r.type === "scare" || !r.source) return undefined;
    const written = text.slice(r.source.start, r.source.end).replace(/\s+/g, " ").trim();
    const named = inSpan(r.source).sort((a, b) => rank[a.type] - rank[b.type] || b.start - a.start)[0];
    if (named) return { name: named.entity, type: named.type, via: "name" };
    const lower = written.toLowerCase();
    const pronoun = SOURCE_PRONOUNS[lower];
    if (pronoun === "person") {
      const m = lastPerson[from(r.source.start)];
      return m
        ? { name: m.entity, type: "person", via: "pronoun" }
        : { name: written, type: "unnamed", via: "description" };
    }
    if (pronoun === "group") {
      const m = lastGroup[from(r.source.start)];
      return m
        ? { name: m.entity, type: m.type, via: "pronoun" }
        : { name: written, type: "unnamed", via: "description" };
    }
    const head = headOf(written);
    const definite = /^the\s/i.test(written);
    if (definite && head) {
      const holders = holdersOf.get(head) ?? [];
      if (holders.length === 1) return { name: holders[0], type: "person", via: "title" };
    }
    if (OFFICE_HEADS.has(head)) {
      const names = [...(orgsByHead.get(head) ?? [])];
      if (names.length === 1) return { name: names[0], type: "organization", via: "office" };
      if (definite || /\b(?:his|her|its|their)\b/i.test(written)) {
        return { name: written.replace(DETERMINER, ""), type: "organization", via: "office" };
      }
    }
    return { name: written.replace(DETERMINER, ""), type: "unnamed", via: "description" };
  });
}
