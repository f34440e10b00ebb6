/**
 * A progress bar on standard error for long runs, silent when standard error is not a
 * terminal (a log file, CI, a notebook).
 *
 * @module
 */

/** Options for {@linkcode progressBar}. */
export interface ProgressOptions {
  /** Draw even when standard error is not a terminal (for tests). Default false. */
  force?: boolean;
  /** Where to write; standard error by default. */
  write?: (text: string) => void;
  /** Draw only when there are at least this many items. Default 20. */
  minItems?: number;
}

/**
 * Returns a callback `(done, total)` that draws `label [#####.....] done/total` on one
 * line of standard error, at most about ten times a second, and ends the line at the end.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { progressBar } from "./progress.ts";
 * // In a terminal: digestMany(articles, { onProgress: progressBar("digesting") }).
 * const drawn: string[] = [];
 * const progress = progressBar("digesting", { force: true, write: (t) => drawn.push(t), minItems: 1 });
 * progress(2, 2);
 * assert.deepEqual(drawn, [`\rdigesting [${"#".repeat(30)}] 2/2\n`]);
 * ```
 */
export function progressBar(label: string, options: ProgressOptions = {}): (done: number, total: number) => void {
  const isTerminal = (() => {
    try {
      return Deno.stderr.isTerminal();
    } catch {
      return false;
    }
  })();
  if (!options.force && !isTerminal) return () => {};
  const encoder = new TextEncoder();
  const write = options.write ?? ((t: string) => Deno.stderr.writeSync(encoder.encode(t)));
  const minItems = options.minItems ?? 20;
  let last = 0;
  return (done, total) => {
    if (total < minItems) return;
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    write(
      `\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`,
    );
  };
}
