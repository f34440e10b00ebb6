/**
 * `deno run -A bench/reuse.ts DIR [DIR...]`: the reuse stage's share of the pipeline's
 * time on each corpus folder: every article digested on one thread without a cache,
 * then every corpus-wide stage, each timed (`runCorpusStages`' `onStage`); prints the
 * seconds of the per-article part, of each corpus-wide stage and of the whole, the reuse
 * stage's share, what it found and the work it counted, the same in seconds of the
 * process's CPU (steadier than the clock on a shared machine), and the peak memory.
 *
 * @module
 */
import process from "node:process";
import { loadCorpus } from "../src/corpus/load.ts";
import { loadDigestTools } from "../src/pipeline/digest.ts";
import { digestMany } from "../src/pipeline/digest_many.ts";
import { runCorpusStages } from "../src/stages/registry.ts";

/** What one corpus measured. */
export interface ReuseShare {
  /** The corpus folder. */
  dir: string;
  /** Its articles. */
  articles: number;
  /** Seconds of the per-article part (annotation and digests, one thread). */
  perArticle: number;
  /** Seconds of each corpus-wide stage. */
  stages: Record<string, number>;
  /** Seconds of the whole pipeline. */
  total: number;
  /** The reuse stage's share of the whole. */
  share: number;
  /** The same in seconds of the process's CPU (every thread): the per-article part, each stage, the whole, the share. */
  cpu: { perArticle: number; stages: Record<string, number>; total: number; share: number };
  /** The process's peak resident memory, MB (from /proc/self/status, 0 where there is none). */
  peakMb: number;
  /** Its clusters, clustered articles, passages (pairs and common) and work. */
  found: { clusters: number; reprints: number; pairs: number; common: number; work: Record<string, number> };
}

/** Measures one corpus folder. */
export async function measure(dir: string): Promise<ReuseShare> {
  const tools = await loadDigestTools();
  const { articles } = await loadCorpus(dir);
  const cpuSince = (from: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(from);
    return (used.user + used.system) / 1e6;
  };
  const t0 = performance.now();
  let mark = process.cpuUsage();
  const { digests } = await digestMany(articles, { tools, workers: 1 });
  const perArticle = (performance.now() - t0) / 1000;
  const cpu = { perArticle: cpuSince(mark), stages: {} as Record<string, number>, total: 0, share: 0 };
  const stages: Record<string, number> = {};
  mark = process.cpuUsage();
  const results = runCorpusStages({ digests, tools }, {
    onStage: (name, ms) => {
      stages[name] = ms / 1000;
      cpu.stages[name] = cpuSince(mark);
      mark = process.cpuUsage();
    },
  });
  const total = perArticle + Object.values(stages).reduce((a, b) => a + b, 0);
  cpu.total = cpu.perArticle + Object.values(cpu.stages).reduce((a, b) => a + b, 0);
  cpu.share = cpu.stages.reuse / cpu.total;
  const { reprints, reuse } = results.reuse.tables;
  return {
    dir,
    articles: articles.length,
    perArticle,
    stages,
    total,
    share: stages.reuse / total,
    cpu,
    peakMb: peakMb(),
    found: {
      clusters: new Set(reprints.map((r) => r.cluster)).size,
      reprints: reprints.length,
      pairs: reuse.filter((r) => r.articles === 2).length,
      common: reuse.filter((r) => r.articles > 2).length,
      work: { ...results.reuse.work },
    },
  };
}

/** The process's peak resident memory in MB (VmHWM), or 0 where /proc is not there. */
function peakMb(): number {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(Deno.readTextFileSync("/proc/self/status"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
}

if (import.meta.main) {
  for (const dir of Deno.args) console.log(JSON.stringify(await measure(dir), null, 1));
  Deno.exit(0);
}
