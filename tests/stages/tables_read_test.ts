import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { runCorpusStages, STAGES } from "../../src/stages/registry.ts";

const tools = await loadDigestTools();
const corpus = await loadCorpus();
const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));

/** A stage's result whose tables not in `read` throw when read (what the report lets go of). */
function onlyTables(result: unknown, read: readonly string[], reader: string, stage: string): unknown {
  const { tables } = result as { tables: Record<string, unknown> };
  const kept: Record<string, unknown> = {};
  for (const name of Object.keys(tables)) {
    if (read.includes(name)) kept[name] = tables[name];
    else {
      Object.defineProperty(kept, name, {
        enumerable: true,
        get: () => {
          throw new Error(`${reader} read ${stage}'s table ${name}, not in its tablesRead`);
        },
      });
    }
  }
  return { ...(result as object), tables: kept };
}

Deno.test("every stage's tablesRead names each table of a needed stage its corpus part reads: the seeds' tables are the same without the others", () => {
  const full = runCorpusStages({ digests, tools }) as unknown as Record<string, { tables: Record<string, unknown> }>;
  const declaring = STAGES.filter((s) => s.tablesRead);
  assert.ok(declaring.length >= 4, "the stages that declare the tables they read");
  for (const stage of declaring) {
    const results = Object.fromEntries(stage.needs.map((n) => {
      const read = stage.tablesRead![n];
      return [n, read ? onlyTables(full[n], read, stage.name, n) : full[n]];
    }));
    const alone = stage.corpus({ digests, tools, results } as never) as { tables: Record<string, unknown> };
    assert.deepEqual(alone.tables, full[stage.name].tables, stage.name);
  }
});
