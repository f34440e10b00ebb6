/**
 * The one place that touches compromise: what it makes of a short span such as a
 * candidate name, as plain flags. compromise is slow on running text (about 8,000
 * words a second), so framelens calls it only on candidate spans, and remembers the
 * answer for each distinct span.
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

const cache = new Map<string, SpanTags>();

/**
 * Number of distinct spans compromise has read (for measuring its share of the work).
 *
 * @example
 * ```ts
 * extractEntities(annotated, gazetteer);
 * compromiseCalls(); // 30 for the seed corpus
 * ```
 */
export function compromiseCalls(): number {
  return cache.size;
}

/**
 * What compromise recognises in a short span, cached per distinct span.
 *
 * @example
 * ```ts
 * spanTags("Joseph Aoun"); // { person: true, firstName: true, ... }
 * spanTags("Lebanese").demonym; // true
 * spanTags("Reports").notNoun; // true
 * ```
 */
export function spanTags(span: string): SpanTags {
  const hit = cache.get(span);
  if (hit) return hit;
  const doc = nlp(span);
  const covers = (found: string[]) =>
    found.some((f) => f.replace(/[^\p{L}\p{N}]+/gu, "") === span.replace(/[^\p{L}\p{N}]+/gu, ""));
  const terms = (doc.json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  const first = terms[0]?.tags ?? [];
  const tags: SpanTags = {
    person: covers(doc.people().out("array") as string[]),
    place: covers(doc.places().out("array") as string[]),
    organization: covers(doc.organizations().out("array") as string[]),
    firstName: first.includes("FirstName"),
    demonym: terms.length === 1 && first.includes("Demonym"),
    notNoun: terms.length === 1 && !first.includes("Noun") &&
      first.some((t) => t === "Verb" || t === "Adjective" || t === "Adverb" || t === "Preposition"),
  };
  cache.set(span, tags);
  return tags;
}
