/**
 * The benchmark's long-token measure: an article that holds one long run of letters
 * without a space (as a base64 image or a minified script does), read by wink-nlp's
 * own `readDoc` (whose time grows with the square of the run's length) and annotated
 * by framelens (which sets the run aside as one opaque token).
 *
 * @module
 */
import { winkBaseline } from "../src/nlp/wink.ts";
import { annotateArticle, type Resources } from "../src/pipeline/annotate.ts";

/** One long run, timed both ways. */
export interface LongTokenTiming {
  /** Letters in the run. */
  letters: number;
  /** Seconds wink-nlp's `readDoc` took on the article. */
  wink_s: number;
  /** Seconds framelens' `annotateArticle` took on it. */
  framelens_s: number;
}

/**
 * `letters` letters of both cases in a fixed pseudo-random order, with no space.
 *
 * @example
 * ```ts
 * longRun(8); // the same eight letters every time
 * ```
 */
export function longRun(letters: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let x = 1;
  const out = new Array<string>(letters);
  for (let i = 0; i < letters; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = alphabet[(x >>> 8) % alphabet.length];
  }
  return out.join("");
}

/**
 * Times one article per size ("An image follows.", the run on a line of its own, "The
 * end."), once through wink-nlp's `readDoc` and once through framelens' annotation.
 *
 * @example
 * ```ts
 * const rows = longTokenTimings([50_000], await loadResources());
 * rows[0].wink_s / rows[0].framelens_s; // how many times slower wink-nlp alone is
 * ```
 */
export function longTokenTimings(sizes: readonly number[], resources: Resources): LongTokenTiming[] {
  return sizes.map((letters) => {
    const text = `An image follows.\n${longRun(letters)}\nThe end.\n`;
    let t = performance.now();
    winkBaseline([text]);
    const wink = (performance.now() - t) / 1000;
    t = performance.now();
    annotateArticle({ id: "long", file: "long.md", outlet: "Bench", extra: {}, text }, resources);
    return { letters, wink_s: wink, framelens_s: (performance.now() - t) / 1000 };
  });
}
