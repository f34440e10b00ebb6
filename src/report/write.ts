/**
 * Writing the report folder: CSV tables, charts (SVG, PNG, CSV) and `index.html`,
 * built in a temporary folder beside the target and moved into place at the end, so
 * that an interrupted run leaves the previous report whole.
 *
 * @module
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { toCsv } from "../render/csv.ts";
import { saveChart } from "../render/figure.ts";
import { type PageInfo, reportPage } from "./page.ts";
import type { ReportSection } from "./section.ts";

/** The file that marks a folder as a framelens report, so that it may be replaced. */
export const REPORT_MARKER = ".framelens-report";

/** Whether `inner` is `outer` or inside it. */
function isInside(inner: string, outer: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith("/"));
}

/**
 * Checks that a folder may receive a report: not inside the corpus folder, and
 * either absent, empty, or an earlier framelens report.
 *
 * @example
 * ```ts
 * await checkOutDir("out/report", "data/articles"); // throws if it would clobber something
 * ```
 *
 * @throws {Error} saying why the folder is refused.
 */
export async function checkOutDir(outDir: string, corpusDir: string): Promise<void> {
  if (isInside(outDir, corpusDir) || isInside(corpusDir, outDir)) {
    throw new Error(
      `Cannot write the report to ${outDir}: it overlaps the corpus folder ${corpusDir}, and framelens never writes into a corpus`,
    );
  }
  let info;
  try {
    info = await stat(outDir);
  } catch {
    return;
  }
  if (!info.isDirectory()) {
    throw new Error(`Cannot write the report to ${outDir}: it is a file, not a folder`);
  }
  const entries = await readdir(outDir);
  if (entries.length && !entries.includes(REPORT_MARKER)) {
    throw new Error(
      `Cannot write the report to ${outDir}: the folder is not empty and is not an earlier framelens report (no ${REPORT_MARKER} file); choose another --out`,
    );
  }
}

/**
 * Writes a report: each section's tables as `NAME.csv`, its charts under `charts/`,
 * and `index.html`. Returns the paths written, relative to the report folder.
 *
 * @example
 * ```ts
 * const files = await writeReport(sections, info, "out/report");
 * ```
 */
export async function writeReport(
  sections: ReportSection[],
  info: PageInfo,
  outDir: string,
): Promise<string[]> {
  await checkOutDir(outDir, info.corpusDir);
  const target = resolve(outDir);
  await mkdir(dirname(target), { recursive: true });
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${stamp}`);
  const written: string[] = [];
  try {
    await mkdir(join(tmp, "charts"), { recursive: true });
    await writeFile(join(tmp, REPORT_MARKER), "framelens report folder: replaced by each run of `deno task report`.\n");
    for (const section of sections) {
      for (const t of section.tables) {
        await writeFile(join(tmp, `${t.name}.csv`), toCsv(t.rows, t.columns));
        written.push(`${t.name}.csv`);
      }
      for (const chart of section.charts) {
        await saveChart(chart, join(tmp, "charts"));
        written.push(`charts/${chart.name}.svg`, `charts/${chart.name}.png`, `charts/${chart.name}.csv`);
      }
    }
    await writeFile(join(tmp, "index.html"), reportPage(sections, info));
    written.push("index.html");
    const old = join(dirname(target), `.${basename(target)}.old-${stamp}`);
    let hadOld = false;
    try {
      await rename(target, old);
      hadOld = true;
    } catch {
      // no earlier report
    }
    await rename(tmp, target);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return written;
}
