/**
 * The report's `index.html`: one page with every chart and table, all text escaped.
 *
 * @module
 */
import type { LoadProblem } from "../types.ts";
import { escapeXml } from "../render/svg.ts";
import { tableHtml } from "../render/table.ts";
import type { ReportSection } from "./section.ts";

/** What the page says about the run. */
export interface PageInfo {
  /** The corpus folder. */
  corpusDir: string;
  /** Articles analysed. */
  articles: number;
  /** Outlets. */
  outlets: number;
  /** Files left out and why. */
  problems: LoadProblem[];
  /** Things to know about the corpus folder that are not problems (see `Corpus.notices`). */
  notices?: string[];
  /** When the report was made, ISO 8601. */
  generated: string;
  /** Articles whose annotation came from the cache, when a cache was used. */
  fromCache?: number;
}

const STYLE =
  `body{font-family:"DejaVu Sans",Verdana,system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
nav a{margin-right:1em}figure{margin:1.5em 0}figure img{max-width:100%;border:1px solid #eee}
figcaption{font-size:.85em;color:#555}table.framelens{border-collapse:collapse;font-size:.85em;margin:.5em 0}
table.framelens th,table.framelens td{border-bottom:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
table.framelens td.num{text-align:right;font-variant-numeric:tabular-nums}.problems{background:#fff4e5;padding:.5em 1em;border-left:4px solid #f0a030}
.notices{background:#eef5fb;padding:.5em 1em;border-left:4px solid #4a90c8}
.more{font-size:.85em;color:#555}`;

/**
 * Builds the report page. Charts are linked as images (`charts/NAME.svg`), never
 * inlined, and every piece of corpus text is escaped.
 *
 * @example
 * ```ts
 * const html = reportPage(sections, info);
 * ```
 */
export function reportPage(sections: ReportSection[], info: PageInfo): string {
  const e = escapeXml;
  const nav = sections.map((s) => `<a href="#${e(s.id)}">${e(s.title)}</a>`).join("");
  const problems = info.problems.length
    ? `<div class="problems"><p><strong>${info.problems.length} file(s) were left out:</strong></p><ul>${
      info.problems.map((p) => `<li><code>${e(p.file)}</code>: ${e(p.message)}</li>`).join("")
    }</ul></div>`
    : "";
  const notices = (info.notices ?? []).length
    ? `<div class="notices">${(info.notices ?? []).map((n) => `<p>${e(n)}</p>`).join("")}</div>`
    : "";
  const body = sections.map((s) => {
    const charts = s.charts.map((c) =>
      `<figure><img src="charts/${encodeURIComponent(c.name)}.svg" alt="${e(c.title)}"><figcaption>${e(c.title)}${
        c.subtitle ? `: ${e(c.subtitle)}` : ""
      }. Files: <a href="charts/${encodeURIComponent(c.name)}.svg">SVG</a>, <a href="charts/${
        encodeURIComponent(c.name)
      }.png">PNG</a>, <a href="charts/${encodeURIComponent(c.name)}.csv">data (CSV)</a></figcaption></figure>`
    ).join("\n");
    const tables = s.tables.map((t) =>
      `<h3>${e(t.title)} (<a href="${encodeURIComponent(t.name)}.csv">${
        e(t.name)
      }.csv</a>, ${t.rows.length} rows)</h3>\n${tableHtml(t.rows, { columns: t.columns, limit: t.preview ?? 25 })}`
    ).join("\n");
    const files = (s.files ?? []).length
      ? `<ul>${
        (s.files ?? []).map((f) => `<li><a href="${encodeURIComponent(f.name)}">${e(f.name)}</a>: ${e(f.title)}</li>`)
          .join("")
      }</ul>`
      : "";
    return `<section id="${e(s.id)}"><h2>${e(s.title)}</h2><p>${
      e(s.description)
    }</p>\n${charts}\n${tables}\n${files}</section>`;
  }).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>framelens report</title><style>${STYLE}</style></head>
<body><h1>framelens report</h1>
<p>${info.articles} articles from ${info.outlets} outlets in <code>${e(info.corpusDir)}</code>, made ${
    e(info.generated)
  }${info.fromCache === undefined ? "" : `; ${info.fromCache} of the articles' annotations came from the cache`}.</p>
${problems}${notices}<nav>${nav}</nav>
${body}
</body></html>
`;
}
