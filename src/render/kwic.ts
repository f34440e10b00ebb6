/**
 * Keyword-in-context tables as escaped HTML, the match highlighted, for notebooks and
 * the report page.
 *
 * @module
 */
import { escapeXml } from "./svg.ts";
import { cellText } from "./table.ts";

/** A concordance line: the text before the match, the match and the text after it, and any other columns. */
export interface KwicLine {
  /** Text before the match. */
  left: string;
  /** The match. */
  match: string;
  /** Text after the match. */
  right: string;
}

/** Options for {@linkcode kwicHtml} and {@linkcode kwicTable}. */
export interface KwicHtmlOptions {
  /** Columns shown before the concordance, in order. Default: none. */
  columns?: string[];
  /** Show at most this many lines (default 100); a line says how many were left out. */
  limit?: number;
  /** How a column's name is shown in the header (default: as it is; `groupWords(field)` under a grouping). */
  header?: (column: string) => string;
}

const STYLE = "<style>table.kwic td.left{text-align:right;white-space:nowrap}" +
  "table.kwic td.right{text-align:left;white-space:nowrap}" +
  "table.kwic mark{background:#ffe08a;padding:0 2px}</style>";

/**
 * Renders concordance lines as an HTML table: the chosen columns, then the left
 * context right-aligned, the match wrapped in `<mark>`, and the right context. All text
 * is escaped, so markup in an article shows as text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kwicHtml } from "framelens";
 * const lines = [{ outlet: "A", left: "the ", match: "Zionist regime", right: "'s <b>" }];
 * const html = kwicHtml(lines, { columns: ["outlet"] });
 * assert.ok(html.includes('<td class="match"><mark>Zionist regime</mark></td>'));
 * assert.ok(html.includes('<td class="right">&#39;s &#60;b&#62;</td>')); // text stays text
 * ```
 */
export function kwicHtml(lines: readonly KwicLine[], options: KwicHtmlOptions = {}): string {
  const cols = options.columns ?? [];
  const limit = options.limit ?? 100;
  const shown = lines.slice(0, limit);
  const header = options.header ?? String;
  const head = [...cols.map((c) => `<th>${escapeXml(header(c))}</th>`), '<th class="left"></th><th>match</th><th></th>']
    .join("");
  const body = shown.map((line) => {
    const extra = cols.map((c) => `<td>${escapeXml(cellText((line as unknown as Record<string, unknown>)[c]))}</td>`);
    return `<tr>${extra.join("")}<td class="left">${escapeXml(line.left)}</td>` +
      `<td class="match"><mark>${escapeXml(line.match)}</mark></td><td class="right">${
        escapeXml(line.right)
      }</td></tr>`;
  }).join("\n");
  const more = lines.length > shown.length
    ? `<p class="more">${lines.length - shown.length} more lines not shown</p>`
    : "";
  return `${STYLE}<table class="framelens kwic"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${more}`;
}

/** A concordance that a Deno notebook displays as HTML (and as text elsewhere). */
export interface KwicTable {
  /** The lines. */
  lines: readonly KwicLine[];
  /** What the Deno Jupyter kernel displays. */
  [key: symbol]: () => Record<string, string>;
}

/**
 * Wraps concordance lines for display in a notebook cell, the match highlighted.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kwicTable } from "framelens";
 * const lines = [{ outlet: "A", referent: "israel", left: "the ", match: "Zionist regime", right: " struck" }];
 * const shown = kwicTable(lines, { columns: ["outlet", "referent"] }); // a notebook cell displays it as HTML
 * const display = shown[Symbol.for("Jupyter.display")]();
 * assert.match(display["text/html"], /<mark>Zionist regime<\/mark>/);
 * ```
 */
export function kwicTable(lines: readonly KwicLine[], options: KwicHtmlOptions = {}): KwicTable {
  const cols = options.columns ?? [];
  const text = () =>
    lines.slice(0, options.limit ?? 100).map((l) =>
      [...cols.map((c) => cellText((l as unknown as Record<string, unknown>)[c])), `${l.left}[${l.match}]${l.right}`]
        .join("  ")
    ).join("\n");
  return {
    lines,
    [Symbol.for("Jupyter.display")]: () => ({ "text/html": kwicHtml(lines, options), "text/plain": text() }),
  };
}

/**
 * A concordance as an HTML page of its own (for a report folder): a heading, a line on
 * what it holds, and every line ({@linkcode kwicHtml} with no limit unless given).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kwicPage } from "./kwic.ts";
 * const lines = [{ speaker: "Ali Larijani", left: "he said ", match: "the deal is important", right: "." }];
 * const page = kwicPage("Quotes", lines, { columns: ["speaker"] });
 * assert.ok(page.startsWith("<!doctype html>"));
 * assert.ok(page.includes("<td>Ali Larijani</td>"));
 * assert.ok(page.includes("<p>1 lines.</p>"));
 * ```
 */
export function kwicPage(title: string, lines: readonly KwicLine[], options: KwicHtmlOptions = {}): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>` +
    `<style>body{font-family:system-ui,sans-serif;margin:1em}table.framelens{border-collapse:collapse;` +
    `font-size:.85em}table.framelens th,table.framelens td{border-bottom:1px solid #ddd;padding:.2em .5em}</style>` +
    `</head><body>\n<h1>${escapeXml(title)}</h1>\n<p>${lines.length} lines.</p>\n` +
    `${kwicHtml(lines, { limit: Infinity, ...options })}\n</body></html>\n`;
}
