/**
 * Tidy rows to CSV text.
 *
 * @module
 */
// @ts-types="npm:@types/d3-dsv@3.0.7"
import { csvFormatValue } from "d3-dsv";
import { groupWords } from "../charts/group.ts";
import type { ArticleRow } from "../types.ts";

/** A cell that a spreadsheet would run as a formula: `=`, `+`, `-`, `@`, tab or CR first. */
const FORMULA = /^[=+\-@\t\r]/;
/** A cell that is only a number, such as "-3" or "+1.5e3": left as it is. */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The CSV line of each row, for the columns given. */
function lineFormatter(cols: readonly string[]): (row: object) => string {
  const cells: string[] = new Array(cols.length);
  return (r) => {
    const row = r as Record<string, unknown>;
    for (let c = 0; c < cols.length; c++) {
      const v = row[cols[c]];
      if (typeof v === "number") cells[c] = String(v);
      else if (typeof v === "string") cells[c] = csvFormatValue(FORMULA.test(v) && !NUMBER.test(v) ? `'${v}` : v);
      else cells[c] = v == null ? "" : csvFormatValue(v as string);
    }
    return cells.join(",");
  };
}

/**
 * The CSV header of a row field: framelens names fields in camelCase and CSV columns in
 * snake_case, and this is the one place that turns one into the other. An upper-case
 * letter starts a new word, and so does a number after a word of two letters or more
 * (`g2`, `x2` stay as they are); a name already in snake_case is kept.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { csvHeader } from "./csv.ts";
 * assert.equal(csvHeader("hitsPer1000"), "hits_per_1000");
 * assert.equal(csvHeader("per1k"), "per_1k");
 * assert.equal(csvHeader("medianWords"), "median_words");
 * assert.equal(csvHeader("g2"), "g2");
 * ```
 */
export function csvHeader(field: string): string {
  return field.replace(/([a-z\d])([A-Z])/g, "$1_$2").replace(/([a-z]{2,})(\d)/gi, "$1_$2").toLowerCase();
}

/**
 * The headers of a table whose rows are grouped by a field: the `outlet` column, which
 * holds each row's group, headed by the field's name, and so is a column about the group
 * (`outletArticles`, the group's articles), as {@linkcode groupWords} names them; the
 * article's own outlet, which a table of articles carries beside its group
 * (`articleOutlet`), headed `outlet`; every other column by its {@linkcode csvHeader}.
 * The one place where the unit of comparison names a column: the report's CSV tables,
 * its charts' CSV files and its page all head their columns with it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { groupHeader } from "./csv.ts";
 * assert.deepEqual(
 *   ["outlet", "outletArticles", "loadedShareLow"].map(groupHeader("country")),
 *   ["country", "country_articles", "loaded_share_low"],
 * );
 * assert.deepEqual(["id", "articleOutlet", "outlet"].map(groupHeader("country")), ["id", "outlet", "country"]);
 * assert.deepEqual(["outlet", "words"].map(groupHeader()), ["outlet", "words"]);
 * ```
 *
 * @param group The field the rows are grouped by (default `outlet`).
 */
export function groupHeader(group: string = "outlet"): (field: string) => string {
  const words = groupWords(group);
  return (field) => (field === ARTICLE_OUTLET ? "outlet" : csvHeader(words(field)));
}

/** The field of a row of articles grouped by another field than the outlet that holds the article's own outlet. */
const ARTICLE_OUTLET: keyof ArticleRow = "articleOutlet";

/** Options of {@linkcode toCsv} and {@linkcode writeCsv}. */
export interface CsvOptions {
  /** The header of each column (default {@linkcode csvHeader}; see {@linkcode groupHeader}). */
  header?: (field: string) => string;
}

/** The header line of a CSV file: each column's header. */
const headerLine = (cols: readonly string[], header: (field: string) => string = csvHeader) =>
  cols.map((c) => csvFormatValue(header(c))).join(",");

/** The columns given, or those of the first row. */
const columnsOf = (rows: readonly object[], columns?: string[]) => columns ?? (rows.length ? Object.keys(rows[0]) : []);

/**
 * Formats rows as CSV (RFC 4180 quoting), with the columns given or those of the
 * first row, each headed by its name in snake_case ({@linkcode csvHeader}) or as
 * `options.header` gives. Text cells
 * that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, tab or
 * CR, such as `=HYPERLINK(...)` or `-1+cmd|...`) get a leading `'`; numbers, and text
 * that is only a number such as "-3", are written as they are.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { toCsv } from "framelens";
 * assert.equal(toCsv([{ outlet: "A, B", medianWords: 2 }]), 'outlet,median_words\n"A, B",2\n');
 * assert.equal(toCsv([{ title: "=HYPERLINK(1)" }]), "title\n'=HYPERLINK(1)\n"); // no formula in a spreadsheet
 * ```
 */
export function toCsv(rows: readonly object[], columns?: string[], options: CsvOptions = {}): string {
  const cols = columnsOf(rows, columns);
  const line = lineFormatter(cols);
  const lines: string[] = new Array(rows.length + 1);
  lines[0] = headerLine(cols, options.header);
  for (let r = 0; r < rows.length; r++) lines[r + 1] = line(rows[r]);
  return lines.join("\n") + "\n";
}

/** Characters of CSV text gathered before they are written out by {@linkcode writeCsv}. */
const CSV_CHUNK = 1 << 20;

/**
 * Writes rows to a CSV file, the same bytes as `toCsv` gives, a megabyte or so at a
 * time: a table of millions of rows (the co-occurrence pairs of a large corpus) never
 * stands in memory as one string, nor as one line each.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeCsv } from "framelens";
 * const dir = await Deno.makeTempDir();
 * const rows = [{ outlet: "A", term: "war", count: 3, per1k: 750 }];
 * await writeCsv(`${dir}/terms.csv`, rows, ["outlet", "term", "count"]);
 * assert.equal(await Deno.readTextFile(`${dir}/terms.csv`), "outlet,term,count\nA,war,3\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @throws {Error} naming the file when it cannot be written.
 */
export async function writeCsv(
  file: string,
  rows: readonly object[],
  columns?: string[],
  options: CsvOptions = {},
): Promise<void> {
  const cols = columnsOf(rows, columns);
  const line = lineFormatter(cols);
  const encoder = new TextEncoder();
  let handle: Deno.FsFile;
  try {
    handle = await Deno.open(file, { write: true, create: true, truncate: true });
  } catch (e) {
    throw new Error(`Cannot write ${file}: ${e instanceof Error ? e.message : e}`);
  }
  try {
    const write = async (text: string) => {
      const bytes = encoder.encode(text);
      for (let at = 0; at < bytes.length;) at += await handle.write(bytes.subarray(at));
    };
    let chunk = headerLine(cols, options.header) + "\n";
    for (let r = 0; r < rows.length; r++) {
      chunk += line(rows[r]) + "\n";
      if (chunk.length >= CSV_CHUNK) {
        await write(chunk);
        chunk = "";
      }
    }
    await write(chunk);
  } catch (e) {
    throw new Error(`Cannot write ${file}: ${e instanceof Error ? e.message : e}`);
  } finally {
    handle.close();
  }
}

/**
 * {@linkcode writeCsv} without awaiting: the same bytes, a megabyte or so at a time, for a
 * caller that writes a table while it builds the next (the report writes each section's
 * tables as soon as the section is built, and lets the rows go).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeCsvSync } from "./csv.ts";
 * const dir = await Deno.makeTempDir();
 * writeCsvSync(`${dir}/terms.csv`, [{ outlet: "A", term: "war", count: 3 }]);
 * assert.equal(await Deno.readTextFile(`${dir}/terms.csv`), "outlet,term,count\nA,war,3\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @throws {Error} naming the file when it cannot be written.
 */
export function writeCsvSync(
  file: string,
  rows: readonly object[],
  columns?: string[],
  options: CsvOptions = {},
): void {
  const cols = columnsOf(rows, columns);
  const line = lineFormatter(cols);
  const encoder = new TextEncoder();
  let handle: Deno.FsFile;
  try {
    handle = Deno.openSync(file, { write: true, create: true, truncate: true });
  } catch (e) {
    throw new Error(`Cannot write ${file}: ${e instanceof Error ? e.message : e}`);
  }
  try {
    const write = (text: string) => {
      const bytes = encoder.encode(text);
      for (let at = 0; at < bytes.length;) at += handle.writeSync(bytes.subarray(at));
    };
    let chunk = headerLine(cols, options.header) + "\n";
    for (let r = 0; r < rows.length; r++) {
      chunk += line(rows[r]) + "\n";
      if (chunk.length >= CSV_CHUNK) {
        write(chunk);
        chunk = "";
      }
    }
    write(chunk);
  } catch (e) {
    throw new Error(`Cannot write ${file}: ${e instanceof Error ? e.message : e}`);
  } finally {
    handle.close();
  }
}
