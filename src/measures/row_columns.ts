/**
 * Rows kept as columns as they are made (issue 19, memory): a table of hundreds of
 * thousands of rows (the terms stage's `keyness`, `terms`, `log_odds`) held as typed
 * arrays and codes rather than as an object a row, and read back as an array of rows.
 *
 * @module
 */
import { rowView } from "./row_view.ts";

/** Rows a chunk holds: a column grows by chunks of this many values, never copied. */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

/**
 * A column: numbers in `Float64Array` chunks, strings as codes (in `Int32Array` chunks)
 * into their distinct values, anything else as is.
 */
type Column =
  | { kind: "number"; chunks: Float64Array[] }
  | { kind: "string"; chunks: Int32Array[]; strings: string[]; codeOf: Map<string, number> }
  | { kind: "any"; values: unknown[] };

/**
 * Rows pushed one at a time and kept as columns: each number in a `Float64Array` (8 bytes,
 * the same number read back, −0 and NaN included), each string as a 4-byte code into the
 * column's distinct strings (one string held per distinct value), any other value as is.
 * The typed arrays are chunks of 16,384 values, added as the rows come: nothing is copied
 * as the table grows, and the memory the chunks take is that of the rows (within a chunk).
 * The columns are those of the first row pushed, in its key order; every row must have
 * them (a row without one is refused; a key the first row had not is not kept).
 * {@linkcode RowColumns.rows} reads them back as a read-only array ({@linkcode rowView})
 * whose row `i` is a new object equal to the `i`th row pushed, its keys in the same
 * order. A row of thirteen fields (`keyness.csv`'s, 11 of them numbers) takes about 100
 * bytes rather than about 240 as an object with its boxed numbers (measured with forced
 * collections, `tests/measures/row_columns_test.ts`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { RowColumns } from "./row_columns.ts";
 * const table = new RowColumns<{ outlet: string; term: string; count: number; p: number }>();
 * table.push({ outlet: "A", term: "war", count: 3, p: 0.25 });
 * table.push({ outlet: "A", term: "peace", count: 1, p: -0 });
 * assert.equal(table.length, 2);
 * const rows = table.rows();
 * assert.deepEqual(rows, [{ outlet: "A", term: "war", count: 3, p: 0.25 }, { outlet: "A", term: "peace", count: 1, p: -0 }]);
 * assert.ok(Object.is(rows[1].p, -0));
 * assert.equal(table.distinct("outlet"), 1); // "A" held once
 * ```
 */
export class RowColumns<R extends object> {
  #keys: string[] | undefined;
  #columns: Column[] = [];
  #length = 0;

  /** The rows pushed so far. */
  get length(): number {
    return this.#length;
  }

  /** Adds a row after the others; returns the new number of rows (as an array's `push`). */
  push(row: R): number {
    const record = row as Record<string, unknown>;
    if (!this.#keys) this.#start(record);
    const keys = this.#keys!;
    const i = this.#length;
    const chunk = i >>> CHUNK_BITS;
    const at = i & IN_CHUNK;
    if (at === 0) this.#grow();
    for (let c = 0; c < keys.length; c++) {
      const value = record[keys[c]];
      if (value === undefined && !(keys[c] in record)) {
        throw new Error(`Cannot add the row: it has no "${keys[c]}" (the table's keys: ${keys.join(", ")})`);
      }
      let column = this.#columns[c];
      if (column.kind === "number" && typeof value !== "number") column = this.#loosen(c);
      if (column.kind === "string" && typeof value !== "string") column = this.#loosen(c);
      if (column.kind === "number") column.chunks[chunk][at] = value as number;
      else if (column.kind === "string") {
        let code = column.codeOf.get(value as string);
        if (code === undefined) {
          column.codeOf.set(value as string, code = column.strings.length);
          column.strings.push(value as string);
        }
        column.chunks[chunk][at] = code;
      } else column.values[i] = value;
    }
    return ++this.#length;
  }

  /** Row `i` as a new object (undefined past the end). */
  at(i: number): R | undefined {
    if (!(i >= 0 && i < this.#length)) return undefined;
    const keys = this.#keys!;
    const chunk = i >>> CHUNK_BITS;
    const at = i & IN_CHUNK;
    const row: Record<string, unknown> = {};
    for (let c = 0; c < keys.length; c++) {
      const column = this.#columns[c];
      row[keys[c]] = column.kind === "number"
        ? column.chunks[chunk][at]
        : column.kind === "string"
        ? column.strings[column.chunks[chunk][at]]
        : column.values[i];
    }
    return row as R;
  }

  /** How many distinct strings a column holds (0 for a column of numbers or other values, or none). */
  distinct(key: keyof R & string): number {
    const c = this.#keys?.indexOf(key) ?? -1;
    const column = this.#columns[c];
    return column?.kind === "string" ? column.strings.length : 0;
  }

  /**
   * The rows pushed, as a read-only array whose rows are made when read. Rows pushed later
   * are not in it.
   */
  rows(): readonly R[] {
    // The string columns' lookup is for pushing: let go.
    for (const column of this.#columns) if (column.kind === "string") column.codeOf.clear();
    const length = this.#length;
    return rowView(length, (i) => this.at(i)!);
  }

  #start(row: Record<string, unknown>): void {
    this.#keys = Object.keys(row);
    this.#columns = this.#keys.map((key): Column =>
      typeof row[key] === "number"
        ? { kind: "number", chunks: [] }
        : typeof row[key] === "string"
        ? { kind: "string", chunks: [], strings: [], codeOf: new Map() }
        : { kind: "any", values: [] }
    );
  }

  /** A chunk more in every typed column. */
  #grow(): void {
    for (const column of this.#columns) {
      if (column.kind === "number") column.chunks.push(new Float64Array(CHUNK));
      else if (column.kind === "string") column.chunks.push(new Int32Array(CHUNK));
    }
  }

  /** Column `c` made one of values as they are, when a row's value is not of its kind. */
  #loosen(c: number): Column {
    const values: unknown[] = [];
    for (let i = 0; i < this.#length; i++) values.push((this.at(i) as Record<string, unknown>)[this.#keys![c]]);
    return this.#columns[c] = { kind: "any", values };
  }
}
