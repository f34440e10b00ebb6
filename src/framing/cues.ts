/**
 * Context cues of the framing lexicon: the words one of which must be in a wording's
 * sentence (or the sentence before) for it to count ("martyrdom" for the Soleimani killing
 * only beside "Soleimani"), and the phrases whose words are no cue ("!Kataib Hezbollah").
 *
 * @module
 */

/** Cue words compiled: `include` must match; spans matching `exclude` ("!Kataib Hezbollah") are no cue. */
export interface Cues {
  /** Any cue, as a whole word (a trailing `*` in a cue: any ending). */
  include: RegExp;
  /** The excluded phrases, or null when there are none. */
  exclude: RegExp | null;
}

/** A cue in capitals ("US", "PMF", "U.S."), which matches only as written: "us" is no cue. */
const CAPITALS = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}.&]+$/u;

/**
 * The regular expression of a list of cues: a cue in capitals as written, any other in any
 * case and with its plural ("Zionist" finds "Zionists", "militia" finds "militias"); a cue
 * with a trailing `*` with any ending.
 */
function cueAlternation(cues: string[]): string {
  return cues.map((c) => {
    const star = c.endsWith("*");
    const word = (star ? c.slice(0, -1) : c).trim();
    const body = word
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/[-\u2010-\u2015\s]+/g, "[-\\u2010-\\u2015\\s]?");
    if (star) return body + "[\\p{L}\\p{N}]*";
    if (CAPITALS.test(word)) return `(?-i:${body})`;
    return /\p{L}$/u.test(word) ? `${body}(?:e?s)?` : body;
  }).join("|");
}

/**
 * Compiles a list of cues: words (a trailing `*` matches any ending, a hyphen or space
 * matches either or none), and phrases written `!phrase` whose words are no cue. Null when
 * the list has no cue to include.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cueRegex, hasCue } from "./cues.ts";
 * const cues = cueRegex(["Iran", "!Iran-backed"])!;
 * assert.ok(hasCue(cues, "Iran rebuilt its air defences after the war with Israel."));
 * assert.ok(!hasCue(cues, "The Iran-backed group fought a war with Israel."));
 * ```
 */
export function cueRegex(cues: string[]): Cues | null {
  const include = cues.filter((c) => !c.startsWith("!"));
  const exclude = cues.filter((c) => c.startsWith("!")).map((c) => c.slice(1).trim()).filter(Boolean);
  if (!include.length) return null;
  const wrap = (alternation: string, flags: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, flags);
  return {
    include: wrap(cueAlternation(include), "iu"),
    exclude: exclude.length ? wrap(cueAlternation(exclude), "giu") : null,
  };
}

/**
 * Whether a stretch of text holds one of the cues, outside the excluded phrases.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cueRegex, hasCue } from "./cues.ts";
 * const cues = cueRegex(["Hezbollah", "!Kataib Hezbollah"])!;
 * assert.ok(!hasCue(cues, "Kataib Hezbollah said it would keep its weapons."));
 * ```
 */
export function hasCue(cues: Cues, text: string): boolean {
  return cues.include.test(cues.exclude ? text.replace(cues.exclude, " ") : text);
}
