/**
 * Digesting an article: what the corpus-wide analyses need of it, computed from its
 * annotation in one pass so that the annotation (every token) can be let go. A digest
 * holds the article's size, its term counts, its framing hits and its entity
 * candidates; memory then grows with these, not with the tokens.
 *
 * Each part is a stage with a fingerprint of its own code and data (the framing
 * lexicon for framing, the gazetteer for entities and for terms, which count each name
 * as one term), so that a cache can keep the parts that are still valid and redo only
 * the others: editing the lexicon redoes framing alone.
 *
 * @module
 */
import type { AnnotatedArticle, Article, ArticleTermRow, Sentence } from "../types.ts";
import { articleTermCounts } from "../measures/terms.ts";
import { nameTerms } from "../measures/name_terms.ts";
import { compileFraming, findFraming, type FramingHit, type FramingMatcher } from "../framing/match.ts";
import { type Candidate, type CompiledGazetteer, compileGazetteer, findCandidates } from "../entities/mentions.ts";
import { candidateSpanTags } from "../entities/typing.ts";
import { resolveEntities, type ResolveOptions } from "../entities/aliases.ts";
import type { EntityIndex } from "../entities/types.ts";
import { type SpanTags, spanTags, spanTagsOfBits } from "../nlp/compromise.ts";
import { type FramingLexicon, loadFramingLexicon } from "../framing/lexicon.ts";
import { loadGazetteer } from "../entities/gazetteer.ts";
import type { Gazetteer } from "../entities/types.ts";
import {
  annotateArticle,
  loadResources,
  type LoadResourcesOptions,
  opaqueSpans,
  type Resources,
  type TextSpan,
} from "./annotate.ts";
import { resourcesFingerprint, sha256, sourceFilesHash } from "./cache.ts";

/** The stages of a digest after annotation, in the order they run. */
export const DIGEST_STAGES = ["terms", "framing", "entities"] as const;

/** One stage of a digest. */
export type DigestStage = (typeof DIGEST_STAGES)[number];

/** The parts of a digest that the stages compute. */
export interface DigestParts {
  /**
   * Term counts (lemmas, phrases and names, stop words and punctuation left out), as
   * `articleTermCounts` gives them with the gazetteer (`names`).
   */
  terms: ArticleTermRow[];
  /** Framing lexicon hits, as `findFraming` gives them. */
  framing: FramingHit[];
  /** Entity candidates, as `findCandidates` gives them (resolved over the corpus later). */
  candidates: Candidate[];
  /** What compromise makes of each distinct span of the candidates, as `candidateSpanTags` gives it. */
  spanTags: [string, number][];
}

/** What the corpus-wide analyses need of one article. */
export interface ArticleDigest extends DigestParts {
  /** The article. */
  article: Article;
  /** Its length in words. */
  words: number;
  /** Its sentences (offsets and token ranges). */
  sentences: Sentence[];
  /** The spans of its opaque tokens (long runs without a space set aside, see `annotationWarnings`). */
  opaque: TextSpan[];
}

/** Other files than the project's own for the resources of every stage. */
export interface DigestFiles extends LoadResourcesOptions {
  /** A framing lexicon instead of `data/lexicons/framing.yaml`. */
  lexiconFile?: string;
  /** A gazetteer instead of `data/entities.yaml`. */
  gazetteerFile?: string;
}

/** Everything digesting needs, read and compiled once. */
export interface DigestTools {
  /** Annotation resources. */
  resources: Resources;
  /** The framing lexicon. */
  lexicon: FramingLexicon;
  /** The compiled framing lexicon. */
  framing: FramingMatcher;
  /** The compiled gazetteer. */
  gazetteer: CompiledGazetteer;
  /** The annotation's fingerprint (resources and code). */
  annotation: string;
  /** Each stage's fingerprint: its code and its data. A cached part with another is redone. */
  fingerprints: Record<DigestStage, string>;
}

/** The English word lists that every stage reads (names' cues, voice's cues), and their loader. */
const ENGLISH_SOURCES = ["../text/english.ts", "../../data/english.yaml"];

/**
 * Where each stage's code lives, relative to `src/pipeline/` (a folder: all its files), and
 * the data files it imports with its code: an edit redoes the stage. The annotation's own
 * code (tokenizer, normalisation) is in the digest's key already.
 *
 * @example
 * ```ts
 * STAGE_SOURCES.terms.includes("../measures/terms.ts"); // true
 * ```
 */
export const STAGE_SOURCES: Readonly<Record<DigestStage, readonly string[]>> = {
  terms: [
    "../measures/terms.ts",
    "../measures/buckets.ts",
    "../measures/term_index.ts",
    "../measures/name_terms.ts",
    "../entities/mentions.ts",
    "../entities/names.ts",
    ...ENGLISH_SOURCES,
    "./digest.ts",
  ],
  framing: ["../framing/lexicon.ts", "../framing/match.ts", "../framing/voice.ts", ...ENGLISH_SOURCES, "./digest.ts"],
  entities: ["../entities/", "../nlp/compromise.ts", ...ENGLISH_SOURCES, "./digest.ts"],
};

/**
 * Compiles the resources of every stage and takes their fingerprints.
 *
 * @example
 * ```ts
 * const tools = makeDigestTools(await loadResources(), myLexicon, await loadGazetteer());
 * ```
 */
export function makeDigestTools(resources: Resources, lexicon: FramingLexicon, gazetteer: Gazetteer): DigestTools {
  const stage = (s: DigestStage, data: unknown) =>
    sha256(`${sourceFilesHash(STAGE_SOURCES[s])}\u0000${JSON.stringify(data)}`);
  return {
    resources,
    lexicon,
    framing: compileFraming(lexicon),
    gazetteer: compileGazetteer(gazetteer),
    annotation: resourcesFingerprint(resources),
    fingerprints: {
      terms: stage("terms", gazetteer),
      framing: stage("framing", lexicon),
      entities: stage("entities", gazetteer),
    },
  };
}

/**
 * Reads and compiles the resources of every stage (the project's own files unless
 * others are given).
 *
 * @example
 * ```ts
 * const tools = await loadDigestTools();
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
  return { tokenize: 0, terms: 0, framing: 0, entities: 0 };
}

/**
 * Runs some stages on an annotated article.
 *
 * @example
 * ```ts
 * const { framing } = digestParts(annotated, tools, ["framing"]);
 * ```
 *
 * @param stages The stages to run (all by default).
 * @param times Where to add each stage's milliseconds.
 */
export function digestParts(
  annotated: AnnotatedArticle,
  tools: DigestTools,
  stages: readonly DigestStage[] = DIGEST_STAGES,
  times?: StageTimes,
): Partial<DigestParts> {
  const parts: Partial<DigestParts> = {};
  // The names of the article, found once for the terms (each name one term) and the entities:
  // the stage that runs first takes the time.
  let candidates: Candidate[] | undefined;
  const names = () => candidates ??= findCandidates(annotated, tools.gazetteer);
  for (const stage of stages) {
    const t0 = performance.now();
    if (stage === "terms") {
      // articleTermCounts([annotated], { names: tools.gazetteer }), with the names found once.
      parts.terms = articleTermCounts([{ ...annotated, terms: nameTerms(annotated, tools.gazetteer, names()) }]);
    } else if (stage === "framing") parts.framing = findFraming(annotated, tools.framing);
    else {
      parts.candidates = names();
      parts.spanTags = candidateSpanTags(parts.candidates);
    }
    if (times) times[stage] += performance.now() - t0;
  }
  return parts;
}

/**
 * Digests an annotated article: every stage.
 *
 * @example
 * ```ts
 * const digest = digestArticle(annotateArticle(article, tools.resources), tools);
 * digest.framing.length; // its framing hits
 * ```
 */
export function digestArticle(annotated: AnnotatedArticle, tools: DigestTools, times?: StageTimes): ArticleDigest {
  const parts = digestParts(annotated, tools, DIGEST_STAGES, times) as DigestParts;
  const { article, words, sentences, tokens } = annotated;
  return { article, words, sentences, opaque: opaqueSpans(tokens), ...parts };
}

/**
 * Annotates and digests an article, timing the annotation as `tokenize`.
 *
 * @example
 * ```ts
 * const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
 * ```
 */
export function annotateAndDigest(article: Article, tools: DigestTools, times?: StageTimes): ArticleDigest {
  const t0 = performance.now();
  const annotated = annotateArticle(article, tools.resources);
  if (times) times.tokenize += performance.now() - t0;
  return digestArticle(annotated, tools, times);
}

/**
 * Resolves the entity candidates of every digest over the corpus, reading compromise's
 * tags of each span from the digests (computed with each article, on whichever thread
 * digested it, and cached with it) rather than tagging them again; the spans that are
 * not there (parts of names the resolver tries) are tagged then, by `options.tags`
 * (`spanTags` by default). The result is `resolveEntities` over the same candidates.
 *
 * @example
 * ```ts
 * const { entities, mentions } = resolveDigestEntities(digests, tools);
 * ```
 */
export function resolveDigestEntities(
  digests: readonly Pick<ArticleDigest, "candidates" | "spanTags">[],
  tools: Pick<DigestTools, "gazetteer">,
  options: ResolveOptions = {},
): EntityIndex {
  const others = options.tags ?? spanTags;
  const known = new Map<string, SpanTags>();
  for (const d of digests) {
    for (const [span, bits] of d.spanTags) if (!known.has(span)) known.set(span, spanTagsOfBits(bits));
  }
  return resolveEntities(digests.flatMap((d) => d.candidates), tools.gazetteer, {
    tags: (span) => known.get(span) ?? others(span),
  });
}
