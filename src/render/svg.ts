/**
 * Rendering a chart to a standalone SVG string, outside a browser, with linkedom
 * as Plot's `document`.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { ChartSpec } from "../charts/spec.ts";
import { FONT_FAMILY, FONT_SIZE, textWidth } from "../charts/theme.ts";

let doc: Document | undefined;
function document(): Document {
  doc ??= parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
  return doc;
}

/**
 * Characters that may not appear in an XML document at all, escaped or not: C0
 * controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates.
 */
const NOT_XML =
  // deno-lint-ignore no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces every character that XML forbids (see {@linkcode escapeXml}) with U+FFFD,
 * so that a document holding untrusted text stays well-formed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { xmlSafe } from "./svg.ts";
 * assert.equal(xmlSafe("a\u0007b"), "a\uFFFDb"); // a control character XML forbids
 * ```
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}

/**
 * Escapes text for XML and HTML: `&`, `<`, `>`, `"` and `'` become character
 * references, and characters that XML forbids (C0 controls other than tab, LF and
 * CR, U+FFFE, U+FFFF, lone surrogates) become U+FFFD. The result is safe as element
 * text and as a quoted attribute value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { escapeXml } from "./svg.ts";
 * assert.equal(escapeXml("<b>"), "&#60;b&#62;");
 * ```
 */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const SWATCH_ROW = 20;

/**
 * Splits text into lines of at most `width` pixels, at spaces, as `measure` gives the
 * width of a line; a word longer than a line has a line of its own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wrapLines } from "./svg.ts";
 * assert.deepEqual(wrapLines("one two three", 60, (s) => s.length * 7.5), ["one two", "three"]);
 * ```
 */
export function wrapLines(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && measure(line + " " + word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? line + " " + word : word;
  }
  lines.push(line);
  return lines;
}

/** Attributes of Plot's `<svg>` that only a viewport has. */
const VIEWPORT_ATTRIBUTES = new Set(["width", "height", "viewbox", "x", "y", "xmlns"]);

/**
 * Plot's chart as a group moved down by `y`: its children and its presentation
 * attributes (class, style, fonts) on a `<g>`. A nested `<svg>` would draw the same,
 * but resvg paints a viewport's clip as a layer the size of the chart, which made a
 * tall chart's PNG about six times slower. Plot's `viewBox` is its own width and
 * height, so nothing is scaled; what Plot draws past its edges (it draws nothing
 * there) is no longer clipped. A chart with another `viewBox` stays nested.
 */
function asGroup(plot: SVGSVGElement, y: number): Element {
  const width = plot.getAttribute("width"), height = plot.getAttribute("height");
  if (plot.getAttribute("viewBox") !== `0 0 ${width} ${height}`) {
    plot.setAttribute("x", "0");
    plot.setAttribute("y", String(y));
    plot.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    return plot;
  }
  const group = plot.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "g");
  for (const { name, value } of Array.from(plot.attributes)) {
    if (!VIEWPORT_ATTRIBUTES.has(name.toLowerCase())) group.setAttribute(name, value);
  }
  group.setAttribute("transform", `translate(0,${y})`);
  while (plot.firstChild) group.appendChild(plot.firstChild);
  return group;
}

/**
 * Renders a chart to a standalone SVG document: the title, subtitle and colour
 * legend drawn above the Plot chart, all as SVG (no HTML), so that the same string
 * displays in a notebook, saves as a file and converts to PNG. The title and subtitle
 * wrap onto more lines where they are wider than the chart.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { articlesPerOutletChart, renderSvg } from "framelens";
 * const rows = [{ id: "a1", outlet: "A", date: "2025-08-11", title: "", kind: "news", words: 300, sentences: 12 }];
 * const svg = renderSvg(articlesPerOutletChart(rows)); // write it with Deno.writeTextFile("chart.svg", svg)
 * assert.match(svg, /^<svg/);
 * assert.match(svg, /Articles per outlet/); // the title, drawn as SVG text
 * ```
 */
export function renderSvg(spec: ChartSpec): string {
  const plot = Plot.plot({ ...spec.plot, document: document() }) as unknown as SVGSVGElement & {
    scale(name: string): { domain?: unknown[]; range?: unknown[] } | undefined;
  };
  if (plot.tagName.toLowerCase() !== "svg") {
    throw new Error(
      `Cannot render chart "${spec.name}": Plot returned <${plot.tagName}>, not <svg> (do not set legend or caption in the Plot options)`,
    );
  }
  const width = Number(plot.getAttribute("width"));
  const height = Number(plot.getAttribute("height"));
  const parts: string[] = [];
  let y = 0;
  // Title and subtitle wrap at the chart's width (4 px in from each side).
  const text = (s: string, size: number, weight: string, fill: string) => {
    for (const line of wrapLines(s, width - 8, (l) => textWidth(l, size, weight === "bold"))) {
      y += size + 6;
      parts.push(
        `<text x="4" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
      );
    }
  };
  text(spec.title, 16, "bold", "#111");
  if (spec.subtitle) text(spec.subtitle, 12, "normal", "#555");
  if (spec.legend) {
    const color = plot.scale("color");
    const domain = (color?.domain ?? []).map(String);
    const range = (color?.range ?? []).map(String);
    if (domain.length) {
      y += 8;
      let x = 4;
      const label = `${spec.legend}:`;
      parts.push(`<text x="${x}" y="${y + 10}" font-size="${FONT_SIZE}" fill="#333">${escapeXml(label)}</text>`);
      x += label.length * FONT_SIZE * 0.62 + 8;
      domain.forEach((d, i) => {
        const w = 18 + d.length * FONT_SIZE * 0.62 + 14;
        if (x + w > width && x > 4) {
          x = 4;
          y += SWATCH_ROW;
        }
        parts.push(
          `<rect x="${x}" y="${y}" width="12" height="12" fill="${escapeXml(range[i % range.length] ?? "#999")}"/>`,
        );
        parts.push(`<text x="${x + 16}" y="${y + 10}" font-size="${FONT_SIZE}" fill="#333">${escapeXml(d)}</text>`);
        x += w;
      });
      y += SWATCH_ROW - 6;
    }
  }
  y += 10;
  // Plot's own text (tick labels, tooltips) is escaped by the DOM serialiser, which
  // leaves characters that XML forbids as they are: they are replaced here.
  const inner = xmlSafe(asGroup(plot, y).outerHTML);
  const total = y + height;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${
    escapeXml(FONT_FAMILY)
  }">` +
    `<rect width="100%" height="100%" fill="white"/>${parts.join("")}${inner}</svg>`;
}
