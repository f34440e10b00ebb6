/**
 * `deno task report [--corpus DIR] [--out DIR] [--by FIELD] [--where CONDITIONS] [--strict]`:
 * every analysis on a corpus, written to a report folder.
 *
 * @module
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CORPUS_DIR, loadCorpus } from "../corpus/load.ts";
import { DEFAULT_OUTLETS_FILE, loadOutlets, withOutlets } from "../corpus/outlets.ts";
import { checkField, where } from "../corpus/where.ts";
import { groupOf } from "../stages/stage.ts";
import { annotationWarnings } from "../pipeline/annotate.ts";
import { loadDigestTools } from "../pipeline/digest.ts";
import { digestMany, type DigestWorkerInit, startDigestWorkers } from "../pipeline/digest_many.ts";
import type { StartedWorkers } from "../pipeline/pool.ts";
import { DiskCache } from "../pipeline/cache.ts";
import { countInStore, storeDirOf } from "../pipeline/article_store.ts";
import { countInShards } from "../pipeline/shard.ts";
import { parseFlags, UsageError } from "./parse_flags.ts";
import { progressBar } from "./progress.ts";
import { buildSections } from "./section.ts";
import { openReportFolder } from "./write.ts";
import { checkOutsideCorpus } from "../paths.ts";
import { cacheSentence, type CacheUse, type PageInfo, shownPath } from "./page.ts";
import { keptReport, quickInputKey, type QuickRecord, recordReport, reportInputKey } from "./up_to_date.ts";
import { PngPool } from "../render/png_pool.ts";
import { type Figure, show } from "../render/figure.ts";
import type { ChartSpec } from "../charts/spec.ts";
import { memoryLog } from "./memory_log.ts";

/** The default report folder, `out/report` in the project. */
export const DEFAULT_OUT_DIR: string = fileURLToPath(new URL("../../out/report", import.meta.url));

/** The default cache (annotations and digests), `out/cache` in the project. */
export const DEFAULT_CACHE_DIR: string = fileURLToPath(new URL("../../out/cache", import.meta.url));

/** Cache entries that no run has used for this many days are removed at the end of a run. */
export const CACHE_DAYS = 30;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The number of cores, the default of `--workers`. */
const CORES = Math.max(1, navigator.hardwareConcurrency || 1);

const USAGE = `Usage: deno task report [--corpus DIR] [--out DIR] [--by FIELD] [--where CONDITIONS] [--strict]
                        [--reprints all|once] [--workers N] [--no-cache] [--force]
                        [--shards DIR,DIR,...]

Runs every analysis on a corpus of articles and writes CSV tables, charts (SVG, PNG)
and index.html to the report folder.

  --corpus DIR  folder of article .md files (default: data/articles)
  --out DIR     report folder (default: out/report); replaced as a whole on success
  --by FIELD    compare the articles by this field rather than by outlet: a field
                of the front matter (country, kind, author, one of your own) or
                of the outlet's entry in data/outlets.yaml (country, camp,
                ownership, language); every table's outlet column is named after
                it, and articles without it form the group "(no FIELD)"
  --where CONDITIONS
                analyse only the articles that meet them: FIELD = VALUE or
                FIELD != VALUE, joined by "and" ("kind = news and country != Iran")
  --reprints once
                count each reprint cluster once (its earliest article) in the
                outlet comparisons (terms, keyness, framing, entities, sources);
                by default every article counts and the reuse section warns
                about the outlets whose figures count reprints
  --strict      stop with an error when any article file has a problem
                (by default such a file is left out with a warning)
  --workers N   read new or changed articles, and render the charts' PNG
                images, on N threads (default: the number of cores, here ${CORES})
  --no-cache    read every article again instead of reusing out/cache
  --cache DIR   the cache folder (default out/cache): each article's annotation
                and digest, redone only where the article, the lexicon, the
                gazetteer or the code changed, and the charts' PNG images;
                entries no run has used for ${CACHE_DAYS} days are removed
  --force       rebuild the report even when nothing changed since the run that
                made it (by default such a report is kept as it is)
  --shards DIR,DIR,...
                count the terms over the shard folders that deno task digest
                --shard K/N wrote (each a shard folder, or a folder of them such
                as CACHE/shards); together they must hold every article once,
                as it is now (docs/store.md)`;

/** Options of a report run. */
export interface ReportOptions {
  /** Corpus folder. */
  corpus?: string;
  /** Report folder. */
  out?: string;
  /** Any problem is fatal. */
  strict?: boolean;
  /** Where messages go (default: console.error). */
  log?: (line: string) => void;
  /** Threads for the articles not in the cache and for the charts' PNG images. Default 1. */
  workers?: number;
  /** The cache folder, or false for none. Default `out/cache`. */
  cache?: string | false;
  /** Rebuild the report even when nothing changed since the last run. */
  force?: boolean;
  /** The unit of comparison: a field of the articles (default `outlet`). */
  by?: string;
  /** Analyse only the articles that meet these conditions (see `where`). */
  where?: string;
  /** How reprints count: every article (`all`, the default) or each cluster once (`once`). */
  reprints?: "all" | "once";
  /** The outlet file whose fields the articles take (default `data/outlets.yaml`). */
  outlets?: string;
  /**
   * Shard folders (`deno task digest --shard K/N`), or folders of them: the stages'
   * counts are aggregated over their tables rather than over a store written now.
   */
  shards?: readonly string[];
}

/** What a report run did. */
export interface ReportResult {
  /** The report folder. */
  outDir: string;
  /** Files written, relative to it. */
  files: string[];
  /** Articles analysed. */
  articles: number;
  /** Files left out. */
  problems: number;
  /** Articles whose digest came from the cache whole. */
  fromCache: number;
  /** What the run took from the cache and what it worked out again (undefined without a cache). */
  cache?: CacheUse;
  /** Nothing changed since the run that wrote the report folder: it was kept as it was. */
  unchanged: boolean;
}

/**
 * Runs the report: load, digest each article (from the cache where it can), build
 * every section, write the folder.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_CORPUS_DIR, loadCorpus, runReport } from "framelens";
 * const dir = await Deno.makeTempDir();
 * const options = { corpus: DEFAULT_CORPUS_DIR, out: `${dir}/report`, cache: `${dir}/cache`, log: () => {} };
 * const result = await runReport(options);
 * assert.equal(result.articles, (await loadCorpus()).articles.length);
 * assert.ok(result.files.includes("index.html") && result.files.includes("keyness.csv"));
 * assert.equal((await runReport(options)).unchanged, true); // nothing changed: the report is kept
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function runReport(options: ReportOptions = {}): Promise<ReportResult> {
  const log = options.log ?? ((l: string) => console.error(l));
  const corpusDir = resolve(options.corpus ?? DEFAULT_CORPUS_DIR);
  const outDir = resolve(options.out ?? DEFAULT_OUT_DIR);
  const cacheDir = options.cache === false ? undefined : resolve(options.cache ?? DEFAULT_CACHE_DIR);
  const cache = cacheDir ? new DiskCache(cacheDir) : undefined;
  const quick = cache && !options.force && !options.shards ? quickKeyOf(options, corpusDir) : undefined;
  if (cache && quick) {
    const kept = await keptQuickly(cache, quick, outDir, log);
    if (kept) return kept;
  }
  // With no digest in the cache (a first run, or --no-cache) every article is to be
  // read: the digest workers then load their code while this thread reads the corpus
  // and compiles the tools it sends them. A rerun reads few articles or none, and starts
  // workers only if it needs them.
  const started = !cache || !(await cache.has("digest")) ? startDigestWorkers({ workers: options.workers }) : undefined;
  try {
    const result = await reportWith(options, corpusDir, outDir, cache, started, log);
    if (cache && quick && result.inputKey) {
      const record: QuickRecord = {
        inputKey: result.inputKey,
        articles: result.articles,
        problems: result.problemList ?? [],
        notices: result.notices ?? [],
      };
      await cache.set("quick", quick, record);
    }
    const { inputKey: _k, problemList: _p, notices: _n, ...plain } = result;
    return plain;
  } finally {
    started?.close();
  }
}

/**
 * The quick key of a run (see {@linkcode quickInputKey}), taken before anything is read:
 * the corpus folder's listing, and the options and files that change the outputs.
 */
function quickKeyOf(options: ReportOptions, corpusDir: string): string {
  const outlets = resolve(options.outlets ?? DEFAULT_OUTLETS_FILE);
  return quickInputKey(corpusDir, {
    by: options.by ?? "outlet",
    where: options.where ?? "",
    reprints: options.reprints ?? "all",
    strict: options.strict ?? false,
    outlets,
  }, [outlets]);
}

/**
 * The result of a run whose quick key is that of an earlier run whose report is still
 * whole: that report, kept, with the earlier run's warnings logged again; undefined
 * otherwise (the run then loads the corpus and checks again on its contents).
 */
async function keptQuickly(
  cache: DiskCache,
  quick: string,
  outDir: string,
  log: (line: string) => void,
): Promise<ReportResult | undefined> {
  const record = await cache.get<QuickRecord>("quick", quick);
  if (!record || typeof record.inputKey !== "string" || !Array.isArray(record.problems)) return undefined;
  const kept = await keptReport(cache, record.inputKey, outDir);
  if (!kept) return undefined;
  for (const p of record.problems) log(`warning: left out ${shown(p.file)}: ${p.message}`);
  for (const n of record.notices ?? []) log(`note: ${shown(n)}`);
  log(`nothing changed since the report in ${outDir} was made: it is kept as it is (--force rebuilds it)`);
  const n = record.articles;
  return { outDir, files: kept, articles: n, problems: record.problems.length, fromCache: n, unchanged: true };
}

/** A file name as the log shows it: quoted when it holds a line break or terminal escapes, which could fake other lines. */
// deno-lint-ignore no-control-regex -- control characters are exactly what this finds
const shown = (name: string) => (/[\u0000-\u001f\u007f]/.test(name) ? JSON.stringify(name) : name);

/** {@linkcode runReport} with its folders, cache and started workers. */
async function reportWith(
  options: ReportOptions,
  corpusDir: string,
  outDir: string,
  cache: DiskCache | undefined,
  started: StartedWorkers<DigestWorkerInit> | undefined,
  log: (line: string) => void,
): Promise<ReportResult & Keyed> {
  // FRAMELENS_MEMLOG set: each phase's memory and time on standard error.
  const phase = memoryLog();
  // The tools are compiled while the corpus is read: the started digest workers wait for
  // this thread's compiled framing lexicon.
  const toolsLoaded = loadDigestTools();
  toolsLoaded.catch(() => {}); // Awaited below, unless the corpus cannot be read.
  const loaded = await loadCorpus(corpusDir, { strict: options.strict });
  for (const p of loaded.problems) log(`warning: left out ${shown(p.file)}: ${p.message}`);
  for (const n of loaded.notices ?? []) log(`note: ${shown(n)}`);
  if (loaded.articles.length === 0) {
    throw new Error(`Cannot make a report: no article could be loaded from ${corpusDir}`);
  }
  // Each article with its outlet's fields, then those the filter keeps.
  const all = withOutlets(loaded.articles, await loadOutlets(options.outlets ?? DEFAULT_OUTLETS_FILE));
  const articles = options.where ? where(all, options.where) : all;
  if (articles.length === 0) {
    throw new Error(`Cannot make a report: no article of ${corpusDir} meets --where "${options.where}"`);
  }
  const by = options.by ?? "outlet";
  checkField(articles, by, `compare the articles by "${by}"`);
  const corpus = { ...loaded, articles };
  const tools = await toolsLoaded;
  phase("corpus loaded");
  if (cache) await checkOutsideCorpus(cache.dir, corpusDir, "use the cache folder");
  const inputKey = cache
    ? reportInputKey(corpus, corpusDir, tools, {
      groupBy: by,
      where: options.where,
      ...(options.reprints === "once" ? { reprints: "once" as const } : {}),
    })
    : "";
  if (cache && !options.force) {
    const kept = await keptReport(cache, inputKey, outDir);
    if (kept) {
      log(`nothing changed since the report in ${outDir} was made: it is kept as it is (--force rebuilds it)`);
      const n = corpus.articles.length;
      return {
        outDir,
        files: kept,
        articles: n,
        problems: corpus.problems.length,
        fromCache: n,
        unchanged: true,
        ...keyed(inputKey, corpus),
      };
    }
  }
  const { digests, fromCache, annotatedNow, stagesRun, cacheStats } = await digestMany(corpus.articles, {
    tools,
    cache,
    workers: options.workers,
    started,
    onProgress: progressBar("reading articles"),
    // The large parts (term counts, entity candidates) read back from the cache when a
    // stage reads them, rather than every article's held for the whole run.
    readBack: true,
  });
  phase("digests read");
  if (cacheStats.rebuilt) log(`${cacheStats.rebuilt} cache entries were corrupt or stale and were rebuilt`);
  for (const w of annotationWarnings(digests)) log(`warning: ${shown(w.file)}: ${w.message}`);
  // The articles read now are those annotated now: the others' annotations were reused,
  // even where a stage was redone (after an edit of the lexicon, say).
  const cacheUse: CacheUse | undefined = cache
    ? { dir: cache.dir, readNow: annotatedNow, redone: stagesRun }
    : undefined;
  // The per-article tables go to the store in the cache folder, and the corpus-wide counts
  // the stages read come from its database.
  // Or, with shards, from their tables.
  const groupOfArticle = groupOf(by) ?? ((a) => a.outlet);
  const stored = options.shards
    ? await countInShards(options.shards, {
      articles: corpus.articles,
      group: groupOfArticle,
      fingerprints: tools.fingerprints,
      corpusDir,
      leftOut: corpus.problems,
    })
    : cache
    ? await countInStore(storeDirOf(cache.dir), corpusDir, digests, groupOfArticle, {
      log,
      fingerprints: tools.fingerprints,
    })
    : undefined;
  phase("counts in the store");
  // With several threads the charts' PNG images are rendered on workers while the next
  // sections are built and the tables written, and then on this thread too.
  const pngs = new PngPool({ cache, threads: options.workers });
  // Each chart is rendered once, here or by the writer.
  const figures = new Map<ChartSpec, Figure>();
  const figureOf = (chart: ChartSpec) => figures.get(chart) ?? figures.set(chart, show(chart)).get(chart)!;
  const group = groupOf(by);
  // The page names folders without its maker's home (shownPath).
  const home = Deno.env.get("HOME");
  const info: PageInfo = {
    corpusDir: shownPath(corpusDir, Deno.cwd(), home),
    articles: corpus.articles.length,
    outlets: new Set(corpus.articles.map((a) => a.outlet)).size,
    problems: corpus.problems,
    notices: corpus.notices,
    generated: new Date().toISOString(),
    cache: cacheUse && { ...cacheUse, dir: shownPath(cacheUse.dir, Deno.cwd(), home) },
    ...(group
      ? {
        grouping: {
          field: by,
          groups: [...new Set(articles.map(group))].sort((a, b) => a.localeCompare(b)),
          missing: articles.filter((a) => group(a) === `(no ${by})`).map((a) => a.id),
        },
      }
      : {}),
    ...(options.where ? { filter: { where: options.where, of: all.length } } : {}),
  };
  let files: string[];
  try {
    // Each section's tables are written as soon as it is built, and their rows let go: the
    // report never holds every stage's tables at once.
    // The folder is checked against the corpus folder itself, not as the page names it.
    const folder = await openReportFolder(outDir, info, { corpusDir });
    try {
      const sections = buildSections({ corpus, digests, tools, stored }, (section) => {
        if ((options.workers ?? 1) > 1) { for (const chart of section.charts) pngs.render(figureOf(chart).svg); }
        const written = folder.writeTables(section);
        phase(`${section.id} section built and its tables written`);
        return written;
      }, { groupBy: by, reprints: options.reprints ?? "all", onStage: (name) => phase(`${name} stage`) });
      files = await folder.finish(sections, pngs, figureOf);
      phase("report written");
    } catch (e) {
      await folder.abort();
      throw e;
    }
  } finally {
    pngs.close();
  }
  if (cache) {
    await recordReport(cache, inputKey, outDir, files);
    const pruned = await cache.prune(CACHE_DAYS);
    if (pruned.removed) {
      log(`cache: removed ${pruned.removed} entries no run has used for ${CACHE_DAYS} days (${mb(pruned.bytes)})`);
    }
  }
  if (corpus.problems.length) {
    log(`${corpus.problems.length} file(s) left out; see the warnings above and the top of index.html`);
  }
  return {
    outDir,
    files,
    articles: corpus.articles.length,
    problems: corpus.problems.length,
    fromCache,
    cache: cacheUse,
    unchanged: false,
    ...keyed(inputKey, corpus),
  };
}

/** What a run records under its quick key, beside its result. */
interface Keyed {
  inputKey?: string;
  problemList?: { file: string; message: string }[];
  notices?: string[];
}

/** The run's input key and what it logged about the folder, for the record of its quick key. */
function keyed(inputKey: string, corpus: { problems: Keyed["problemList"]; notices?: string[] }): Keyed {
  return inputKey ? { inputKey, problemList: corpus.problems, notices: corpus.notices ?? [] } : {};
}

/** The flags of `deno task report`. */
const REPORT_FLAGS = {
  corpus: { type: "string", value: "DIR" },
  out: { type: "string", value: "DIR" },
  strict: { type: "boolean" },
  workers: { type: "string", value: "N" },
  "no-cache": { type: "boolean" },
  cache: { type: "string", value: "DIR" },
  force: { type: "boolean" },
  by: { type: "string", value: "FIELD" },
  where: { type: "string", value: "CONDITIONS" },
  reprints: { type: "string", value: "all|once" },
  shards: { type: "string", value: "DIR,DIR,..." },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * The command line: parses the arguments, runs the report, prints what it wrote.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { main } from "./report_cli.ts";
 * // `deno task report --out /tmp/report` runs Deno.exit(await main(Deno.args)).
 * assert.equal(await main(["--help"]), 0); // prints the usage
 * ```
 */
export async function main(args: string[]): Promise<number> {
  let values;
  try {
    values = parseFlags(args, REPORT_FLAGS, { command: "deno task report" }).values;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`error: ${e.message}\n(deno task report --help shows the usage)`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const workers = values.workers === undefined ? CORES : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) {
      console.error(`error: --workers must be a whole number of at least 1, not "${values.workers}"`);
      return 2;
    }
    if (values["no-cache"] && values.cache !== undefined) {
      console.error(`error: --no-cache and --cache ${values.cache} contradict each other: give one of them`);
      return 2;
    }
    if (values.reprints !== undefined && values.reprints !== "all" && values.reprints !== "once") {
      console.error(`error: --reprints takes "all" or "once", not "${values.reprints}"`);
      return 2;
    }
    const r = await runReport({
      corpus: values.corpus,
      out: values.out,
      strict: values.strict,
      workers,
      cache: values["no-cache"] ? false : values.cache,
      force: values.force,
      by: values.by,
      where: values.where,
      ...(values.reprints ? { reprints: values.reprints as "all" | "once" } : {}),
      ...(values.shards !== undefined ? { shards: values.shards.split(",").filter((d) => d) } : {}),
    });
    // An unchanged report was announced once already, by runReport's log.
    if (r.unchanged) return 0;
    console.log(
      `framelens report: ${r.articles} articles analysed${r.problems ? `, ${r.problems} file(s) left out` : ""}. ${
        r.cache ? cacheSentence(r.articles, r.cache) : "No cache was used: every article was read in this run."
      }`,
    );
    console.log(`wrote ${r.files.length} files to ${r.outDir}:`);
    for (const f of r.files) console.log(`  ${f}`);
    return 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
