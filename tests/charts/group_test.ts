import assert from "node:assert/strict";
import { groupChart, groupWords } from "../../src/charts/group.ts";
import { articlesPerOutletChart, lengthByOutletChart } from "../../src/charts/corpus.ts";
import { framingIntervalChart } from "../../src/charts/framing.ts";
import { framingByVoice } from "../../src/framing/summary.ts";
import { groupHeader } from "../../src/render/csv.ts";
import { renderSvg } from "../../src/render/svg.ts";
import { assertSnapshot } from "../snapshot.ts";
import { ROWS } from "../fixtures/rows.ts";
import { SUMMARY } from "../fixtures/framing_rows.ts";

/** The fixtures' outlets by country. */
const COUNTRY: Record<string, string> = {
  "Tehran Times": "Iran",
  "Iran Daily": "Iran",
  "The National": "United Arab Emirates",
  "Peregraf": "Iraq (Kurdistan Region)",
};
const byCountry = <T extends { outlet: string }>(rows: readonly T[]) =>
  rows.map((r) => ({ ...r, outlet: COUNTRY[r.outlet] ?? `(no country)` }));

Deno.test("groupWords() names the field where the text says outlet: singular, plural, capitalised, with its article", () => {
  const country = groupWords("country");
  assert.equal(country("Articles per outlet"), "Articles per country");
  assert.equal(country("3 articles from 2 outlets, by kind"), "3 articles from 2 countries, by kind");
  assert.equal(country("Outlet"), "Country");
  assert.equal(country("Outlets compared"), "Countries compared");
  assert.equal(country("the outlet's median; an outlet's top N"), "the country's median; a country's top N");
  assert.equal(groupWords("ownership")("An outlet and an outlet"), "An ownership and an ownership");
  assert.equal(groupWords("camp")("each outlet's outlets"), "each camp's camps");
  assert.equal(groupWords("class")("outlets"), "classes");
});

Deno.test("groupWords() renames a camelCase name that starts with outlet, not one with outlet inside it", () => {
  const country = groupWords("country");
  assert.equal(country("outletArticles"), "countryArticles");
  assert.equal(country("perOutlet"), "perOutlet");
  assert.equal(country("outletry"), "outletry");
});

Deno.test("groupWords() and groupChart() leave everything as it is grouped by outlet", () => {
  const text = "Articles per outlet; an outlet's top N; Outlets";
  assert.equal(groupWords()(text), text);
  assert.equal(groupWords("outlet")(text), text);
  const spec = articlesPerOutletChart(ROWS);
  assert.equal(groupChart(spec), spec);
  assert.equal(groupChart(spec, "outlet"), spec);
});

Deno.test("groupHeader() heads columns with the words groupWords() gives, and an article's own outlet as outlet", () => {
  const header = groupHeader("country");
  const words = groupWords("country");
  for (const field of ["outlet", "outletArticles", "loadedShareLow", "words"]) {
    assert.equal(header(field), header(words(field)), field);
  }
  assert.deepEqual(["id", "articleOutlet", "outlet", "medianWords"].map(header), [
    "id",
    "outlet",
    "country",
    "median_words",
  ]);
  assert.deepEqual(["outlet", "outletArticles"].map(groupHeader()), ["outlet", "outlet_articles"]);
});

Deno.test("groupChart() says the field in the title, subtitle, legend and scale labels, and keeps the file name and rows", () => {
  const spec = lengthByOutletChart(byCountry(ROWS));
  const grouped = groupChart({ ...spec, legend: "Outlet", plot: { ...spec.plot, y: { label: "Outlet" } } }, "country");
  assert.equal(grouped.title, "Article length by country");
  assert.equal(grouped.subtitle, "Words per article (dots); the bar marks each country's median");
  assert.equal(grouped.legend, "Country");
  assert.deepEqual(grouped.plot.y, { label: "Country" });
  assert.equal(grouped.name, "length-by-outlet");
  assert.equal(grouped.rows, spec.rows);
});

Deno.test("articlesPerOutletChart() by country says country in its title and caption (snapshot)", async () => {
  const spec = groupChart(articlesPerOutletChart(byCountry(ROWS)), "country");
  assert.equal(spec.title, "Articles per country");
  assert.equal(spec.subtitle, "5 articles from 2 countries, by kind");
  const svg = renderSvg(spec);
  assert.ok(!/outlet/i.test(svg.replace(/aria-label="[^"]*"/g, "")), "no outlet in the drawn chart");
  await assertSnapshot("articles-per-outlet-by-country", svg);
});

Deno.test("framingIntervalChart() by country says country in its title and legend (snapshot)", async () => {
  const spec = groupChart(framingIntervalChart(framingByVoice(byCountry(SUMMARY))), "country");
  assert.equal(spec.title, "Loaded share with its 95% interval, by country and referent");
  assert.equal(spec.legend, "Country");
  await assertSnapshot("framing-interval-by-country", renderSvg(spec));
});
