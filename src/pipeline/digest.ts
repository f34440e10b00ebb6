/**
 * Digesting an article: what the corpus-wide analyses need of it, computed from its
 * annotation in one pass so that the annotation (every token) can be let go. A digest
 * holds the article's size, its sentences and the part of each stage of the registry
 * (`src/stages/registry.ts`) that has a per-article part; memory then grows with these,
 * not with the tokens.
 *
 * Each part has a fingerprint of its stage's code (the modules the stage's module
 * imports, the locked npm packages included), of the data the stage declares and of the
 * fingerprints of the stages it needs, so that a cache can keep the parts that are still
 * valid and redo only the others: editing the lexicon redoes framing alone.
 *
 * @module
 */
import type { AnnotatedArticle, Article } from "../types.ts";
import { compileFraming, type FramingMatcher } from "../framing/match.ts";
import { compileGazetteer } from "../entities/mentions.ts";
import { type FramingLexicon, loadFramingLexicon } from "../framing/lexicon.ts";
import { loadGazetteer } from "../entities/gazetteer.ts";
import type { Gazetteer } from "../entities/types.ts";
import { annotateArticle, loadResources, type LoadResourcesOptions, opaqueSpans, type Resources } from "./annotate.ts";
import { resourcesFingerprint, sha256 } from "./cache.ts";
import { codeFingerprint, type ModuleGraphOptions } from "./fingerprint.ts";
import { STAGE_DATA, type StageTools } from "../stages/stage.ts";
import {
  type AnyStage,
  type ArticleDigest,
  DIGEST_STAGES,
  type DigestParts,
  type DigestStage,
  runOrder,
  STAGES,
} from "../stages/registry.ts";

export type { ArticleDigest, DigestParts, DigestStage } from "../stages/registry.ts";
export { DIGEST_STAGES } from "../stages/registry.ts";

/** Other files than the project's own for the resources of every stage. */
export interface DigestFiles extends LoadResourcesOptions {
  /** A framing lexicon instead of `data/lexicons/framing.yaml`. */
  lexiconFile?: string;
  /** A gazetteer instead of `data/entities.yaml`. */
  gazetteerFile?: string;
}

/** Everything digesting needs, read and compiled once, with the fingerprints of what made it. */
export interface DigestTools extends StageTools {
  /** The annotation's fingerprint (resources and code). */
  annotation: string;
  /** Each stage's fingerprint: its code, its data and the stages it needs. A cached part with another is redone. */
  fingerprints: Record<DigestStage, string>;
}

/** Options for {@linkcode stageFingerprints}. */
export interface StageFingerprintOptions extends ModuleGraphOptions {
  /** The stages (default the registry's). */
  stages?: readonly AnyStage[];
}

/**
 * The fingerprint of each stage with a per-article part: the code its module imports
 * (`codeFingerprint`), the data it declares as the tools hold it, and the fingerprints of
 * the stages it needs (a change to the entities redoes the terms, which read them).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDigestTools } from "framelens";
 * import { stageFingerprints } from "./digest.ts";
 * const fingerprints = stageFingerprints(await loadDigestTools());
 * assert.deepEqual(Object.keys(fingerprints).sort(), ["entities", "framing", "sources", "terms"]);
 * assert.match(fingerprints.framing, /^[0-9a-f]{64}$/);
 * ```
 *
 * @throws {Error} when a stage's module, or a module it imports, cannot be read.
 */
export function stageFingerprints(tools: StageTools, options: StageFingerprintOptions = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const stage of runOrder(options.stages ?? STAGES)) {
    if (!stage.digest) continue;
    out[stage.name] = sha256(JSON.stringify([
      stage.name,
      codeFingerprint(stage.module, options),
      stage.data.map((d) => [d, STAGE_DATA[d](tools)]),
      stage.needs.filter((n) => out[n] !== undefined).map((n) => [n, out[n]]),
    ]));
  }
  return out;
}

/**
 * Compiles the resources of every stage (the framing lexicon unless it is given
 * compiled, as `compileFraming(lexicon)`) and takes their fingerprints.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadFramingLexicon, loadGazetteer, loadResources, parseFramingLexicon } from "framelens";
 * import { makeDigestTools } from "./digest.ts";
 * const yaml = "referents:\n  - id: israel\n    label: Israel\n    loaded: [Zionist regime]\n    neutral: [Israel]\n";
 * const lexicon = parseFramingLexicon(yaml, "my_framing.yaml"); // a lexicon of your own
 * const tools = makeDigestTools(await loadResources(), lexicon, await loadGazetteer());
 * const theirs = makeDigestTools(await loadResources(), await loadFramingLexicon(), await loadGazetteer());
 * assert.notEqual(tools.fingerprints.framing, theirs.fingerprints.framing); // its cached framing parts are its own
 * ```
 */
export function makeDigestTools(
  resources: Resources,
  lexicon: FramingLexicon,
  gazetteer: Gazetteer,
  framing: FramingMatcher = compileFraming(lexicon),
): DigestTools {
  const tools: StageTools = {
    resources,
    lexicon,
    framing,
    gazetteer: compileGazetteer(gazetteer),
  };
  return {
    ...tools,
    annotation: resourcesFingerprint(resources),
    fingerprints: stageFingerprints(tools) as Record<DigestStage, string>,
  };
}

/**
 * Reads and compiles the resources of every stage (the project's own files unless
 * others are given). A framing lexicon compiled already (by another thread, say: it
 * takes about half a second of CPU) is taken as it is, with its lexicon, rather than
 * read and compiled again.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDigestTools } from "framelens";
 * const tools = await loadDigestTools(); // the project's data files
 * assert.ok(tools.lexicon.referents.length > 0);
 * ```
 */
export async function loadDigestTools(files: DigestFiles = {}, framing?: FramingMatcher): Promise<DigestTools> {
  const [resources, lexicon, gazetteer] = await Promise.all([
    loadResources(files),
    framing?.lexicon ?? loadFramingLexicon(files.lexiconFile),
    loadGazetteer(files.gazetteerFile),
  ]);
  return makeDigestTools(resources, lexicon, gazetteer, framing);
}

/** The stages in the order they run: each after those it needs. */
const RUN_ORDER = runOrder(STAGES);

/** Milliseconds spent in each stage (annotation included), added up over articles. */
export type StageTimes = Record<"tokenize" | DigestStage, number>;

/**
 * Zeroed stage times.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emptyStageTimes } from "./digest.ts";
 * assert.deepEqual(emptyStageTimes(), { tokenize: 0, terms: 0, framing: 0, entities: 0, sources: 0 });
 * ```
 */
export function emptyStageTimes(): StageTimes {
  return Object.fromEntries(["tokenize", ...DIGEST_STAGES].map((s) => [s, 0])) as StageTimes;
}

/**
 * Runs some stages' per-article parts on an annotated article, each after the stages it
 * needs. A needed part is taken from `given` (a cached part) or, when not given, run too.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, loadDigestTools } from "framelens";
 * import { digestParts } from "./digest.ts";
 * const tools = await loadDigestTools();
 * const text = "The Zionist regime struck, Ali Larijani said.";
 * const annotated = annotateArticle({ id: "a", file: "a.md", outlet: "A", text, extra: {} }, tools.resources);
 * // The framing reads the sources (who says a wording), which read the entities: asked for the
 * // framing, the three run, each after those it needs.
 * assert.deepEqual(Object.keys(digestParts(annotated, tools, ["framing"])), ["entities", "sources", "framing"]);
 * // The terms read the entities' names: asked for the terms, the entities run too.
 * assert.deepEqual(Object.keys(digestParts(annotated, tools, ["terms"])).sort(), ["entities", "terms"]);
 * ```
 *
 * @param stages The stages to run (all by default).
 * @param times Where to add each stage's milliseconds.
 * @param given Parts already at hand (from the cache) for the stages they need.
 */
export function digestParts(
  annotated: AnnotatedArticle,
  tools: StageTools,
  stages: readonly DigestStage[] = DIGEST_STAGES,
  times?: Partial<StageTimes>,
  given: Partial<DigestParts> = {},
): Partial<DigestParts> {
  const parts: Record<string, unknown> = {};
  const have = given as Record<string, unknown>;
  const wanted = new Set<string>(stages);
  // The stages needed and not given run too.
  const add = (name: string) => {
    for (const n of STAGES.find((s) => s.name === name)?.needs ?? []) {
      if (have[n] === undefined && !wanted.has(n)) (wanted.add(n), add(n));
    }
  };
  for (const s of stages) add(s);
  for (const stage of RUN_ORDER) {
    if (!stage.digest || !wanted.has(stage.name)) continue;
    const needs = Object.fromEntries(stage.needs.map((n) => [n, parts[n] ?? have[n]]));
    const t0 = performance.now();
    parts[stage.name] = stage.digest.run(annotated, tools, needs);
    if (times) times[stage.name as DigestStage] = (times[stage.name as DigestStage] ?? 0) + performance.now() - t0;
  }
  return parts as Partial<DigestParts>;
}

/**
 * Digests an annotated article: every stage.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateArticle, digestArticle, loadDigestTools } from "framelens";
 * const tools = await loadDigestTools();
 * const text = "The Zionist regime struck, Ali Larijani said.";
 * const article = { id: "a", file: "a.md", outlet: "A", text, extra: {} };
 * const digest = digestArticle(annotateArticle(article, tools.resources), tools);
 * assert.equal(digest.words, 7);
 * assert.deepEqual(digest.framing.map((h) => text.slice(h.start, h.end)), ["Zionist regime"]);
 * ```
 */
export function digestArticle(annotated: AnnotatedArticle, tools: StageTools, times?: StageTimes): ArticleDigest {
  const parts = digestParts(annotated, tools, DIGEST_STAGES, times) as DigestParts;
  const { article, words, sentences, tokens } = annotated;
  return { article, words, sentences, opaque: opaqueSpans(tokens), ...parts };
}

/**
 * Annotates and digests an article, timing the annotation as `tokenize`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { emptyStageTimes } from "./digest.ts";
 * const tools = await loadDigestTools();
 * const times = emptyStageTimes();
 * const { articles } = await loadCorpus();
 * const digests = articles.map((a) => annotateAndDigest(a, tools, times));
 * assert.deepEqual(digests.map((d) => d.article), articles);
 * assert.ok(times.tokenize > 0);
 * ```
 */
export function annotateAndDigest(article: Article, tools: StageTools, times?: StageTimes): ArticleDigest {
  const t0 = performance.now();
  const annotated = annotateArticle(article, tools.resources);
  if (times) times.tokenize += performance.now() - t0;
  return digestArticle(annotated, tools, times);
}
