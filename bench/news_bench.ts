/**
 * `deno task bench --news N`: the report at scale (issue 19) on a news-like corpus of N
 * articles (`bench/news.ts`, seed 19): a cold run, a run with nothing changed, and a run
 * after one article is added, each in a process of its own with its peak memory, and the
 * disk the corpus, the cache (its store apart) and the report take.
 *
 * @module
 */
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeNewsCorpus } from "./news.ts";
import { timedReport } from "./report_run.ts";
import { storeDirOf } from "../src/pipeline/article_store.ts";

/** What {@linkcode newsBench} measured. */
export interface NewsBenchResults {
  /** Articles in the corpus (the cold run's). */
  articles: number;
  /** The report's threads (`--workers`). */
  workers: number;
  /** Seconds to write the corpus (not part of the report's figures). */
  corpus_write_s: number;
  /** The cold report: every article read, no cache. */
  cold_s: number;
  /** The cold report's seconds per 1,000 articles. */
  cold_s_per_1000: number;
  /** The cold report's peak resident memory, in MB. */
  cold_peak_rss_mb: number;
  /** The report run again with nothing changed. */
  unchanged_s: number;
  /** Its peak resident memory, in MB. */
  unchanged_peak_rss_mb: number;
  /** Whether that run kept the report as it was (it should). */
  unchanged_kept: boolean;
  /** The report after one article was added. */
  add_one_s: number;
  /** Its peak resident memory, in MB. */
  add_one_peak_rss_mb: number;
  /** `add_one_s` over `cold_s`. */
  add_one_over_cold: number;
  /** Disk use in MB: the corpus folder, the cache without its store, the store, the report folder. */
  disk_mb: { corpus: number; cache: number; store: number; report: number };
}

/** The bytes of every file under a folder (0 for a folder that does not exist). */
async function folderBytes(dir: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  let bytes = 0;
  for (const e of entries) if (e.isFile()) bytes += (await stat(join(e.parentPath, e.name))).size;
  return bytes;
}

const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * Adds one article to a corpus folder: its first file under a new name (`zz-added-NAME`),
 * a sentence added to its text (with the text unchanged, the report would leave the copy
 * out as a duplicate of the same outlet). Returns the new file's name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/a.md`, "---\noutlet: A\n---\nText.\n");
 * assert.equal(await addOneArticle(dir), "zz-added-a.md");
 * assert.equal(await Deno.readTextFile(`${dir}/zz-added-a.md`), "---\noutlet: A\n---\nText. The talks went on.\n");
 * ```
 */
export async function addOneArticle(corpus: string): Promise<string> {
  const [first] = (await readdir(corpus)).filter((f) => f.endsWith(".md")).sort();
  const text = await readFile(join(corpus, first), "utf8");
  const name = `zz-added-${first}`;
  await writeFile(join(corpus, name), `${text.trimEnd()} The talks went on.\n`, { flag: "wx" });
  return name;
}

/** Options of {@linkcode newsBench}. */
export interface NewsBenchOptions {
  /** The report's threads. Default: the number of cores. */
  workers?: number;
  /** Where the progress goes. Default: standard error. */
  log?: (line: string) => void;
}

/**
 * Runs the news bench on N articles in a temporary folder, removed at the end.
 *
 * @example
 * ```ts
 * const r = await newsBench(10, { workers: 1, log: () => {} });
 * r.unchanged_kept; // true
 * ```
 */
export async function newsBench(n: number, options: NewsBenchOptions = {}): Promise<NewsBenchResults> {
  const log = options.log ?? ((line: string) => console.error(line));
  const workers = options.workers ?? Math.max(1, navigator.hardwareConcurrency || 1);
  const tmp = await Deno.makeTempDir({ prefix: "framelens-news-bench-" });
  try {
    const corpus = join(tmp, "corpus");
    const cache = join(tmp, "cache");
    const report = join(tmp, "report");
    const t0 = performance.now();
    await writeNewsCorpus(corpus, { articles: n });
    const corpusWrite = (performance.now() - t0) / 1000;
    log(`news bench: ${n} articles written in ${corpusWrite.toFixed(1)} s`);
    const cold = await timedReport(corpus, report, cache, workers);
    log(`cold report: ${cold.seconds.toFixed(1)} s, peak ${Math.round(cold.peakMb)} MB`);
    const store = await folderBytes(storeDirOf(cache));
    const disk = {
      corpus: mb(await folderBytes(corpus)),
      cache: mb((await folderBytes(cache)) - store),
      store: mb(store),
      report: mb(await folderBytes(report)),
    };
    const unchanged = await timedReport(corpus, report, cache, workers);
    log(`nothing changed: ${unchanged.seconds.toFixed(1)} s, peak ${Math.round(unchanged.peakMb)} MB`);
    await addOneArticle(corpus);
    const added = await timedReport(corpus, report, cache, workers);
    if (/left out/.test(added.log)) {
      throw new Error(`Cannot measure one article added to ${corpus}: the report left it out (${added.log.trim()})`);
    }
    log(`one article added: ${added.seconds.toFixed(1)} s, peak ${Math.round(added.peakMb)} MB`);
    return {
      articles: n,
      workers,
      corpus_write_s: corpusWrite,
      cold_s: cold.seconds,
      cold_s_per_1000: cold.seconds / (n / 1000),
      cold_peak_rss_mb: cold.peakMb,
      unchanged_s: unchanged.seconds,
      unchanged_peak_rss_mb: unchanged.peakMb,
      unchanged_kept: /nothing changed/.test(unchanged.log),
      add_one_s: added.seconds,
      add_one_peak_rss_mb: added.peakMb,
      add_one_over_cold: added.seconds / cold.seconds,
      disk_mb: disk,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * The figures of {@linkcode newsBench} as lines of text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const lines = formatNewsBench({
 *   articles: 1000, workers: 2, corpus_write_s: 1, cold_s: 20, cold_s_per_1000: 20, cold_peak_rss_mb: 900,
 *   unchanged_s: 2, unchanged_peak_rss_mb: 300, unchanged_kept: true, add_one_s: 5, add_one_peak_rss_mb: 800,
 *   add_one_over_cold: 0.25, disk_mb: { corpus: 3, cache: 40, store: 2, report: 30 },
 * });
 * assert.match(lines, /cold report\s+20\.0 s/);
 * ```
 */
export function formatNewsBench(r: NewsBenchResults): string {
  const s = (x: number) => `${x.toFixed(1)} s`;
  const m = (x: number) => `${Math.round(x)} MB`;
  return [
    `news-like corpus: ${r.articles} articles, report on ${r.workers} threads`,
    `  cold report          ${s(r.cold_s)} (${s(r.cold_s_per_1000)} per 1,000 articles), peak ${m(r.cold_peak_rss_mb)}`,
    `  nothing changed      ${s(r.unchanged_s)}, peak ${m(r.unchanged_peak_rss_mb)}${
      r.unchanged_kept ? "" : " (the report was NOT kept)"
    }`,
    `  one article added    ${s(r.add_one_s)} (${r.add_one_over_cold.toFixed(2)} of cold), peak ${
      m(r.add_one_peak_rss_mb)
    }`,
    `  disk                 corpus ${r.disk_mb.corpus.toFixed(1)} MB, cache ${r.disk_mb.cache.toFixed(1)} MB, ` +
    `store ${r.disk_mb.store.toFixed(1)} MB, report ${r.disk_mb.report.toFixed(1)} MB`,
  ].join("\n");
}
