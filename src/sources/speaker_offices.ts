/**
 * Offices and documents as sources: the organisation an office word stands for ("the
 * jury" → "Fulton County Grand Jury"), and who issued a document ("the resolution" →
 * the council that adopted it). Used by {@linkcode resolveSpeakers} of `speakers.ts`.
 *
 * @module
 */
import type { EntityMention } from "../entities/types.ts";
import type { TextSpan } from "./attribution.ts";
import type { Speaker } from "./speaker_context.ts";
import { ORGANIZATION_HEADS } from "../text/english.ts";
import { MEMBER_BODIES, OFFICE_HEADS } from "./cues.ts";
import { headOf, nameWords, titleWordsBefore } from "./speaker_context.ts";

/** A determiner opening a source ("the", "a", "these" ...). */
export const DETERMINER = /^(?:the|a|an|this|that|these|those)\s+/i;

/** Possessive determiners, which modify no office's name ("its council"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/**
 * The organisations of an article by the last word of their names, and by the last word
 * before "of" ("First National Bank of Jersey City" is a bank).
 */
export function organizationsByHead(mentions: readonly EntityMention[]): Map<string, Set<string>> {
  const orgsByHead = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== "organization") continue;
    for (const head of new Set([headOf(m.surface), headOf(m.surface.split(/\s+of\s+/i)[0])])) {
      orgsByHead.set(head, (orgsByHead.get(head) ?? new Set()).add(m.entity));
    }
  }
  return orgsByHead;
}

/**
 * An office word's organisation ("jury" → "Fulton County Grand Jury"), when the article
 * names one; of several, the one whose name holds all the others' words ("Grand Jury" is
 * "Fulton County Grand Jury"), else of those whose names hold the words `written` puts
 * before the office word ("the city council"), the one `lastNamed` finds before `at`.
 */
export function officeOrganization(
  word: string,
  at: number,
  written: string,
  orgsByHead: ReadonlyMap<string, ReadonlySet<string>>,
  lastNamed: (offset: number, names: ReadonlySet<string>) => EntityMention | undefined,
): string | undefined {
  const head = MEMBER_BODIES[word] ?? word;
  if (!OFFICE_HEADS.has(head) && !ORGANIZATION_HEADS.has(head)) return undefined;
  const before = written.replace(DETERMINER, "").split(/\s+/).slice(0, -1);
  const holds = (name: string, words: string[]) => nameWords(words.join(" ")).every((w) => nameWords(name).includes(w));
  // A name written before the office word is the body's own ("the Washington state supreme court" is no "Tax Court").
  const names = [...(orgsByHead.get(head) ?? [])].filter((n) => holds(n, before.filter((w) => /^\p{Lu}/u.test(w))));
  if (names.length <= 1) return names[0];
  const widest = names.find((n) => names.every((o) => nameWords(o).every((w) => nameWords(n).includes(w))));
  if (widest) return widest;
  const fit = names.filter((n) => holds(n, before.filter((w) => !POSSESSIVES.has(w.toLowerCase()))));
  return fit.length ? lastNamed(at, new Set(fit))?.entity : undefined;
}

/** The title written right before a person's name ("Iraqi Prime Minister" of "Iraqi Prime Minister Mohammed Shia Al Sudani"). */
export function titleOf(text: string, m: EntityMention): string {
  const n = titleWordsBefore(text, m).length;
  return n ? text.slice(Math.max(0, m.start - 80), m.start).trim().split(/\s+/).slice(-n).join(" ") : "";
}

/** What {@linkcode documentIssuer} asks of the article's speaker resolution. */
export interface IssuerContext {
  /** The article's text. */
  text: string;
  /** The person "his" or "her" at an offset stands for (`woman`: true for "her"). */
  personBefore(offset: number, woman: boolean | undefined): EntityMention | undefined;
  /** The organisation or place "its" or "their" at an offset stands for. */
  groupBefore(offset: number): EntityMention | undefined;
  /** The mentions inside a span. */
  inSpan(span: TextSpan): EntityMention[];
  /** An office word's organisation, if the article names one. */
  office(word: string, at: number): string | undefined;
  /** The speaker a mention is. */
  speaker(m: EntityMention): Speaker;
  /** The fullest name of a person. */
  fullName(m: EntityMention): string;
}

/**
 * Who issued the document a source names ("the resolution", ending before offset
 * `before`): the owner of its last mention that names one ("his petition", "the council's
 * resolution", "a resolution adopted by the council", "a statement from his office").
 */
export function documentIssuer(doc: string, before: number, context: IssuerContext): Speaker | undefined {
  const { text, personBefore, groupBefore, inSpan, office, speaker, fullName } = context;
  const window = text.slice(Math.max(0, before - 3000), before);
  const base = before - window.length;
  const found = [...window.matchAll(new RegExp(`\\b${doc}s?\\b`, "gi"))].reverse();
  const via = (s: Speaker): Speaker => ({ ...s, via: "office" });
  for (const hit of found.slice(0, 8)) {
    const at = base + hit.index;
    const pre = text.slice(Math.max(0, at - 40), at);
    // "the council's statement", "the Princes' statement".
    const owner = pre.match(/(\S+?)(['\u2019]s|(?<=s)['\u2019])?\s+$/);
    const ownerWord = owner?.[1].toLowerCase().replace(/[^\p{L}]/gu, "") ?? "";
    if (ownerWord === "his" || ownerWord === "her") {
      const m = personBefore(at, ownerWord === "her" ? true : undefined);
      if (m) return via(speaker(m));
    }
    if (ownerWord === "its" || ownerWord === "their") {
      const m = groupBefore(at);
      if (m) return via(speaker(m));
    }
    if (owner?.[2]) {
      // The name that ends in the owner word ("the Allied Powers' statement").
      const named = inSpan({ start: Math.max(0, at - 60), end: at }).filter((m) => m.end > at - owner[0].length).at(-1);
      if (named) return via(speaker(named));
      const org = office(ownerWord, at);
      if (org) return { name: org, type: "organization", via: "office" };
    }
    const after = text.slice(at + hit[0].length, at + hit[0].length + 60);
    const by = after.match(/^\s+(?:\w+\s+){0,2}?(?:by|from|of)\s+/i);
    if (by) {
      const start = at + hit[0].length + by[0].length;
      const named = inSpan({ start, end: start + 50 }).filter((m) => m.start < start + 12)[0];
      if (named) return via(speaker(named));
      // "a statement from his office": the office of the person meant, named by the title the article gives them.
      const own = after.slice(by[0].length).match(/^(his|her)\s+(\p{L}+)/iu);
      const m = own && OFFICE_HEADS.has(own[2].toLowerCase())
        ? personBefore(at, own[1].toLowerCase() === "her" || undefined)
        : undefined;
      if (m) {
        return {
          name: `${titleOf(text, m) || fullName(m)}'s ${own![2].toLowerCase()}`,
          type: "organization",
          via: "office",
        };
      }
    }
  }
  return undefined;
}
