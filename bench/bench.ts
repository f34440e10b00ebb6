/**
 * `deno task bench`: throughput of each stage of the pipeline against wink-nlp's own
 * `readDoc` on the Brown corpus (about a million words) and the seed corpus, the
 * speed-up with two workers, peak memory, cold and warm `report` runs, and an article
 * holding one long run of letters without a space. Prints a table and writes
 * `bench/results.json`. Every figure is measured in the same run.
 * `--scale N` also times `report` on a corpus of N copies of each Brown text.
 *
 * @module
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify as stringifyYaml } from "yaml";
import { loadBrown } from "./brown.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { winkBaseline } from "../src/nlp/wink.ts";
import { type DigestTools, loadDigestTools } from "../src/pipeline/digest.ts";
import { digestMany, type DigestWorkerInit, startDigestWorkers } from "../src/pipeline/digest_many.ts";
import type { StartedWorkers } from "../src/pipeline/pool.ts";
import { projectPath } from "../src/paths.ts";
import { parseFlags, UsageError } from "../src/report/parse_flags.ts";
import type { Article } from "../src/types.ts";
import { longTokenTimings } from "./long_token.ts";
import { timedReport } from "./report_run.ts";
import { formatNewsBench, newsBench } from "./news_bench.ts";
import { type BenchResults, formatBench, type ScaleResults, type StageTiming } from "./results.ts";
import { runCorpusStages, STAGES } from "../src/stages/registry.ts";

export { formatBench };
export type { BenchResults, ScaleResults, StageTiming };

/**
 * The whole pipeline on a corpus: every article digested (on `workers` threads), then
 * every corpus-wide stage. Returns the wall-clock seconds and each stage's seconds
 * (per-article part summed over threads, plus corpus-wide part).
 */
async function pipeline(
  articles: Article[],
  tools: DigestTools,
  workers: number,
  onProgress?: () => void,
  started?: StartedWorkers<DigestWorkerInit>,
): Promise<{ seconds: number; perArticle: Record<string, number>; corpus: Record<string, number> }> {
  const t0 = performance.now();
  const { digests, times } = await digestMany(articles, { tools, workers, onProgress, started });
  const perArticle: Record<string, number> = {};
  for (const [k, ms] of Object.entries(times)) perArticle[k] = ms / 1000;
  const corpus: Record<string, number> = {};
  runCorpusStages({ digests, tools }, {
    onStage: (name, ms) => {
      corpus[name] = ms / 1000;
      onProgress?.();
    },
  });
  return { seconds: (performance.now() - t0) / 1000, perArticle, corpus };
}

/** What `--measure-pipeline` prints: one pipeline run in a process of its own. */
interface PipelineRun {
  seconds: number;
  perArticle: Record<string, number>;
  corpus: Record<string, number>;
  peakRss: number;
}

/** The item of median `key` (the lower middle one of an even count). */
function median<T>(xs: T[], key: (x: T) => number): T {
  return xs.slice().sort((a, b) => key(a) - key(b))[Math.floor((xs.length - 1) / 2)];
}

/** Wall-clock seconds of a run's per-article part: its time less that of its corpus-wide stages. */
function perArticleWall(run: PipelineRun): number {
  return run.seconds - Object.values(run.corpus).reduce((a, b) => a + b, 0);
}

/** Runs the pipeline on the first `limit` Brown texts with `workers` threads in a new process. */
async function pipelineInProcess(limit: number, workers: number): Promise<PipelineRun> {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL(import.meta.url).pathname, "--measure-pipeline", String(workers), String(limit)],
    stdout: "piped",
    stderr: "inherit",
  }).output();
  if (r.code !== 0) throw new Error("a pipeline run failed");
  const run = JSON.parse(new TextDecoder().decode(r.stdout)) as PipelineRun;
  peakRss = Math.max(peakRss, run.peakRss);
  return run;
}

/**
 * Two copies of the one-worker pipeline, each in a process of its own on the whole
 * corpus, timed from one start signal once both are ready. Returns each copy's run.
 */
async function pipelinePair(limit: number): Promise<PipelineRun[]> {
  const children = [0, 1].map(() =>
    new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", new URL(import.meta.url).pathname, "--measure-pipeline", "1", String(limit), "--on-signal"],
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn()
  );
  try {
    const readers = children.map((c) => c.stdout.pipeThrough(new TextDecoderStream()).getReader());
    const outputs = ["", ""];
    const readUntil = async (i: number, done: (text: string) => boolean) => {
      while (!done(outputs[i])) {
        const { value, done: end } = await readers[i].read();
        if (end) throw new Error("a pipeline copy ended before its run");
        outputs[i] += value;
      }
    };
    await Promise.all([0, 1].map((i) => readUntil(i, (t) => t.includes("ready\n"))));
    const go = new TextEncoder().encode("go\n");
    await Promise.all(children.map(async (c) => {
      const w = c.stdin.getWriter();
      await w.write(go);
      await w.close();
    }));
    const runs = await Promise.all([0, 1].map(async (i) => {
      await readUntil(i, (t) => t.trimEnd().endsWith("}"));
      return JSON.parse(outputs[i].slice(outputs[i].indexOf("ready\n") + 6)) as PipelineRun;
    }));
    for (const run of runs) peakRss = Math.max(peakRss, run.peakRss);
    return runs;
  } finally {
    for (const c of children) {
      try {
        c.kill();
      } catch {
        // ended already
      }
      await c.status;
    }
  }
}

/**
 * `--measure-pipeline WORKERS LIMIT [--on-signal]`: start the workers, read the corpus,
 * warm this thread up on five texts, (with `--on-signal`: print "ready" and wait for a
 * line on standard input,) run once, print a {@linkcode PipelineRun}.
 */
async function measurePipeline(workers: number, limit: number, onSignal = false): Promise<PipelineRun> {
  // As `report` does when its cache holds no digest (a first run, or --no-cache), the
  // workers are started with the run and load while this thread reads the corpus.
  const started = startDigestWorkers({ workers });
  try {
    const articles = await loadBrown(limit);
    const tools = await loadDigestTools();
    await pipeline(articles.slice(0, 5), tools, 1);
    if (onSignal) {
      await Deno.stdout.write(new TextEncoder().encode("ready\n"));
      await Deno.stdin.readable.getReader().read();
    }
    const run = await pipeline(articles, tools, workers, sampleRss, started);
    sampleRss();
    return { ...run, peakRss };
  } finally {
    started.close();
  }
}

let peakRss = 0;
function sampleRss(): void {
  peakRss = Math.max(peakRss, Deno.memoryUsage().rss);
}

async function time<T>(f: () => T | Promise<T>): Promise<[T, number]> {
  sampleRss();
  const t0 = performance.now();
  const r = await f();
  const s = (performance.now() - t0) / 1000;
  sampleRss();
  return [r, s];
}

/**
 * wink-nlp's `readDoc` over the same texts on two Deno workers, each warmed up first:
 * the wall-clock seconds from the start signal until both are done. Against the
 * baseline on one thread this is how far this machine lets the plainest work on
 * these texts scale, the ceiling for the pipeline's own speed-up.
 */
async function baselineOnTwoWorkers(texts: string[]): Promise<[number, number]> {
  // Alternate texts (the corpus is in genre order, and genres differ in length).
  const shares = [texts.filter((_, i) => i % 2 === 0), texts.filter((_, i) => i % 2 === 1)];
  const workers = shares.map(() => new Worker(new URL("./baseline_worker.ts", import.meta.url), { type: "module" }));
  try {
    const reply = (w: Worker) =>
      new Promise<unknown>((resolve, reject) => {
        w.onmessage = (e) => resolve(e.data);
        w.onerror = (e) => {
          e.preventDefault();
          reject(new Error(`a baseline worker failed: ${e.message}`));
        };
      });
    await Promise.all(workers.map((w, i) => {
      const ready = reply(w);
      w.postMessage(shares[i]);
      return ready;
    }));
    const t0 = performance.now();
    const counts = await Promise.all(workers.map((w) => {
      const done = reply(w);
      w.postMessage("go");
      return done;
    })) as number[];
    return [counts[0] + counts[1], (performance.now() - t0) / 1000];
  } finally {
    for (const w of workers) w.terminate();
  }
}

async function writeCorpus(dir: string, articles: Article[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const a of articles) {
    await writeFile(join(dir, `${a.id}.md`), `---\n${stringifyYaml({ outlet: a.outlet })}---\n${a.text}`);
  }
}

/**
 * `copies` articles of each text, for a corpus as many times as large: copy k of a text
 * has its paragraphs rotated by k (so that each copy is a text of its own, read and cached
 * on its own), and its outlet is the genre followed by k mod 3 (three times the outlets).
 * A copy whose text equals an earlier copy's (a text of fewer paragraphs than copies) is
 * left out, as the corpus loader would leave it out.
 */
export function scaledCorpus(articles: Article[], copies: number): Article[] {
  const out: Article[] = [];
  for (const a of articles) {
    const paragraphs = a.text.split(/\n\s*\n/);
    const seen = new Set<string>();
    for (let k = 0; k < copies; k++) {
      const r = k % paragraphs.length;
      const text = [...paragraphs.slice(r), ...paragraphs.slice(0, r)].join("\n\n");
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ ...a, id: `${a.id}-${k}`, outlet: `${a.outlet} ${k % 3}`, text });
    }
  }
  return out;
}

/**
 * Runs the benchmark.
 *
 * @example
 * ```ts
 * const results = await bench({ limit: 50 });
 * ```
 *
 * @param options `limit`: Brown files to use (all 500 by default); `report`: also time report runs;
 *   `repeats`: runs of each baseline and pipeline measurement, of which the median is kept (3 by default);
 *   `scale`: also time `report` on a corpus of that many copies of each text (see {@linkcode scaledCorpus});
 *   `longTokens`: the lengths of the long runs timed (50,000, 100,000 and 200,000 letters by default).
 */
export async function bench(
  options: {
    limit?: number;
    report?: boolean;
    repeats?: number;
    scale?: number;
    longTokens?: readonly number[];
    log?: (s: string) => void;
  } = {},
): Promise<BenchResults> {
  const log = options.log ?? ((s: string) => console.error(s));
  const articles = await loadBrown(options.limit);
  const texts = articles.map((a) => a.text);
  const tools = await loadDigestTools();
  log(`Brown corpus: ${articles.length} texts`);

  const repeats = Math.max(1, Math.floor(options.repeats ?? 3));
  await pipeline(articles.slice(0, 5), tools, 1);

  // This machine's speed drifts from minute to minute: every figure is the median of
  // `repeats` runs, the runs of what is compared alternated (baseline on one thread, on
  // two workers, pipeline on one worker, on two). Each baseline run has a fresh wink-nlp
  // instance, warmed up on five texts; each pipeline runs in a fresh process of its own,
  // so that what one run leaves behind (the span tags compromise has remembered, a warm
  // JIT) does not speed up the next, and its digests are dropped before the next starts.
  let tokens = 0;
  const baseRuns: number[] = [], baseTwoRuns: number[] = [], oneRuns: PipelineRun[] = [], twoRuns: PipelineRun[] = [];
  const pairRuns: number[] = [];
  for (let r = 0; r < repeats; r++) {
    winkBaseline(texts.slice(0, 5), { fresh: true });
    const [count, s] = await time(() => winkBaseline(texts));
    tokens ||= count;
    baseRuns.push(s);
    // The same texts; the token count may differ by a few (wink-nlp tokenizes a word it
    // has learned otherwise, and each worker learns from its own share).
    const [countTwo, sTwo] = await baselineOnTwoWorkers(texts);
    baseTwoRuns.push(sTwo);
    log(`baseline: ${count} tokens in ${s.toFixed(2)} s; on two workers ${countTwo} tokens in ${sTwo.toFixed(2)} s`);
    oneRuns.push(await pipelineInProcess(articles.length, 1));
    twoRuns.push(await pipelineInProcess(articles.length, 2));
    pairRuns.push(Math.max(...(await pipelinePair(articles.length)).map((run) => run.seconds)));
    log(
      `pipeline: one worker ${oneRuns[r].seconds.toFixed(2)} s, two workers ${twoRuns[r].seconds.toFixed(2)} s; ` +
        `two copies at once ${pairRuns[r].toFixed(2)} s`,
    );
  }
  const baseS = median(baseRuns, (s) => s);
  const baseTwoS = median(baseTwoRuns, (s) => s);
  const rate = (s: number) => tokens / s;
  const one = median(oneRuns, (run) => run.seconds);
  const two = median(twoRuns, (run) => run.seconds);
  const stages: StageTiming[] = ["tokenize", ...STAGES.map((s) => s.name)].map((stage) => {
    const perArticle = one.perArticle[stage] ?? 0;
    const corpus = one.corpus[stage] ?? 0;
    return {
      stage,
      seconds: perArticle + corpus,
      per_article_s: perArticle,
      corpus_s: corpus,
      tokens_per_s: rate(perArticle + corpus),
    };
  });
  const pipelineS = one.seconds;
  const twoS = two.seconds;

  const seed = await loadCorpus();
  const seedTokens = winkBaseline(seed.articles.map((a) => a.text));
  const seedS = (await pipeline(seed.articles, tools, 1)).seconds;

  const longToken = longTokenTimings(options.longTokens ?? [50_000, 100_000, 200_000], tools.resources);
  for (const t of longToken) {
    log(`a run of ${t.letters} letters: wink-nlp ${t.wink_s.toFixed(2)} s, framelens ${t.framelens_s.toFixed(3)} s`);
  }

  let cold = NaN, coldPeak = NaN, warm = NaN, warmForce = NaN, addOne = NaN, coldOne = NaN;
  let scale: ScaleResults | undefined;
  const reportWorkers = Math.max(1, navigator.hardwareConcurrency || 1);
  if (options.report !== false) {
    const tmp = await Deno.makeTempDir({ prefix: "framelens-bench-" });
    try {
      const corpusDir = join(tmp, "corpus");
      await writeCorpus(corpusDir, articles);
      coldOne = (await timedReport(corpusDir, join(tmp, "report1"), join(tmp, "cache1"), 1)).seconds;
      await rm(join(tmp, "cache1"), { recursive: true, force: true });
      const args = [corpusDir, join(tmp, "report"), join(tmp, "cache"), reportWorkers] as const;
      ({ seconds: cold, peakMb: coldPeak } = await timedReport(...args));
      warm = (await timedReport(...args)).seconds;
      warmForce = (await timedReport(...args, ["--force"])).seconds;
      await writeCorpus(corpusDir, [{ ...articles[0], id: "added", text: articles[0].text.replace(/\bthe\b/, "a") }]);
      addOne = (await timedReport(...args)).seconds;
      log(
        `report on ${reportWorkers} threads: cold ${cold.toFixed(1)} s, warm ${warm.toFixed(1)} s (with --force ` +
          `${warmForce.toFixed(1)} s), after adding one ` +
          `article ${addOne.toFixed(1)} s; cold on one thread ${coldOne.toFixed(1)} s`,
      );
      if (options.scale && options.scale > 1) {
        const copies = Math.floor(options.scale);
        const big = scaledCorpus(articles, copies);
        const bigDir = join(tmp, "scaled");
        await writeCorpus(bigDir, big);
        const bigArgs = [bigDir, join(tmp, "scaled-report"), join(tmp, "scaled-cache"), reportWorkers] as const;
        const first = await timedReport(...bigArgs);
        const again = await timedReport(...bigArgs, ["--force"]);
        scale = {
          copies,
          articles: big.length,
          outlets: new Set(big.map((a) => a.outlet)).size,
          report_cold_s: first.seconds,
          report_cold_peak_rss_mb: first.peakMb,
          report_force_s: again.seconds,
          report_force_peak_rss_mb: again.peakMb,
        };
        log(
          `report on ${big.length} articles (${copies} copies of each text): cold ${first.seconds.toFixed(1)} s ` +
            `(peak ${Math.round(first.peakMb)} MB), --force ${again.seconds.toFixed(1)} s`,
        );
      }
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  sampleRss();
  return {
    machine: {
      cores: navigator.hardwareConcurrency,
      os: `${Deno.build.os} ${Deno.build.arch}`,
      deno: Deno.version.deno,
      date: new Date().toISOString(),
    },
    corpus: {
      articles: articles.length,
      outlets: new Set(articles.map((a) => a.outlet)).size,
      baseline_tokens: tokens,
    },
    runs: {
      baseline_s: baseRuns,
      baseline_two_workers_s: baseTwoRuns,
      pipeline_one_worker_s: oneRuns.map((x) => x.seconds),
      pipeline_two_workers_s: twoRuns.map((x) => x.seconds),
      pipeline_two_copies_s: pairRuns,
    },
    baseline_tokens_per_s: rate(baseS),
    stages,
    pipeline_tokens_per_s: rate(pipelineS),
    pipeline_over_baseline: baseS / pipelineS,
    two_worker_speedup: pipelineS / twoS,
    two_worker_per_article_speedup: perArticleWall(one) / perArticleWall(two),
    baseline_two_worker_speedup: baseS / baseTwoS,
    two_copies_speedup: (2 * pipelineS) / median(pairRuns, (s) => s),
    peak_rss_mb: peakRss / 2 ** 20,
    report_workers: reportWorkers,
    report_cold_s: cold,
    report_cold_peak_rss_mb: coldPeak,
    report_warm_s: warm,
    report_warm_force_s: warmForce,
    report_add_one_s: addOne,
    report_cold_one_thread_s: coldOne,
    seed_pipeline_tokens_per_s: seedTokens / seedS,
    ...(scale ? { scale } : {}),
    long_token: longToken,
  };
}

/** The flags of `deno task bench`. */
const BENCH_FLAGS = {
  quick: { type: "boolean" },
  scale: { type: "string", value: "N" },
  news: { type: "string", value: "N" },
  "no-report": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const BENCH_USAGE = `Usage: deno task bench [--quick] [--scale N] [--no-report]
       deno task bench --news N

Measures each stage of the pipeline against wink-nlp's readDoc on the Brown corpus,
prints a table and writes bench/results.json.

  --quick      60 Brown texts instead of all of them, one long run (50,000 letters) instead of three
  --scale N    also time the report on a corpus of N copies of each Brown text
  --no-report  leave out the timed report runs
  --news N     only the report at scale, on a news-like corpus of N articles
               (bench/news.ts): cold, nothing changed, one article added, with
               peak memory and disk use; prints the figures and their JSON`;

if (import.meta.main && Deno.args[0] === "--measure-pipeline") {
  const run = await measurePipeline(Number(Deno.args[1]), Number(Deno.args[2]), Deno.args.includes("--on-signal"));
  console.log(JSON.stringify(run));
} else if (import.meta.main) {
  let values;
  try {
    values = parseFlags(Deno.args, BENCH_FLAGS, { command: "deno task bench" }).values;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`error: ${e.message}\n(deno task bench --help shows the usage)`);
    Deno.exit(2);
  }
  if (values.help) {
    console.log(BENCH_USAGE);
    Deno.exit(0);
  }
  if (values.news !== undefined) {
    const n = Number(values.news);
    if (!(Number.isSafeInteger(n) && n > 0)) {
      console.error(`error: --news takes a whole number of articles, such as --news 10000, not "${values.news}"`);
      Deno.exit(2);
    }
    const results = await newsBench(n);
    console.log(formatNewsBench(results));
    console.log(JSON.stringify(results));
    Deno.exit(0);
  }
  const limit = values.quick ? 60 : undefined;
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && !(Number.isInteger(scale) && scale > 1)) {
    console.error("--scale takes a whole number of copies above 1, such as --scale 10");
    Deno.exit(2);
  }
  const results = await bench({
    limit,
    report: !values["no-report"],
    scale,
    longTokens: values.quick ? [50_000] : undefined,
  });
  console.log(formatBench(results));
  const file = projectPath("bench", "results.json");
  await mkdir(projectPath("bench"), { recursive: true });
  await writeFile(file, JSON.stringify(results, null, 2) + "\n");
  console.log(`\nwrote ${file}`);
}
