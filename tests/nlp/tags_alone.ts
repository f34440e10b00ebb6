/**
 * What compromise makes of one span in a document of its own, read the plain way
 * (`nlp(span)`, its people, places and organisations as text): the reference that
 * `spanTags` and `spansTags`, which tag spans together and remember them, must agree
 * with. Nothing is cached, so that each call runs compromise afresh.
 */
import nlp from "compromise";
import type { SpanTags } from "../../src/nlp/compromise.ts";

/** compromise's tags of a span tagged alone, uncached. */
export function tagsAlone(span: string): SpanTags {
  const doc = nlp(span);
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, "");
  const covers = (found: string[]) => found.some((f) => letters(f) === letters(span));
  const terms = (doc.json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  const first = terms[0]?.tags ?? [];
  return {
    person: covers(doc.people().out("array") as string[]),
    place: covers(doc.places().out("array") as string[]),
    organization: covers(doc.organizations().out("array") as string[]),
    firstName: first.includes("FirstName"),
    demonym: terms.length === 1 && first.includes("Demonym"),
    notNoun: terms.length === 1 && !first.includes("Noun") &&
      first.some((t) => ["Verb", "Adjective", "Adverb", "Preposition"].includes(t)),
  };
}
