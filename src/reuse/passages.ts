/**
 * Shared passages: runs of 12 or more consecutive words (normalised, see `reuseWords`)
 * that articles of different outlets share, found through winnowed fingerprints so that
 * the work grows with the corpus, and each extended exactly to its longest run. A passage
 * shared by many articles (a stock sentence, a formula) is listed once with its count.
 *
 * @module
 */
import { type ReuseDoc, SHINGLE_WORDS } from "./doc.ts";
import type { ReuseWork } from "./reprints.ts";
import { winnow } from "./shingles.ts";

/** The defaults of {@linkcode PassageOptions}: 12 words; a fingerprint in more than 4 articles is common. */
export const PASSAGE_DEFAULTS = { words: 12, common: 4 } as const;

/** Options of {@linkcode sharedPassages}. */
export interface PassageOptions {
  /** The fewest consecutive words a passage has. Default 12 (at least 6). */
  words?: number;
  /** A passage found in more articles than this is listed once, as a common passage with its count. Default 4. */
  common?: number;
  /** The speaker of the quote a span of an article lies in, if any. */
  speakerAt?: (article: string, start: number, end: number) => string | undefined;
  /** The work done, added to (default a new count). */
  work?: ReuseWork;
}

/** A shared passage: a row of `reuse.csv`. */
export interface PassageRow {
  /** The first article (by date, then id). */
  articleA: string;
  /** Its outlet (or group). */
  outletA: string;
  /** The second article: for a common passage, the first of another outlet than the first article's. */
  articleB: string;
  /** Its outlet (or group). */
  outletB: string;
  /** The passage's length in words. */
  words: number;
  /** Offset of the passage in the first article's text. */
  startA: number;
  /** Offset just past it. */
  endA: number;
  /** Offset of the passage in the second article's text. */
  startB: number;
  /** Offset just past it. */
  endB: number;
  /** The speaker of the quote the passage lies in (in the first article where it is quoted), or "". */
  speaker: string;
  /** The passage as the first article writes it. */
  text: string;
  /** The articles that share it: 2 for a pair, more for a common passage. */
  articles: number;
  /** The outlets of those articles. */
  outlets: number;
}

/** What {@linkcode sharedPassages} gives. */
export interface SharedPassages {
  /** The passages: pairs first (by first article, second, offset), then common passages (most shared first). */
  rows: PassageRow[];
  /** The articles (by id) that share each row's passage, in the order of `rows`. */
  members: string[][];
  /** The work done. */
  work: ReuseWork;
}

/**
 * The passages of 12 or more words that articles of different outlets share. Each
 * article's word 5-shingles are winnowed with a window of 8 (so that every run of 12
 * words shared gives a shared fingerprint); a fingerprint in 2 to 4 articles seeds each
 * pair of them of different outlets, which is extended word by word to its longest run
 * (a run of 12 or more is a passage; each run once, however many fingerprints it
 * holds). A fingerprint in more than 4 articles seeds a common passage: the longest run
 * around it that all of them share, listed once with the number of articles and outlets
 * (if 12 words or more and from at least two outlets); a pair's run that is a common
 * passage is not listed again. Articles are read in the order
 * given (by date, then id, is what the reuse stage gives). Offsets are into the original
 * texts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reuseDoc, sharedPassages } from "framelens";
 * const statement = "we will never accept a decision that disarms the resistance while the occupation continues";
 * const docs = [
 *   reuseDoc({ id: "a", outlet: "A", text: `Naim Qassem said: "${statement}," in a speech.` }),
 *   reuseDoc({ id: "b", outlet: "B", text: `Hezbollah replied that ${statement}.` }),
 * ];
 * const { rows } = sharedPassages(docs, { speakerAt: (article) => article === "a" ? "Naim Qassem" : undefined });
 * assert.equal(rows.length, 1);
 * assert.equal(rows[0].words, 14);
 * assert.equal(rows[0].text, statement);
 * assert.equal(rows[0].speaker, "Naim Qassem");
 * ```
 */
export function sharedPassages(docs: readonly ReuseDoc[], options: PassageOptions = {}): SharedPassages {
  const minWords = Math.max(SHINGLE_WORDS + 1, options.words ?? PASSAGE_DEFAULTS.words);
  const common = options.common ?? PASSAGE_DEFAULTS.common;
  const work = options.work ?? { shingles: 0, candidates: 0, verified: 0, seeds: 0, comparisons: 0 };
  const window = minWords - SHINGLE_WORDS + 1;
  // Each fingerprint's occurrences as a chain (latest first): its last occurrence by hash, and for
  // each occurrence its article, position and the occurrence before it (once an article). The last
  // occurrences are kept in a table of twice the fingerprints' slots or more (open addressing: a
  // hash's slot is its low bits, or the next free one), its slots listed in the order first filled.
  const prints = docs.map((d) => winnow(d.shingles, window));
  const total = prints.reduce((sum, p) => sum + p.length, 0);
  let slots = 2;
  while (slots < 2 * total) slots *= 2;
  const slotHash = new Uint32Array(slots);
  const slotLast = new Int32Array(slots).fill(-1);
  const filled: number[] = [];
  const docOf = new Int32Array(total);
  const posOf = new Int32Array(total);
  const before = new Int32Array(total);
  let count = 0;
  docs.forEach((d, i) => {
    for (const p of prints[i]) {
      const h = d.shingles[p];
      let slot = h & (slots - 1);
      while (slotLast[slot] !== -1 && slotHash[slot] !== h) slot = (slot + 1) & (slots - 1);
      const prev = slotLast[slot];
      if (prev === -1) {
        slotHash[slot] = h;
        filled.push(slot);
      } else if (docOf[prev] === i) continue;
      docOf[count] = i;
      posOf[count] = p;
      before[count] = prev;
      slotLast[slot] = count++;
    }
    prints[i] = [];
  });
  const pairSeeds = new Map<number, number[]>();
  const rows: { row: PassageRow; members: string[] }[] = [];
  const commonRows: { row: PassageRow; members: string[] }[] = [];
  const commonSeen = new Set<string>();
  const speakerOf = (list: readonly [number, number, number][]) => {
    for (const [i, s, e] of list) {
      const d = docs[i];
      const who = options.speakerAt?.(d.id, d.starts[s], d.ends[e - 1]);
      if (who) return who;
    }
    return "";
  };
  for (const slot of filled) {
    const end = slotLast[slot];
    if (before[end] === -1) continue; // in one article
    // [article, position, article, position, ...] in the order of the articles.
    const list: number[] = [];
    for (let e = end; e !== -1; e = before[e]) list.push(posOf[e], docOf[e]);
    list.reverse();
    const n = list.length / 2;
    if (n <= common) {
      for (let x = 0; x < list.length; x += 2) {
        for (let y = x + 2; y < list.length; y += 2) {
          const a = list[x], b = list[y];
          if (docs[a].outlet === docs[b].outlet) continue;
          const key = a * docs.length + b;
          const seeds = pairSeeds.get(key);
          if (seeds) seeds.push(list[x + 1], list[y + 1]);
          else pairSeeds.set(key, [list[x + 1], list[y + 1]]);
        }
      }
      continue;
    }
    // A common fingerprint: the run every article holding it shares around it.
    const first = docs[list[0]];
    if (!list.some((_, k) => k % 2 === 0 && docs[list[k]].outlet !== first.outlet)) continue;
    work.seeds++;
    let left = 0;
    let right = 0;
    const agree = (off: number) => {
      const w = first.words[list[1] + off];
      if (w === undefined) return false;
      for (let k = 2; k < list.length; k += 2) {
        work.comparisons++;
        if (docs[list[k]].words[list[k + 1] + off] !== w) return false;
      }
      return true;
    };
    while (agree(-left - 1)) left++;
    while (agree(right)) right++;
    if (left + right < minWords) continue;
    const key = first.words.slice(list[1] - left, list[1] + right).join(" ");
    if (commonSeen.has(key)) continue;
    commonSeen.add(key);
    const spans: [number, number, number][] = [];
    for (let k = 0; k < list.length; k += 2) spans.push([list[k], list[k + 1] - left, list[k + 1] + right]);
    const other = spans.find(([i]) => docs[i].outlet !== first.outlet)!;
    commonRows.push({
      row: passageRow(docs, spans[0], other, speakerOf(spans), {
        articles: spans.length,
        outlets: new Set(spans.map(([i]) => docs[i].outlet)).size,
      }),
      members: spans.map(([i]) => docs[i].id),
    });
  }
  for (const [key, seeds] of pairSeeds) {
    const a = Math.floor(key / docs.length), b = key % docs.length;
    const A = docs[a].words, B = docs[b].words;
    const order = [];
    for (let k = 0; k < seeds.length; k += 2) order.push(k);
    order.sort((x, y) => seeds[x] - seeds[y] || seeds[x + 1] - seeds[y + 1]);
    const found: [number, number, number][] = []; // [start in a, end in a, diagonal]
    for (const k of order) {
      const pa = seeds[k], pb = seeds[k + 1];
      if (found.some(([s, e, diag]) => diag === pb - pa && s <= pa && pa < e)) continue;
      work.seeds++;
      let left = 0;
      while (pa - left > 0 && pb - left > 0 && A[pa - left - 1] === B[pb - left - 1]) left++;
      let right = 0;
      while (pa + right < A.length && pb + right < B.length && A[pa + right] === B[pb + right]) right++;
      work.comparisons += left + right + 2;
      found.push([pa - left, pa + right, pb - pa]);
      if (left + right < minWords) continue;
      // A run that is a common passage is listed there (winnowing may choose its fingerprints in only a few articles).
      if (commonSeen.size && commonSeen.has(A.slice(pa - left, pa + right).join(" "))) continue;
      const spanA: [number, number, number] = [a, pa - left, pa + right];
      const spanB: [number, number, number] = [b, pb - left, pb + right];
      rows.push({
        row: passageRow(docs, spanA, spanB, speakerOf([spanA, spanB]), { articles: 2, outlets: 2 }),
        members: [docs[a].id, docs[b].id],
      });
    }
  }
  rows.sort((x, y) =>
    cmp(x.row.articleA, y.row.articleA) || cmp(x.row.articleB, y.row.articleB) || x.row.startA - y.row.startA
  );
  commonRows.sort((x, y) => y.row.articles - x.row.articles || cmp(x.row.text, y.row.text));
  const all = [...rows, ...commonRows];
  return { rows: all.map((r) => r.row), members: all.map((r) => r.members), work };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A row for a passage: word spans [article, first word, word past the last] in the two articles. */
function passageRow(
  docs: readonly ReuseDoc[],
  [a, sa, ea]: [number, number, number],
  [b, sb, eb]: [number, number, number],
  speaker: string,
  counts: { articles: number; outlets: number },
): PassageRow {
  const A = docs[a], B = docs[b];
  const startA = A.starts[sa], endA = A.ends[ea - 1];
  return {
    articleA: A.id,
    outletA: A.group,
    articleB: B.id,
    outletB: B.group,
    words: ea - sa,
    startA,
    endA,
    startB: B.starts[sb],
    endB: B.ends[eb - 1],
    speaker,
    text: A.text.slice(startA, endA),
    ...counts,
  };
}
