/**
 * A Deno worker of `svgsToPngs`'s pool: renders the SVG documents it is sent as PNG.
 *
 * @module
 */
import { servePool } from "../pipeline/pool.ts";
import { svgToPng } from "./png.ts";

servePool<null, string, Uint8Array>(() => Promise.resolve((svg) => svgToPng(svg)));
