import assert from "node:assert/strict";
import { memoryLog } from "../../src/report/memory_log.ts";

Deno.test("memoryLog() logs nothing and gives nothing when FRAMELENS_MEMLOG is not set", () => {
  const lines: string[] = [];
  const phase = memoryLog({ setting: "", write: (l) => lines.push(l) });
  assert.equal(phase("digests read"), undefined);
  assert.deepEqual(lines, []);
});

Deno.test("memoryLog() logs each phase once, with its heap, resident size, peak, seconds and CPU seconds", () => {
  const lines: string[] = [];
  const phase = memoryLog({ setting: "1", write: (l) => lines.push(l) });
  const first = phase("corpus loaded")!;
  const second = phase("digests read")!;
  assert.equal(lines.length, 2);
  assert.match(
    lines[1],
    /^memory: digests read: heap \d+ MB, external \d+ MB, resident \d+ MB, peak (\d+|\?) MB, \d+\.\d s, CPU (\d+\.\d\d|\?) s$/,
  );
  assert.deepEqual([first.phase, second.phase], ["corpus loaded", "digests read"]);
  assert.ok(second.heapMb > 0 && second.rssMb >= second.heapMb / 2);
  // On Linux the peak is the phase's own (VmHWM reset at each phase's end), at least what is resident now.
  if (second.peakMb !== undefined) assert.ok(second.peakMb >= second.rssMb * 0.99);
});

Deno.test("memoryLog() counts typed arrays' buffers as external, not as heap", () => {
  const phase = memoryLog({ setting: "1", write: () => {} });
  const before = phase("start")!;
  const columns = new Float64Array(8_000_000).fill(1); // 64 MB, as RowColumns' chunks hold numbers
  const after = phase("columns made")!;
  assert.ok(after.externalMb - before.externalMb >= 60, `external ${before.externalMb} -> ${after.externalMb} MB`);
  assert.ok(after.heapMb - before.heapMb < 30, `heap ${before.heapMb} -> ${after.heapMb} MB`);
  assert.equal(columns[7_999_999], 1);
});

Deno.test("memoryLog() counts a phase's CPU work: a phase that computes has more CPU seconds than one that waits", async () => {
  const phase = memoryLog({ setting: "1", write: () => {} });
  phase("start");
  // About 0.5 s of CPU work (the clock ticks 100 times a second; 3e7 steps took 0.07 s, too close to what background
  // threads spend while the idle phase waits on a loaded machine), then 0.1 s of waiting.
  let x = 0;
  for (let i = 0; i < 2e8 || x === -1; i++) x += Math.sqrt(i);
  const busy = phase("busy")!;
  await new Promise((r) => setTimeout(r, 100));
  const idle = phase("idle")!;
  if (busy.cpuSeconds === undefined) return; // no /proc here
  assert.ok(busy.cpuSeconds >= 0.2, `busy: ${busy.cpuSeconds} s`);
  assert.ok(idle.cpuSeconds! < busy.cpuSeconds, `idle ${idle.cpuSeconds} s, busy ${busy.cpuSeconds} s`);
});
