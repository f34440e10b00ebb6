/**
 * `deno run -A bench/compare_reports.ts BEFORE_DIR AFTER_DIR`: compares two report
 * folders written by `deno task report`, file by file (names and bytes), and prints one
 * line a file: identical, differs (with the first differing line of a text file, the
 * first differing byte of a binary one), or only in one folder. Exits with 1 when any
 * file differs or is only in one folder, 0 when all are identical, 2 on a usage error.
 *
 * Only what legitimately differs between two runs of the same code on the same corpus
 * is left out of the comparison, and it is listed in {@linkcode RUN_SPECIFIC}: the time
 * a run made its report (the `<time>` element of `index.html`). Everything else,
 * PNG images included, must be the same byte for byte.
 *
 * @module
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** A part of a report file that differs from run to run, replaced by a placeholder before files are compared. */
export interface RunSpecific {
  /** The files it is in, as paths relative to the report folder (`/` between folders). */
  file: RegExp;
  /** What differs; a global regular expression. */
  pattern: RegExp;
  /** What it is replaced by in both files. */
  placeholder: string;
  /** What it is, for the summary. */
  what: string;
}

/** Everything the comparison leaves out: at commit 69c6154, only the report's time on the page. */
export const RUN_SPECIFIC: readonly RunSpecific[] = [
  {
    file: /^index\.html$/,
    pattern: /<time datetime="[^"]*">[^<]*<\/time>/g,
    placeholder: '<time datetime="(run time)">(run time)</time>',
    what: "the run's time",
  },
];

/** How one file of the two folders compares. */
export type FileComparison =
  | { path: string; status: "identical"; ignored: string[] }
  | { path: string; status: "only-before" | "only-after" }
  | { path: string; status: "differs"; ignored: string[]; detail: string };

/**
 * Every file under a folder, as sorted paths relative to it (`/` between folders),
 * hidden files included.
 *
 * @example
 * ```ts
 * await listFiles("out/report"); // [".framelens-report", "articles.csv", "charts/articles-per-outlet.csv", ...]
 * ```
 *
 * @throws {Error} naming the folder when it cannot be read.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(dir, rel), { withFileTypes: true });
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new Error(`Cannot compare ${join(dir, rel)}: the folder cannot be read (${code ?? String(e)})`);
    }
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else files.push(path);
    }
  };
  await walk("");
  return files.sort();
}

/** The bytes as UTF-8 text, or undefined for a binary file (not UTF-8, or holding a NUL byte). */
function asText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? undefined : text;
  } catch {
    return undefined;
  }
}

/** A line shown in a summary: at most 200 characters, starting a little before `column`. */
function excerpt(line: string, column: number): string {
  const start = Math.max(0, column - 60);
  const shown = line.slice(start, start + 200);
  return JSON.stringify(`${start > 0 ? "…" : ""}${shown}${start + 200 < line.length ? "…" : ""}`);
}

/** Where two different texts first differ, in words: the line number and both lines. */
function firstDifferingLine(before: string, after: string): string {
  const lines = (text: string) => {
    const all = text.split("\n");
    if (all.at(-1) === "") all.pop();
    return all;
  };
  const [a, b] = [lines(before), lines(after)];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) {
    return `the same ${a.length} lines, but only one of the two ends with a line break`;
  }
  const lineA = a[i] ?? "";
  const lineB = b[i] ?? "";
  let column = 0;
  while (column < lineA.length && lineA[column] === lineB[column]) column++;
  const show = (lines: string[], line: string) => i < lines.length ? excerpt(line, column) : "(end of file)";
  return `line ${i + 1} (of ${a.length} before, ${b.length} after), column ${column + 1}\n` +
    `    before: ${show(a, lineA)}\n    after:  ${show(b, lineB)}`;
}

/**
 * Compares one file of the two folders: as text with {@linkcode RUN_SPECIFIC} parts
 * replaced when both are UTF-8 text, else byte for byte.
 *
 * @example
 * ```ts
 * const enc = (s: string) => new TextEncoder().encode(s);
 * compareFile("terms.csv", enc("term,n\nwar,3\n"), enc("term,n\nwar,4\n"));
 * // { path: "terms.csv", status: "differs", ignored: [], detail: "line 2 (of 2 before, 2 after), column 5 ..." }
 * ```
 *
 * @param path The file's path relative to the report folders.
 * @param before The file in the first folder.
 * @param after The file in the second folder.
 * @param rules What to leave out; {@linkcode RUN_SPECIFIC} by default.
 */
export function compareFile(
  path: string,
  before: Uint8Array,
  after: Uint8Array,
  rules: readonly RunSpecific[] = RUN_SPECIFIC,
): FileComparison {
  const textA = asText(before);
  const textB = asText(after);
  if (textA === undefined || textB === undefined) {
    let at = 0;
    while (at < before.length && at < after.length && before[at] === after[at]) at++;
    if (at === before.length && at === after.length) return { path, status: "identical", ignored: [] };
    return {
      path,
      status: "differs",
      ignored: [],
      detail: `binary: ${before.length} bytes before, ${after.length} after; first differing byte at offset ${at}`,
    };
  }
  let [a, b] = [textA, textB];
  const ignored: string[] = [];
  for (const rule of rules) {
    if (!rule.file.test(path)) continue;
    const [na, nb] = [a.replace(rule.pattern, rule.placeholder), b.replace(rule.pattern, rule.placeholder)];
    if (na !== a || nb !== b) ignored.push(rule.what);
    [a, b] = [na, nb];
  }
  if (a === b) return { path, status: "identical", ignored };
  return { path, status: "differs", ignored, detail: firstDifferingLine(a, b) };
}

/**
 * Compares two report folders file by file: every file of either folder, in path order.
 *
 * @example
 * ```ts
 * const rows = await compareReports("/tmp/base/seed", "/tmp/after/seed");
 * rows.every((r) => r.status === "identical"); // true when the reports are the same
 * ```
 *
 * @throws {Error} naming the folder when one cannot be read.
 */
export async function compareReports(
  beforeDir: string,
  afterDir: string,
  rules: readonly RunSpecific[] = RUN_SPECIFIC,
): Promise<FileComparison[]> {
  const [before, after] = [await listFiles(beforeDir), await listFiles(afterDir)];
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const rows: FileComparison[] = [];
  for (const path of [...new Set([...before, ...after])].sort()) {
    if (!inAfter.has(path)) rows.push({ path, status: "only-before" });
    else if (!inBefore.has(path)) rows.push({ path, status: "only-after" });
    else {
      const [a, b] = [await readFile(join(beforeDir, path)), await readFile(join(afterDir, path))];
      rows.push(compareFile(path, a, b, rules));
    }
  }
  return rows;
}

/**
 * The printed summary: one line a file, then the counts.
 *
 * @example
 * ```ts
 * formatComparison([{ path: "a.csv", status: "identical", ignored: [] }], "A", "B");
 * // "identical        a.csv\n1 files: 1 identical, 0 differ, 0 only in A, 0 only in B"
 * ```
 */
export function formatComparison(rows: FileComparison[], beforeName: string, afterName: string): string {
  const lines = rows.map((r) => {
    switch (r.status) {
      case "identical":
        return `identical        ${r.path}${r.ignored.length ? ` (ignoring ${r.ignored.join(", ")})` : ""}`;
      case "differs":
        return `DIFFERS          ${r.path}${
          r.ignored.length ? ` (ignoring ${r.ignored.join(", ")})` : ""
        }: ${r.detail}`;
      case "only-before":
        return `ONLY IN BEFORE   ${r.path}`;
      case "only-after":
        return `ONLY IN AFTER    ${r.path}`;
    }
  });
  const count = (s: FileComparison["status"]) => rows.filter((r) => r.status === s).length;
  lines.push(
    `${rows.length} files: ${count("identical")} identical, ${count("differs")} differ, ` +
      `${count("only-before")} only in ${beforeName}, ${count("only-after")} only in ${afterName}`,
  );
  return lines.join("\n");
}

const USAGE = "Usage: deno run -A bench/compare_reports.ts BEFORE_DIR AFTER_DIR";

/**
 * The command line: prints the comparison of two report folders. Returns 0 when every
 * file is identical, 1 when any differs or is only in one folder, 2 on a usage error or
 * a folder that cannot be read.
 *
 * @example
 * ```ts
 * Deno.exit(await main(["/tmp/base/seed", "/tmp/after/seed"]));
 * ```
 */
export async function main(args: string[]): Promise<number> {
  if (args.length === 1 && (args[0] === "-h" || args[0] === "--help")) {
    console.log(USAGE);
    return 0;
  }
  if (args.length !== 2 || args.some((a) => a.startsWith("-"))) {
    console.error(`error: expected two report folders\n${USAGE}`);
    return 2;
  }
  let rows;
  try {
    rows = await compareReports(args[0], args[1]);
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  console.log(formatComparison(rows, args[0], args[1]));
  return rows.every((r) => r.status === "identical") ? 0 : 1;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
