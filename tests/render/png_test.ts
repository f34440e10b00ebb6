import assert from "node:assert/strict";
import { svgToPng } from "../../src/render/png.ts";

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

Deno.test("svgToPng() draws text (the font is loaded): a PNG with text differs from one without", async () => {
  const blank = await svgToPng(svg(""));
  const withText = await svgToPng(
    svg('<text x="10" y="30" font-size="20" font-family="system-ui, sans-serif">Larijani</text>'),
  );
  assert.notDeepEqual(withText, blank);
  assert.ok(withText.length > blank.length + 200, `text adds ink: ${withText.length} vs ${blank.length} bytes`);
});
