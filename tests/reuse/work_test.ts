import assert from "node:assert/strict";
import { reuseDoc, type ReuseText } from "../../src/reuse/doc.ts";
import { findReprints } from "../../src/reuse/reprints.ts";
import { sharedPassages } from "../../src/reuse/passages.ts";

/** A seeded generator (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n articles of 200 words each drawn from 5,000 made-up words, in 10 outlets; every
 * tenth is reprinted by the next outlet, and every fifth carries the same stock sentence
 * of 15 words: reprints and a common passage that grow with the corpus.
 */
function corpus(n: number): ReuseText[] {
  const next = random(7);
  const stock = Array.from({ length: 15 }, (_, i) => `stock${i}`).join(" ");
  const out: ReuseText[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 200 }, () => `v${Math.floor(next() * 5000)}`);
    if (i % 5 === 0) words.splice(100, 0, stock);
    const text = words.join(" ");
    out.push({ id: `a${String(i).padStart(5, "0")}`, outlet: `Outlet ${i % 10}`, date: "2025-08-11", text });
    if (i % 10 === 0) {
      out.push({ id: `r${String(i).padStart(5, "0")}`, outlet: `Outlet ${(i + 1) % 10}`, date: "2025-08-12", text });
    }
  }
  return out;
}

function work(n: number) {
  const docs = corpus(n).map((t) => reuseDoc(t));
  const reprints = findReprints(docs);
  const passages = sharedPassages(docs.filter((d) => !d.id.startsWith("r")), { work: { ...reprints.work } });
  return { reprints, passages, docs };
}

Deno.test("text reuse does work in proportion to the corpus: twice the articles, twice the work, not four times", () => {
  const small = work(400);
  const large = work(800);
  // Hand count: 400 articles and 40 reprints of 200 words (215 with the stock sentence, one in five): 440
  // texts; shingles = 400 × 196 + 80 × 15 (stock) + 40 × 196 (the reprints, of texts with the stock sentence) = 87,440
  // (all own: no quotation marks). Twice for 800.
  assert.equal(small.reprints.work.shingles, 400 * 196 + 80 * 15 + 40 * (196 + 15));
  assert.equal(large.reprints.work.shingles, 2 * small.reprints.work.shingles);
  for (const key of ["candidates", "verified"] as const) {
    const ratio = large.reprints.work[key] / small.reprints.work[key];
    assert.ok(
      ratio < 2.5,
      `${key}: ${small.reprints.work[key]} then ${large.reprints.work[key]} (×${ratio.toFixed(2)})`,
    );
  }
  for (const key of ["seeds", "comparisons"] as const) {
    const ratio = large.passages.work[key] / small.passages.work[key];
    assert.ok(
      ratio < 2.5,
      `${key}: ${small.passages.work[key]} then ${large.passages.work[key]} (×${ratio.toFixed(2)})`,
    );
  }
  // Every planted reprint is found, and nothing else: 40 clusters of two at 400.
  assert.equal(small.reprints.rows.length, 80);
  assert.equal(large.reprints.rows.length, 160);
  // The stock sentence is one common passage (80 articles at 400 articles, 160 at 800), not 3,160 pairs; a pair
  // whose articles happen to have the same word beside it shares a longer run, listed as a pair.
  for (const [{ passages }, n] of [[small, 80], [large, 160]] as const) {
    assert.deepEqual(passages.rows.filter((r) => r.articles > 2).map((r) => [r.words, r.articles, r.outlets]), [[
      15,
      n,
      2,
    ]]);
    for (const r of passages.rows.filter((r) => r.articles === 2)) {
      assert.ok(r.words > 15 && r.text.includes("stock0 stock1"), r.text);
    }
  }
});

Deno.test("findReprints() links a cluster of n copies with 2n − 3 candidate pairs and n − 1 exact comparisons, not n(n − 1)/2", () => {
  const text = corpus(1)[0].text;
  for (const n of [50, 500]) {
    const docs = Array.from(
      { length: n },
      (_, i) => reuseDoc({ id: `c${String(i).padStart(3, "0")}`, outlet: `O${i}`, text }),
    );
    const { rows, work } = findReprints(docs);
    assert.equal(rows.length, n, "one cluster of every copy");
    // Hand count: in the first band every copy has one bucket; the second copy is paired with the first, each later
    // copy with the first (compared, then joined) and with the one before it (already joined: not compared). The
    // other bands give the same pairs again, counted once.
    assert.equal(work.candidates, 2 * n - 3);
    assert.equal(work.verified, n - 1);
  }
});

Deno.test("text reuse on 10 times the articles does about 10 times the work: pairs compared, seeds and words", () => {
  const small = work(200);
  const large = work(2000);
  // Every planted reprint (one article in ten) is compared exactly once, and no other pair: 20 then 200.
  assert.equal(small.reprints.work.verified, 20);
  assert.equal(large.reprints.work.verified, 200);
  // Per article, the candidate pairs, seeds and words compared grow by less than half at 10 times the articles
  // (the bound of the candidates is 2 × 64 bands per article).
  const perArticle = (w: ReturnType<typeof work>, key: "candidates" | "seeds" | "comparisons") =>
    (key === "candidates" ? w.reprints.work : w.passages.work)[key] / w.docs.length;
  for (const key of ["candidates", "seeds", "comparisons"] as const) {
    const ratio = perArticle(large, key) / perArticle(small, key);
    assert.ok(ratio < 1.5, `${key} per article: ×${ratio.toFixed(2)} at 10 times the articles`);
  }
  assert.ok(large.reprints.work.candidates <= 2 * 64 * large.docs.length);
});
