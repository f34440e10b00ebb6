/**
 * A Deno worker that annotates a shard of articles and sends back packed annotations.
 * Started by `annotateMany` when more than one worker is asked for.
 *
 * @module
 */
import type { Article } from "../types.ts";
import { annotateArticle, loadResources, type LoadResourcesOptions } from "./annotate.ts";
import { packAnnotation } from "./cache.ts";

/** What the worker receives. */
export interface WorkerRequest {
  /** The articles to annotate. */
  articles: Article[];
  /** Which resource files to read. */
  resources: LoadResourcesOptions;
}

/** What the worker sends back: one message per article, then `done`. */
export type WorkerReply =
  | { kind: "article"; index: number; packed: ReturnType<typeof packAnnotation> }
  | { kind: "done" }
  | { kind: "error"; message: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerReply): void;
  close(): void;
};

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  try {
    const resources = await loadResources(e.data.resources);
    e.data.articles.forEach((article, index) => {
      scope.postMessage({ kind: "article", index, packed: packAnnotation(annotateArticle(article, resources)) });
    });
    scope.postMessage({ kind: "done" });
  } catch (err) {
    scope.postMessage({ kind: "error", message: err instanceof Error ? err.message : String(err) });
  }
};
