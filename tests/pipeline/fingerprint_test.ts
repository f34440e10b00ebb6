import assert from "node:assert/strict";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { codeFingerprint, importSpecifiers, moduleGraph, type SourceReader } from "../../src/pipeline/fingerprint.ts";
import { loadDigestTools, stageFingerprints } from "../../src/pipeline/digest.ts";
import { pipelineSourceHash } from "../../src/pipeline/cache.ts";
import { stageNamed } from "../../src/stages/registry.ts";
import { withTempDir } from "../fixtures/temp_dir.ts";

const SRC = new URL("../../src/", import.meta.url);
const ROOT = new URL("../../", import.meta.url);
const tools = await loadDigestTools();

/** Reads the project's files from disk, with some replaced (text) or hidden (null). */
function readerWith(changes: Record<string, string | null>): SourceReader {
  return (url) => {
    const rel = url.href.slice(ROOT.href.length);
    if (rel in changes) return changes[rel] ?? undefined;
    try {
      return readFileSync(url);
    } catch {
      return undefined;
    }
  };
}

const source = (rel: string) => readFileSync(new URL(rel, ROOT), "utf8");
const relPaths = (urls: URL[]) => urls.map((u) => u.href.slice(ROOT.href.length)).sort();

Deno.test("importSpecifiers() reads imports, re-exports over several lines, bare imports and dynamic imports, not type imports or comments", () => {
  const text = [
    "/**",
    " * @example",
    " * ```ts",
    ' * import { x } from "./in_a_comment.ts";',
    ' * await import("./also_in_a_comment.ts");',
    " * ```",
    " */",
    'import { a, type A } from "./a.ts";',
    'import type { B } from "../b.ts";',
    "export {",
    "  c,",
    '} from "./c.ts";',
    'export type { D } from "./d.ts";',
    'import "./e.ts";',
    'export * from "./f.ts";',
    'import nlp from "compromise";',
    '// const g = await import("./g.ts");',
    'const h = await import("./h.ts", { with: { type: "json" } });',
  ].join("\n");
  assert.deepEqual(importSpecifiers(text), ["./a.ts", "./c.ts", "./e.ts", "./f.ts", "compromise", "./h.ts"]);
});

Deno.test('importSpecifiers() reads an import only from an import statement: an array holding "from" and a string is none', () => {
  const text = [
    'export const WORDS = ["to", "from", "x"];',
    "export const CUES = [",
    '  "quoted",',
    '  "from",',
    '  "./y.ts",',
    "];",
    'export const Z = { from: "z" };',
    'import * as ns from "./ns.ts";',
    'import d, { e } from "./de.ts";',
    'import type from "./named_type.ts";',
    'export * as all from "./all.ts";',
    "import {",
    "  f,",
    "  type F,",
    '} from "./f.ts";',
  ].join("\n");
  assert.deepEqual(importSpecifiers(text), ["./ns.ts", "./de.ts", "./named_type.ts", "./all.ts", "./f.ts"]);
});

Deno.test("moduleGraph() of a stage reaches every module it imports and the npm packages they import", () => {
  const terms = moduleGraph(stageNamed("terms").module);
  // measures/buckets.ts, which the hand-typed list of the terms stage once missed, is reached.
  for (
    const m of ["src/stages/terms.ts", "src/measures/terms.ts", "src/measures/buckets.ts", "src/measures/logodds.ts"]
  ) {
    assert.ok(relPaths(terms.modules).includes(m), m);
  }
  // Type imports are not followed: the entities stage's module, whose part the terms read, is not code of the terms.
  assert.ok(!relPaths(terms.modules).includes("src/stages/entities.ts"));
  const entities = moduleGraph(stageNamed("entities").module);
  const compromise = JSON.parse(source("deno.lock")).npm["compromise@14.17.0"].integrity;
  assert.ok(entities.packages.includes(`compromise@14.17.0 ${compromise}`), "compromise as locked");
  // compromise's own dependencies are in too.
  assert.ok(entities.packages.some((p) => p.startsWith("efrt@")));
  const framing = moduleGraph(stageNamed("framing").module);
  assert.ok(!framing.packages.some((p) => p.startsWith("compromise@")), "the framing does not use compromise");
});

Deno.test("codeFingerprint() changes when a module two imports away is edited, and not when a module it does not import is", () => {
  const entry = new URL("stages/terms.ts", SRC);
  const before = codeFingerprint(entry, { read: readerWith({}) });
  assert.equal(before, codeFingerprint(entry), "the injected reader reads what the disk holds");
  const edited = codeFingerprint(entry, {
    read: readerWith({ "src/measures/buckets.ts": `${source("src/measures/buckets.ts")}\n// edited\n` }),
  });
  assert.notEqual(edited, before);
  const elsewhere = codeFingerprint(entry, {
    read: readerWith({ "src/charts/terms.ts": `${source("src/charts/terms.ts")}\n// edited\n` }),
  });
  assert.equal(elsewhere, before, "a chart is not code of the stage");
});

Deno.test("codeFingerprint() changes with the locked version of a package the code imports, and only then", () => {
  const lock = JSON.parse(source("deno.lock"));
  lock.npm["efrt@2.7.0"].integrity = "sha512-another";
  const read = readerWith({ "deno.lock": JSON.stringify(lock) });
  const entities = new URL("stages/entities.ts", SRC);
  const framing = new URL("stages/framing.ts", SRC);
  assert.notEqual(codeFingerprint(entities, { read }), codeFingerprint(entities), "compromise's dependency changed");
  assert.equal(codeFingerprint(framing, { read }), codeFingerprint(framing));
});

Deno.test("codeFingerprint() of a copy changes when a module moves, and a module that cannot be found is an error", async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, "lib"));
    await writeFile(join(dir, "deno.json"), JSON.stringify({ imports: { util: "./lib/util.ts" } }));
    await writeFile(join(dir, "deno.lock"), JSON.stringify({ version: "5", specifiers: {}, npm: {} }));
    await writeFile(join(dir, "main.ts"), 'import { twice } from "util";\nexport const four = twice(2);\n');
    await writeFile(join(dir, "lib", "util.ts"), 'export * from "./math.ts";\n');
    await writeFile(join(dir, "lib", "math.ts"), "export const twice = (x: number) => 2 * x;\n");
    const main = pathToFileURL(join(dir, "main.ts"));
    const read = readerWith({});
    const first = codeFingerprint(main, { read });
    assert.deepEqual(moduleGraph(main, { read }).modules.map((u) => u.href.slice(pathToFileURL(dir).href.length)), [
      "/main.ts",
      "/lib/util.ts",
      "/lib/math.ts",
    ]);
    // An edit two imports away.
    await writeFile(join(dir, "lib", "math.ts"), "export const twice = (x: number) => x + x;\n");
    const edited = codeFingerprint(main, { read });
    assert.notEqual(edited, first);
    // The same files, util.ts moved (and the import map with it): the code is another.
    await mkdir(join(dir, "shared"));
    await rename(join(dir, "lib", "util.ts"), join(dir, "shared", "util.ts"));
    await writeFile(join(dir, "shared", "math.ts"), "export const twice = (x: number) => x + x;\n");
    await writeFile(join(dir, "deno.json"), JSON.stringify({ imports: { util: "./shared/util.ts" } }));
    assert.notEqual(codeFingerprint(main, { read }), edited);
    // math.ts moved, and util.ts still imports it where it was: an error naming both, not a hash.
    await rename(join(dir, "shared", "math.ts"), join(dir, "math.ts"));
    assert.throws(
      () => codeFingerprint(main, { read }),
      /shared\/util\.ts imports "\.\/math\.ts", and shared\/math\.ts cannot be read/,
    );
  });
});

Deno.test("codeFingerprint() refuses a bare specifier that deno.json does not map, and a package deno.lock does not hold", () => {
  const entry = new URL("stages/framing.ts", SRC);
  const framing = source("src/stages/framing.ts");
  assert.throws(
    () => codeFingerprint(entry, { read: readerWith({ "src/stages/framing.ts": `import "left-pad";\n${framing}` }) }),
    /src\/stages\/framing\.ts imports "left-pad", which deno\.json's imports do not map/,
  );
  assert.throws(
    () =>
      codeFingerprint(entry, { read: readerWith({ "src/stages/framing.ts": `import "npm:left-pad@1";\n${framing}` }) }),
    /the npm package "npm:left-pad@1" it imports is not in deno\.lock/,
  );
});

Deno.test("stageFingerprints() changes the stage whose code changed and the stages that need it, not the others", () => {
  const base = stageFingerprints(tools);
  assert.deepEqual(base, tools.fingerprints);
  const edit = (rel: string) => readerWith({ [rel]: `${source(rel)}\n// edited\n` });
  const typing = stageFingerprints(tools, { read: edit("src/entities/typing.ts") });
  assert.notEqual(typing.entities, base.entities);
  assert.notEqual(typing.terms, base.terms, "the terms need the entities' candidates");
  assert.notEqual(typing.sources, base.sources, "the sources need the entities (their speakers)");
  assert.notEqual(typing.framing, base.framing, "the framing needs the sources (its voice)");
  const attribution = stageFingerprints(tools, { read: edit("src/sources/attribution.ts") });
  assert.deepEqual(
    ["terms", "framing", "entities", "sources"].map((s) => attribution[s] === base[s]),
    [true, false, true, false],
  );
  const voice = stageFingerprints(tools, { read: edit("src/framing/voice.ts") });
  assert.deepEqual([voice.terms === base.terms, voice.framing === base.framing, voice.entities === base.entities], [
    true,
    false,
    true,
  ]);
  const keyness = stageFingerprints(tools, { read: edit("src/measures/keyness_dispersion.ts") });
  assert.notEqual(keyness.terms, base.terms, "the stage's module imports its corpus-wide code too");
  assert.throws(
    () => stageFingerprints(tools, { read: readerWith({ "src/measures/buckets.ts": null }) }),
    /src\/measures\/terms\.ts imports "\.\/buckets\.ts", and src\/measures\/buckets\.ts cannot be read/,
  );
});

Deno.test("pipelineSourceHash() is the annotation's code: annotate.ts and every module it imports", () => {
  const graph = relPaths(moduleGraph(new URL("pipeline/annotate.ts", SRC)).modules);
  for (const m of ["src/nlp/wink.ts", "src/text/normalize.ts", "src/text/boilerplate.ts", "src/text/phrases.ts"]) {
    assert.ok(graph.includes(m), m);
  }
  assert.equal(pipelineSourceHash().length, 64);
  assert.ok(moduleGraph(new URL("pipeline/annotate.ts", SRC)).packages.some((p) => p.startsWith("wink-nlp@")));
});

Deno.test("stageFingerprints() depend on the data files' contents, not on where they lie (a moved project keeps its cache)", () => {
  const base = stageFingerprints(tools);
  const moved = {
    ...tools,
    lexicon: { ...tools.lexicon, file: "/elsewhere/data/lexicons/framing.yaml" },
    gazetteer: {
      ...tools.gazetteer,
      gazetteer: { ...tools.gazetteer.gazetteer, file: "/elsewhere/data/entities.yaml" },
    },
  };
  assert.deepEqual(stageFingerprints(moved), base);
  const fewer = {
    ...tools,
    gazetteer: {
      ...tools.gazetteer,
      gazetteer: { ...tools.gazetteer.gazetteer, titles: tools.gazetteer.gazetteer.titles.slice(1) },
    },
  };
  assert.notEqual(stageFingerprints(fewer).entities, base.entities, "a change of content still counts");
});
