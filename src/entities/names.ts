/**
 * Names compared as names: keys that ignore case, accents, hyphens, apostrophes and
 * the Arabic article, and a tolerance for spelling variants ("Larjani", "Qassim").
 *
 * @module
 */

/** Arabic articles and the like that a name may carry or drop ("al-Sudani", "Sudani"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["al", "el", "ul"]);

/**
 * The key of one word: lower case, accents removed, apostrophes and full stops dropped.
 *
 * @example
 * ```ts
 * wordKey("U.S."); // "us"
 * wordKey("Kata'ib"); // "kataib"
 * ```
 */
export function wordKey(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’`.]/g, "");
}

/**
 * The key of a name: its words' keys, hyphens read as spaces, Arabic articles
 * ("al", "el") and a final possessive left out.
 *
 * @example
 * ```ts
 * nameKey("Mohammed Shia Al-Sudani's"); // "mohammed shia sudani"
 * nameKey("al-Sudani"); // "sudani"
 * ```
 */
export function nameKey(name: string): string {
  const words = name.replace(/['’]s$/i, "").split(/[\s\-‐]+/).map(wordKey).filter((w) => w !== "");
  const kept = words.filter((w) => !NAME_PARTICLES.has(w));
  return (kept.length ? kept : words).join(" ");
}

/**
 * The optimal string alignment distance between two strings: insertions, deletions,
 * substitutions and transpositions of adjacent characters each cost 1.
 *
 * @example
 * ```ts
 * editDistance("larjani", "larijani"); // 1
 * editDistance("theran", "tehran"); // 1
 * ```
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/**
 * The consonant skeleton of a word key: its first letter, then its consonants, with
 * doubled letters written once. Transliterations of one Arabic or Persian name share
 * it ("qasim", "qassim": "qsm").
 *
 * @example
 * ```ts
 * skeleton("qassim"); // "qsm"
 * ```
 */
export function skeleton(key: string): string {
  const rest = key.slice(1).replace(/[aeiouy]/g, "");
  return ((key[0] ?? "") + rest).replace(/(.)\1+/g, "$1");
}

const DEMONYM_ENDINGS = /^(?:i|is|n|ns|an|ans|ian|ians|ese|ish)$/;

/**
 * Whether two word keys are spellings of one name: equal, or both of five letters or
 * more and one edit apart or with the same consonant skeleton, and not a word and
 * its demonym ("israel", "israeli").
 *
 * @example
 * ```ts
 * similarWords("larjani", "larijani"); // true
 * similarWords("iraq", "iran"); // false
 * similarWords("israel", "israeli"); // false
 * ```
 */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 2) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && DEMONYM_ENDINGS.test(long.slice(short.length))) return false;
  if (long.startsWith(short.replace(/[aeiou]$/, "")) && DEMONYM_ENDINGS.test(long.slice(short.length - 1))) {
    return false;
  }
  if (withinOneEdit(a, b)) return true;
  const sa = skeleton(a);
  return sa.length >= 4 && sa === skeleton(b) && Math.abs(a.length - b.length) <= 2;
}

/**
 * Whether two name keys are spellings of one name: the same number of words, each
 * pair of words {@linkcode similarWords}.
 *
 * @example
 * ```ts
 * similarNames("qassim araji", "qasim araji"); // true
 * similarNames("qasim araji", "qassem soleimani"); // false
 * ```
 */
export function similarNames(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(" ");
  const wb = b.split(" ");
  return wa.length === wb.length && wa.every((w, i) => similarWords(w, wb[i]));
}

/**
 * Whether a short name key is a shorter form of a longer person's name: its words
 * appear in order in the longer one and it ends with the same surname ("sudani" and
 * "mohammed sudani" in "mohammed shia sudani").
 *
 * @example
 * ```ts
 * isShortFormOf("larijani", "ali larijani"); // true
 * isShortFormOf("ali", "ali larijani"); // false
 * ```
 */
export function isShortFormOf(short: string, long: string): boolean {
  const s = short.split(" ");
  const l = long.split(" ");
  if (s.length >= l.length) return false;
  if (!similarWords(s[s.length - 1], l[l.length - 1])) return false;
  let j = 0;
  for (let i = 0; i < s.length - 1; i++) {
    while (j < l.length - 1 && l[j] !== s[i]) j++;
    if (j >= l.length - 1) return false;
    j++;
  }
  return true;
}

/**
 * A URL- and file-safe id for a name.
 *
 * @example
 * ```ts
 * entityId("Mohammed Shia al-Sudani"); // "mohammed-shia-al-sudani"
 * ```
 */
export function entityId(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Whether two strings are at most one edit apart (insertion, deletion, substitution or
 * transposition of neighbours): `editDistance(a, b) <= 1`, in linear time.
 *
 * @example
 * ```ts
 * withinOneEdit("larijani", "larjani"); // true
 * withinOneEdit("qasim", "qassem"); // false
 * ```
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // One substitution, or one transposition of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * An index of keys by a word of theirs, for finding the keys whose word may be similar
 * (`similarWords`) to a given word without comparing with every key: a word is filed
 * under itself, each of its one-letter deletions and its consonant skeleton, so that
 * two words within one edit share an entry, and so do two with the same skeleton.
 * Lookups return a superset: test each candidate with the exact predicate.
 *
 * @example
 * ```ts
 * const index = new WordBlocks<string>();
 * index.add("larijani", "ali larijani");
 * index.candidates("larjani"); // ["ali larijani"]
 * ```
 */
export class WordBlocks<T> {
  readonly #blocks = new Map<string, T[]>();

  #entries(word: string): string[] {
    const out = new Set<string>([word, `#${skeleton(word)}`]);
    for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
    return [...out];
  }

  /** Files a value under a word. */
  add(word: string, value: T): void {
    for (const e of this.#entries(word)) {
      const list = this.#blocks.get(e);
      if (list) list.push(value);
      else this.#blocks.set(e, [value]);
    }
  }

  /** The values filed under words that may be similar to this one (each once). */
  candidates(word: string): T[] {
    const out = new Set<T>();
    for (const e of this.#entries(word)) for (const v of this.#blocks.get(e) ?? []) out.add(v);
    return [...out];
  }
}
