/**
 * The wording pattern language of the framing lexicon: what a spelling (a wording with
 * its `(a|b)` alternatives expanded) may hold beyond plain words.
 *
 * - `word`      the word and its inflections (by wink-nlp's lemma: "strike" finds "strikes")
 * - `word*`     the word family: any word that starts so ("aggress*" finds aggression,
 *               aggressive, aggressor); at least four letters before the `*`
 * - `word?`     an optional word ("the? Zionist regime"), the same as `(word|)`
 * - `[adj]`     one adjective; `[adj]?` at most one; `[adj]*` any number (adverbs,
 *               commas and "and"/"or" between them included: "overt and covert")
 * - `[any]`     one word of any kind; `[any]?` at most one; `[any]*` up to three
 * - `[quote]`   a quotation mark of any style (for scare quotes: `[quote] resistance [quote]`)
 * - `>`         the hit ends here: what follows must match but is left to other wordings
 *               ("US > and [any] pressure" is a hit on "US" only, and "Israeli pressure"
 *               stays free for Israel)
 *
 * @module
 */

/** The kinds of slot a pattern may hold. */
export type SlotKind = "adj" | "any" | "quote";

/** One element of a parsed pattern: a run of plain words, a word family or a slot. */
export type PatternElement =
  | { kind: "words"; text: string }
  | { kind: "family"; prefix: string }
  | { kind: "end" }
  | { kind: "slot"; slot: SlotKind; min: number; max: number };

/** The most words `[any]*` and `[adj]*` take. */
export const MAX_SLOT_WORDS: Readonly<Record<SlotKind, number>> = { adj: 6, any: 3, quote: 1 };

const SLOT = /^\[([a-z]+)\]([?*]?)$/;

/**
 * Writes each optional word `word?` as the alternative `(word|)`, before the alternatives
 * are expanded.
 *
 * @example
 * ```ts
 * optionalWords("the? Zionist regime [adj]?"); // "(the|) Zionist regime [adj]?"
 * ```
 */
export function optionalWords(text: string): string {
  return text.replace(/(^|\s)([^\s()|[\]?*]+)\?(?=\s|$)/g, "$1($2|)");
}

/**
 * Parses one spelling of a wording (its alternatives expanded) into its elements: runs of
 * plain words, word families and slots.
 *
 * @example
 * ```ts
 * parsePattern("Israeli [adj]* aggress*");
 * // [{ kind: "words", text: "Israeli" }, { kind: "slot", slot: "adj", min: 0, max: 6 },
 * //  { kind: "family", prefix: "aggress" }]
 * ```
 *
 * @throws {Error} naming the bad element: an unknown slot, a family shorter than four
 *   letters, a `*` or `?` inside a word, or a pattern that starts with a word slot.
 */
export function parsePattern(spelling: string): PatternElement[] {
  const out: PatternElement[] = [];
  for (const raw of spelling.trim().split(/\s+/)) {
    if (raw === ">") {
      if (out.some((e) => e.kind === "end")) throw new Error(`"${spelling}" has more than one ">"`);
      if (!out.length) throw new Error(`"${spelling}" starts with ">": the hit would be empty`);
      out.push({ kind: "end" });
      continue;
    }
    if (raw.startsWith("[")) {
      const m = SLOT.exec(raw);
      const slot = m?.[1];
      if (!m || (slot !== "adj" && slot !== "any" && slot !== "quote")) {
        throw new Error(`unknown slot "${raw}" (the slots are [adj], [any] and [quote], each with ? or * after it)`);
      }
      if (slot === "quote" && m[2] === "*") throw new Error(`"[quote]*": a quotation mark is one token`);
      const min = m[2] === "" ? 1 : 0;
      const max = m[2] === "*" ? MAX_SLOT_WORDS[slot] : 1;
      out.push({ kind: "slot", slot, min, max });
      continue;
    }
    if (raw.endsWith("*")) {
      const prefix = raw.slice(0, -1).toLowerCase();
      if (!/^\p{L}{4,}$/u.test(prefix)) {
        throw new Error(`word family "${raw}" needs four letters or more before the "*", and nothing else`);
      }
      out.push({ kind: "family", prefix });
      continue;
    }
    if (/[?*[\]]/.test(raw)) throw new Error(`"${raw}": "?", "*" and brackets stand only at a word's end or as a slot`);
    const last = out[out.length - 1];
    if (last?.kind === "words") last.text += ` ${raw}`;
    else out.push({ kind: "words", text: raw });
  }
  const head = out[0];
  if (!head) throw new Error(`no words`);
  if (head.kind === "slot" && head.slot !== "quote") {
    throw new Error(`"${spelling}" starts with the slot [${head.slot}]: begin with a word`);
  }
  if (out.every((e) => e.kind === "slot" || e.kind === "end")) throw new Error(`"${spelling}" has slots but no word`);
  if (out[out.length - 1].kind === "end") throw new Error(`"${spelling}" ends with ">": nothing follows the hit`);
  return out;
}
