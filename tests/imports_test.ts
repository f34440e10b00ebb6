import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";

const SRC = new URL("../src/", import.meta.url);

/** Every relative module a source imports or re-exports, `import type` included, and dynamic imports of a literal. */
function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/gm)) out.push(m[1]);
  for (const m of source.matchAll(/^\s*import\s+"(\.[^"]+)"/gm)) out.push(m[1]);
  for (const m of source.matchAll(/\bimport\(\s*"(\.[^"]+)"/g)) out.push(m[1]);
  return out;
}

/** The import graph of the .ts files under src/, by path relative to src/. */
async function sourceGraph(): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const rel of (await readdir(SRC, { recursive: true })).filter((f) => f.endsWith(".ts")).sort()) {
    const url = new URL(rel, SRC);
    const source = await readFile(url, "utf8");
    graph.set(rel, importsOf(source).map((m) => new URL(m, url).href.slice(SRC.href.length)));
  }
  return graph;
}

/** The cycles of a graph: its strongly connected components of more than one node (or a node importing itself), each sorted. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

Deno.test("cycles() finds a cycle of two, of three and a self-import, and none in a chain", () => {
  const graph = new Map([
    ["a.ts", ["b.ts"]],
    ["b.ts", ["a.ts", "c.ts"]],
    ["c.ts", ["d.ts"]],
    ["d.ts", ["e.ts"]],
    ["e.ts", ["c.ts", "npm-outside.ts"]],
    ["f.ts", ["f.ts"]],
    ["g.ts", ["a.ts"]],
  ]);
  assert.deepEqual(cycles(graph), [["a.ts", "b.ts"], ["c.ts", "d.ts", "e.ts"], ["f.ts"]]);
  assert.deepEqual(cycles(new Map([["x.ts", ["y.ts"]], ["y.ts", ["z.ts"]], ["z.ts", []]])), []);
});

Deno.test("importsOf() reads imports, type imports, re-exports over several lines and dynamic imports", () => {
  const source = [
    'import { a } from "./a.ts";',
    'import type { B } from "../b.ts";',
    "export {",
    "  c,",
    '} from "./c.ts";',
    'import "./d.ts";',
    'const e = await import("./e.ts");',
    'import { f } from "npm-package";',
  ].join("\n");
  assert.deepEqual(importsOf(source), ["./a.ts", "../b.ts", "./c.ts", "./d.ts", "./e.ts"]);
});

Deno.test("src/ has no import cycle", async () => {
  const graph = await sourceGraph();
  assert.ok(graph.has("measures/terms.ts") && graph.get("mod.ts")!.length > 50, "the walk read src/");
  assert.deepEqual(cycles(graph), []);
});
