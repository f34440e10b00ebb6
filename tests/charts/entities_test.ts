import assert from "node:assert/strict";
import { cooccurrenceMatrixChart, cooccurrenceNetworkChart, topEntitiesChart } from "../../src/charts/entities.ts";
import { entityOutletRows } from "../../src/measures/entities.ts";
import { cooccurrenceNetwork } from "../../src/measures/network.ts";
import { renderSvg } from "../../src/render/svg.ts";
import type { EntityMention, EntityOutletRow } from "../../src/entities/types.ts";
import { assertSnapshot } from "../snapshot.ts";
import { inkBox } from "../ink.ts";
import { COOC_ROWS, MENTIONS } from "../fixtures/entities.ts";

const MORE: EntityMention[] = [
  ...MENTIONS,
  ...["Lebanon", "Lebanon", "Popular Mobilization Forces", "Ali Larijani"].map((entity, i) => ({
    article: "b1",
    outlet: "The National",
    sentence: i,
    start: 100 + i,
    end: 101 + i,
    surface: entity,
    entity,
    type:
      (entity === "Lebanon" ? "place" : entity === "Ali Larijani" ? "person" : "organization") as EntityMention["type"],
  })),
];

Deno.test("topEntitiesChart() draws a dot per outlet and entity, coloured by type (snapshot)", async () => {
  const spec = topEntitiesChart(entityOutletRows(MORE), { top: 3 });
  assert.equal(spec.name, "top-entities");
  assert.equal(spec.legend, "Type");
  const svg = renderSvg(spec);
  assert.equal((svg.match(/<circle/g) ?? []).length, spec.rows.length);
  for (const t of ["person", "organization", "place", "The National"]) assert.ok(svg.includes(`>${t}<`), t);
  await assertSnapshot("top-entities", svg);
});

Deno.test("topEntitiesChart() says that its rows are the union of the outlets' top N, and its subtitle fits two outlets", async () => {
  // Each outlet's top 6 differ: 8 entities in all, some outside an outlet's own top 6.
  const names = ["Iran", "Iraq", "Ali Larijani", "Hezbollah", "Lebanon", "Baghdad", "Israel", "Tehran"];
  const rows: EntityOutletRow[] = [];
  for (const [o, outlet] of ["Tehran Times", "The National"].entries()) {
    const order = o === 0 ? names : [...names].reverse();
    order.forEach((entity, i) =>
      rows.push({ outlet, entity, type: "place", mentions: 20 - i, articles: 1, rank: i + 1 })
    );
  }
  const spec = topEntitiesChart(rows, { top: 6 });
  const shown = new Set(spec.rows.map((r) => r.entity));
  assert.equal(shown.size, 8, "the union of the two top 6");
  assert.match(
    spec.subtitle!,
    /^The 8 people, organisations and places among the 6 most mentioned by at least one outlet/,
  );
  const svg = renderSvg(spec);
  const width = spec.plot.width!;
  assert.ok(width < 600, `a narrow chart (${width} px)`);
  const ink = (await inkBox(svg))!;
  assert.ok(
    ink.x >= 0 && ink.x + ink.width <= width,
    `drawn from ${ink.x} to ${ink.x + ink.width}, not within ${width}`,
  );
});

Deno.test("cooccurrenceNetworkChart() draws links, typed dots and haloed labels (snapshot)", async () => {
  const network = {
    outlet: "all",
    scope: "sentence" as const,
    nodes: [
      { id: "Iran", type: "place" as const, mentions: 20 },
      { id: "Iraq", type: "place" as const, mentions: 12 },
      { id: "Ali Larijani", type: "person" as const, mentions: 15 },
      { id: "Hezbollah", type: "organization" as const, mentions: 8 },
      { id: "Lebanon", type: "place" as const, mentions: 9 },
      { id: "United States", type: "place" as const, mentions: 5 },
      { id: "Popular Mobilization Forces", type: "organization" as const, mentions: 4 },
    ],
    links: COOC_ROWS.map(({ source, target, sentences, articles, npmi, logdice }) => ({
      source,
      target,
      sentences,
      articles,
      npmi,
      logdice,
    })),
  };
  const spec = cooccurrenceNetworkChart(network);
  const svg = renderSvg(spec);
  assert.equal((svg.match(/<circle/g) ?? []).length, 7);
  assert.equal(spec.rows.filter((r) => r.kind === "link").length, 6);
  assert.ok(svg.includes('stroke="white"'), "labels on a white halo");
  assert.ok(svg.includes(">Popular Mobilization Forces<"));
  assert.equal(renderSvg(cooccurrenceNetworkChart(network)), svg, "the same drawing on every run");
  await assertSnapshot("cooccurrence-network", svg);
});

Deno.test("cooccurrenceNetworkChart() names a chart of one outlet after it", () => {
  const net = cooccurrenceNetwork(MENTIONS, [], { outlet: "A", isolated: true });
  assert.equal(cooccurrenceNetworkChart(net).name, "cooccurrence-network-a");
});

Deno.test("cooccurrenceMatrixChart() fills both halves of the matrix and leaves room for labels (snapshot)", async () => {
  const entities = ["Iran", "Iraq", "Ali Larijani", "Hezbollah", "Lebanon", "Popular Mobilization Forces"];
  const spec = cooccurrenceMatrixChart(COOC_ROWS, entities);
  // 5 of the 6 rows are between these entities; each fills two cells.
  assert.equal(spec.rows.length, 10);
  const plot = spec.plot as { marginLeft: number; marginTop: number; marginRight: number };
  assert.ok(plot.marginLeft >= "Popular Mobilization Forces".length * 7, "left margin fits the longest name");
  assert.ok(plot.marginTop >= "Popular Mobilization Forces".length * 7 * 0.7, "top margin fits the turned names");
  assert.ok(plot.marginRight > 20, "the last turned names run past the last column");
  const svg = renderSvg(spec);
  await assertSnapshot("cooccurrence-matrix", svg);
});

Deno.test("cooccurrenceMatrixChart() can colour by NPMI", () => {
  const spec = cooccurrenceMatrixChart(COOC_ROWS, ["Iran", "Iraq"], { value: "npmi" });
  assert.match(spec.subtitle!, /NPMI/);
  assert.equal(spec.rows.length, 2);
});
