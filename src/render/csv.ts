/**
 * Tidy rows to CSV text.
 *
 * @module
 */
// @ts-types="npm:@types/d3-dsv@3.0.7"
import { csvFormatValue } from "d3-dsv";

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
  const lines: string[] = new Array(rows.length + 1);
  lines[0] = cols.map(csvFormatValue).join(",");
  const cells: string[] = new Array(cols.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Record<string, unknown>;
    for (let c = 0; c < cols.length; c++) {
      const v = row[cols[c]];
      if (typeof v === "number") cells[c] = String(v);
      else if (typeof v === "string") cells[c] = csvFormatValue(FORMULA.test(v) && !NUMBER.test(v) ? `'${v}` : v);
      else cells[c] = v == null ? "" : csvFormatValue(v as string);
    }
    lines[r + 1] = cells.join(",");
  }
  return lines.join("\n") + "\n";
}
