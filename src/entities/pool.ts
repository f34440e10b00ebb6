/**
 * Candidates held over a corpus in little memory (issue 19): entity resolution needs
 * every article's candidates at once, and a candidate read back from the cache brings
 * its own copy of every string (its article's id, its outlet, its name, its key, each
 * word and its key) and of its cues. A pool gives each candidate a copy that shares
 * them with the candidates already held: one string for each distinct text, one cues
 * object for each distinct set of cues. The copy reads the same as the original.
 *
 * @module
 */
import type { Candidate, CandidateWord, MentionCues } from "./mentions.ts";

/**
 * The key of a set of cues: each flag, then the acronym.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cuesKey } from "./pool.ts";
 * assert.equal(cuesKey({ title: true, placePreposition: false, speechVerb: false }), "100u");
 * ```
 */
export function cuesKey(c: MentionCues): string {
  const flag = (b: boolean | undefined) => (b === undefined ? "u" : b ? "1" : "0");
  const acronym = c.acronym === undefined ? "" : `\u0000${c.acronym}`;
  return `${flag(c.title)}${flag(c.placePreposition)}${flag(c.speechVerb)}${flag(c.organizationContext)}${acronym}`;
}

/**
 * A pool of the strings and cues of candidates: {@linkcode CandidatePool.add} gives a
 * candidate equal to the one given, whose strings and cues are those of the candidates
 * added before it wherever they are equal.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CandidatePool } from "./pool.ts";
 * const cues = { title: false, placePreposition: true, speechVerb: false };
 * const word = { text: "Tyre", key: "tyre", start: 3, end: 7 };
 * const candidate = { article: "a", outlet: "A", sentence: 0, words: [word], surface: "Tyre", key: "tyre", reliable: true, cues };
 * const pool = new CandidatePool();
 * const [one, two] = [pool.add(candidate), pool.add(structuredClone(candidate))];
 * assert.deepEqual(two, candidate); // the same candidate
 * assert.equal(two.cues, one.cues); // sharing one cues object
 * assert.deepEqual([pool.strings, pool.cues], [4, 1]); // "a", "A", "Tyre", "tyre"; one set of cues
 * ```
 */
export class CandidatePool {
  #strings = new Map<string, string>();
  #cues = new Map<string, MentionCues>();

  /** The number of distinct strings held. */
  get strings(): number {
    return this.#strings.size;
  }

  /** The number of distinct sets of cues held. */
  get cues(): number {
    return this.#cues.size;
  }

  /** The pool's string equal to `s` (`s` itself, the first time). */
  string(s: string): string {
    const held = this.#strings.get(s);
    if (held !== undefined) return held;
    this.#strings.set(s, s);
    return s;
  }

  /** The pool's cues equal to `cues` (`cues` itself, the first time). */
  sharedCues(cues: MentionCues): MentionCues {
    const id = cuesKey(cues);
    const held = this.#cues.get(id);
    if (held) return held;
    this.#cues.set(id, cues);
    return cues;
  }

  /** A candidate equal to `c`, with the pool's strings and cues. */
  add(c: Candidate): Candidate {
    const s = (x: string) => this.string(x);
    const cues = this.sharedCues(c.cues);
    const words: CandidateWord[] = c.words.map((w) => ({ text: s(w.text), key: s(w.key), start: w.start, end: w.end }));
    const article = s(c.article);
    const outlet = s(c.outlet);
    const surface = s(c.surface);
    const key = s(c.key);
    const { sentence, reliable } = c;
    // Object literals of two fixed shapes, with and without an entry, in the order of the cache's.
    return c.entry === undefined
      ? { article, outlet, sentence, words, surface, key, reliable, cues }
      : { article, outlet, sentence, words, surface, key, entry: c.entry, reliable, cues };
  }
}
