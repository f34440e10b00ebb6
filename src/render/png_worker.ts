/**
 * A Deno worker of {@linkcode PngPool}: renders each SVG document it is sent as PNG and
 * sends back the image, or the renderer's message.
 *
 * @module
 */
import { svgToPng } from "./png.ts";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; svg: string }>) => void) | null;
  postMessage(m: unknown): void;
};
// One image at a time, in the order they came.
let queue = Promise.resolve();
scope.onmessage = (e) => {
  const { id, svg } = e.data;
  queue = queue.then(async () => {
    try {
      const png = await svgToPng(svg);
      scope.postMessage({ id, png });
    } catch (err) {
      scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
    }
  });
};
