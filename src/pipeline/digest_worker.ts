/**
 * A Deno worker that digests a shard of articles (reading or writing their annotations
 * in the cache) and sends back each article's parts. Started by `digestMany` when more
 * than one worker is asked for.
 *
 * @module
 */
import { DiskCache } from "./cache.ts";
import { loadDigestTools } from "./digest.ts";
import { digestItem, type DigestReply, type DigestWorkerRequest } from "./digest_many.ts";
import { serveShard } from "./shards.ts";

serveShard<DigestWorkerRequest, DigestReply>(async (request, post) => {
  const tools = await loadDigestTools(request.files);
  const cache = request.cacheDir ? new DiskCache(request.cacheDir) : undefined;
  for (let i = 0; i < request.items.length; i++) post(i, await digestItem(request.items[i], tools, cache));
});
