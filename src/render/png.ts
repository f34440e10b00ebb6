/**
 * SVG to PNG with resvg (WebAssembly), with the DejaVu Sans font so that text shows.
 *
 * @module
 */
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { initWasm, Resvg } from "@resvg/resvg-wasm";

let ready: Promise<Uint8Array[]> | undefined;

async function init(): Promise<Uint8Array[]> {
  const require = createRequire(import.meta.url);
  const wasm = await readFile(require.resolve("@resvg/resvg-wasm/index_bg.wasm"));
  await initWasm(wasm);
  // The font files ship in the npm package dejavu-fonts-ttf; the import brings them
  // into Deno's cache on first use (deno.json enables raw imports).
  const [regular, bold] = await Promise.all([
    import("dejavu-fonts-ttf/ttf/DejaVuSans.ttf", { with: { type: "bytes" } }),
    import("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", { with: { type: "bytes" } }),
  ]);
  return [regular.default as Uint8Array, bold.default as Uint8Array];
}

/** Options for {@linkcode svgToPng}. */
export interface PngOptions {
  /** Pixels per SVG unit. Default 2, for sharp text in reports. */
  scale?: number;
}

/**
 * Converts an SVG document to PNG bytes.
 *
 * @example
 * ```ts
 * const png = await svgToPng(renderSvg(spec));
 * await Deno.writeFile("chart.png", png);
 * ```
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  ready ??= init();
  const fonts = await ready;
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    background: "white",
    font: {
      fontBuffers: fonts,
      loadSystemFonts: false,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
  });
  const png = resvg.render().asPng();
  resvg.free();
  return png;
}
