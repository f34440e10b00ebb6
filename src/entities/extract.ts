/**
 * Entity extraction for a corpus: candidates found in every article, then resolved
 * into entities over the whole corpus.
 *
 * @module
 */
import type { AnnotatedArticle } from "../types.ts";
import type { EntityIndex, Gazetteer } from "./types.ts";
import { type CompiledGazetteer, compileGazetteer, findCandidates } from "./mentions.ts";
import { resolveEntities, type ResolveOptions } from "./aliases.ts";

const compiledCache = new WeakMap<Gazetteer, CompiledGazetteer>();

/**
 * Finds the people, organisations and places of annotated articles, one entity per
 * real entity over the corpus, with every mention.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, extractEntities, loadCorpus, loadGazetteer, loadResources } from "framelens";
 * const corpus = await loadCorpus();
 * const annotated = annotateCorpus(corpus.articles, await loadResources());
 * const index = extractEntities(annotated, await loadGazetteer());
 * const larijani = index.entities.find((e) => e.name === "Ali Larijani")!;
 * assert.equal(larijani.type, "person");
 * const his = index.mentions.filter((m) => m.entity === larijani.name);
 * assert.equal(larijani.articles, new Set(his.map((m) => m.article)).size);
 * assert.equal(his.length, larijani.mentions);
 * ```
 */
export function extractEntities(
  annotated: AnnotatedArticle[],
  gazetteer: Gazetteer,
  options: ResolveOptions = {},
): EntityIndex {
  let compiled = compiledCache.get(gazetteer);
  if (!compiled) {
    compiled = compileGazetteer(gazetteer);
    compiledCache.set(gazetteer, compiled);
  }
  const candidates = annotated.flatMap((a) => findCandidates(a, compiled));
  return resolveEntities(candidates, compiled, options);
}
