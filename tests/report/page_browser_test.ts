/**
 * The report page of the seed corpus as a reader sees it, in a real headless Chromium:
 * it fits the window, and a table wider than the page scrolls inside its own box.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { runReport } from "../../src/report/report_cli.ts";
import { CHROMIUM, ensureChromium } from "../chromium.ts";

Deno.test({
  name: "the report page fits windows 1,000 and 400 pixels wide: wide tables scroll inside their box, not the page",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await ensureChromium();
    const tmp = await Deno.makeTempDir({ prefix: "framelens-page-" });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      const out = join(tmp, "report");
      await runReport({ out, log: () => {}, cache: false });
      for (const width of [1000, 400]) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(pathToFileURL(join(out, "index.html")).href, { waitUntil: "load" });
        const m = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          window: document.documentElement.clientWidth,
          boxes: [...document.querySelectorAll(".table-wrap")].map((w) => ({
            right: w.getBoundingClientRect().right,
            table: (w.firstElementChild as HTMLElement).scrollWidth,
            box: (w as HTMLElement).clientWidth,
          })),
        }));
        assert.ok(m.page <= m.window, `at ${width} px the page is ${m.page} px wide: it scrolls sideways`);
        assert.ok(m.boxes.length >= 9, `${m.boxes.length} tables in boxes`);
        for (const b of m.boxes) assert.ok(b.right <= m.window, `a table box ends at ${b.right}`);
        assert.ok(m.boxes.some((b) => b.table > b.box), "the framing summary is wider than its box, which scrolls");
        await page.close();
      }
    } finally {
      await browser.close();
      await Deno.remove(tmp, { recursive: true });
    }
  },
});
