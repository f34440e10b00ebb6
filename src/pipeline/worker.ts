/**
 * A Deno worker that annotates a shard of articles and sends back packed annotations.
 * Started by `annotateMany` when more than one worker is asked for.
 *
 * @module
 */
import type { Article } from "../types.ts";
import { annotateArticle, loadResources, type LoadResourcesOptions } from "./annotate.ts";
import { packAnnotation, type PackedAnnotation } from "./cache.ts";
import { serveShard } from "./shards.ts";

/** What the worker receives. */
export interface WorkerRequest {
  /** The articles to annotate. */
  articles: Article[];
  /** Which resource files to read. */
  resources: LoadResourcesOptions;
}

serveShard<WorkerRequest, PackedAnnotation>(async (request, post) => {
  const resources = await loadResources(request.resources);
  request.articles.forEach((article, index) => post(index, packAnnotation(annotateArticle(article, resources))));
});
