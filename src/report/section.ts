/**
 * The report's sections: one per stage of the registry, in its order. Each stage's
 * section builder is listed here, and the type checker holds this list to the registry:
 * a stage without a section, or a section for no stage, does not compile.
 *
 * @module
 */
import { type AnyStage, type StageName, stageNamed, type StageResults, STAGES } from "../stages/registry.ts";
import type { StageOptions } from "../stages/stage.ts";
import { groupChart, groupWords } from "../charts/group.ts";
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
 * A section as it reads when the rows are grouped by a field ({@linkcode groupWords}):
 * its title, description, notes, tables' titles and charts ({@linkcode groupChart}) say
 * the field where they said "outlet". Grouped by outlet, the section itself.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { groupSection } from "./section.ts";
 * const table = { name: "outlets", title: "One row per outlet", columns: ["outlet"], rows: [] };
 * const section = { id: "corpus", title: "The corpus", description: "Articles per outlet.", tables: [table], charts: [] };
 * const byCountry = groupSection(section, "country");
 * assert.equal(byCountry.description, "Articles per country.");
 * assert.equal(byCountry.tables[0].title, "One row per country");
 * assert.equal(groupSection(section, "outlet"), section);
 * ```
 */
export function groupSection(section: ReportSection, group: string): ReportSection {
  if (group === "outlet") return section;
  const words = groupWords(group);
  return {
    ...section,
    title: words(section.title),
    description: words(section.description),
    ...(section.notes ? { notes: section.notes.map(words) } : {}),
    tables: section.tables.map((t) => ({ ...t, title: words(t.title) })),
    charts: section.charts.map((c) => groupChart(c, group)),
  };
}

/** Options of {@linkcode buildSections}: the stages' options, and a call after each stage's corpus-wide part. */
export interface BuildOptions extends StageOptions {
  /** Called with a stage's name when its corpus-wide part has run (to log memory, say). */
  onStage?: (name: string) => void;
}

/**
 * The stage results {@linkcode buildSections} still holds once the sections of
 * `stages[0..built]` are built: of those worked out (`computed`), a stage whose section is
 * still to build, and one a stage still to run (after `built`, not worked out) needs. The
 * others' rows were written with their sections and are let go.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { resultsHeld } from "./section.ts";
 * const stages = [{ name: "a", needs: [] }, { name: "b", needs: [] }, { name: "c", needs: ["a"] }];
 * assert.deepEqual(resultsHeld(stages, 1, new Set(["a", "b"])), ["a"]); // c is to run, and needs a
 * assert.deepEqual(resultsHeld(stages, 1, new Set(["a", "b", "c"])), ["c"]); // c has run: a is let go
 * ```
 */
export function resultsHeld(
  stages: readonly { name: string; needs: readonly string[] }[],
  built: number,
  computed: ReadonlySet<string>,
): string[] {
  const toRun = stages.slice(built + 1).filter((s) => !computed.has(s.name));
  return stages.filter((s, i) =>
    computed.has(s.name) && (i > built || toRun.some((later) => later.needs.includes(s.name)))
  ).map((s) => s.name);
}

/**
 * Of a stage's result that {@linkcode buildSections} still holds once the sections of
 * `stages[0..built]` are built ({@linkcode resultsHeld}), the tables it still holds:
 * every table (undefined) until its own section is built; after, only those that the
 * stages still to run that need it read (their `tablesRead`; a stage that does not say
 * reads every table). The rows of the others were written with its section.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tablesHeld } from "./section.ts";
 * const stages = [
 *   { name: "a", needs: [] },
 *   { name: "b", needs: ["a"], tablesRead: { a: ["pairs"] } },
 *   { name: "c", needs: ["a"] },
 * ];
 * assert.equal(tablesHeld(stages, 0, new Set(["a"]), "a"), undefined); // b and c read every table of a
 * assert.deepEqual(tablesHeld(stages, 0, new Set(["a", "c"]), "a"), ["pairs"]); // c has run: b reads only pairs
 * assert.equal(tablesHeld(stages, -1, new Set(["a"]), "a"), undefined); // a's section is still to build
 * ```
 */
export function tablesHeld(
  stages: readonly {
    name: string;
    needs: readonly string[];
    tablesRead?: Readonly<Record<string, readonly string[]>>;
  }[],
  built: number,
  computed: ReadonlySet<string>,
  name: string,
): string[] | undefined {
  if (stages.findIndex((s) => s.name === name) > built) return undefined;
  const read = new Set<string>();
  for (const s of stages.slice(built + 1)) {
    if (computed.has(s.name) || !s.needs.includes(name)) continue;
    const tables = s.tablesRead?.[name];
    if (!tables) return undefined;
    for (const t of tables) read.add(t);
  }
  return [...read];
}

/** A stage's result with only the named tables of its `tables` (the rest let go). */
function withTables(result: unknown, names: readonly string[]): unknown {
  const { tables } = result as { tables: Record<string, unknown> };
  const kept = Object.fromEntries(names.filter((n) => n in tables).map((n) => [n, tables[n]]));
  return Object.keys(kept).length === Object.keys(tables).length ? result : { ...(result as object), tables: kept };
}

/**
 * Every section of the report, in the order of the stage registry: each stage's
 * corpus-wide part run over the digests (after the stages it needs), then its section
 * built. `onSection` is called with each section as soon as it is built, before the next
 * stage runs; the section it returns, if any, takes the built one's place (the report gives
 * it with its tables written and their rows let go). A stage's result is worked out once,
 * when its section or a stage that needs it first reads it, and let go when its section is
 * built and no stage still to run needs it ({@linkcode resultsHeld}); held for such a
 * stage, only the tables it reads are held ({@linkcode tablesHeld}). Grouped by a field,
 * each section says the field where it said "outlet" ({@linkcode groupSection}).
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
  onSection?: (section: ReportSection) => ReportSection | void,
  options: BuildOptions = {},
): ReportSection[] {
  /**
   * Each stage's result over some digests, worked out once, when first read; and let go
   * once the sections up to `built` are built, unless a stage after it, not run yet, needs it.
   */
  const resolver = (given: ReportInput, needsFrom?: (stage: AnyStage) => unknown) => {
    const results = new Map<string, unknown>();
    const resultOf = (stage: AnyStage): unknown => {
      if (!results.has(stage.name)) {
        // A needed stage's result is worked out when the stage reads it (the terms stage needs the
        // entities' per-article part, not their corpus-wide result).
        const needed = {};
        for (const n of stage.needs) {
          Object.defineProperty(needed, n, { enumerable: true, get: () => (needsFrom ?? resultOf)(stageNamed(n)) });
        }
        results.set(stage.name, stage.corpus({ ...given, results: needed }, options));
        options.onStage?.(stage.name);
      }
      return results.get(stage.name);
    };
    const letGo = (built: number) => {
      const computed = new Set(results.keys());
      const kept = new Set(resultsHeld(STAGES, built, computed));
      for (const name of computed) {
        if (!kept.has(name)) results.delete(name);
        else {
          // Held for a stage still to run: its tables that stage does not read are let go.
          const tables = tablesHeld(STAGES, built, computed, name);
          if (tables) results.set(name, withTables(results.get(name), tables));
        }
      }
    };
    return Object.assign(resultOf, { letGo });
  };
  // With reprints counted once, the stages that name articles to leave out (from the digests)
  // run over every article, given the rest's results of the stages they need, and every other
  // stage runs once, over the rest.
  const out = new Set<string>();
  if (options.reprints === "once") {
    for (const s of STAGES) for (const id of s.leavesOut?.(input) ?? []) out.add(id);
  }
  // The store's counts are over every article: the rest count from their digests.
  const rest = out.size
    ? resolver({ ...input, digests: input.digests.filter((d) => !out.has(d.article.id)), stored: undefined })
    : resolver(input);
  const everyArticle = out.size ? resolver(input, rest) : rest;
  // The field the rows are grouped by, for the pages a section writes itself (quotes_kwic.html).
  const group = typeof options.groupBy === "string" && options.groupBy !== "outlet" ? options.groupBy : undefined;
  return STAGES.map((stage, i) => {
    const build = SECTIONS[stage.name as StageName] as (
      input: ReportInput,
      result: unknown,
      options: StageOptions,
    ) => ReportSection;
    const built = build(group ? { ...input, group } : input, (stage.leavesOut ? everyArticle : rest)(stage), options);
    const section = group ? groupSection(built, group) : built;
    everyArticle.letGo(i);
    rest.letGo(i);
    return onSection?.(section) ?? section;
  });
}
