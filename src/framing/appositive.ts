/**
 * A descriptor in apposition names the referent named right before it: in "Hashd al-Shaabi, a
 * coalition of former paramilitary groups, held a parade" and "Hezbollah, the Iran-backed
 * group that ..." the noun phrase between the commas is a second naming of the same referent
 * (FRAMING-GUIDE.md: every naming), whatever its words, when its head is a noun of a group
 * ("group", "movement", "coalition", "militia" ...). It is loaded when a word of the lexicon's
 * `evaluative` list stands in it ("Hezbollah, a criminal militia"), else neutral.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { type EvaluativeWords, judges } from "./judged.ts";
import { isPossessive } from "./possessive.ts";

/** Head nouns of a descriptor of a group. */
const HEADS = new Set([
  "group",
  "movement",
  "party",
  "militia",
  "faction",
  "organisation",
  "organization",
  "alliance",
  "coalition",
  "umbrella",
  "network",
  "outfit",
  "force",
  "army",
  "wing",
  "proxy",
]);
const OPENERS = new Set(["a", "an", "the"]);
/** The most words a descriptor takes after its opener. */
const MAX_WORDS = 10;

/** A naming as this rule sees it. */
export interface NamingHit {
  from: number;
  to: number;
  p: { referent: string | null; context: unknown };
}

/** A descriptor found in apposition. */
export interface AppositiveHit<H extends NamingHit> {
  from: number;
  to: number;
  /** The naming it stands in apposition to. */
  of: H;
  /** The evaluative word in it, or "" for a neutral descriptor. */
  word: string;
  /** The hits of other referents' cued wordings inside it, which it replaces. */
  replaces: H[];
}

/**
 * The descriptors in apposition after the referents' names (hits of wordings that need no
 * cue): a comma, "a", "an" or "the", and a noun phrase up to the next punctuation (ten words
 * at most) whose last head noun of a group (or its plural, no possessive after it) ends the
 * hit. A descriptor that holds a hit of the same referent or a name of another is left to
 * them; one that holds a hit of another referent's cued wording takes its place (`replaces`):
 * the apposition, not the cue, says whom "an umbrella of Shiite armed groups" names.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { appositiveHits } from "./appositive.ts";
 * import { compileEvaluative } from "./judged.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const { tokens } = tokenize(prepareText("Hezbollah, a heavily armed movement, said no."));
 * const name = { from: 0, to: 1, p: { referent: "hezbollah", context: null } };
 * const [hit] = appositiveHits(tokens, [name], compileEvaluative(["criminal"]));
 * assert.deepEqual(hit, { from: 2, to: 6, of: name, word: "", replaces: [] });
 * ```
 */
export function appositiveHits<H extends NamingHit>(
  tokens: readonly Token[],
  hits: readonly H[],
  evaluative: EvaluativeWords,
): AppositiveHit<H>[] {
  const out: AppositiveHit<H>[] = [];
  for (const h of hits) {
    if (h.p.context !== null || h.p.referent === null) continue;
    const comma = tokens[h.to];
    const opener = tokens[h.to + 1];
    if (comma?.text !== "," || !opener || !OPENERS.has(opener.norm)) continue;
    let word = "";
    let head = -1;
    for (let k = h.to + 2; k < tokens.length && k - h.to - 2 < MAX_WORDS; k++) {
      const t = tokens[k];
      if ((t.punct && t.text !== "-") || t.sentence !== opener.sentence) break;
      if (!word && judges(evaluative, t)) word = t.norm;
      if (t.pos === "NOUN" && HEADS.has(t.lemma) && !isPossessive(tokens, k + 1)) head = k;
    }
    if (head < 0) continue;
    const from = h.to + 1;
    const inside = hits.filter((o) => o.from <= head && from < o.to);
    if (inside.some((o) => o.p.referent === h.p.referent || o.p.context === null)) continue;
    out.push({ from, to: head + 1, of: h, word, replaces: inside });
  }
  return out;
}
