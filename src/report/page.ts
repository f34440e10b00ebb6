/**
 * The report's `index.html`: one page with every chart and table, all text escaped.
 *
 * @module
 */
import type { LoadProblem } from "../types.ts";
import { DIGEST_STAGES, type DigestStage, stageNamed } from "../stages/registry.ts";
import { escapeXml } from "../render/svg.ts";
import { groupHeader } from "../render/csv.ts";
import { groupWords } from "../charts/group.ts";
import { tableHtml } from "../render/table.ts";
import type { ReportSection, ReportTable } from "./types.ts";
import { hasParquet } from "./parquet_tables.ts";

/**
 * A folder as the page names it: relative to the folder the report was run from when it
 * lies inside it, else with the home folder written `~`, so that a report passed on does
 * not carry the path of its maker's home. Paths use `/` as given.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shownPath } from "./page.ts";
 * assert.equal(shownPath("/home/ana/study/articles", "/home/ana/study", "/home/ana"), "articles");
 * assert.equal(shownPath("/home/ana/corpora/iraq", "/home/ana/study", "/home/ana"), "~/corpora/iraq");
 * assert.equal(shownPath("/data/iraq", "/home/ana/study", "/home/ana"), "/data/iraq");
 * assert.equal(shownPath("/home/ana/study", "/home/ana/study", "/home/ana"), ".");
 * ```
 */
export function shownPath(path: string, cwd: string, home?: string): string {
  const inside = (dir: string) => path === dir || path.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
  if (inside(cwd)) return path === cwd ? "." : path.slice(cwd.length).replace(/^\/+/, "");
  if (home && home !== "/" && inside(home)) return `~${path.slice(home.replace(/\/+$/, "").length)}`;
  return path;
}

/** What a run took from the cache, and what it worked out again. */
export interface CacheUse {
  /** The cache folder. */
  dir: string;
  /** Articles read in this run (split into sentences and words, and tagged): the others' readings came from the cache. */
  readNow: number;
  /** For each stage, the articles it was run on in this run (every stage runs on an article read now). */
  redone: Record<DigestStage, number>;
}

/** What a stage works out, in words, and whether the words are plural: its per-article part's. */
function stageWords(stage: DigestStage): { noun: string; plural: boolean } {
  const { noun, plural } = stageNamed(stage).digest!;
  return { noun, plural };
}

/** "a, b and c". */
function listed(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * One plain sentence on what a run took from the cache: how many articles were not
 * read again, how many were read, and what was worked out again for the articles
 * taken from the cache (after an edit of the framing lexicon, say, the articles are
 * not read again but their framing is redone).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cacheSentence } from "./page.ts";
 * assert.equal(
 *   cacheSentence(5, { dir: "out/cache", readNow: 0, redone: { terms: 0, framing: 5, entities: 0, sources: 0 } }),
 *   "No article had to be read again: all 5 were in the cache (out/cache); " +
 *     "the framing was worked out again for all 5.",
 * );
 * ```
 *
 * @param articles The articles of the run.
 */
export function cacheSentence(articles: number, use: CacheUse): string {
  const reused = Math.max(0, articles - use.readNow);
  const was = (n: number) => (n === 1 ? "was" : "were");
  const where = `the cache (${use.dir})`;
  const read = "read (split into sentences and words, and tagged)";
  const first = reused === 0
    ? `Every article was ${read} in this run: none was in ${where} yet`
    : use.readNow === 0
    ? `No article had to be read again: ${articles === 1 ? "it was" : `all ${articles} were`} in ${where}`
    : `${reused} of the ${articles} articles ${was(reused)} in ${where} and ${
      was(reused)
    } not read again; ${use.readNow} ${was(use.readNow)} ${read} in this run`;
  const redone = DIGEST_STAGES
    .map((s) => ({ s, n: Math.min(reused, Math.max(0, (use.redone[s] ?? 0) - use.readNow)) }))
    .filter(({ n }) => n > 0);
  if (!redone.length) return `${first}.`;
  // Stages redone for as many articles are named together.
  const groups = new Map<number, DigestStage[]>();
  for (const { s, n } of redone) groups.set(n, [...(groups.get(n) ?? []), s]);
  const clauses = [...groups].map(([n, stages]) =>
    `${listed(stages.map((s) => stageWords(s).noun))} ${
      stages.length === 1 && !stageWords(stages[0]).plural ? "was" : "were"
    } worked out again for ${n === reused ? (reused === 1 ? "it" : `all ${reused}`) : `${n} of them`}`
  );
  return `${first}; ${clauses.join("; ")}.`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A moment as people write it, in UTC: "6 December 2026, 07:02 UTC". Text that is not
 * a date is given back as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readableTime } from "./page.ts";
 * assert.equal(readableTime("2026-12-06T07:02:31.123Z"), "6 December 2026, 07:02 UTC");
 * ```
 */
export function readableTime(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${
    two(d.getUTCMinutes())
  } UTC`;
}

/** What the page says about the run. */
export interface PageInfo {
  /**
   * The corpus folder as the page names it (`runReport` gives {@linkcode shownPath}'s name,
   * which may start with `~`: no path to open or check against).
   */
  corpusDir: string;
  /** Articles analysed. */
  articles: number;
  /** Outlets. */
  outlets: number;
  /** Files left out and why. */
  problems: LoadProblem[];
  /** Things to know about the corpus folder that are not problems (see `Corpus.notices`). */
  notices?: string[];
  /** When the report was made, ISO 8601 (shown as {@linkcode readableTime} gives it). */
  generated: string;
  /** What the run took from the cache, when a cache was used. */
  cache?: CacheUse;
  /**
   * The unit of comparison, when it is not the outlet (`--by`): the field, its groups,
   * and the ids of the articles without a value for it (the group `(no FIELD)`). Every
   * table's `outlet` column is headed by the field ({@linkcode groupHeader}).
   */
  grouping?: { field: string; groups: string[]; missing: string[] };
  /** The filter the articles were chosen by (`--where`), and how many articles it was applied to. */
  filter?: { where: string; of: number };
}

/**
 * The paragraph on which articles were compared, and by what, when the report is not
 * the whole corpus by outlet: the filter (`--where`) and the grouping (`--by`), with
 * the articles that have no value for the field and form a group of their own.
 */
function scopeHtml(info: PageInfo): string {
  const e = escapeXml;
  const lines: string[] = [];
  if (info.filter) {
    lines.push(`Articles where <code>${e(info.filter.where)}</code>: ${info.articles} of ${info.filter.of}.`);
  }
  if (info.grouping) {
    const { field, groups, missing } = info.grouping;
    const none = `(no ${field})`;
    lines.push(
      `Compared by <strong>${e(field)}</strong> rather than by outlet: every table's <code>${
        e(groupHeader(field)("outlet"))
      }</code> column, and every chart, gives the ${e(field)} (${groups.length} group${
        groups.length === 1 ? "" : "s"
      }: ${e(listed(groups))}).`,
    );
    if (missing.length) {
      lines.push(
        `${missing.length} article${missing.length === 1 ? " has" : "s have"} no ${e(field)} and form${
          missing.length === 1 ? "s" : ""
        } the group "${e(none)}": ${e(listed(missing))}.`,
      );
    }
  }
  return lines.length ? `\n<p class="note">${lines.join(" ")}</p>` : "";
}

/**
 * " in 3 countries" when the articles are compared by a field (as {@linkcode groupWords}
 * names it), else nothing: the page's first line says the outlets and the groups.
 */
function groupCount(info: PageInfo): string {
  if (!info.grouping) return "";
  const n = info.grouping.groups.length;
  return ` in ${n} ${groupWords(info.grouping.field)(n === 1 ? "outlet" : "outlets")}`;
}

/** The link to a table's Parquet file, beside its CSV's, when it has one. */
function parquetLink(t: ReportTable): string {
  return hasParquet(t)
    ? `, <a href="${encodeURIComponent(t.name)}.parquet">${escapeXml(t.name)}.parquet</a> (the same rows, typed)`
    : "";
}

/**
 * The paragraph that says where the large tables' Parquet files are, when there are
 * any: in the report folder, beside their CSV, with the same rows and column names.
 */
function downloadsHtml(sections: ReportSection[]): string {
  const names = sections.flatMap((s) => s.tables.filter(hasParquet).map((t) => `${t.name}.parquet`));
  if (!names.length) return "";
  const links = names.map((n) => `<a href="${encodeURIComponent(n)}">${escapeXml(n)}</a>`);
  return `\n<p class="note">Every table is a CSV file in this folder, linked above it. The largest are also Parquet files beside their CSV, with the same rows and column names and each column's type (for DuckDB, pandas, R or Spark): ${
    listed(links)
  }.</p>`;
}

const STYLE =
  `body{font-family:"DejaVu Sans",Verdana,system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
nav a{margin-right:1em}figure{margin:1.5em 0}figure img{max-width:100%;border:1px solid #eee}
figcaption{font-size:.85em;color:#555}code{overflow-wrap:anywhere}
.table-wrap{max-width:100%;overflow-x:auto}table.framelens{border-collapse:collapse;font-size:.85em;margin:.5em 0}
table.framelens th,table.framelens td{border-bottom:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
table.framelens td.num{text-align:right;font-variant-numeric:tabular-nums}.problems{background:#fff4e5;padding:.5em 1em;border-left:4px solid #f0a030}
.notices{background:#eef5fb;padding:.5em 1em;border-left:4px solid #4a90c8}
.more{font-size:.85em;color:#555}.note{background:#eef4ff;padding:.5em 1em;border-left:4px solid #4269d0}`;

/**
 * Builds the report page. Charts are linked as images (`charts/NAME.svg`), never
 * inlined, and every piece of corpus text is escaped.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reportPage } from "./page.ts";
 * const rows = [{ outlet: "<A>", articles: 2 }];
 * const section = { id: "corpus", title: "The corpus", description: "Articles per outlet.", charts: [], tables: [] };
 * const table = { name: "outlets", title: "Articles per outlet", columns: ["outlet", "articles"], rows };
 * const generated = "2026-12-06T07:02:31Z";
 * const info = { corpusDir: "data/articles", articles: 2, outlets: 1, problems: [], generated };
 * const html = reportPage([{ ...section, tables: [table] }], info);
 * assert.match(html, /<a href="#corpus">The corpus<\/a>/);
 * assert.match(html, /&#60;A&#62;/); // corpus text is escaped
 * ```
 */
export function reportPage(sections: ReportSection[], info: PageInfo): string {
  const e = escapeXml;
  const header = groupHeader(info.grouping?.field);
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
      `<h3>${e(t.title)} (<a href="${encodeURIComponent(t.name)}.csv">${e(t.name)}.csv</a>${parquetLink(t)}, ${
        t.count ?? t.rows.length
      } rows)</h3>\n<div class="table-wrap">${
        tableHtml(t.rows, { columns: t.columns, limit: t.preview ?? 25, header, count: t.count })
      }</div>`
    ).join("\n");
    const files = (s.files ?? []).length
      ? `<ul>${
        (s.files ?? []).map((f) => `<li><a href="${encodeURIComponent(f.name)}">${e(f.name)}</a>: ${e(f.title)}</li>`)
          .join("")
      }</ul>`
      : "";
    const notes = (s.notes ?? []).map((n) => `<p class="note">${e(n)}</p>`).join("");
    return `<section id="${e(s.id)}"><h2>${e(s.title)}</h2>${notes}<p>${
      e(s.description)
    }</p>\n${charts}\n${tables}\n${files}</section>`;
  }).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>framelens report</title><style>${STYLE}</style></head>
<body><h1>framelens report</h1>
<p>${info.articles} articles from ${info.outlets} outlets${groupCount(info)} in <code>${
    e(info.corpusDir)
  }</code>, made <time datetime="${e(info.generated)}">${e(readableTime(info.generated))}</time>.${
    info.cache ? ` ${e(cacheSentence(info.articles, info.cache))}` : ""
  }</p>${scopeHtml(info)}${downloadsHtml(sections)}
${problems}${notices}<nav>${nav}</nav>
${body}
</body></html>
`;
}
