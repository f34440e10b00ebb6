/**
 * Names whose type the entity stage may have got wrong, for speaker resolution: a "person"
 * named like a body or a work ("San Francisco Symphony", "Mack Truck Co.", "Fulton County
 * Grand Jury") is no one a "he" or "she" stands for, and may be the body an "it" or an
 * announcement stands for. The words are the data lists of bodies and works
 * (`data/english.yaml` organization_heads and work_nouns) and the office words of the
 * sources stage.
 *
 * @module
 */
import type { EntityMention, EntityType } from "../entities/types.ts";
import { ORGANIZATION_HEADS } from "../text/english.ts";
import type { Attribution } from "./attribution.ts";
import type { Speaker } from "./speaker_context.ts";
import { OFFICE_HEADS, WORK_NOUNS } from "./cues.ts";
import { nameWords } from "./speaker_context.ts";

/** Abbreviations that close a company's name ("Mack Truck Co.", "Prentice-Hall Inc."). */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set(["co", "corp", "inc", "ltd", "assn", "bros"]);

/**
 * Whether a name reads as a body's or a work's rather than a person's: its last word, or
 * its last before "of", is a word of a body, an office or a work, or a company's ending.
 * A title before a person's name ("Guard Al Reynolds", "Council President Fortin") is no
 * such word: only the name's last word counts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { namesBody } from "./speaker_types.ts";
 * assert.equal(namesBody("San Francisco Symphony"), true);
 * assert.equal(namesBody("Mack Truck Co."), true);
 * assert.equal(namesBody("Bank of America"), true);
 * assert.equal(namesBody("Guard Al Reynolds"), false);
 * ```
 */
export function namesBody(name: string): boolean {
  const heads = [name, name.split(/\s+of\s+/i)[0]].map((part) => nameWords(part).at(-1) ?? "");
  return heads.some((w) =>
    ORGANIZATION_HEADS.has(w) || OFFICE_HEADS.has(w) || WORK_NOUNS.has(w) || COMPANY_ENDINGS.has(w)
  );
}

/**
 * Who makes an announcement no one is named for ("..., it was announced", "an announcement
 * said"): the body the announced news names, as a newsroom writes a body's own news ("The
 * New York University Board of Trustees has elected ..., it was announced"): the first
 * organisation, or "person" named like a body, among `inContent`, the mentions inside the
 * relation's content, but for an agency in a dateline ("(UPI)"); none for another cue, or
 * when the news names no body.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { announcingBody } from "./speaker_types.ts";
 * const text = "Acme Corp. has elected a new chairman, it was announced.";
 * const relation = { type: "indirect" as const, sentence: 0, content: { start: 0, end: 37 }, cue: { start: 42, end: 55 } };
 * const acme = { article: "a", outlet: "X", sentence: 0, start: 0, end: 10, surface: "Acme Corp.", entity: "Acme Corp.", type: "person" as const };
 * assert.deepEqual(announcingBody(text, relation, [acme]), { name: "Acme Corp.", type: "organization", via: "office" });
 * ```
 */
export function announcingBody(
  text: string,
  relation: Attribution,
  inContent: readonly EntityMention[],
): Speaker | undefined {
  if (relation.source || !relation.cue || !/\bannounce/i.test(text.slice(relation.cue.start, relation.cue.end))) {
    return undefined;
  }
  // A news agency in a dateline ("Bonn (UPI) -- ...") only carries the news.
  const dateline = (m: EntityMention) => text[m.start - 1] === "(" && text[m.end] === ")";
  const body = inContent.find((m) =>
    !dateline(m) && (m.type === "organization" || m.type === "person" && namesBody(m.entity))
  );
  return body && { name: body.entity, type: "organization", via: "office" };
}

/**
 * The speaker a byline is, for a column's "I": an organisation for a news agency or an
 * outlet's desk ("AFP", "IRNA", "Tehran Times"): an acronym, a name {@linkcode namesBody}
 * reads as a body's, or a name the article's entities type as an organisation (`typed`);
 * else the person who signs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bylineSpeaker } from "./speaker_types.ts";
 * assert.equal(bylineSpeaker("AFP").type, "organization");
 * assert.equal(bylineSpeaker("Reuters", "organization").type, "organization");
 * assert.equal(bylineSpeaker("Ann Lee").type, "person");
 * ```
 */
export function bylineSpeaker(byline: string, typed?: EntityType): Speaker {
  const agency = /^\p{Lu}[\p{Lu}.&-]{1,7}$/u.test(byline.trim()) || namesBody(byline) || typed === "organization";
  return { name: byline, type: agency ? "organization" : "person", via: "pronoun" };
}
