/**
 * The candidates of a corpus held as columns (issue 19, memory): entity resolution needs
 * every candidate at once (some 1.5 million at 50,000 articles), but most of what a
 * candidate holds is the same in thousands of them: its words as written and their keys,
 * its name, its key, its gazetteer entry, whether it is reliable, its cues. That is held
 * once for each distinct form ({@linkcode CandidateForm}); a candidate is a row of whole
 * numbers: its form, its article, its outlet, its sentence, and its words' offsets.
 *
 * @module
 */
import type { Candidate, MentionCues } from "./mentions.ts";
import { CandidatePool, cuesKey } from "./pool.ts";

/** A word of a form: as written, and its key (`wordKey`). Its offsets are the candidate's. */
export interface FormWord {
  /** As written (prepared text). */
  text: string;
  /** `wordKey` of the text. */
  key: string;
}

/** What a candidate is apart from where it stands: all of it but its article, outlet, sentence and offsets. */
export interface CandidateForm {
  /** The words of the name, without their offsets. */
  words: readonly FormWord[];
  /** The name as written. */
  surface: string;
  /** `nameKey` of the surface. */
  key: string;
  /** The gazetteer entry its name matched, if any. */
  entry?: number;
  /** As the candidate's `reliable`. */
  reliable: boolean;
  /** Cues for its type. */
  cues: MentionCues;
}

/**
 * A column of whole numbers (32-bit) that grows as it is written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { IntColumn } from "./candidate_table.ts";
 * const column = new IntColumn();
 * for (let i = 0; i < 3000; i++) column.push(i * 2);
 * assert.deepEqual([column.length, column.at(2999)], [3000, 5998]);
 * ```
 */
export class IntColumn {
  #values = new Int32Array(1024);
  /** The number of values written. */
  length = 0;
  /** Writes `v` after the last value. */
  push(v: number): void {
    if (this.length === this.#values.length) {
      const grown = new Int32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.length++] = v;
  }
  /** The value at `i`. */
  at(i: number): number {
    return this.#values[i];
  }
}

/**
 * Candidates as rows of a table of whole numbers and their distinct forms: candidate `i`
 * reads as `form(i)`, `article(i)`, `outlet(i)`, `sentence(i)` and its words' offsets
 * `start(i, w)` and `end(i, w)`. Strings and cues are shared through a
 * {@linkcode CandidatePool}; a form is held once however many candidates have it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CandidateTable } from "./candidate_table.ts";
 * const cues = { title: false, placePreposition: true, speechVerb: false };
 * const tyre = (article: string, start: number) => ({
 *   article, outlet: "A", sentence: 0, words: [{ text: "Tyre", key: "tyre", start, end: start + 4 }],
 *   surface: "Tyre", key: "tyre", reliable: true, cues,
 * });
 * const table = CandidateTable.of([tyre("a", 3), tyre("b", 10)]);
 * assert.deepEqual([table.length, table.forms.length], [2, 1]); // two candidates of one form
 * assert.deepEqual(table.candidate(1), tyre("b", 10)); // read back as it was given
 * assert.equal(table.articles[table.article(1)], "b");
 * ```
 */
export class CandidateTable {
  /** The distinct forms, in the order of their first candidate. */
  readonly forms: CandidateForm[] = [];
  /** The distinct article ids, in the order of their first candidate. */
  readonly articles: string[] = [];
  /** The distinct outlets, in the order of their first candidate. */
  readonly outlets: string[] = [];
  #pool: CandidatePool;
  #formIds = new Map<string, number>();
  #articleIds = new Map<string, number>();
  #outletIds = new Map<string, number>();
  #form = new IntColumn();
  #article = new IntColumn();
  #outlet = new IntColumn();
  #sentence = new IntColumn();
  // Candidate i's words' offsets at #starts/#ends[#wordAt[i]], one after the other.
  #wordAt = new IntColumn();
  #starts = new IntColumn();
  #ends = new IntColumn();
  // The first place of each candidate given twice as one object (resolveEntities counts it once).
  #first?: Int32Array;

  /** A table that holds its strings and cues in `pool` (default: a new one). */
  constructor(pool: CandidatePool = new CandidatePool()) {
    this.#pool = pool;
  }

  /**
   * A table of the candidates given, in their order. A candidate given twice as one
   * object is remembered as such ({@linkcode CandidateTable.firstPlace}).
   */
  static of(candidates: readonly Candidate[], pool?: CandidatePool): CandidateTable {
    const table = new CandidateTable(pool);
    for (const c of candidates) table.add(c);
    if (new Set(candidates).size < candidates.length) {
      const first = new Map<Candidate, number>();
      table.#first = Int32Array.from(candidates, (c, i) => first.get(c) ?? (first.set(c, i), i));
    }
    return table;
  }

  /** The number of candidates. */
  get length(): number {
    return this.#form.length;
  }

  /** Adds a candidate as the table's last row. */
  add(c: Candidate): void {
    this.#form.push(this.#formOf(c));
    this.#article.push(idOf(this.#articleIds, this.articles, this.#pool.string(c.article)));
    this.#outlet.push(idOf(this.#outletIds, this.outlets, this.#pool.string(c.outlet)));
    this.#sentence.push(c.sentence);
    this.#wordAt.push(this.#starts.length);
    for (const w of c.words) {
      this.#starts.push(w.start);
      this.#ends.push(w.end);
    }
  }

  /** Candidate `i`'s form. */
  form(i: number): CandidateForm {
    return this.forms[this.#form.at(i)];
  }

  /** Candidate `i`'s form, as its place in {@linkcode CandidateTable.forms}. */
  formIndex(i: number): number {
    return this.#form.at(i);
  }

  /** Candidate `i`'s article, as its place in {@linkcode CandidateTable.articles}. */
  article(i: number): number {
    return this.#article.at(i);
  }

  /** Candidate `i`'s outlet, as its place in {@linkcode CandidateTable.outlets}. */
  outlet(i: number): number {
    return this.#outlet.at(i);
  }

  /** Candidate `i`'s sentence. */
  sentence(i: number): number {
    return this.#sentence.at(i);
  }

  /** The offset of the first character of candidate `i`'s word `w`. */
  start(i: number, w: number): number {
    return this.#starts.at(this.#wordAt.at(i) + w);
  }

  /** The offset just past the last character of candidate `i`'s word `w`. */
  end(i: number, w: number): number {
    return this.#ends.at(this.#wordAt.at(i) + w);
  }

  /** Whether one candidate object was given twice or more to {@linkcode CandidateTable.of}. */
  get repeats(): boolean {
    return this.#first !== undefined;
  }

  /** The first place of the candidate at `i` (`i`, but where one object was given twice to {@linkcode CandidateTable.of}). */
  firstPlace(i: number): number {
    return this.#first ? this.#first[i] : i;
  }

  /** Candidate `i` as an object, equal to the one given. */
  candidate(i: number): Candidate {
    const f = this.form(i);
    const words = f.words.map((w, k) => ({ text: w.text, key: w.key, start: this.start(i, k), end: this.end(i, k) }));
    const { surface, key, reliable, cues } = f;
    const [article, outlet, sentence] = [
      this.articles[this.article(i)],
      this.outlets[this.outlet(i)],
      this.sentence(i),
    ];
    return f.entry === undefined
      ? { article, outlet, sentence, words, surface, key, reliable, cues }
      : { article, outlet, sentence, words, surface, key, entry: f.entry, reliable, cues };
  }

  #formOf(c: Candidate): number {
    const words = c.words.map((w) => `${w.text}\u0002${w.key}`).join("\u0003");
    const id = `${c.entry ?? ""}\u0001${c.reliable ? 1 : 0}\u0001${
      cuesKey(c.cues)
    }\u0001${c.surface}\u0001${c.key}\u0001${words}`;
    let form = this.#formIds.get(id);
    if (form === undefined) {
      const s = (x: string) => this.#pool.string(x);
      const f: CandidateForm = {
        words: c.words.map((w) => ({ text: s(w.text), key: s(w.key) })),
        surface: s(c.surface),
        key: s(c.key),
        ...(c.entry === undefined ? {} : { entry: c.entry }),
        reliable: c.reliable,
        cues: this.#pool.sharedCues(c.cues),
      };
      this.#formIds.set(id, form = this.forms.length);
      this.forms.push(f);
    }
    return form;
  }
}

/** The place of `value` in `list`, added at its end the first time. */
function idOf(ids: Map<string, number>, list: string[], value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    ids.set(value, id = list.length);
    list.push(value);
  }
  return id;
}
