/**
 * The unit of comparison in words: under `--by FIELD` every title, legend, axis label,
 * caption and column header that says "outlet" says the field instead. One function
 * ({@linkcode groupWords}) does the renaming; the charts ({@linkcode groupChart}), the
 * CSV headers (`groupHeader`) and the report's page all go through it.
 *
 * @module
 */
import type { ChartSpec } from "./spec.ts";

/** The word "outlet" (capitalised or not, plural or not, with "an" before it or not), in prose or at the start of a camelCase name. */
const OUTLET_WORD = /(?<![A-Za-z])(?:(an|An) )?([Oo])utlet(s?)(?![a-z])/g;

/** The plural of an English noun, by the common rules (country → countries, camp → camps, ...). */
function plural(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * A text with the word "outlet" in it as it reads when the rows are grouped by a field:
 * "outlet" becomes the field's name, "outlets" its plural, "Outlet" capitalised, and
 * "an outlet" takes the article the field needs ("a country", "an ownership"). The word
 * at the start of a camelCase name is renamed too (`outletArticles` → `countryArticles`);
 * inside a word (`perOutlet`) it is left alone. Grouped by outlet (the default), the text
 * is given back as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { groupWords } from "./group.ts";
 * const words = groupWords("country");
 * assert.equal(words("Articles per outlet"), "Articles per country");
 * assert.equal(words("5 articles from 3 outlets"), "5 articles from 3 countries");
 * assert.equal(words("Outlet"), "Country");
 * assert.equal(words("an outlet's top terms"), "a country's top terms");
 * assert.equal(words("outletArticles"), "countryArticles");
 * assert.equal(groupWords("ownership")("an outlet"), "an ownership");
 * assert.equal(groupWords()("Articles per outlet"), "Articles per outlet");
 * ```
 *
 * @param group The field the rows are grouped by (default `outlet`).
 */
export function groupWords(group: string = "outlet"): (text: string) => string {
  if (group === "outlet") return (text) => text;
  const article = /^[aeiou]/i.test(group) ? "an" : "a";
  return (text) =>
    text.replace(OUTLET_WORD, (_, an: string | undefined, o: string, s: string) => {
      const noun = s ? plural(group) : group;
      const word = o === "O" ? noun.charAt(0).toUpperCase() + noun.slice(1) : noun;
      return an ? `${an === "An" ? article.charAt(0).toUpperCase() + article.slice(1) : article} ${word}` : word;
    });
}

/** The scales of Plot options whose label a chart may set. */
const SCALES = ["x", "y", "fx", "fy", "color", "r", "symbol"] as const;

/**
 * A chart as it reads when its rows are grouped by a field ({@linkcode groupWords}): its
 * title, subtitle, legend and scale labels say the field where they said "outlet". Its
 * name (the file name), its rows and its marks are the chart's own. Grouped by outlet
 * (the default), the chart itself is given back.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { articlesPerOutletChart, groupChart } from "framelens";
 * const row = { title: "", date: "", words: 100, sentences: 5, kind: "news" };
 * const spec = articlesPerOutletChart([{ ...row, id: "a", outlet: "Iran" }, { ...row, id: "b", outlet: "Iraq" }]);
 * const byCountry = groupChart(spec, "country");
 * assert.equal(byCountry.title, "Articles per country");
 * assert.equal(byCountry.subtitle, "2 articles from 2 countries, by kind");
 * assert.equal(byCountry.name, spec.name); // the same file name
 * assert.equal(groupChart(spec), spec);
 * ```
 *
 * @param group The field the rows are grouped by (default `outlet`).
 */
export function groupChart<Row extends object>(spec: ChartSpec<Row>, group: string = "outlet"): ChartSpec<Row> {
  if (group === "outlet") return spec;
  const words = groupWords(group);
  const plot: Record<string, unknown> = { ...spec.plot };
  for (const scale of SCALES) {
    const options = plot[scale] as { label?: unknown } | undefined;
    if (options && typeof options.label === "string") plot[scale] = { ...options, label: words(options.label) };
  }
  return {
    ...spec,
    title: words(spec.title),
    ...(spec.subtitle === undefined ? {} : { subtitle: words(spec.subtitle) }),
    ...(spec.legend === undefined ? {} : { legend: words(spec.legend) }),
    plot,
  };
}
