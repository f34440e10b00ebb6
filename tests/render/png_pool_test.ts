import assert from "node:assert/strict";
import { DiskCache } from "../../src/pipeline/cache.ts";
import { svgToPng } from "../../src/render/png.ts";
import { PngPool, svgsToPngs } from "../../src/render/png_pool.ts";

const svg = (w: number, text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="40"><text x="5" y="25" font-size="16">${text}</text></svg>`;
const SVGS = [
  svg(120, "Larijani"),
  svg(300, "Baghdad"),
  svg(80, "Beirut"),
  svg(200, "Hezbollah"),
  svg(120, "Larijani"),
];

Deno.test("svgsToPngs() gives each SVG's PNG in order, the same bytes on one thread and on two", async () => {
  const one = await svgsToPngs(SVGS, { threads: 1 });
  const expected = await Promise.all(SVGS.map((s) => svgToPng(s)));
  assert.deepEqual(one, expected);
  assert.deepEqual(await svgsToPngs(SVGS, { threads: 2 }), expected);
  assert.deepEqual(await svgsToPngs([]), []);
});

Deno.test("svgsToPngs() renders an SVG once: the next run reads it from the cache", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const first = new DiskCache(dir);
    const pngs = await svgsToPngs(SVGS, { cache: first, threads: 2 });
    assert.equal(first.stats.hits, 0);
    const second = new DiskCache(dir);
    assert.deepEqual(await svgsToPngs(SVGS, { cache: second, threads: 2 }), pngs);
    assert.equal(second.stats.hits, new Set(SVGS).size, "every image from the cache, each SVG read once");
    assert.equal(second.stats.misses, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("svgsToPngs() fails with the renderer's message for an SVG it cannot read", async () => {
  for (const threads of [1, 2]) {
    await assert.rejects(() => svgsToPngs([SVGS[0], "<svg", SVGS[1], SVGS[2]], { threads }), /svg|SVG|parse|xml/i);
  }
});

Deno.test("PngPool renders an SVG once per pool, on its workers, and refuses work once closed", async () => {
  const pool = new PngPool({ threads: 2 });
  try {
    const a = pool.render(SVGS[0]);
    assert.equal(pool.render(SVGS[0]), a, "the same SVG: the same image");
    const [pa, pb] = await Promise.all([a, pool.render(SVGS[1])]);
    assert.deepEqual(pa, await svgToPng(SVGS[0]));
    assert.deepEqual(pb, await svgToPng(SVGS[1]));
  } finally {
    pool.close();
  }
  await assert.rejects(() => pool.render(SVGS[2]), /closed/);
});

Deno.test("PngPool starts an image on a worker while this thread is still busy, the cache lookup included", async () => {
  const dir = await Deno.makeTempDir();
  const pool = new PngPool({ threads: 2, cache: new DiskCache(dir) });
  try {
    const image = pool.render(SVGS[1]);
    // This thread never yields until the worker has stored the image (or 60 s pass).
    const stored = () => {
      try {
        return [...Deno.readDirSync(`${dir}/png`)].some((d) =>
          [...Deno.readDirSync(`${dir}/png/${d.name}`)].some((f) => f.name.endsWith(".json"))
        );
      } catch {
        return false;
      }
    };
    const until = Date.now() + 60_000;
    while (!stored() && Date.now() < until) { /* busy, as while a report builds a section */ }
    assert.ok(stored(), "the worker rendered and stored the image while this thread was busy");
    assert.deepEqual(await image, await svgToPng(SVGS[1]));
  } finally {
    pool.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("PngPool.help() renders here the jobs no worker has started, each image once, the same bytes", async () => {
  const dir = await Deno.makeTempDir();
  const cache = new DiskCache(dir);
  const pool = new PngPool({ threads: 2, cache });
  try {
    const many = Array.from({ length: 12 }, (_, i) => svg(100 + 10 * i, `image ${i}`));
    const images = many.map((s) => pool.render(s));
    // The worker is still starting (it loads the renderer): this thread takes some jobs.
    const here = await pool.help();
    assert.ok(here >= 1 && here <= many.length, `${here} images rendered here`);
    const pngs = await Promise.all(images);
    assert.deepEqual(pngs, await Promise.all(many.map((s) => svgToPng(s))));
    // Each image was looked up once, by the worker or by this thread, and stored once.
    assert.equal(cache.stats.misses, many.length);
    assert.equal(cache.stats.hits, 0);
    let stored = 0;
    for (const d of Deno.readDirSync(`${dir}/png`)) stored += [...Deno.readDirSync(`${dir}/png/${d.name}`)].length;
    assert.equal(stored, many.length);
  } finally {
    pool.close();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("PngPool.help() on one thread, or with nothing left to do, returns at once", async () => {
  const one = new PngPool({ threads: 1 });
  const image = one.render(SVGS[2]);
  assert.equal(await one.help(), 0, "one thread: every image was rendered when asked for");
  assert.deepEqual(await image, await svgToPng(SVGS[2]));
  one.close();
  const two = new PngPool({ threads: 2 });
  assert.equal(await two.help(), 0, "no image asked for");
  two.close();
});
