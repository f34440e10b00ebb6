/**
 * Tables of rows as escaped HTML, for notebooks and the report page.
 *
 * @module
 */
import { escapeXml } from "./svg.ts";

/** Options for {@linkcode tableHtml} and {@linkcode table}. */
export interface TableOptions {
  /** Columns to show, in order; all columns of the first row by default. */
  columns?: string[];
  /** Show at most this many rows (default 50); a line says how many were left out. */
  limit?: number;
  /** How a column's name is shown in the header (default: as it is). */
  header?: (column: string) => string;
  /** The table's number of rows, when `rows` holds only its first ones (default: `rows.length`). */
  count?: number;
}

/**
 * A table cell as text: empty for missing values, whole numbers as they are, other
 * numbers to three decimals.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cellText } from "./table.ts";
 * assert.equal(cellText(0.123456), "0.123");
 * assert.equal(cellText(12), "12");
 * assert.equal(cellText(null), "");
 * ```
 */
export function cellText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(3);
  return String(v);
}

/**
 * Renders rows as an HTML table; every cell is escaped, so article text shows as text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tableHtml } from "framelens";
 * const html = tableHtml([{ outlet: "<b>A</b>", words: 3 }]);
 * assert.ok(html.startsWith('<table class="framelens">'));
 * assert.ok(html.includes("<td>&#60;b&#62;A&#60;/b&#62;</td>")); // escaped
 * ```
 */
export function tableHtml(rows: readonly object[], options: TableOptions = {}): string {
  const cols = options.columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const limit = options.limit ?? 50;
  const shown = rows.slice(0, limit);
  const header = options.header ?? String;
  const head = cols.map((c) => `<th>${escapeXml(header(c))}</th>`).join("");
  const body = shown.map((r) =>
    `<tr>${
      cols.map((c) => {
        const v = (r as Record<string, unknown>)[c];
        return `<td${typeof v === "number" ? ' class="num"' : ""}>${escapeXml(cellText(v))}</td>`;
      }).join("")
    }</tr>`
  ).join("\n");
  const count = options.count ?? rows.length;
  const more = count > shown.length ? `<p class="more">${count - shown.length} more rows not shown</p>` : "";
  return `<table class="framelens"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${more}`;
}

/**
 * Plain-text rendering of rows, aligned in columns.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tableText } from "framelens";
 * assert.equal(tableText([{ a: 1, b: "x" }]), "a  b\n1  x");
 * ```
 */
export function tableText(rows: readonly object[], options: TableOptions = {}): string {
  const cols = options.columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const shown = rows.slice(0, options.limit ?? 50).map((r) =>
    cols.map((c) => cellText((r as Record<string, unknown>)[c]))
  );
  const widths = cols.map((c, i) => Math.max(c.length, ...shown.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((v, i) => v.padEnd(widths[i])).join("  ").trimEnd();
  return [line(cols), ...shown.map(line)].join("\n");
}

/** A table that a Deno notebook displays as HTML (and as text elsewhere). */
export interface Table {
  /** The rows. */
  rows: readonly object[];
  /** What the Deno Jupyter kernel displays. */
  [key: symbol]: () => Record<string, string>;
}

/**
 * Wraps rows for display in a notebook cell as an escaped HTML table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { table } from "framelens";
 * const rows = [{ id: "a1", outlet: "A", words: 300, sentences: 12 }];
 * const shown = table(rows, { columns: ["id", "outlet", "words"] }); // a notebook cell displays it
 * assert.match(shown[Symbol.for("Jupyter.display")]()["text/plain"], /^id  outlet  words\n/);
 * ```
 */
export function table(rows: readonly object[], options: TableOptions = {}): Table {
  return {
    rows,
    [Symbol.for("Jupyter.display")]: () => ({
      "text/html": tableHtml(rows, options),
      "text/plain": tableText(rows, options),
    }),
  };
}
