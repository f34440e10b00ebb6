/**
 * Reprints: articles of different outlets that are near-copies of each other (wire copy
 * republished, mirrors, lightly edited reprints), grouped into clusters. Candidates come
 * from MinHash banding, so the work grows with the corpus, not with its pairs; each
 * candidate pair is then compared exactly.
 *
 * @module
 */
import type { ReuseDoc } from "./doc.ts";
import { bandKeys, minhash, signatureAgreement } from "./minhash.ts";

/**
 * The defaults of {@linkcode ReprintOptions}: containment 0.8, signatures of 128 values in
 * 64 bands of 2, seed 20, and an estimate of 0.5 before the exact comparison.
 */
export const REPRINT_DEFAULTS = { threshold: 0.8, hashes: 128, rows: 2, seed: 20, estimate: 0.5 } as const;

/** Options of {@linkcode findReprints}. */
export interface ReprintOptions {
  /** The containment at or above which two articles are reprints. Default 0.8. */
  threshold?: number;
  /** The values of a MinHash signature. Default 128. */
  hashes?: number;
  /** The rows of a band. Default 2 (so 64 bands). */
  rows?: number;
  /** The seed of the hash functions. Default 20. */
  seed?: number;
  /** A candidate pair whose containment MinHash estimates below this is not compared exactly. Default 0.5. */
  estimate?: number;
}

/** One article of a reprint cluster: a row of `reprints.csv`. */
export interface ReprintRow {
  /** The article's id. */
  article: string;
  /** The cluster: the id of its earliest article (then first by id), the one kept when clusters are counted once. */
  cluster: string;
  /** The article's outlet (or group). */
  outlet: string;
  /** Its containment with the cluster's earliest article (1 for that article itself). */
  similarity: number;
}

/** The work of finding reprints and shared passages, counted (a test holds it linear in the corpus). */
export interface ReuseWork {
  /** Shingles hashed into MinHash signatures. */
  shingles: number;
  /** Candidate pairs from the bands (each pair once). */
  candidates: number;
  /** Candidate pairs compared exactly. */
  verified: number;
  /** Shared fingerprints extended into passages. */
  seeds: number;
  /** Pairs of words compared while extending them. */
  comparisons: number;
}

/** What {@linkcode findReprints} gives. */
export interface Reprints {
  /** One row per article of a cluster, clusters in order of their earliest article, each earliest first. */
  rows: ReprintRow[];
  /** The cluster of each clustered article (by id): its earliest article's id. */
  clusterOf: Map<string, string>;
  /** The work done. */
  work: ReuseWork;
}

/** Orders articles by date (undated last), then id: the first of a cluster is its original. */
export function byDateThenId(a: Pick<ReuseDoc, "date" | "id">, b: Pick<ReuseDoc, "date" | "id">): number {
  const da = a.date ?? "\uffff";
  const db = b.date ?? "\uffff";
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The set of a document's own shingles as text (compared exactly). */
function shingleSet(doc: ReuseDoc): Set<string> {
  const out = new Set<string>();
  for (const i of doc.own) out.add(doc.words.slice(i, i + 5).join(" "));
  return out;
}

/**
 * Containment of two shingle sets: the shingles they share over the size of the smaller.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { containment } from "./reprints.ts";
 * assert.equal(containment(new Set(["a", "b", "c", "d"]), new Set(["a", "b", "c", "x", "y"])), 0.75);
 * ```
 */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/**
 * The reprint clusters of a corpus. Two articles of different outlets are reprints when
 * the containment of their own word 5-shingles (shingles with a word outside quotation
 * marks, see `reuseDoc`) is at least the threshold: |A ∩ B| / min(|A|, |B|) ≥ 0.8. A
 * copy with its first line changed, a paragraph dropped or a few words changed stays
 * above it; two articles that share only a quoted statement share no own shingle of it.
 * Clusters are the connected groups of reprint pairs. Candidates: articles that agree on
 * a band of their MinHash signatures (64 bands of 2 of 128 values); a pair whose
 * estimated containment (from the estimated Jaccard J and the set sizes,
 * J (|A| + |B|) / ((1 + J) min(|A|, |B|))) is below 0.5 is not compared exactly. Within a
 * band's bucket, each article is paired with the bucket's first and with the one before
 * it, so that a cluster of any size costs pairs in proportion to its size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findReprints, reuseDoc } from "framelens";
 * const wire = "The Lebanese president met the Iranian envoy in Beirut on Wednesday and said that the army alone " +
 *   "would carry arms, a decision the cabinet took last week under pressure from Washington.";
 * const docs = [
 *   reuseDoc({ id: "a", outlet: "Wire", date: "2025-08-13", text: wire }),
 *   reuseDoc({ id: "b", outlet: "Daily", date: "2025-08-14", text: "BEIRUT - " + wire }),
 *   reuseDoc({ id: "c", outlet: "Weekly", date: "2025-08-14", text: "The envoy flew home." }),
 * ];
 * const { rows } = findReprints(docs);
 * assert.deepEqual(rows.map((r) => [r.article, r.cluster, r.similarity]), [["a", "a", 1], ["b", "a", 1]]);
 * ```
 */
export function findReprints(docs: readonly ReuseDoc[], options: ReprintOptions = {}): Reprints {
  const { threshold, hashes, rows, seed, estimate } = { ...REPRINT_DEFAULTS, ...options };
  const work: ReuseWork = { shingles: 0, candidates: 0, verified: 0, seeds: 0, comparisons: 0 };
  const order = docs.map((_, i) => i).sort((a, b) => byDateThenId(docs[a], docs[b]));
  const signatures: Uint32Array[] = new Array(docs.length);
  const sizes = new Int32Array(docs.length);
  const keys: Uint32Array[] = new Array(docs.length);
  for (const i of order) {
    const d = docs[i];
    if (d.shingles.length === 0) continue;
    const own = new Uint32Array(d.own.length);
    for (let k = 0; k < own.length; k++) own[k] = d.shingles[d.own[k]];
    // The distinct hashes: sorted, each kept once.
    own.sort();
    let size = 0;
    for (let k = 0; k < own.length; k++) if (k === 0 || own[k] !== own[k - 1]) own[size++] = own[k];
    sizes[i] = size;
    work.shingles += own.length;
    signatures[i] = minhash(own.subarray(0, size), hashes, seed);
    keys[i] = bandKeys(signatures[i], rows);
  }
  // Union-find over the articles.
  const parent = Int32Array.from(docs, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const rank = new Int32Array(docs.length);
  for (let k = 0; k < order.length; k++) rank[order[k]] = k;
  const sets = new Map<number, Set<string>>();
  const setOf = (i: number) => {
    let s = sets.get(i);
    if (!s) sets.set(i, s = shingleSet(docs[i]));
    return s;
  };
  const seen = new Set<number>();
  const consider = (a: number, b: number) => {
    if (a === b || docs[a].outlet === docs[b].outlet) return;
    const key = a < b ? a * docs.length + b : b * docs.length + a;
    if (seen.has(key)) return;
    seen.add(key);
    work.candidates++;
    if (find(a) === find(b)) return;
    const j = signatureAgreement(signatures[a], signatures[b]);
    if ((j * (sizes[a] + sizes[b])) / ((1 + j) * Math.min(sizes[a], sizes[b])) < estimate) return;
    work.verified++;
    if (containment(setOf(a), setOf(b)) < threshold) return;
    const ra = find(a), rb = find(b);
    // The root is the earlier article, so that a cluster's root is its original.
    if (rank[ra] < rank[rb]) parent[rb] = ra;
    else parent[ra] = rb;
  };
  // Band by band, the articles with the same key form a bucket: each is paired with the bucket's
  // first and with the one before it. Only the first and the last of each bucket are kept, in a
  // table of twice the articles' slots or more (open addressing: a key's slot is its low bits, or
  // the next free one), marked with the band they were filled in so that no band clears it.
  const bands = Math.floor(hashes / rows);
  let slots = 2;
  while (slots < 2 * docs.length) slots *= 2;
  const slotKey = new Uint32Array(slots);
  const slotBand = new Int32Array(slots).fill(-1);
  const slotFirst = new Int32Array(slots);
  const slotLast = new Int32Array(slots);
  for (let b = 0; b < bands; b++) {
    for (const i of order) {
      if (!keys[i]) continue;
      const key = keys[i][b];
      let slot = key & (slots - 1);
      while (slotBand[slot] === b && slotKey[slot] !== key) slot = (slot + 1) & (slots - 1);
      if (slotBand[slot] !== b) {
        slotBand[slot] = b;
        slotKey[slot] = key;
        slotFirst[slot] = i;
      } else {
        consider(slotFirst[slot], i);
        consider(slotLast[slot], i);
      }
      slotLast[slot] = i;
    }
  }
  const members = new Map<number, number[]>();
  for (const i of order) {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const out: ReprintRow[] = [];
  const clusterOf = new Map<string, string>();
  for (const [root, list] of members) {
    if (list.length < 2) continue;
    const first = docs[root];
    for (const i of list) {
      const similarity = i === root ? 1 : Math.round(containment(setOf(root), setOf(i)) * 1000) / 1000;
      out.push({ article: docs[i].id, cluster: first.id, outlet: docs[i].group, similarity });
      clusterOf.set(docs[i].id, first.id);
    }
  }
  return { rows: out, clusterOf, work };
}
