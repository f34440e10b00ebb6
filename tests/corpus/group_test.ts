import assert from "node:assert/strict";
import { groupArticles, outletsWithin } from "../../src/corpus/group.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { annotateAndDigest, loadDigestTools } from "../../src/pipeline/digest.ts";
import { runCorpusStages } from "../../src/stages/registry.ts";
import { entitiesStage } from "../../src/stages/entities.ts";
import { sourcesStage } from "../../src/stages/sources.ts";
import { framingStage } from "../../src/stages/framing.ts";
import { groupOf } from "../../src/stages/stage.ts";
import type { Article } from "../../src/types.ts";

const article = (id: string, outlet: string, country?: string): Article => ({
  id,
  file: `${id}.md`,
  outlet,
  ...(country ? { country } : {}),
  extra: {},
  text: "",
});

Deno.test("outletsWithin() puts each article under its group and outlet, the outlets of a group side by side", () => {
  const articles = [article("a", "Tehran Times", "Iran"), article("b", "Peregraf"), article("c", "Alwaght", "Iran")];
  const within = groupOf(outletsWithin("country"))!;
  assert.deepEqual(articles.map(within), ["Iran › Tehran Times", "(no country) › Peregraf", "Iran › Alwaght"]);
  assert.deepEqual(
    groupArticles(articles, outletsWithin("country")).map((a) => a.outlet).sort(),
    ["(no country) › Peregraf", "Iran › Alwaght", "Iran › Tehran Times"],
  );
});

Deno.test("outletsWithin() of the outlet is the outlet: one level", () => {
  assert.equal(outletsWithin(), "outlet");
  assert.equal(outletsWithin("outlet"), "outlet");
});

Deno.test("outletsWithin() splits each group's framing counts among its outlets: they add up to the group's", async () => {
  const tools = await loadDigestTools();
  const digests = (await loadCorpus()).articles.map((a) => annotateAndDigest(a, tools));
  const stages = [entitiesStage, sourcesStage, framingStage];
  const groups = runCorpusStages({ digests, tools }, { stages, groupBy: "country" }).framing.tables.framing_summary;
  const inside = runCorpusStages({ digests, tools }, { stages, groupBy: outletsWithin("country") }).framing.tables
    .framing_summary;
  assert.ok(inside.length > groups.length, "more outlets than countries");
  for (const g of groups) {
    const mine = inside.filter((r) => r.referent === g.referent && r.outlet.startsWith(`${g.outlet} › `));
    assert.ok(mine.length >= 1, `${g.outlet}: its outlets`);
    assert.equal(mine.reduce((n, r) => n + r.hits, 0), g.hits, `${g.outlet}, ${g.referent}: hits`);
    assert.equal(mine.reduce((n, r) => n + r.loaded, 0), g.loaded, `${g.outlet}, ${g.referent}: loaded`);
  }
});
