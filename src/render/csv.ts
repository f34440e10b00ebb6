/**
 * Tidy rows to CSV text.
 *
 * @module
 */
// @ts-types="npm:@types/d3-dsv@3.0.7"
import { csvFormat } from "d3-dsv";

/** A cell that a spreadsheet would run as a formula: `=`, `+`, `-`, `@`, tab or CR first. */
const FORMULA = /^[=+\-@\t\r]/;
/** A cell that is only a number, such as "-3" or "+1.5e3": left as it is. */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Formats rows as CSV (RFC 4180 quoting), with the columns given or those of the
 * first row. Text cells that a spreadsheet would take for a formula (starting with
 * `=`, `+`, `-`, `@`, tab or CR, such as `=HYPERLINK(...)` or `-1+cmd|...`) get a
 * leading `'`; numbers, and text that is only a number such as "-3", are written as
 * they are.
 *
 * @example
 * ```ts
 * toCsv([{ outlet: "A, B", n: 2 }]); // 'outlet,n\n"A, B",2\n'
 * ```
 */
export function toCsv(rows: readonly object[], columns?: string[]): string {
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const safe = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const c of cols) {
      const v = (row as Record<string, unknown>)[c];
      out[c] = typeof v === "string" && FORMULA.test(v) && !NUMBER.test(v) ? `'${v}` : v ?? "";
    }
    return out;
  });
  return csvFormat(safe, cols) + "\n";
}
