/**
 * The people of one article as speaker resolution reads them ({@linkcode resolveSpeakers}
 * of `speakers.ts`): the titles each person is named with, who holds each title, whether
 * a title marks a woman, and the fullest name the article gives the person of a mention
 * ("Mayor Hartsfield" is "William B. Hartsfield").
 *
 * @module
 */
import type { EntityMention } from "../entities/types.ts";
import { OFFICE_HEADS, TITLE_ABBREVIATIONS } from "./cues.ts";
import { appositionAfter, isFemale, kinBefore, nameWords, titleWordsBefore } from "./speaker_context.ts";
import {
  bare,
  conflicts,
  last,
  looseName,
  nearestBefore,
  sameName,
  SUFFIXES,
  withGivenNames,
} from "./speaker_names.ts";

/** Titles that mark a man. */
const MALE: ReadonlySet<string> = new Set([
  "mr",
  "messrs",
  "sir",
  "lord",
  "king",
  "prince",
  "duke",
  "husband",
  "father",
]);

/** What the article tells of its people, from {@linkcode articlePeople}. */
export interface ArticlePeople {
  /** The title words each person (by entity) is named with anywhere in the article ("sheriff", "mrs"). */
  titles: ReadonlyMap<string, ReadonlySet<string>>;
  /** The people (entities) named with each title word. */
  holdersOf: ReadonlyMap<string, readonly string[]>;
  /** Whether a title the article gives a person (entity) marks a woman (Mrs., Princess ...). */
  female: (entity: string) => boolean;
  /**
   * A person's (entity's) gender: by a title the article gives them (Mrs., Mr.), else by
   * their given name (`gender`), else undefined.
   */
  gender: (entity: string) => "female" | "male" | undefined;
  /** The fullest name the article gives the person of a mention ("Mayor Hartsfield" → "William B. Hartsfield"). */
  fullName: (m: EntityMention) => string;
}

/**
 * The people of one article: the titles of its person mentions, who holds each, and the
 * fullest name of each mention. `byStart` holds the article's mentions sorted by start;
 * `givenName` tells whether a word in lower case is a given name ("david"), to tell
 * "Leatherneck Shoup" from "Jackie Shoup".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { articlePeople } from "./speaker_people.ts";
 * const text = "Mayor William B. Hartsfield spoke. Mayor Hartsfield left.";
 * const at = (s: string, from = 0) => {
 *   const start = text.indexOf(s, from);
 *   return { start, end: start + s.length };
 * };
 * const base = { article: "a", outlet: "X", type: "person" as const };
 * const full = { ...base, ...at("William B. Hartsfield"), sentence: 0, surface: "William B. Hartsfield" };
 * const short = { ...base, ...at("Hartsfield", 30), sentence: 1, surface: "Hartsfield" };
 * const people = articlePeople(text, [
 *   { ...full, entity: "William B. Hartsfield" },
 *   { ...short, entity: "Hartsfield" },
 * ]);
 * assert.equal(people.fullName({ ...short, entity: "Hartsfield" }), "William B. Hartsfield");
 * assert.equal(people.titles.get("Hartsfield")?.has("mayor"), true);
 * ```
 */
export function articlePeople(
  text: string,
  byStart: readonly EntityMention[],
  givenName?: (word: string) => boolean,
  nameGender?: (word: string) => "female" | "male" | undefined,
): ArticlePeople {
  const options = { givenName };
  // The titles each person is named with anywhere in the article, and whether one marks a woman.
  const titles = new Map<string, Set<string>>();
  // Title words seen around names (not a name's own first words), to strip from a name ("Mayor Hartsfield").
  const allTitles = new Set<string>();
  for (const m of byStart) {
    if (m.type !== "person") continue;
    const set = titles.get(m.entity) ?? new Set<string>();
    const before = titleWordsBefore(text, m);
    const around = [...before, ...appositionAfter(text, m)];
    for (const w of around) allTitles.add(w);
    // "Sheriff Felix Tabb", "Felix Tabb, the sheriff,", and a title kept in the name ("Princess Moune");
    // an abbreviated title in full too ("Atty. Gen." is attorney general). A body's word that only
    // modifies the title ("Council President Fortin") makes no holder of "the council".
    const own = before.filter((w, i) => i === before.length - 1 || !OFFICE_HEADS.has(w));
    for (
      const w of [...own, ...appositionAfter(text, m), ...kinBefore(text, m), ...nameWords(m.surface).slice(0, -1)]
    ) {
      set.add(w).add(TITLE_ABBREVIATIONS[w] ?? w);
    }
    titles.set(m.entity, set);
  }
  const female = (entity: string) => isFemale(titles.get(entity) ?? []);
  // "Mrs. Ralph H. Molvar" is a woman whatever her husband's given name; "Mr." a man.
  const gender = (entity: string): "female" | "male" | undefined => {
    if (female(entity)) return "female";
    const own = titles.get(entity);
    if (own && [...MALE].some((w) => own.has(w))) return "male";
    const words = entity.split(/\s+/).filter((w) => !/\.$/.test(w) && !allTitles.has(w.toLowerCase()));
    return words.length > 1 && words[0].length > 1 ? nameGender?.(words[0]) : undefined;
  };
  // The people named with each title word.
  const holdersOf = new Map<string, string[]>();
  for (const [entity, words] of titles) for (const w of words) holdersOf.set(w, [...(holdersOf.get(w) ?? []), entity]);

  // A person's surface with the initials written right before it ("R. L. Brandt" where the entity stage kept "Brandt").
  const written = new Map<EntityMention, string>();
  const surfaceOf = (m: EntityMention) => {
    let w = written.get(m);
    if (w === undefined) {
      const initials = text.slice(Math.max(0, m.start - 12), m.start).match(/(?:^|[^\p{L}.])((?:\p{Lu}\.\s?){1,3})$/u);
      // And a generation written right after it ("William H. Draper, Jr.").
      const generation = m.type === "person" && !SUFFIXES.has(last(nameWords(m.surface)))
        ? text.slice(m.end, m.end + 6).match(/^,?\s(Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b)/)
        : null;
      w = (initials ? `${initials[1].trim()} ${m.surface}` : m.surface) + (generation ? ` ${generation[1]}` : "");
      written.set(m, w);
    }
    return w;
  };
  // The article's person names by their last and first words, for the fullest name of a short one.
  const byWord = new Map<string, EntityMention[]>();
  for (const m of byStart) {
    if (m.type !== "person") continue;
    const words = bare(nameWords(surfaceOf(m)));
    for (const w of new Set([words[0], last(words)])) byWord.set(w, [...(byWord.get(w) ?? []), m]);
  }
  const fullest = new Map<string, string>();
  /** How many title words open a name's words ("mayor" of "Mayor Hart"), keeping its last word. */
  const titleCount = (words: string[]) => {
    let k = 0;
    while (k < words.length - 1 && allTitles.has(words[k])) k++;
    return k;
  };
  /** The fullest name the article gives the person of a mention ("Mayor Hartsfield" → "William B. Hartsfield"). */
  const fullName = (m: EntityMention): string => {
    const surface = surfaceOf(m);
    const key = `${surface}\u0000${m.entity}`;
    const known = fullest.get(key);
    if (known !== undefined) return known;
    const words = nameWords(surface);
    const k = titleCount(words);
    const core = words.slice(k);
    const ownTitles = new Set(words.slice(0, k));
    const candidates = new Map<string, EntityMention>();
    const pool: EntityMention[] = [];
    for (const c of [...(byWord.get(core[core.length - 1]) ?? []), ...(byWord.get(core[0]) ?? [])]) {
      const all = nameWords(surfaceOf(c));
      // Compared without a generation: "Harvey" is "Joseph E. Harvey Jr.".
      const cw = bare(all.slice(titleCount(all)));
      if (cw.length <= core.length || !core.every((w) => cw.includes(w))) continue;
      const sameLast = cw[cw.length - 1] === core[core.length - 1];
      const prefix = core.every((w, i) => cw[i] === w);
      if (!sameLast && !prefix) continue;
      candidates.set(surfaceOf(c), c);
      pool.push(c);
    }
    // A surname after words describing its person ("Leatherneck Shoup") is no fuller name where one with given names is.
    const plain = (c: EntityMention) => withGivenNames(bare(nameWords(surfaceOf(c))), options.givenName);
    if ([...candidates.values()].some(plain)) { for (const [w, c] of candidates) if (!plain(c)) candidates.delete(w); }
    // "Frankie", "Leatherneck Shoup": a familiar form of a given name, or a surname after words describing its person.
    for (const c of candidates.size ? [] : byStart) {
      if (c.type === "person" && looseName(core, bare(nameWords(surfaceOf(c))), options.givenName)) {
        candidates.set(surfaceOf(c), c);
        pool.push(c);
      }
    }
    let pick: EntityMention | undefined;
    // Set when the pick depends on where the mention is, so it is not kept for the surface.
    let varies: EntityMention | undefined;
    const list = [...candidates.values()];
    // Of several, the one named with this mention's own title ("Mayor"), else none when they disagree.
    const titled = ownTitles.size
      ? list.filter((c) => [...ownTitles].every((w) => titles.get(c.entity)?.has(w)))
      : list;
    const size = (c: EntityMention) => nameWords(surfaceOf(c)).length;
    const longest = (xs: EntityMention[]) => xs.reduce((a, b) => size(b) > size(a) ? b : a);
    if (titled.length) {
      const best = longest(titled);
      const cw = nameWords(surfaceOf(best));
      if (titled.every((c) => nameWords(surfaceOf(c)).every((w) => cw.includes(w) || allTitles.has(w)))) pick = best;
      else if (!ownTitles.size && !titleWordsBefore(text, m).length) {
        // Of full names that disagree ("Jim Morgart", "Jim Kern"), the one named last before a bare name.
        const named = pool.filter((c) => titled.some((t) => surfaceOf(t) === surfaceOf(c)));
        pick = varies = nearestBefore(named, m.start);
      }
    }
    // A name merged with another article's person of the same surname ("R. L. Brandt" as "Jackie Brandt") keeps its own.
    // A generation the entity's name lacks is added ("William H. Draper" written "William H. Draper, Jr.").
    const own = (c: EntityMention, skip: number) => {
      const written = surfaceOf(c).split(/\s+/);
      if (conflicts(c.entity, surfaceOf(c))) return written.slice(skip).join(" ");
      const generation = SUFFIXES.has(last(nameWords(surfaceOf(c)))) && !SUFFIXES.has(last(nameWords(c.entity)));
      return generation ? `${c.entity} ${last(written)}` : c.entity;
    };
    let name = m.entity;
    if (pick) name = own(pick, 0);
    else if (k > 0 && !sameName(m.entity, core.join(" "))) name = surface.split(/\s+/).slice(k).join(" ");
    else name = own(m, k);
    if (!varies) fullest.set(key, name);
    return name;
  };
  return { titles, holdersOf, female, gender, fullName };
}
