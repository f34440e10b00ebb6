/**
 * Parts read back from the cache rather than held (issue 19, bounded memory): a digest
 * whose large parts (the stages that declare `digest.readBack`: the term counts, the
 * entity candidates) are not kept in memory, but read again from the article's cache
 * entry each time a corpus-wide part reads them. The report then holds those parts of
 * one article at a time, not of every article, for the whole run.
 *
 * @module
 */
import type { Article } from "../types.ts";
import { annotateArticle } from "./annotate.ts";
import type { DiskCache } from "./cache.ts";
import { type ArticleDigest, type DigestParts, digestParts, type DigestStage, type DigestTools } from "./digest.ts";
import { type AnyStage, STAGES } from "../stages/registry.ts";

/**
 * The stages whose parts are read back, in the order of the registry.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { READ_BACK_STAGES } from "./read_back.ts";
 * assert.deepEqual(READ_BACK_STAGES, ["terms", "entities"]);
 * ```
 */
export const READ_BACK_STAGES: readonly DigestStage[] = STAGES
  .filter((s: AnyStage) => s.digest?.readBack)
  .map((s) => s.name as DigestStage);

/** A digest entry as {@linkcode partReader} reads it: each part with its stage's fingerprint. */
export interface PackedParts {
  /** The parts, by stage, each as its stage packs it. */
  parts?: Partial<Record<DigestStage, { fp: string; data: unknown }>>;
}

/** How many times each stage's part was read back, by stage (a count of work, for tests and logs). */
export type ReadBackCounts = Record<DigestStage, number>;

/**
 * A function that reads one stage's part of an article back from its digest entry in the
 * cache (on this thread, at once), and works it out again from the article when the entry
 * is gone or was made by other code or data (pruned, or replaced by another run).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DiskCache, loadDigestTools } from "framelens";
 * import { partReader } from "./read_back.ts";
 * const tools = await loadDigestTools();
 * const cache = new DiskCache(await Deno.makeTempDir());
 * const article = { id: "a", file: "a.md", outlet: "A", text: "Israel struck Beirut.", extra: {} };
 * const counts = { terms: 0, framing: 0, entities: 0, sources: 0 };
 * const read = partReader(cache, "no-such-key", article, tools, counts);
 * // No entry: the part is worked out from the article.
 * assert.ok(read("terms").some((r: { term: string }) => r.term === "beirut"));
 * assert.equal(counts.terms, 1);
 * ```
 */
export function partReader(
  cache: DiskCache,
  key: string,
  article: Article,
  tools: DigestTools,
  counts?: ReadBackCounts,
): <S extends DigestStage>(stage: S) => DigestParts[S] {
  return <S extends DigestStage>(stage: S): DigestParts[S] => {
    if (counts) counts[stage]++;
    // The stage's part alone is parsed: the entry holds every stage's.
    const packed = cache.getSync<NonNullable<PackedParts["parts"]>[S]>("digest", key, ["parts", stage]);
    if (packed && packed.fp === tools.fingerprints[stage]) {
      try {
        return STAGES.find((s) => s.name === stage)!.digest!.unpack(packed.data, article);
      } catch {
        // Malformed: worked out again below.
      }
    }
    return digestParts(annotateArticle(article, tools.resources), tools, [stage])[stage] as DigestParts[S];
  };
}

/**
 * The digest with its read-back stages' parts replaced by properties that read them (with
 * `read`) each time they are read, and hold nothing: the same digest to every reader, the
 * parts of one article in memory while a reader uses them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadDigestTools } from "framelens";
 * import { readingBack } from "./read_back.ts";
 * const tools = await loadDigestTools();
 * const article = { id: "a", file: "a.md", outlet: "A", text: "Israel struck Beirut.", extra: {} };
 * const digest = annotateAndDigest(article, tools);
 * let reads = 0;
 * const held = readingBack({ ...digest }, (stage) => (reads++, digest[stage]));
 * assert.deepEqual(held.terms, digest.terms);
 * assert.deepEqual({ ...held }, digest); // a spread reads every part
 * assert.equal(reads, 3);
 * assert.equal(Object.getOwnPropertyDescriptor(held, "terms")?.value, undefined); // not held
 * ```
 */
export function readingBack(
  digest: ArticleDigest,
  read: <S extends DigestStage>(stage: S) => DigestParts[S],
): ArticleDigest {
  for (const stage of READ_BACK_STAGES) {
    Object.defineProperty(digest, stage, { get: () => read(stage), enumerable: true, configurable: true });
  }
  return digest;
}
