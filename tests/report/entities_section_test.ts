import assert from "node:assert/strict";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { entitiesSection } from "../../src/report/entities_section.ts";

Deno.test("entitiesSection() gives entities.csv, cooccurrence.csv, three charts and the network files", async () => {
  const corpus = await loadCorpus();
  const tools = await loadDigestTools();
  const digests = corpus.articles.map((a) => annotateAndDigest(a, tools));
  const section = entitiesSection({ corpus, digests, tools });
  assert.equal(section.id, "entities");
  assert.deepEqual(section.tables.map((t) => t.name), ["entities", "cooccurrence"]);
  assert.deepEqual(section.tables[0].columns, ["article", "outlet", "entity", "type", "mentions", "aliases"]);
  assert.deepEqual(section.tables[1].columns, [
    "scope",
    "outlet",
    "source",
    "target",
    "sentences",
    "articles",
    "npmi",
    "logdice",
  ]);
  const larijani = (section.tables[0].rows as { article: string; entity: string; aliases: string }[])
    .find((r) => r.article === "2025-08-11-tehran-times-larijani-visit" && r.entity === "Ali Larijani")!;
  assert.match(larijani.aliases, /Larjani/);
  assert.deepEqual(section.charts.map((c) => c.name), ["top-entities", "cooccurrence-network", "cooccurrence-matrix"]);
  assert.deepEqual(section.files.map((f) => f.name), ["cooccurrence.graphml", "cooccurrence.json"]);
  assert.match(section.files[0].content, /<graphml/);
});
