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
import { compileFraming } from "../framing/match.ts";
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
 * const tools = await loadDigestTools();
 * stageFingerprints(tools).framing.length; // 64
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
 * Compiles the resources of every stage and takes their fingerprints.
 *
 * @example
 * ```ts
 * import { loadFramingLexicon, loadGazetteer, loadResources } from "framelens";
 * const lexicon = await loadFramingLexicon(); // or a lexicon of your own
 * const tools = makeDigestTools(await loadResources(), lexicon, await loadGazetteer());
 * ```
 */
export function makeDigestTools(resources: Resources, lexicon: FramingLexicon, gazetteer: Gazetteer): DigestTools {
  const tools: StageTools = {
    resources,
    lexicon,
    framing: compileFraming(lexicon),
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
 * others are given).
 *
 * @example
 * ```ts
 * import { annotateArticle, loadCorpus } from "framelens";
 * const tools = await loadDigestTools();
 * const article = (await loadCorpus()).articles[0];
 * const digest = digestArticle(annotateArticle(article, tools.resources), tools);
 * ```
 */
export async function loadDigestTools(files: DigestFiles = {}): Promise<DigestTools> {
  const [resources, lexicon, gazetteer] = await Promise.all([
    loadResources(files),
    loadFramingLexicon(files.lexiconFile),
    loadGazetteer(files.gazetteerFile),
  ]);
  return makeDigestTools(resources, lexicon, gazetteer);
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
 * const times = emptyStageTimes(); // { tokenize: 0, terms: 0, framing: 0, entities: 0 }
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
 * import { annotateArticle, loadCorpus } from "framelens";
 * const tools = await loadDigestTools();
 * const annotated = annotateArticle((await loadCorpus()).articles[0], tools.resources);
 * const { framing } = digestParts(annotated, tools, ["framing"]);
 * Object.keys(digestParts(annotated, tools, ["terms"])); // ["entities", "terms"]: the terms need the entities' names
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
 * import { annotateArticle, loadCorpus } from "framelens";
 * const tools = await loadDigestTools();
 * const article = (await loadCorpus()).articles[0];
 * const digest = digestArticle(annotateArticle(article, tools.resources), tools);
 * digest.framing.length; // its framing hits
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
 * import { loadCorpus } from "framelens";
 * const tools = await loadDigestTools();
 * const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
 * ```
 */
export function annotateAndDigest(article: Article, tools: StageTools, times?: StageTimes): ArticleDigest {
  const t0 = performance.now();
  const annotated = annotateArticle(article, tools.resources);
  if (times) times.tokenize += performance.now() - t0;
  return digestArticle(annotated, tools, times);
}
