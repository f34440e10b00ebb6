/**
 * The report's sections: one per stage of the registry, in its order. Each stage's
 * section builder is listed here, and the type checker holds this list to the registry:
 * a stage without a section, or a section for no stage, does not compile.
 *
 * @module
 */
import { type AnyStage, type StageName, stageNamed, type StageResults, STAGES } from "../stages/registry.ts";
import type { StageOptions } from "../stages/stage.ts";
import type { ReportInput, ReportSection } from "./types.ts";
import { corpusSection } from "./corpus_section.ts";
import { termsSection } from "./terms_section.ts";
import { framingSection } from "./framing_section.ts";
import { entitiesSection } from "./entities_section.ts";
import { sourcesSection } from "./sources_section.ts";
import { attentionSection } from "./attention_section.ts";
import { reuseSection } from "./reuse_section.ts";

export type { ReportFile, ReportInput, ReportSection, ReportTable } from "./types.ts";

/** A section builder: the report's input, its stage's result and the stages' options to a section. */
export type SectionBuilder<S extends StageName> = (
  input: ReportInput,
  result: StageResults[S],
  options?: StageOptions,
) => ReportSection;

/**
 * Each stage's section builder.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { SECTIONS } from "./section.ts";
 * import { termsStage } from "../stages/terms.ts";
 * const tools = await loadDigestTools();
 * const corpus = await loadCorpus();
 * const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
 * const input = { corpus, digests, tools };
 * assert.equal(SECTIONS.terms(input, termsStage.corpus(input)).id, "terms");
 * ```
 */
export const SECTIONS: { readonly [S in StageName]: SectionBuilder<S> } = {
  corpus: corpusSection,
  terms: termsSection,
  framing: framingSection,
  entities: (input, result) => entitiesSection(input, result),
  sources: (input, result) => sourcesSection(input, result),
  attention: (input, result) => attentionSection(input, result),
  reuse: (input, result, options) => reuseSection(input, result, { once: options?.reprints === "once" }),
};

/**
 * Every section of the report, in the order of the stage registry: each stage's
 * corpus-wide part run over the digests (after the stages it needs), then its section
 * built. `onSection` is called with each section as soon as it is built, before the next
 * stage runs. A stage's result is worked out once, when its section or a stage that needs
 * it first reads it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateAndDigest, loadCorpus, loadDigestTools } from "framelens";
 * import { buildSections } from "./section.ts";
 * const tools = await loadDigestTools();
 * const corpus = await loadCorpus();
 * const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
 * const sections = buildSections({ corpus, digests, tools });
 * assert.deepEqual(sections.map((s) => s.id), ["corpus", "terms", "framing", "entities", "sources", "attention", "reuse"]); // the registry's order
 * ```
 *
 * @param options The unit of comparison (`groupBy`, default the outlet).
 */
export function buildSections(
  input: ReportInput,
  onSection?: (section: ReportSection) => void,
  options: StageOptions = {},
): ReportSection[] {
  /** Each stage's result over some digests, worked out once, when first read. */
  const resolver = (given: ReportInput) => {
    const results = new Map<string, unknown>();
    const resultOf = (stage: AnyStage): unknown => {
      if (!results.has(stage.name)) {
        // A needed stage's result is worked out when the stage reads it (the terms stage needs the
        // entities' per-article part, not their corpus-wide result).
        const needed = {};
        for (const n of stage.needs) {
          Object.defineProperty(needed, n, { enumerable: true, get: () => resultOf(stageNamed(n)) });
        }
        results.set(stage.name, stage.corpus({ ...given, results: needed }, options));
      }
      return results.get(stage.name);
    };
    return resultOf;
  };
  const everyArticle = resolver(input);
  // With reprints counted once, the stages that name articles to leave out run over every
  // article, and the others over the rest.
  let rest = everyArticle;
  if (options.reprints === "once") {
    const out = new Set<string>();
    for (const s of STAGES) for (const id of s.leavesOut?.(everyArticle(s)) ?? []) out.add(id);
    if (out.size) rest = resolver({ ...input, digests: input.digests.filter((d) => !out.has(d.article.id)) });
  }
  return STAGES.map((stage) => {
    const build = SECTIONS[stage.name as StageName] as (
      input: ReportInput,
      result: unknown,
      options: StageOptions,
    ) => ReportSection;
    const section = build(input, (stage.leavesOut ? everyArticle : rest)(stage), options);
    onSection?.(section);
    return section;
  });
}
