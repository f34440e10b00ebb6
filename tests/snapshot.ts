/**
 * SVG snapshot testing, after Observable Plot's own suite: each chart is kept as a
 * readable `tests/output/NAME.svg`; a mismatch writes `NAME-changed.svg` beside it.
 * Set UPDATE_SNAPSHOTS=1 to accept new output, or to write the golden of a new chart:
 * a missing golden fails, so that a deleted golden cannot pass unnoticed. In CI (the
 * environment variable CI set, as .ci/run does) UPDATE_SNAPSHOTS is refused: CI compares
 * charts with their goldens and never writes one.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, unlink, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const OUTPUT = fileURLToPath(new URL("./output/", import.meta.url));

/** Normalises an SVG for comparison: Plot's generated class names, float noise, line breaks. */
export function normalizeSvg(svg: string): string {
  return svg
    .replace(/plot-[0-9a-f]{6}(-\w+)?/g, "plot$1")
    .replace(/(\d+\.\d{2})\d+/g, "$1")
    .replace(/></g, ">\n<");
}

/** Whether to write goldens: UPDATE_SNAPSHOTS set, outside CI (where it is an error). */
function updating(): boolean {
  if (!Deno.env.get("UPDATE_SNAPSHOTS")) return false;
  if (Deno.env.get("CI")) {
    throw new Error("Cannot update snapshots in CI: UPDATE_SNAPSHOTS is set with CI, and CI never writes a golden");
  }
  return true;
}

/** Compares an SVG with its kept snapshot `tests/output/NAME.svg`. */
export async function assertSnapshot(name: string, svg: string): Promise<void> {
  const file = `${OUTPUT}${name}.svg`;
  const changed = `${OUTPUT}${name}-changed.svg`;
  const actual = normalizeSvg(svg);
  if (updating()) {
    await writeFile(file, actual);
    if (existsSync(changed)) await unlink(changed);
    return;
  }
  if (!existsSync(file)) {
    await writeFile(changed, actual);
    assert.fail(
      `chart ${name} has no golden tests/output/${name}.svg; see ${name}-changed.svg (UPDATE_SNAPSHOTS=1 writes it)`,
    );
  }
  const expected = await readFile(file, "utf8");
  if (actual !== expected) {
    await writeFile(changed, actual);
    assert.fail(
      `chart ${name} differs from tests/output/${name}.svg; see ${name}-changed.svg (UPDATE_SNAPSHOTS=1 accepts it)`,
    );
  }
  if (existsSync(changed)) await unlink(changed);
}
