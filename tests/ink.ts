/**
 * Measuring what a chart draws with the renderer of its PNG image (resvg and DejaVu
 * Sans), for tests that check that text fits and labels do not overlap: the glyphs'
 * real widths, not the estimate the chart builders lay out with.
 */
import { Resvg } from "@resvg/resvg-wasm";
import { DOMParser } from "linkedom";
import { pngFonts } from "../src/render/png.ts";

/** A box in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far past the edges of an SVG its drawing is looked for. */
const SLACK = 2000;

/**
 * The box around everything an SVG draws (its white background left out), text as
 * resvg draws it with DejaVu Sans. What is drawn past the edges counts: the canvas is
 * grown by {@linkcode SLACK} on every side before measuring. The root `<svg>` needs a
 * `width` and a `height` (its `viewBox`, if any, is taken to be `0 0 width height`).
 */
export async function inkBox(svg: string): Promise<Box | undefined> {
  const fonts = await pngFonts();
  const root = /^<svg[^>]*>/.exec(svg);
  if (!root) throw new Error("Cannot measure: the text does not start with <svg>");
  const width = Number(/\swidth="([\d.]+)"/.exec(root[0])?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root[0])?.[1]);
  // The drawing moved by SLACK on a canvas grown by twice that: all of it lies at positive
  // coordinates (resvg finds no box for a drawing above or left of the origin).
  const grown = root[0]
    .replace(/\sviewBox="[^"]*"/, "")
    .replace(/\swidth="[\d.]+"/, ` width="${width + 2 * SLACK}"`)
    .replace(/\sheight="[\d.]+"/, ` height="${height + 2 * SLACK}"`);
  const body = svg.slice(root[0].length, svg.lastIndexOf("</svg>"))
    .replace('<rect width="100%" height="100%" fill="white"/>', "");
  const moved = `${grown}<g transform="translate(${SLACK},${SLACK})">${body}</g></svg>`;
  const resvg = new Resvg(moved, {
    font: {
      fontBuffers: fonts,
      loadSystemFonts: false,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
  });
  try {
    const box = resvg.getBBox();
    if (!box) return undefined;
    const out = { x: box.x - SLACK, y: box.y - SLACK, width: box.width, height: box.height };
    box.free();
    return out;
  } finally {
    resvg.free();
  }
}

/** The width of a line of text in DejaVu Sans, as resvg draws it. */
export async function textWidth(text: string, fontSize: number, bold = false): Promise<number> {
  const escaped = text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const box = await inkBox(
    `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="0" font-size="${fontSize}"${
      bold ? ' font-weight="bold"' : ""
    }>${escaped}</text></svg>`,
  );
  return box?.width ?? 0;
}

/**
 * The box of each element of an SVG that `selector` finds, measured as drawn: the SVG
 * is cut down to that element and its ancestors (whose transforms and inherited
 * attributes it keeps) and measured with {@linkcode inkBox}.
 */
export async function elementBoxes(svg: string, selector: string): Promise<{ text: string; box: Box }[]> {
  const count = parseSvg(svg).querySelectorAll(selector).length;
  const out: { text: string; box: Box }[] = [];
  for (let i = 0; i < count; i++) {
    const doc = parseSvg(svg);
    const target = doc.querySelectorAll(selector)[i];
    for (let node: Element | null = target; node && node.parentElement; node = node.parentElement) {
      for (const sibling of Array.from(node.parentElement.children)) if (sibling !== node) sibling.remove();
    }
    const box = await inkBox(doc.documentElement.outerHTML);
    if (box) out.push({ text: target.textContent ?? "", box });
  }
  return out;
}

function parseSvg(svg: string): Document {
  return new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as Document;
}

/** Whether two boxes overlap (touching is not overlapping). */
export function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) &&
    Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
}
