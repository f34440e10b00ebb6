/**
 * Writing the report folder: CSV tables, charts (SVG, PNG, CSV) and `index.html`,
 * built in a temporary folder beside the target and moved into place at the end, so
 * that an interrupted run leaves the previous report whole.
 *
 * @module
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { checkOutsideCorpus } from "../paths.ts";
import process from "node:process";
import { groupHeader, writeCsv, writeCsvSync } from "../render/csv.ts";
import { type Figure, saveChart, show } from "../render/figure.ts";
import type { ChartSpec } from "../charts/spec.ts";
import { PngPool } from "../render/png_pool.ts";
import type { DiskCache } from "../pipeline/cache.ts";
import { type PageInfo, reportPage } from "./page.ts";
import type { ReportSection, ReportTable } from "./types.ts";
import { parquetWriter } from "./parquet_tables.ts";

/** The file that marks a folder as a framelens report, so that it may be replaced. */
export const REPORT_MARKER = ".framelens-report";

/**
 * Checks that a folder may receive a report: not inside the corpus folder, and
 * either absent, empty, or an earlier framelens report; throws rather than clobber
 * something.
 *
 * @throws {Error} saying why the folder is refused.
 */
async function checkOutDir(outDir: string, corpusDir: string): Promise<void> {
  await checkOutsideCorpus(outDir, corpusDir, "write the report to");
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

/** `.NAME.tmp-STAMP` or `.NAME.old-STAMP`, STAMP being `TIME-PID-RANDOM` (base 36 time and random). */
function siblingPattern(name: string): RegExp {
  const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^\\.${quoted}\\.(tmp|old)-([0-9a-z]+)-(?:(\\d+)-)?([0-9a-z]+)$`);
}

/** How old a leftover must be to count as stale when its process cannot be checked: one day. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the run that made a leftover is still going: "yes" or "no" when its process
 * can be checked (a signal 0, which needs `--allow-run`, or `/proc/PID`, which needs
 * `--allow-all`), else "unknown".
 */
function running(pid: number | undefined): "yes" | "no" | "unknown" {
  if (pid === undefined) return "unknown";
  if (pid === process.pid) return "yes";
  try {
    process.kill(pid, 0);
    return "yes";
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ESRCH") return "no";
    if (code === "EPERM") return "yes";
  }
  try {
    Deno.statSync("/proc/self");
  } catch {
    return "unknown";
  }
  try {
    Deno.statSync(`/proc/${pid}`);
    return "yes";
  } catch {
    return "no";
  }
}

/** Whether a folder is empty or holds the report marker: only such folders are ever removed or restored. */
async function isReportOrEmpty(dir: string): Promise<boolean> {
  try {
    const entries = await readdir(dir);
    return entries.length === 0 || entries.includes(REPORT_MARKER) ||
      (entries.length === 1 && entries[0] === "charts" && (await readdir(join(dir, "charts"))).length === 0);
  } catch {
    return false;
  }
}

/**
 * Repairs what an interrupted run left beside a report folder. A run builds the
 * report in `.NAME.tmp-STAMP`, moves the previous report to `.NAME.old-STAMP`, moves
 * the new one into place and removes the old one. When a run was killed part-way:
 * if the report folder is missing but an old one exists (killed between the two
 * moves), the newest old one is moved back; every other leftover of a run that no
 * longer runs (its process id is in STAMP; where processes cannot be checked, one
 * older than a day) is removed; a leftover never counts as the report. Only folders that are empty or carry the
 * {@linkcode REPORT_MARKER} file are touched, and the leftovers of a run still going
 * are left alone.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { recoverReportFolder } from "./write.ts";
 * const dir = await Deno.makeTempDir();
 * assert.deepEqual(await recoverReportFolder(`${dir}/report`), []); // nothing left over: nothing done
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @returns What was done, one line each (empty when nothing was left over).
 */
export async function recoverReportFolder(outDir: string): Promise<string[]> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const pattern = siblingPattern(basename(target));
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const stale = names
    .map((name) => ({ name, m: pattern.exec(name) }))
    .filter(({ m }) => m !== null)
    .map(({ name, m }) => ({
      path: join(parent, name),
      kind: m![1],
      time: parseInt(m![2], 36),
      state: running(m![3] === undefined ? undefined : Number(m![3])),
    }))
    .filter(({ state }) => state !== "yes")
    .sort((a, b) => b.time - a.time);
  const done: string[] = [];
  let targetExists = true;
  try {
    await stat(target);
  } catch {
    targetExists = false;
  }
  for (const leftover of stale) {
    if (!(await isReportOrEmpty(leftover.path))) continue;
    if (!targetExists && leftover.kind === "old" && (await readdir(leftover.path)).includes(REPORT_MARKER)) {
      // Killed between its two moves: the previous report goes back, whether or not the process can be checked.
      await rename(leftover.path, target);
      targetExists = true;
      done.push(`restored the previous report from ${leftover.path}`);
      continue;
    }
    if (leftover.state === "unknown" && Date.now() - leftover.time < STALE_AFTER_MS) continue;
    await rm(leftover.path, { recursive: true, force: true });
    done.push(`removed ${leftover.path}, left by an interrupted run`);
  }
  return done;
}

/** Options for {@linkcode writeReport}. */
export interface WriteReportOptions {
  /**
   * A cache for the charts' PNG images, keyed by their SVG and the renderer's code:
   * a chart that did not change since the last run is not rendered again.
   */
  cache?: DiskCache;
  /** Threads that render the charts' PNG images (see {@linkcode PngPool}). Default 1. */
  threads?: number;
  /** A pool that may have started on the charts' images already (then `cache` and `threads` are its own). */
  pngs?: PngPool;
  /** Renders a chart (`show` by default): a caller that rendered them already passes its figures. */
  show?: (chart: ChartSpec) => Figure;
}

/**
 * Writes a report: each section's tables as `NAME.csv` (and the large ones, those of
 * `PARQUET_TABLES`, as `NAME.parquet` too), its charts under `charts/`,
 * and `index.html`. Returns the paths written, relative to the report folder.
 *
 * The report is built in a temporary folder beside `outDir` and moved into place
 * only when complete; what an earlier interrupted run left there is first repaired
 * with {@linkcode recoverReportFolder}. The folder is refused (see
 * {@linkcode checkOutDir}) when it overlaps the corpus or holds other files.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeReport } from "./write.ts";
 * const dir = await Deno.makeTempDir();
 * const rows = [{ outlet: "A", articles: 2 }];
 * const table = { name: "outlets", title: "Articles per outlet", columns: ["outlet", "articles"], rows };
 * const about = { id: "corpus", title: "The corpus", description: "Articles per outlet." };
 * const section = { ...about, charts: [], tables: [table] };
 * const generated = "2026-12-06T07:02:31Z";
 * const info = { corpusDir: "data/articles", articles: 2, outlets: 1, problems: [], generated };
 * const files = await writeReport([section], info, `${dir}/report`);
 * assert.ok(files.includes("index.html") && files.includes("outlets.csv"));
 * assert.equal(await Deno.readTextFile(`${dir}/report/outlets.csv`), "outlet,articles\nA,2\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeReport(
  sections: ReportSection[],
  info: PageInfo,
  outDir: string,
  options: WriteReportOptions = {},
): Promise<string[]> {
  const pool = options.pngs ?? new PngPool({ cache: options.cache, threads: options.threads });
  try {
    return await writeReportWith(sections, info, outDir, pool, options.show ?? show);
  } finally {
    if (!options.pngs) pool.close();
  }
}

async function writeReportWith(
  sections: ReportSection[],
  info: PageInfo,
  outDir: string,
  pool: PngPool,
  render: (chart: ChartSpec) => Figure,
): Promise<string[]> {
  const folder = await openReportFolder(outDir, info);
  try {
    return await folder.finish(sections, pool, render);
  } catch (e) {
    await folder.abort();
    throw e;
  }
}

/** Options of {@linkcode openReportFolder}. */
export interface OpenReportFolderOptions {
  /**
   * The corpus folder the report folder must stay out of, when `info.corpusDir` is the
   * folder as the page names it ("~/corpora/iraq", see `shownPath`), which is no path to
   * check against. Default `info.corpusDir`.
   */
  corpusDir?: string;
}

/** A report folder being written: see {@linkcode openReportFolder}. */
export interface ReportFolder {
  /**
   * Writes a section's tables now, and gives the section with each table's rows cut to
   * those the page shows (`count` keeps their number), so that the rows may be let go.
   */
  writeTables(section: ReportSection): ReportSection;
  /**
   * Writes the rest (the tables not written yet, the other files, the charts, the page),
   * moves the folder into place, and returns the paths written, relative to it.
   */
  finish(sections: ReportSection[], pool: PngPool, render: (chart: ChartSpec) => Figure): Promise<string[]>;
  /** Removes the unfinished folder. */
  abort(): Promise<void>;
}

/**
 * Starts a report in a temporary folder beside `outDir` (after the checks and the repair
 * of {@linkcode writeReport}): a caller may write each section's tables as soon as the
 * section is built, then finish the report. The files are those `writeReport` writes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PngPool } from "../render/png_pool.ts";
 * import { show } from "../render/figure.ts";
 * import { openReportFolder } from "./write.ts";
 * const dir = await Deno.makeTempDir();
 * const rows = [{ outlet: "A", articles: 2 }, { outlet: "B", articles: 1 }];
 * const table = { name: "outlets", title: "Articles per outlet", columns: ["outlet", "articles"], rows, preview: 1 };
 * const info = { corpusDir: "data/articles", articles: 3, outlets: 2, problems: [], generated: "2026-12-07" };
 * const folder = await openReportFolder(`${dir}/report`, info);
 * const section = folder.writeTables({ id: "corpus", title: "The corpus", description: ".", charts: [], tables: [table] });
 * assert.equal(section.tables[0].rows.length, 1); // the row the page shows
 * assert.equal(section.tables[0].count, 2);
 * const pool = new PngPool();
 * await folder.finish([section], pool, show);
 * pool.close();
 * assert.equal(await Deno.readTextFile(`${dir}/report/outlets.csv`), "outlet,articles\nA,2\nB,1\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @throws {Error} when the folder is refused (see {@linkcode writeReport}).
 */
export async function openReportFolder(
  outDir: string,
  info: PageInfo,
  options: OpenReportFolderOptions = {},
): Promise<ReportFolder> {
  const corpusDir = options.corpusDir ?? info.corpusDir;
  await checkOutDir(outDir, corpusDir);
  await recoverReportFolder(outDir);
  await checkOutDir(outDir, corpusDir);
  const target = resolve(outDir);
  await mkdir(dirname(target), { recursive: true });
  const stamp = `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${stamp}`);
  try {
    await mkdir(tmp);
    await writeFile(join(tmp, REPORT_MARKER), "framelens report folder: replaced by each run of `deno task report`.\n");
    await mkdir(join(tmp, "charts"));
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  // The unit of comparison heads the outlet column of every table and chart CSV.
  const header = groupHeader(info.grouping?.field);
  // The tables written already: those writeTables gave.
  const done = new Set<ReportTable>();
  // The large tables' Parquet files, written beside their CSV by the store layer.
  // An error names the file in the report's folder, where it would be, not in the temporary one.
  const parquet = parquetWriter(tmp, corpusDir, header, { shownDir: outDir });
  const parquetFiles: string[] = [];
  const writeParquet = (t: ReportTable) => {
    const file = parquet.write(t);
    if (file) parquetFiles.push(file);
  };
  return {
    writeTables: (section) => ({
      ...section,
      tables: section.tables.map((t) => {
        writeCsvSync(join(tmp, `${t.name}.csv`), t.rows, t.columns, { header });
        writeParquet(t);
        const cut = { ...t, rows: t.rows.slice(0, t.preview ?? 25), count: t.count ?? t.rows.length };
        done.add(cut);
        return cut;
      }),
    }),
    finish: async (sections, pool, render) => {
      const written: string[] = [];
      // Every chart's SVG, and its PNG image asked for at once (rendered on the pool's threads).
      const figures = sections.flatMap((section) => section.charts.map(render));
      for (const f of figures) pool.render(f.svg);
      const toPng = (svg: string) => pool.render(svg);
      // The tables first, while the pool's workers render; then this thread renders too.
      for (const section of sections) {
        for (const t of section.tables) {
          if (!done.has(t)) {
            await writeCsv(join(tmp, `${t.name}.csv`), t.rows, t.columns, { header });
            writeParquet(t);
          }
          written.push(`${t.name}.csv`);
        }
        for (const f of section.files ?? []) {
          await writeFile(join(tmp, f.name), f.content);
          written.push(f.name);
        }
      }
      await pool.help();
      for (const chart of figures) {
        await saveChart(chart, join(tmp, "charts"), { toPng, header });
        const name = chart.spec.name;
        written.push(`charts/${name}.svg`, `charts/${name}.png`, `charts/${name}.csv`);
      }
      await writeFile(join(tmp, "index.html"), reportPage(sections, info));
      written.push("index.html");
      await parquet.finish();
      written.push(...parquetFiles);
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
      return written;
    },
    abort: async () => {
      await parquet.finish().catch(() => {});
      await rm(tmp, { recursive: true, force: true });
    },
  };
}
