/**
 * A Deno worker of `digestMany`'s pool: it loads the digest tools once, then digests
 * the chunks of articles it is sent (reading or writing their annotations in the
 * cache) and sends back each article's parts.
 *
 * @module
 */
import { DiskCache } from "./cache.ts";
import { loadDigestTools } from "./digest.ts";
import { type DigestItem, digestItem, type DigestReply, type DigestWorkerInit } from "./digest_many.ts";
import { servePool } from "./pool.ts";

servePool<DigestWorkerInit, DigestItem, DigestReply>(async (init) => {
  // The framing lexicon as the thread that started this worker compiled it, when it sent it.
  const tools = await loadDigestTools(init.files, init.framing);
  const cache = init.cacheDir ? new DiskCache(init.cacheDir) : undefined;
  return (item) => digestItem(item, tools, cache);
});
