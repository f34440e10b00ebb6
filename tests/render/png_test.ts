import assert from "node:assert/strict";
import { crc32, inflateSync } from "node:zlib";
import { encodePng, PNG_MAX_PIXELS, pngScale, svgToPng } from "../../src/render/png.ts";

function pngSize(png: Uint8Array): [number, number] {
  const v = new DataView(png.buffer, png.byteOffset);
  return [v.getUint32(16), v.getUint32(20)];
}

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="white"/>${text}</svg>`;

Deno.test("svgToPng() writes a PNG at twice the SVG size by default", async () => {
  const png = await svgToPng(svg(""));
  assert.deepEqual([...png.slice(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  assert.deepEqual(pngSize(png), [400, 100]);
});

Deno.test("svgToPng() draws a chart too large for PNG_MAX_PIXELS at 2 at the scale that fits it, and never under 1", async () => {
  const tall = (w: number, h: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="white"/></svg>`;
  // 1000 × 2500 units: 10 million pixels at scale 2; the budget's scale is √(4e6 / 2.5e6) ≈ 1.265.
  const [w, h] = pngSize(await svgToPng(tall(1000, 2500)));
  assert.ok(w * h <= PNG_MAX_PIXELS * 1.005, `${w} × ${h} pixels`);
  assert.ok(Math.abs(w - 1265) <= 1 && Math.abs(h - 3162) <= 1, `${w} × ${h} pixels`);
  // 1000 × 6000 units: over the budget even at 1, drawn at 1.
  assert.deepEqual(pngSize(await svgToPng(tall(1000, 6000))), [1000, 6000]);
  // A scale asked for is kept.
  assert.deepEqual(pngSize(await svgToPng(tall(1000, 2500), { scale: 2 })).map((n) => n / 2), [1000, 2500]);
});

Deno.test("pngScale() reads the root element's size only, in units or px, and is 2 without one", () => {
  const inner = '<rect width="5000" height="5000"/>';
  assert.equal(pngScale(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">${inner}</svg>`), 2);
  assert.equal(pngScale('<svg width="2000px" height="2000px"></svg>'), 1);
  assert.equal(pngScale(`<svg viewBox="0 0 10 10">${inner}</svg>`), 2);
});

Deno.test("svgToPng() draws text (the font is loaded): a PNG with text differs from one without", async () => {
  const blank = await svgToPng(svg(""));
  const withText = await svgToPng(
    svg('<text x="10" y="30" font-size="20" font-family="system-ui, sans-serif">Larijani</text>'),
  );
  assert.notDeepEqual(withText, blank);
  assert.ok(withText.length > blank.length + 200, `text adds ink: ${withText.length} vs ${blank.length} bytes`);
});

Deno.test("encodePng() writes a PNG that another decoder (resvg's, through an <image>) reads back pixel for pixel", async () => {
  const [w, h] = [7, 5];
  const rgba = new Uint8Array(w * h * 4);
  for (let i = 0; i < w * h; i++) rgba.set([(i * 37) % 256, (i * 91) % 256, (i * 13) % 256, 255], i * 4);
  const png = encodePng(w, h, rgba);
  assert.deepEqual([...png.slice(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  assert.deepEqual(pngSize(png), [w, h]);
  const href = `data:image/png;base64,${btoa(String.fromCharCode(...png))}`;
  await svgToPng(svg("")); // loads resvg
  const { Resvg } = await import("@resvg/resvg-wasm");
  const image = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><image width="${w}" height="${h}" href="${href}" image-rendering="optimizeSpeed"/></svg>`,
  ).render();
  assert.deepEqual([...image.pixels], [...rgba]);
});

Deno.test("encodePng(): rows with filter byte 0 and RGB triples, in chunks whose CRC-32 checks out", () => {
  const png = encodePng(2, 1, new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255]));
  const view = new DataView(png.buffer, png.byteOffset);
  const chunks: [string, Uint8Array][] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.slice(at + 4, at + 8));
    assert.equal(view.getUint32(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)), `CRC of ${type}`);
    chunks.push([type, png.slice(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  assert.deepEqual(chunks.map(([t]) => t), ["IHDR", "IDAT", "IEND"]);
  assert.deepEqual([...chunks[0][1]], [0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  assert.deepEqual([...inflateSync(chunks[1][1])], [0, 255, 0, 0, 0, 0, 255]);
});

Deno.test("encodePng() refuses pixels that do not fill the size it is given", () => {
  assert.throws(() => encodePng(2, 2, new Uint8Array(12)), /12 bytes are not 2 × 2 RGBA pixels/);
  assert.throws(() => encodePng(0, 2, new Uint8Array(0)), /0 × 2 pixels/);
});
