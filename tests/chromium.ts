/**
 * Debian's headless Chromium for tests that open a report page, installed with apt-get
 * when missing (as root, as CI runs).
 */
import { existsSync } from "node:fs";

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** Installs Debian's chromium when it is missing. */
export async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  if (Deno.uid() !== 0) {
    throw new Error(`Cannot run a browser test: ${CHROMIUM} is missing; install it with: apt-get install -y chromium`);
  }
  const out = await new Deno.Command("sh", {
    args: [
      "-c",
      "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium",
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!out.success || !existsSync(CHROMIUM)) {
    throw new Error(`Cannot install chromium with apt-get:\n${new TextDecoder().decode(out.stderr)}`);
  }
}
