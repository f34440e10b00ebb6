/**
 * An article's annotation depends on its text alone: the same whatever the order of the
 * articles, the articles read before it on the same thread, and the number of threads.
 * wink-nlp learns from every document it reads (new words, their shapes, ids that it
 * never gives back); in a run of 48,000 articles one article came out with 44 sentences
 * in one run and 43 in every other. About 2,700 varied texts (the Brown corpus cut into
 * pieces, and adversarial ones) are annotated in order and in reverse on one thread,
 * shuffled on two threads and in order on three, and every annotation is compared.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { loadBrown } from "../../bench/brown.ts";
import { annotateArticle, annotateCorpus, loadResources, type Resources } from "../../src/pipeline/annotate.ts";
import { packAnnotation, type PackedAnnotation, unpackAnnotation } from "../../src/pipeline/cache.ts";
import { runPool } from "../../src/pipeline/pool.ts";
import type { LoadResourcesOptions } from "../../src/pipeline/annotate.ts";
import type { AnnotatedArticle, Article } from "../../src/types.ts";

/** A seeded generator of whole numbers below `n` (a linear congruential generator). */
function random(seed: number): (n: number) => number {
  let x = seed >>> 0;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
}

/** Each Brown text cut into pieces of one to six paragraphs. */
function brownPieces(texts: Article[], rnd: (n: number) => number): string[] {
  const pieces: string[] = [];
  for (const a of texts) {
    const paragraphs = a.text.split("\n\n");
    for (let i = 0; i < paragraphs.length;) {
      const n = 1 + rnd(6);
      pieces.push(paragraphs.slice(i, i + n).join("\n\n"));
      i += n;
    }
  }
  return pieces;
}

const GREEK =
  "\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc\u03bd\u03be\u03bf\u03c0\u03c1\u03c3\u03c4\u03c5\u03c6\u03c7\u03c8\u03c9";
const CYRILLIC =
  "\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u043a\u043b\u043c\u043d\u043e\u043f\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f";
const ARABIC = "\u0627\u0628\u062a\u062b\u062c\u062d\u062e\u062f\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637";
const LATIN = "abcdefghijklmnopqrstuvwxyz";

/** Word `n` of an alphabet (its digits in base `alphabet.length`). */
function wordOf(alphabet: string, n: number): string {
  let s = "";
  do s += alphabet[n % alphabet.length]; while ((n = Math.floor(n / alphabet.length)));
  return s;
}

/**
 * Adversarial texts: soups of thousands of distinct words in other scripts (each a
 * shape of its own to wink-nlp), short Greek words after abbreviations and sentence
 * ends (where a word taken for an abbreviation moves a boundary), new names before
 * clitics and quotation marks, runs without a space just under and over 1,000
 * characters, thousands of one-word sentences, paragraphs of quotation marks.
 */
function adversarialTexts(rnd: (n: number) => number): string[] {
  const texts: string[] = [];
  let fresh = 0;
  const pick = <T>(xs: readonly T[]) => xs[rnd(xs.length)];
  // 18,000 shapes in all: wink-nlp packed a shape's index in 14 bits, and an index from
  // 16,384 to 32,767 set the bit after them, which marks an abbreviation.
  for (const alphabet of [CYRILLIC, ARABIC, GREEK]) {
    texts.push(Array.from({ length: 6000 }, () => wordOf(alphabet, fresh++)).join(" "));
  }
  const fragments = ["Mrs.", "Mr.", "etc.", "He", "The", "Then", "!", "?", ".", '"', "said", "\n\n", "Dr.", "U.S."];
  for (let k = 0; k < 400; k++) {
    const parts: string[] = [];
    const n = 8 + rnd(20);
    for (let j = 0; j < n; j++) {
      const r = rnd(5);
      if (r === 0) parts.push(wordOf(GREEK, rnd(600)) + (rnd(3) ? "" : "."));
      else if (r === 1) {
        parts.push(
          `${wordOf(LATIN, 1000 + fresh++).replace(/^./, (c) => c.toUpperCase())}${pick(["'s", "", ".", '"'])}`,
        );
      } else parts.push(pick(fragments));
    }
    texts.push(parts.join(" "));
  }
  for (const n of [999, 1000, 1001, 1500, 3000]) {
    texts.push(`He sent ${"Ab0+".repeat(n).slice(0, n)} to Hana Pirzada and Mrs. Tariq Farahani. They announce it.`);
  }
  texts.push(Array.from({ length: 3000 }, (_, i) => pick(["Yes.", "No!", "Why?", wordOf(LATIN, i) + "."])).join(" "));
  texts.push('"'.repeat(900) + " " + Array(2000).fill('" "').join(" "));
  texts.push(
    Array.from({ length: 2000 }, () => pick(["Baghdad's", '"balanced"', "can't", "al-Sudani", "Tehran"])).join(" "),
  );
  return texts;
}

/** A digest of everything an annotation holds. */
function signature(a: AnnotatedArticle): string {
  return createHash("sha256").update(JSON.stringify([a.sentences, a.tokens, a.terms, a.words])).digest("hex");
}

/** Annotates `order` (indexes of `articles`) in batches, and gives each article's signature by index. */
async function signatures(
  articles: Article[],
  order: number[],
  annotate: (batch: Article[]) => Promise<AnnotatedArticle[]>,
): Promise<string[]> {
  const out: string[] = new Array(articles.length);
  for (let b = 0; b < order.length; b += 1000) {
    const batch = order.slice(b, b + 1000);
    const annotated = await annotate(batch.map((i) => articles[i]));
    batch.forEach((i, k) => out[i] = signature(annotated[k]));
  }
  return out;
}

/** Annotates `articles` on this thread and `threads - 1` workers (a pool as the digest's), in the input order. */
async function annotateOnWorkers(
  articles: Article[],
  resources: Resources,
  threads: number,
): Promise<AnnotatedArticle[]> {
  const out: AnnotatedArticle[] = new Array(articles.length);
  await runPool<LoadResourcesOptions, Article, PackedAnnotation>({
    workerUrl: new URL("../fixtures/pool/annotate_worker.ts", import.meta.url),
    count: articles.length,
    threads,
    init: {},
    item: (i) => articles[i],
    local: (i) => Promise.resolve(packAnnotation(annotateArticle(articles[i], resources))),
    onItem: (i, packed) => {
      out[i] = unpackAnnotation(packed, articles[i]);
      return Promise.resolve();
    },
  });
  return out;
}

Deno.test({
  name: "annotation of an article is the same whatever the order of the articles and the number of workers",
  async fn() {
    const rnd = random(15);
    // Every other Brown text (genres in turn), cut into about 1,500 pieces.
    const brown = (await loadBrown()).filter((_, i) => i % 2 === 0);
    const texts = [...brownPieces(brown, rnd), ...adversarialTexts(rnd)];
    const articles: Article[] = texts.map((text, i) => ({
      id: `t${i}`,
      file: `t${i}.md`,
      outlet: "O",
      extra: {},
      text,
    }));
    assert.ok(articles.length >= 2500, `${articles.length} texts`);
    const resources: Resources = await loadResources();
    const inOrder = articles.map((_, i) => i);
    const shuffled = inOrder.slice();
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = rnd(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const here = (batch: Article[]) => Promise.resolve(annotateCorpus(batch, resources));
    const on = (workers: number) => (batch: Article[]) => annotateOnWorkers(batch, resources, workers);
    const runs: [string, string[]][] = [
      ["in order", await signatures(articles, inOrder, here)],
      ["in reverse", await signatures(articles, inOrder.slice().reverse(), here)],
      ["shuffled, on two threads", await signatures(articles, shuffled, on(2))],
      ["in order, on three threads", await signatures(articles, inOrder, on(3))],
    ];
    const [, first] = runs[0];
    for (const [name, got] of runs.slice(1)) {
      const differ = got.flatMap((s, i) => (s === first[i] ? [] : [articles[i].id]));
      assert.deepEqual(differ, [], `${name}: ${differ.length} articles annotated otherwise than in order`);
    }
  },
});
