/**
 * A `report` run in a process of its own, timed, with its peak memory: what the benches
 * (`bench/bench.ts`, `bench/news_bench.ts`) measure.
 *
 * @module
 */
import { projectPath } from "../src/paths.ts";

/** A `report` run: its wall-clock seconds and the peak resident memory of its process (NaN where unknown). */
export interface ReportRun {
  /** Wall-clock seconds, from the process's start to its end. */
  seconds: number;
  /** The process's peak resident memory (`VmHWM`), in MB. */
  peakMb: number;
  /** What it wrote to its standard error (warnings, notes, "nothing changed"). */
  log: string;
}

/**
 * The peak resident memory of a process so far, in MB, from Linux's /proc (NaN elsewhere).
 *
 * @example
 * ```ts
 * await processPeakMb(Deno.pid); // this process's peak, on Linux
 * ```
 */
export async function processPeakMb(pid: number): Promise<number> {
  try {
    const status = await Deno.readTextFile(`/proc/${pid}/status`);
    const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/**
 * Runs `report` in a process of its own, reading its peak memory every 50 ms until it ends.
 *
 * @example
 * ```ts
 * import { DEFAULT_CORPUS_DIR } from "framelens";
 * const dir = await Deno.makeTempDir();
 * const run = await timedReport(DEFAULT_CORPUS_DIR, `${dir}/report`, `${dir}/cache`, 1);
 * run.seconds > 0 && run.peakMb > 0; // true on Linux
 * ```
 *
 * @throws {Error} with its standard error when the report fails.
 */
export async function timedReport(
  corpus: string,
  out: string,
  cache: string,
  workers: number,
  extra: string[] = [],
): Promise<ReportRun> {
  const t0 = performance.now();
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      projectPath("src", "report", "report_cli.ts"),
      "--corpus",
      corpus,
      "--out",
      out,
      "--cache",
      cache,
      "--workers",
      String(workers),
      ...extra,
    ],
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let peakMb = NaN;
  let ended = false;
  const output = child.output().finally(() => ended = true);
  while (!ended) {
    const mb = await processPeakMb(child.pid);
    if (Number.isFinite(mb)) peakMb = Number.isFinite(peakMb) ? Math.max(peakMb, mb) : mb;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([output, new Promise((r) => timer = setTimeout(r, 50))]);
    clearTimeout(timer);
  }
  const r = await output;
  if (r.code !== 0) throw new Error(`report failed: ${new TextDecoder().decode(r.stderr)}`);
  return { seconds: (performance.now() - t0) / 1000, peakMb, log: new TextDecoder().decode(r.stderr) };
}
