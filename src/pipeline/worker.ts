/**
 * A Deno worker of `annotateMany`'s pool: it reads the resources once, then annotates
 * the chunks of articles it is sent and sends back packed annotations.
 *
 * @module
 */
import type { Article } from "../types.ts";
import { annotateArticle, loadResources, type LoadResourcesOptions } from "./annotate.ts";
import { packAnnotation, type PackedAnnotation } from "./cache.ts";
import { servePool } from "./pool.ts";

servePool<LoadResourcesOptions, Article, PackedAnnotation>(async (files) => {
  const resources = await loadResources(files);
  return (article) => Promise.resolve(packAnnotation(annotateArticle(article, resources)));
});
