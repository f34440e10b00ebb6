import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { unlink } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { assertSnapshot, normalizeSvg } from "./snapshot.ts";

const OUTPUT = fileURLToPath(new URL("./output/", import.meta.url));

Deno.test("assertSnapshot() fails for a chart without a golden and writes no golden", async () => {
  if (Deno.env.get("UPDATE_SNAPSHOTS")) return; // updating writes goldens by design
  const name = "snapshot-test-missing-golden";
  try {
    await assert.rejects(() => assertSnapshot(name, "<svg></svg>"), /has no golden/);
    assert.equal(existsSync(`${OUTPUT}${name}.svg`), false);
    assert.equal(existsSync(`${OUTPUT}${name}-changed.svg`), true);
  } finally {
    for (const f of [`${OUTPUT}${name}.svg`, `${OUTPUT}${name}-changed.svg`]) if (existsSync(f)) await unlink(f);
  }
});

Deno.test("assertSnapshot() in CI refuses UPDATE_SNAPSHOTS: a missing golden fails and is not written", async () => {
  const name = "snapshot-test-ci-missing-golden";
  const before = { CI: Deno.env.get("CI"), UPDATE_SNAPSHOTS: Deno.env.get("UPDATE_SNAPSHOTS") };
  Deno.env.set("CI", "true");
  Deno.env.set("UPDATE_SNAPSHOTS", "1");
  try {
    await assert.rejects(() => assertSnapshot(name, "<svg></svg>"), /Cannot update snapshots in CI/);
    assert.equal(existsSync(`${OUTPUT}${name}.svg`), false);
  } finally {
    for (const [k, v] of Object.entries(before)) v === undefined ? Deno.env.delete(k) : Deno.env.set(k, v);
    for (const f of [`${OUTPUT}${name}.svg`, `${OUTPUT}${name}-changed.svg`]) if (existsSync(f)) await unlink(f);
  }
});

Deno.test("normalizeSvg() drops Plot's class suffix and float noise, one tag a line", () => {
  assert.equal(
    normalizeSvg('<svg class="plot-1a2b3c"><g transform="translate(0.123456,1)"></g></svg>'),
    '<svg class="plot">\n<g transform="translate(0.12,1)">\n</g>\n</svg>',
  );
});
