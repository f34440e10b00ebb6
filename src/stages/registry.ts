/**
 * The stage registry: every analysis stage, once, in the order of the report. The digest,
 * the cache, the workers, the report's sections and the bench iterate over it; none of
 * them names a stage.
 *
 * Adding a stage (as the `sources` stage, who speaks, was added):
 * 1. its module, `src/stages/sources.ts`: a {@linkcode Stage} with its name, the stages it
 *    needs (`["entities"]`: its corpus-wide part reads their mentions), its data, its
 *    per-article part (`findAttributions`, with `pack` and a validating `unpack`), its
 *    tables with their columns, and its corpus-wide part, grouping by `groupBy`;
 * 2. its entry in the list below;
 * 3. its section, `src/report/sources_section.ts`, and its line in `SECTIONS`
 *    (`src/report/section.ts`, which the type checker holds to this list);
 * 4. its charts (`src/charts/sources.ts`), and the tests and docs of these.
 * The cache then keeps every other stage's part and computes the new one from the cached
 * annotations; its fingerprint comes from the modules its module imports.
 *
 * @module
 */
import type { Article, Sentence } from "../types.ts";
import type { Stage, StageInput, StageOptions, StageResult } from "./stage.ts";
import { corpusStage } from "./corpus.ts";
import { termsStage } from "./terms.ts";
import { framingStage } from "./framing.ts";
import { entitiesStage } from "./entities.ts";
import { sourcesStage } from "./sources.ts";
import { attentionStage } from "./attention.ts";
import { reuseStage } from "./reuse.ts";

/** The stages, in the order of the report. */
const LIST = [corpusStage, termsStage, framingStage, entitiesStage, sourcesStage, attentionStage, reuseStage] as const;

/** A registered stage. */
export type RegisteredStage = (typeof LIST)[number];

/** A stage's name. */
export type StageName = RegisteredStage["name"];

/** Any stage, its types erased: what the plumbing handles. */
// deno-lint-ignore no-explicit-any -- the plumbing passes each stage its own part and result
export type AnyStage = Stage<string, any, any, any, any>;

// deno-lint-ignore no-explicit-any -- matching any stage to read its part's type
type PartOf<S> = S extends Stage<any, infer P, any, any, any> ? P : never;

/** The parts of a digest, by stage: one for each stage with a per-article part. */
export type DigestParts = {
  [S in RegisteredStage as [PartOf<S>] extends [never] ? never : S["name"]]: PartOf<S>;
};

/** A stage with a per-article part. */
export type DigestStage = keyof DigestParts;

/** Each stage's corpus-wide result, by stage. */
export type StageResults = { [S in RegisteredStage as S["name"]]: ReturnType<S["corpus"]> };

/** What the corpus-wide analyses need of one article: its size, its sentences and each stage's part. */
export type ArticleDigest = {
  /** The article. */
  article: Article;
  /** Its length in words. */
  words: number;
  /** Its sentences (offsets and token ranges). */
  sentences: Sentence[];
  /** The spans of its opaque tokens (long runs without a space set aside, see `annotationWarnings`). */
  opaque: { start: number; end: number }[];
} & DigestParts;

/**
 * Checks a list of stages: names unique, every stage it needs known and listed, and no
 * stage needing itself through others.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { STAGES } from "framelens";
 * import { checkStages } from "./registry.ts";
 * import { termsStage } from "./terms.ts";
 * assert.equal(checkStages(STAGES), STAGES); // the registry
 * assert.throws(() => checkStages([termsStage]), {
 *   message: 'The terms stage needs "entities", which is not registered',
 * });
 * ```
 *
 * @throws {Error} naming the stage and what is wrong.
 */
export function checkStages<S extends AnyStage>(stages: readonly S[]): readonly S[] {
  const names = new Set<string>();
  for (const s of stages) {
    if (names.has(s.name)) throw new Error(`Two stages are named "${s.name}"`);
    names.add(s.name);
  }
  for (const s of stages) {
    for (const n of s.needs) {
      if (!names.has(n)) throw new Error(`The ${s.name} stage needs "${n}", which is not registered`);
    }
  }
  runOrder(stages);
  return stages;
}

/**
 * The stages in an order where each comes after the stages it needs, otherwise in the
 * order given (the entities before the terms, which count each name as one term).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { STAGES } from "framelens";
 * import { runOrder } from "./registry.ts";
 * assert.deepEqual(runOrder(STAGES).map((s) => s.name), ["corpus", "entities", "terms", "sources", "framing", "attention", "reuse"]);
 * ```
 *
 * @throws {Error} when stages need each other in a circle.
 */
export function runOrder<S extends AnyStage>(stages: readonly S[]): S[] {
  const byName = new Map(stages.map((s) => [s.name, s]));
  const out: S[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (s: S, path: string[]) => {
    if (state.get(s.name) === "done") return;
    if (state.get(s.name) === "visiting") {
      throw new Error(`Stages need each other in a circle: ${[...path, s.name].join(" needs ")}`);
    }
    state.set(s.name, "visiting");
    for (const n of s.needs) {
      const need = byName.get(n);
      if (need) visit(need, [...path, s.name]);
    }
    state.set(s.name, "done");
    out.push(s);
  };
  for (const s of stages) visit(s, []);
  return out;
}

/**
 * Every stage, in the order of the report.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { STAGES } from "framelens";
 * assert.deepEqual(STAGES.map((s) => s.name), ["corpus", "terms", "framing", "entities", "sources", "attention", "reuse"]);
 * ```
 */
export const STAGES: readonly AnyStage[] = checkStages<AnyStage>(LIST);

/**
 * The stages with a per-article part, in the order of the report.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DIGEST_STAGES } from "./registry.ts";
 * assert.deepEqual(DIGEST_STAGES, ["terms", "framing", "entities", "sources"]); // the stages with a per-article part
 * ```
 */
export const DIGEST_STAGES: readonly DigestStage[] = STAGES.filter((s) => s.digest).map((s) => s.name as DigestStage);

/**
 * A registered stage by name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stageNamed } from "framelens";
 * assert.deepEqual(stageNamed("framing").data, ["lexicon"]);
 * ```
 *
 * @throws {Error} for a name that is not registered.
 */
export function stageNamed(name: string): AnyStage {
  const stage = STAGES.find((s) => s.name === name);
  if (!stage) throw new Error(`No stage is named "${name}" (the stages: ${STAGES.map((s) => s.name).join(", ")})`);
  return stage;
}

/** Options for {@linkcode runCorpusStages}. */
export interface RunCorpusOptions extends StageOptions {
  /** The stages to run (default all); the list must hold every stage they need (an error names the one missing). */
  stages?: readonly AnyStage[];
  /** Called after each stage with its name and the milliseconds it took. */
  onStage?: (name: string, ms: number) => void;
}

/**
 * Runs the corpus-wide part of every stage over the digests, each once, after the stages
 * it needs and given their results. With reprints counted once, the articles a stage's
 * `leavesOut` names are left out of every stage but that one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadDigestTools, runCorpusStages } from "framelens";
 * const tools = await loadDigestTools();
 * const article = (id: string, outlet: string, country: string, text: string) =>
 *   ({ id, file: `${id}.md`, outlet, country, text, extra: {} });
 * const digests = [
 *   article("a1", "Tehran Times", "Iran", "The Zionist regime struck Beirut, Ali Larijani said."),
 *   article("a2", "Iran Daily", "Iran", "Israel struck Beirut."),
 *   article("b1", "The National", "United Arab Emirates", "Israel struck Beirut, officials said."),
 * ].map((a) => annotateAndDigest(a, tools));
 * const results = runCorpusStages({ digests, tools });
 * assert.deepEqual(Object.keys(results).sort(), ["attention", "corpus", "entities", "framing", "reuse", "sources", "terms"]);
 * const byCountry = runCorpusStages({ digests, tools }, { groupBy: "country" });
 * assert.deepEqual(byCountry.corpus.tables.outlets.map((r) => r.outlet), ["Iran", "United Arab Emirates"]);
 * ```
 */
export function runCorpusStages(
  input: Omit<StageInput<ArticleDigest>, "results">,
  options: RunCorpusOptions = {},
): StageResults {
  const order = runOrder(checkStages(options.stages ?? STAGES));
  // Reprints counted once: the stages that name the articles to leave out name them from the
  // digests first; every stage then runs once, over the rest, but those, over every article
  // (given the rest's results of the stages they need).
  const out = options.reprints === "once"
    ? new Set(order.flatMap((s) => s.leavesOut?.({ digests: input.digests }) ?? []))
    : new Set<string>();
  const rest = out.size ? input.digests.filter((d) => !out.has(d.article.id)) : input.digests;
  const results: Record<string, StageResult> = {};
  for (const stage of order) {
    const t0 = performance.now();
    const mine = Object.fromEntries(stage.needs.map((n) => [n, results[n]]));
    const digests = stage.leavesOut ? input.digests : rest;
    results[stage.name] = stage.corpus({ ...input, digests, results: mine }, options);
    options.onStage?.(stage.name, performance.now() - t0);
  }
  return results as StageResults;
}
