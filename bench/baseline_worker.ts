/**
 * A worker of the benchmark's two-thread baseline: it receives its share of the texts,
 * warms a fresh wink-nlp instance up on a few of them, says it is ready, and on "go"
 * runs `winkBaseline` over its share and sends back the token count.
 *
 * @module
 */
import { winkBaseline } from "../src/nlp/wink.ts";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<string[] | "go">) => void) | null;
  postMessage(m: "ready" | number): void;
};
let texts: string[] = [];
scope.onmessage = (e) => {
  if (e.data === "go") scope.postMessage(winkBaseline(texts));
  else {
    texts = e.data;
    winkBaseline(texts.slice(0, 5), { fresh: true });
    scope.postMessage("ready");
  }
};
