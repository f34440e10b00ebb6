/**
 * What `deno task bench` measures, as `bench/results.json` holds it, and the table it
 * prints.
 *
 * @module
 */
import type { LongTokenTiming } from "./long_token.ts";

/** One measured stage. */
export interface StageTiming {
  /** Stage name. */
  stage: string;
  /** Seconds: its per-article part and its corpus-wide part. */
  seconds: number;
  /** Seconds of its per-article part (annotation, term counts, framing hits, entity candidates). */
  per_article_s: number;
  /** Seconds of its corpus-wide part (keyness, framing summary, entity resolution, co-occurrence). */
  corpus_s: number;
  /** Baseline tokens per second of this stage (the same token count for every stage). */
  tokens_per_s: number;
}

/** `report` on a corpus several times the Brown corpus (see `scaledCorpus` in bench.ts). */
export interface ScaleResults {
  /** Copies of each text asked for. */
  copies: number;
  /** Articles written (copies that would repeat a text left out). */
  articles: number;
  /** Their outlets. */
  outlets: number;
  /** `report` with an empty cache. */
  report_cold_s: number;
  /** Its peak resident memory. */
  report_cold_peak_rss_mb: number;
  /** `report --force` again: every digest from the cache, every section rebuilt. */
  report_force_s: number;
  /** Its peak resident memory. */
  report_force_peak_rss_mb: number;
}

/** Everything `bench/results.json` holds. */
export interface BenchResults {
  /** Where and when. */
  machine: { cores: number; os: string; deno: string; date: string };
  /** The corpus measured. */
  corpus: { articles: number; outlets: number; baseline_tokens: number };
  /** Every run's seconds, in order; each figure below is the median of its runs. */
  runs: {
    baseline_s: number[];
    baseline_two_workers_s: number[];
    pipeline_one_worker_s: number[];
    pipeline_two_workers_s: number[];
    /** Each pair's slower copy (see `two_copies_speedup`). */
    pipeline_two_copies_s: number[];
  };
  /** wink-nlp readDoc alone. */
  baseline_tokens_per_s: number;
  /** Each stage. */
  stages: StageTiming[];
  /** The whole pipeline on one worker. */
  pipeline_tokens_per_s: number;
  /** pipeline / baseline. */
  pipeline_over_baseline: number;
  /** Time on one worker / time on two. */
  two_worker_speedup: number;
  /** The same for the per-article part alone (the pipeline's time less its corpus-wide stages, which run on one thread). */
  two_worker_per_article_speedup: number;
  /** The baseline's own time on one thread / on two workers: how far this machine lets plain wink-nlp scale. */
  baseline_two_worker_speedup: number;
  /**
   * Two copies of the one-worker pipeline run at once, each in a process of its own on
   * the whole corpus: twice the one-worker time / the slower copy's time. Two processes
   * share nothing, so this is the most that two threads of any design could give this
   * workload on this machine.
   */
  two_copies_speedup: number;
  /** Peak resident memory of this process. */
  peak_rss_mb: number;
  /** Threads of the `report` runs below (`--workers`, the default: the number of cores). */
  report_workers: number;
  /** `report` on the Brown corpus with an empty cache. */
  report_cold_s: number;
  /** Its peak resident memory (its own process). */
  report_cold_peak_rss_mb: number;
  /** `report` again, nothing changed (the report is kept as it is). */
  report_warm_s: number;
  /** `report --force` again: every section rebuilt from the cached digests. */
  report_warm_force_s: number;
  /** `report` after adding one article. */
  report_add_one_s: number;
  /** `report` with an empty cache on one thread (`--workers 1`). */
  report_cold_one_thread_s: number;
  /** The seed corpus: whole pipeline throughput. */
  seed_pipeline_tokens_per_s: number;
  /** `report` on a corpus several times as large, when asked for (`--scale N`). */
  scale?: ScaleResults;
  /** An article holding one run of letters without a space, by the run's length (one run each). */
  long_token: LongTokenTiming[];
}

/**
 * Formats the results as a table.
 *
 * @example
 * ```ts
 * console.log(formatBench(await bench()));
 * ```
 */
export function formatBench(r: BenchResults): string {
  const k = (x: number) => `${Math.round(x).toLocaleString("en")} tok/s`;
  const sec = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} s` : "not run (--no-report)");
  const mb = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} MB` : "not measured");
  const rows: [string, string][] = [
    [
      "corpus",
      `Brown: ${r.corpus.articles} texts, ${r.corpus.outlets} genres, ${
        r.corpus.baseline_tokens.toLocaleString("en")
      } tokens`,
    ],
    ["runs of each measure (median kept)", String(r.runs.baseline_s.length)],
    ["baseline (wink-nlp readDoc)", k(r.baseline_tokens_per_s)],
    ...r.stages.map((s): [string, string] => [
      `stage: ${s.stage}`,
      `${k(s.tokens_per_s)} (${s.seconds.toFixed(2)} s: ${s.per_article_s.toFixed(2)} per article + ${
        s.corpus_s.toFixed(2)
      } corpus-wide)`,
    ]),
    ["whole pipeline, 1 worker", k(r.pipeline_tokens_per_s)],
    ["pipeline / baseline", r.pipeline_over_baseline.toFixed(2)],
    ["speed-up with 2 workers", `${r.two_worker_speedup.toFixed(2)}×`],
    ["  of its per-article part", `${r.two_worker_per_article_speedup.toFixed(2)}×`],
    ["baseline's own speed-up with 2 workers", `${r.baseline_two_worker_speedup.toFixed(2)}×`],
    ["two copies of the pipeline at once (ceiling)", `${r.two_copies_speedup.toFixed(2)}×`],
    ["peak memory (RSS)", `${Math.round(r.peak_rss_mb)} MB`],
    [`report (${r.report_workers} threads), cold cache`, sec(r.report_cold_s)],
    [`  its peak memory (RSS)`, mb(r.report_cold_peak_rss_mb)],
    [`report (${r.report_workers} threads), nothing changed`, sec(r.report_warm_s)],
    [`report (${r.report_workers} threads), --force, all cached`, sec(r.report_warm_force_s)],
    [
      `report (${r.report_workers} threads), one article added`,
      Number.isFinite(r.report_add_one_s)
        ? `${sec(r.report_add_one_s)} (${(r.report_add_one_s / r.report_cold_s).toFixed(2)} of cold)`
        : sec(NaN),
    ],
    ["report (1 thread), cold cache", sec(r.report_cold_one_thread_s)],
    ["seed corpus, whole pipeline", k(r.seed_pipeline_tokens_per_s)],
    ...r.long_token.map((t): [string, string] => [
      `a run of ${t.letters.toLocaleString("en")} letters without a space`,
      `wink-nlp readDoc ${t.wink_s.toFixed(2)} s, framelens annotateArticle ${t.framelens_s.toFixed(3)} s`,
    ]),
    ...(r.scale
      ? [
        [
          `report on ${r.scale.articles.toLocaleString("en")} articles, ${r.scale.outlets} outlets, cold cache`,
          `${sec(r.scale.report_cold_s)} (peak ${mb(r.scale.report_cold_peak_rss_mb)})`,
        ],
        [
          `report on ${r.scale.articles.toLocaleString("en")} articles, --force, all cached`,
          `${sec(r.scale.report_force_s)} (peak ${mb(r.scale.report_force_peak_rss_mb)})`,
        ],
      ] as [string, string][]
      : []),
  ];
  const w = Math.max(...rows.map((x) => x[0].length));
  return rows.map(([a, b]) => `${a.padEnd(w)}  ${b}`).join("\n");
}
