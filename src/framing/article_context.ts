/**
 * A referent chosen by the whole article, not the sentence. A descriptor such as "the heavily
 * armed Shiite group" or "the Iran-backed party" names Hezbollah in an article about Hezbollah
 * even when its own sentence (and the one before) holds none of the wording's cues: wire copy
 * names the group once and describes it afterwards. A wording marked `article: true` in the
 * lexicon that matched where its cues were missing counts for its referent when the article
 * names that referent (a hit of a wording that needs no cue) and names no other referent that
 * has such wordings (the armed groups whose descriptors compete: "the Shiite militia" in an
 * article that names both Hezbollah and the PMF stays undecided, and is not counted).
 *
 * @module
 */

/** A match of the matcher as this rule sees it: its tokens and its pattern. */
export interface ContextHit<P> {
  from: number;
  to: number;
  p: P;
}

/** What this rule reads of a pattern. */
export interface ContextPattern {
  /** Referent id, or null for an `ignore` phrase. */
  referent: string | null;
  /** The wording's cues, or null for a wording that needs none (a name). */
  context: unknown;
}

/**
 * The referent the article is about, among `rivals` (the referents with `article: true`
 * wordings): the one of them that a cue-free hit names, or null when none or several are
 * named.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { articleReferent } from "./article_context.ts";
 * const name = (referent: string) => ({ from: 0, to: 1, p: { referent, context: null } });
 * const rivals = new Set(["hezbollah", "pmf"]);
 * assert.equal(articleReferent([name("hezbollah"), name("israel")], rivals), "hezbollah");
 * assert.equal(articleReferent([name("hezbollah"), name("pmf")], rivals), null);
 * ```
 */
export function articleReferent<P extends ContextPattern>(
  found: readonly ContextHit<P>[],
  rivals: ReadonlySet<string>,
): string | null {
  const named = new Set<string>();
  for (const f of found) {
    if (f.p.context === null && f.p.referent !== null && rivals.has(f.p.referent)) named.add(f.p.referent);
  }
  return named.size === 1 ? [...named][0] : null;
}

/**
 * The deferred matches (an `article: true` wording whose cues its sentence lacked) that
 * count by the article's referent (see {@linkcode articleReferent}): those of that referent,
 * the longest first at each token, that overlap no hit found and no other such match.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { articleContextHits } from "./article_context.ts";
 * const hezbollah: { referent: string; context: string[] | null } = { referent: "hezbollah", context: null };
 * const descriptor = { referent: "hezbollah", context: ["Lebanon"] };
 * const found = [{ from: 9, to: 10, p: hezbollah }]; // "Hezbollah", named in a later sentence
 * const deferred = [{ from: 2, to: 4, p: descriptor }, { from: 3, to: 4, p: descriptor }];
 * const rivals = new Set(["hezbollah", "pmf"]);
 * assert.deepEqual(articleContextHits(found, deferred, rivals), [{ from: 2, to: 4, p: descriptor }]);
 * // An article that names the PMF as well decides nothing.
 * const pmf = { from: 12, to: 13, p: { referent: "pmf", context: null as string[] | null } };
 * assert.deepEqual(articleContextHits([...found, pmf], deferred, rivals), []);
 * ```
 */
export function articleContextHits<P extends ContextPattern>(
  found: readonly ContextHit<P>[],
  deferred: readonly ContextHit<P>[],
  rivals: ReadonlySet<string>,
): ContextHit<P>[] {
  if (!deferred.length) return [];
  const referent = articleReferent(found, rivals);
  if (referent === null) return [];
  const overlaps = (a: ContextHit<P>, b: ContextHit<P>) => a.from < b.to && b.from < a.to;
  const out: ContextHit<P>[] = [];
  const ordered = deferred.filter((d) => d.p.referent === referent)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  for (const d of ordered) {
    if (found.some((f) => overlaps(f, d)) || out.some((o) => overlaps(o, d))) continue;
    out.push(d);
  }
  return out;
}
