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
    // "Sheriff Felix Tabb", "Felix Tabb, the sheriff,", and a title kept in the name ("Princess Moune").
    const own = m.surface.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(0, -1);
    for (const w of [...wordsBefore(text, m), ...appositionAfter(text, m), ...own]) set.add(w);
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
  // The last mention before an offset of one of some people (bounded: at most a paragraph's worth back).
  const lastHolder = (offset: number, people: ReadonlySet<string>) => {
    for (let i = from(offset) - 1, n = 0; i >= 0 && n < 64; i--, n++) if (people.has(byEnd[i].entity)) return byEnd[i];
    return undefined;
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

  // The speaker of the last relation, for a quote with no source nearby and for "he said"
  // right after a speaker was named (the person being quoted, as a newsroom writes).
  let previous: { speaker: Speaker; sentence: number } | undefined;
  const resolve = (r: Attribution): Speaker | undefined => {
    if (r.type === "scare") return undefined;
    if (!r.source) {
      return previous && r.sentence - previous.sentence <= FOLLOW_SENTENCES ? previous.speaker : undefined;
    }
    const written = text.slice(r.source.start, r.source.end).replace(/\s+/g, " ").trim();
    // The head of "Rep. Charles E. Hughes of Sherman" is before "of": a name after it is a modifier.
    const of = text.slice(r.source.start, r.source.end).search(/\s(?:of|from|for)\s/);
    const all = inSpan(r.source);
    const head = of < 0 ? all : all.filter((m) => m.start < r.source!.start + of);
    const named = (head.length ? head : all).sort((a, b) => rank[a.type] - rank[b.type] || b.start - a.start)[0];
    if (named) return { name: named.entity, type: named.type, via: "name" };
    const lower = written.toLowerCase();
    const pronoun = SOURCE_PRONOUNS[lower];
    if (pronoun === "person") {
      const m = lastPerson[from(r.source.start)];
      const last = previous?.speaker;
      if (
        last?.type === "person" && r.sentence - previous!.sentence <= FOLLOW_SENTENCES &&
        (!m || m.sentence < previous!.sentence || m.entity === last.name)
      ) return { ...last, via: "pronoun" };
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
    const headWord = headOf(written);
    const definite = /^the\s/i.test(written);
    if (definite && headWord) {
      // The one person named with the title; of several, the one named last before the source.
      const holders = new Set(holdersOf.get(headWord) ?? []);
      if (holders.size === 1) return { name: [...holders][0], type: "person", via: "title" };
      if (holders.size > 1) {
        const m = lastHolder(r.source.start, holders);
        if (m) return { name: m.entity, type: "person", via: "title" };
      }
    }
    if (OFFICE_HEADS.has(headWord)) {
      const names = [...(orgsByHead.get(headWord) ?? [])];
      if (names.length === 1) return { name: names[0], type: "organization", via: "office" };
      if (definite || /\b(?:his|her|its|their)\b/i.test(written)) {
        return { name: written.replace(DETERMINER, ""), type: "organization", via: "office" };
      }
    }
    return { name: written.replace(DETERMINER, ""), type: "unnamed", via: "description" };
  };
  return relations.map((r) => {
    const speaker = resolve(r);
    if (speaker) previous = { speaker, sentence: r.sentence };
    return speaker;
  });
}

/** How many sentences after a relation a quote with no source, or a pronoun, still continues its speaker. */
const FOLLOW_SENTENCES = 4;
