/**
 * The one place that touches compromise: what it makes of short spans such as candidate
 * names, as plain flags.
 *
 * compromise tags a text sentence by sentence, and most of its time goes to tagging each
 * sentence (over half to its post-tagger, which tries hundreds of rules on each), so
 * framelens calls it on short spans only, and as seldom as it can:
 * {@linkcode spansTags} puts the spans it is asked about (an article's candidate names)
 * in one document, one a line, reads each span's tags off the sentences of its line,
 * and remembers them, so that each distinct span is tagged once. compromise ends a
 * sentence at a line break, except to close a bracket or a quotation mark opened on the
 * line, or when the next line has no letter or digit; a span whose line it joins to
 * another is tagged in a document of its own. Either way every span gets exactly what
 * `nlp(span)` makes of it alone (tested, and checked on the 19,809 distinct spans the
 * entity stage asks about on the Brown corpus).
 *
 * @module
 */
import nlp from "compromise";

/** What compromise recognises in a span. */
export interface SpanTags {
  /** compromise finds a person covering the whole span. */
  person: boolean;
  /** compromise finds a place covering the whole span. */
  place: boolean;
  /** compromise finds an organisation covering the whole span. */
  organization: boolean;
  /** The first word is a known first name ("Joseph"). */
  firstName: boolean;
  /** The span is a single demonym ("Lebanese"). */
  demonym: boolean;
  /** The span is a single word that compromise reads as a verb, adjective or adverb, not a noun ("Reports"). */
  notNoun: boolean;
}

const FLAG_NAMES = ["person", "place", "organization", "firstName", "demonym", "notNoun"] as const;

/**
 * Span tags as a number, one bit a flag (person 1, place 2, organization 4, firstName 8,
 * demonym 16, notNoun 32), to be stored compactly.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spanTagBits, spanTags } from "./compromise.ts";
 * assert.equal(spanTagBits(spanTags("Joseph Aoun")), 1 | 8); // person and firstName
 * ```
 */
export function spanTagBits(tags: SpanTags): number {
  let bits = 0;
  FLAG_NAMES.forEach((name, i) => {
    if (tags[name]) bits |= 1 << i;
  });
  return bits;
}

/** The 64 possible span tags, by their bits. */
const BY_BITS: readonly SpanTags[] = Array.from({ length: 1 << FLAG_NAMES.length }, (_, bits) => {
  const tags = {} as SpanTags;
  FLAG_NAMES.forEach((name, i) => tags[name] = (bits & (1 << i)) !== 0);
  return Object.freeze(tags);
});

/**
 * Span tags from {@linkcode spanTagBits}'s number (a shared, frozen object).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spanTagsOfBits } from "./compromise.ts";
 * const tags = spanTagsOfBits(1 | 8);
 * assert.equal(tags.person, true);
 * assert.equal(tags.firstName, true);
 * assert.equal(tags.place, false);
 * ```
 *
 * @throws {Error} when the number is not the bits of some span tags.
 */
export function spanTagsOfBits(bits: number): SpanTags {
  const tags = BY_BITS[bits];
  if (!Number.isInteger(bits) || !tags) throw new Error(`${bits} is not a set of span tags`);
  return tags;
}

/** What compromise made of each distinct span asked about so far. */
const cache = new Map<string, SpanTags>();

/**
 * What compromise recognises in a short span, cached per distinct span. To ask about
 * many spans, {@linkcode spansTags} is faster.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spanTags } from "./compromise.ts";
 * assert.equal(spanTags("Joseph Aoun").person, true);
 * assert.equal(spanTags("Lebanese").demonym, true);
 * assert.equal(spanTags("Reports").notNoun, true);
 * ```
 */
export function spanTags(span: string): SpanTags {
  return cache.get(span) ?? spansTags([span])[0];
}

/**
 * What compromise recognises in each of some short spans, as {@linkcode spanTags} says
 * of each: the spans not asked about before are tagged together in one compromise
 * document, each distinct span once.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { spansTags } from "./compromise.ts";
 * const tags = spansTags(["Joseph Aoun", "Litani River", "Joseph Aoun"]); // each distinct span tagged once
 * assert.deepEqual(tags.map((t) => t.person), [true, false, true]);
 * ```
 */
export function spansTags(spans: readonly string[]): SpanTags[] {
  const fresh = [...new Set(spans.filter((s) => !cache.has(s)))];
  const tags = fresh.length > 1 ? tagsOf(nlp(fresh.join("\n")), fresh) : [];
  fresh.forEach((span, i) => cache.set(span, tags[i] ?? tagsOf(nlp(span), [span])[0]!));
  return spans.map((s) => cache.get(s)!);
}

/** The gender of each given name asked about, by the name as asked. */
const genders = new Map<string, "female" | "male" | undefined>();

/**
 * The gender compromise's lexicon gives a given name ("Mary" female, "Hank" male), or
 * undefined for a word it knows as no given name or as both. Each distinct word is tagged once.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { givenNameGender } from "./compromise.ts";
 * assert.equal(givenNameGender("Mary"), "female");
 * assert.equal(givenNameGender("Hank"), "male");
 * assert.equal(givenNameGender("Watson"), undefined);
 * ```
 */
export function givenNameGender(word: string): "female" | "male" | undefined {
  if (genders.has(word)) return genders.get(word);
  const terms = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
  const tags = terms.length === 1 ? terms[0].tags : [];
  const female = tags.includes("FemaleName");
  const male = tags.includes("MaleName");
  const gender = female === male ? undefined : female ? "female" : "male";
  genders.set(word, gender);
  return gender;
}

/** The first character of a sentence or a match, and its length. */
interface Offset {
  offset: { start: number; length: number };
}

/** A sentence of compromise's JSON with its offset and its terms' tags. */
interface SentenceJson extends Offset {
  terms: { tags: string[] }[];
}

/** A match of compromise's JSON with its text and offset. */
interface MatchJson extends Offset {
  text: string;
}

const lettersAndDigits = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The tags of each span of a document made of the spans one a line, or undefined for a
 * span whose sentences do not fit its line (compromise joined it to another line). A
 * document of one span is all its own.
 */
function tagsOf(doc: ReturnType<typeof nlp>, spans: readonly string[]): (SpanTags | undefined)[] {
  // Where each span's line starts and ends in the document's text.
  const starts: number[] = [];
  let at = 0;
  for (const span of spans) {
    starts.push(at);
    at += span.length + 1;
  }
  const lineOf = (start: number) => {
    let lo = 0, hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= start) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const end = (i: number) => starts[i] + spans[i].length;
  // Each line's sentences; a sentence that runs past its line spoils every line it touches.
  const sentences: SentenceJson[][] = spans.map(() => []);
  const spoilt = new Set<number>();
  for (const s of doc.json({ offset: true, text: false, terms: { tags: true } }) as SentenceJson[]) {
    const { start, length } = s.offset;
    const first = lineOf(start), last = lineOf(Math.max(start, start + length - 1));
    if (spans.length === 1) sentences[0].push(s);
    else if (first !== last || start + length > end(first)) {
      for (let i = first; i <= last; i++) spoilt.add(i);
    } else sentences[first].push(s);
  }
  // compromise's people, places and organisations: does one of them cover its line's span?
  const covered = (matches: MatchJson[]) => {
    const found = new Set<number>();
    for (const m of matches) {
      const i = lineOf(m.offset.start);
      if (lettersAndDigits(m.text) === lettersAndDigits(spans[i])) found.add(i);
    }
    return found;
  };
  const people = covered(doc.people().json({ offset: true }) as MatchJson[]);
  const places = covered(doc.places().json({ offset: true }) as MatchJson[]);
  const organizations = covered(doc.organizations().json({ offset: true }) as MatchJson[]);
  return spans.map((_, i) => {
    if (spans.length > 1 && (spoilt.has(i) || sentences[i][0]?.offset.start !== starts[i])) return undefined;
    const terms = sentences[i].flatMap((s) => s.terms);
    const first = terms[0]?.tags ?? [];
    return {
      person: people.has(i),
      place: places.has(i),
      organization: organizations.has(i),
      firstName: first.includes("FirstName"),
      demonym: terms.length === 1 && first.includes("Demonym"),
      notNoun: terms.length === 1 && !first.includes("Noun") &&
        first.some((t) => t === "Verb" || t === "Adjective" || t === "Adverb" || t === "Preposition"),
    };
  });
}
