/**
 * Memory per phase of a report run, for measuring (issue 19): with the environment
 * variable `FRAMELENS_MEMLOG` set, each phase's end is logged with the live heap, the
 * memory outside the heap that V8 accounts for (typed arrays' buffers: the columns of
 * `RowColumns`, say), the resident size, the phase's peak resident size and its seconds. The peak is the
 * process's `VmHWM` (Linux), reset at each phase's end (`/proc/self/clear_refs`), so it
 * is the peak of that phase alone, worker threads included (Deno lets a program read
 * `/proc` only with `--allow-all`; without it the peak is "?"). The reset is the
 * kernel's, so the process's own peak (`/usr/bin/time`'s maximum resident size) is then
 * that of the time after the last phase only: the run's peak is the largest of the
 * logged peaks and that one. `FRAMELENS_MEMLOG=gc` with `--v8-flags=--expose-gc`
 * collects garbage before each reading of the heap, so that it is what is held rather
 * than what is held and not yet collected. Each phase's CPU time is that of the whole
 * process (every thread: workers, the collector's helpers, DuckDB's), from
 * `/proc/self/stat`, so that the phases of a run on a loaded machine can be compared.
 *
 * @module
 */

/** One phase's figures, in MB and seconds. */
export interface PhaseMemory {
  /** The phase that ended. */
  phase: string;
  /** The live heap at its end (after a collection with `gc`). */
  heapMb: number;
  /** V8's memory outside the heap at its end (`external`: typed arrays' buffers among it). */
  externalMb: number;
  /** The resident size at its end. */
  rssMb: number;
  /** The peak resident size during the phase (undefined where `/proc` is not there). */
  peakMb?: number;
  /** Its seconds. */
  seconds: number;
  /** The CPU seconds (user + system) of the whole process during the phase (undefined where `/proc` is not there). */
  cpuSeconds?: number;
}

/** Options of {@linkcode memoryLog}. */
export interface MemoryLogOptions {
  /** The setting (default the environment variable `FRAMELENS_MEMLOG`): unset or empty, no log. */
  setting?: string;
  /** Where the lines go (default standard error). */
  write?: (line: string) => void;
}

const mb = (bytes: number) => bytes / 2 ** 20;

function readPeakMb(): number | undefined {
  try {
    const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(Deno.readTextFileSync("/proc/self/status"))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The CPU seconds (user + system) of the process so far, every thread's, from Linux's `/proc/self/stat`. */
function readCpuSeconds(): number | undefined {
  try {
    const stat = Deno.readTextFileSync("/proc/self/stat");
    // The fields after the command's name (in parentheses, which may hold spaces):
    // state is the 3rd field of the line, utime the 14th, stime the 15th, in clock ticks.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    // The kernel's USER_HZ is 100 on every Linux architecture Deno runs on.
    return Number.isFinite(ticks) ? ticks / 100 : undefined;
  } catch {
    return undefined;
  }
}

function resetPeak(): void {
  try {
    Deno.writeTextFileSync("/proc/self/clear_refs", "5");
  } catch {
    // Not Linux, or not allowed: the peak is then the process's so far.
  }
}

/**
 * A function to call at the end of each phase, which logs its memory and time when
 * `FRAMELENS_MEMLOG` is set (and does nothing otherwise), and returns the figures.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { memoryLog } from "./memory_log.ts";
 * const lines: string[] = [];
 * const phase = memoryLog({ setting: "1", write: (l) => lines.push(l) });
 * const figures = phase("corpus loaded");
 * assert.equal(figures?.phase, "corpus loaded");
 * assert.match(lines[0], /^memory: corpus loaded: heap \d+ MB, external \d+ MB, resident \d+ MB/);
 * assert.equal(memoryLog({ setting: "" })("anything"), undefined); // not set: nothing
 * ```
 */
export function memoryLog(options: MemoryLogOptions = {}): (phase: string) => PhaseMemory | undefined {
  let setting = options.setting;
  if (setting === undefined) {
    try {
      setting = Deno.env.get("FRAMELENS_MEMLOG") ?? "";
    } catch {
      setting = "";
    }
  }
  if (!setting) return () => undefined;
  const write = options.write ?? ((line: string) => console.error(line));
  const gc = setting === "gc" ? (globalThis as { gc?: () => void }).gc : undefined;
  resetPeak();
  let last = performance.now();
  let lastCpu = readCpuSeconds();
  return (phase) => {
    const now = performance.now();
    const cpu = readCpuSeconds();
    const peakMb = readPeakMb();
    gc?.();
    const usage = Deno.memoryUsage();
    const cpuSeconds = cpu !== undefined && lastCpu !== undefined ? cpu - lastCpu : undefined;
    const figures = {
      phase,
      heapMb: mb(usage.heapUsed),
      externalMb: mb(usage.external),
      rssMb: mb(usage.rss),
      peakMb,
      seconds: (now - last) / 1000,
      cpuSeconds,
    };
    write(
      `memory: ${phase}: heap ${figures.heapMb.toFixed(0)} MB, external ${figures.externalMb.toFixed(0)} MB, ` +
        `resident ${figures.rssMb.toFixed(0)} MB, ` +
        `peak ${peakMb === undefined ? "?" : peakMb.toFixed(0)} MB, ${figures.seconds.toFixed(1)} s, ` +
        `CPU ${cpuSeconds === undefined ? "?" : cpuSeconds.toFixed(2)} s`,
    );
    resetPeak();
    last = performance.now();
    lastCpu = readCpuSeconds();
    return figures;
  };
}
