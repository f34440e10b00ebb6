// What the report holds while it builds its sections (issue 19): each section's tables are
// written as soon as it is built, and a stage's result is let go once no stage still to run
// needs it. The tests count what is held; the bytes written are those of writeReport.
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { STAGES } from "../../src/stages/registry.ts";
import { resultsHeld, tablesHeld } from "../../src/report/section.ts";
import { openReportFolder, writeReport } from "../../src/report/write.ts";
import { PngPool } from "../../src/render/png_pool.ts";
import { show } from "../../src/render/figure.ts";
import { writeCsv, writeCsvSync } from "../../src/render/csv.ts";
import type { ReportSection } from "../../src/report/types.ts";

// What buildSections has worked out when each section is built, in the registry's order
// (tests/stages/registry_test.ts checks that order): framing needs sources, which needs
// entities; attention needs framing, entities and sources; reuse needs sources.
const WORKED_OUT: Record<string, string[]> = {
  corpus: ["corpus"],
  terms: ["terms"],
  framing: ["entities", "sources", "framing"],
  entities: [],
  sources: [],
  attention: ["attention"],
  reuse: ["reuse"],
};

/** Steps through the sections as buildSections does, recording what `record` reads after each. */
function eachSection<T>(record: (i: number, computed: Set<string>, kept: string[]) => T): T[] {
  const computed: string[] = [];
  const out: T[] = [];
  for (let i = 0; i < STAGES.length; i++) {
    computed.push(...WORKED_OUT[STAGES[i].name]);
    const worked = new Set(computed);
    const kept = resultsHeld(STAGES, i, worked);
    out.push(record(i, worked, kept));
    // What is let go is gone for good: buildSections deletes it.
    computed.splice(0, computed.length, ...kept);
  }
  return out;
}

Deno.test("resultsHeld() over the registry: after each section, only the results a stage still to run needs", () => {
  assert.deepEqual(Object.keys(WORKED_OUT), STAGES.map((s) => s.name));
  const held = eachSection((_i, _worked, kept) => kept);
  assert.deepEqual(held, [
    [], // corpus: no stage needs it
    [], // terms: its three tables (the largest after the pairs) are let go at once
    ["framing", "entities", "sources"], // attention needs all three, reuse sources
    ["framing", "entities", "sources"],
    ["framing", "entities", "sources"],
    ["sources"], // attention ran: only reuse, still to run, needs sources
    [],
  ]);
});

Deno.test("tablesHeld() over the registry: a result held for a later stage holds only the tables that stage reads", () => {
  // The same steps as above: what is worked out as each section is built, and what is held.
  const held = eachSection((i, worked, kept) =>
    Object.fromEntries(kept.map((name) => [name, tablesHeld(STAGES, i, worked, name) ?? "all"]))
  );
  assert.deepEqual(held, [
    {},
    {},
    // Framing's section is written: attention reads its hits, not its summary; the entities'
    // and sources' sections are still to build.
    { framing: ["framing"], entities: "all", sources: "all" },
    // The entities' section is written: attention reads their mentions, none of their tables
    // (the pairs and the entity rows, the largest of the report).
    { framing: ["framing"], entities: [], sources: "all" },
    // The sources' section is written: attention reads the quotes, reuse none of its tables.
    { framing: ["framing"], entities: [], sources: ["quotes"] },
    { sources: [] }, // attention ran: reuse reads the speakers, not the tables
    {},
  ]);
});

Deno.test("resultsHeld() keeps a stage whose section is still to build, worked out early for a stage that needed it", () => {
  const stages = [{ name: "a", needs: ["b"] }, { name: "b", needs: [] }];
  assert.deepEqual(resultsHeld(stages, 0, new Set(["a", "b"])), ["b"]);
  assert.deepEqual(resultsHeld(stages, 1, new Set(["b"])), []);
});

/** Two sections: one table of 30 rows with a preview of 25, one of 3 rows, and a file. */
function sections(): ReportSection[] {
  const rows = Array.from({ length: 30 }, (_, i) => ({ outlet: i % 2 ? "A" : "B, C", term: `w${i}`, count: i / 3 }));
  return [
    {
      id: "one",
      title: "One",
      description: "First.",
      charts: [],
      tables: [{ name: "terms", title: "Terms", columns: ["outlet", "term", "count"], rows }],
    },
    {
      id: "two",
      title: "Two",
      description: "Second.",
      charts: [],
      tables: [{ name: "small", title: "Small", columns: ["outlet"], rows: rows.slice(0, 3), preview: 2 }],
      files: [{ name: "two.json", title: "Data", content: "{}\n" }],
    },
  ];
}

const info = { corpusDir: "data/articles", articles: 30, outlets: 2, problems: [], generated: "2026-12-07T00:00:00Z" };

async function filesOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      out.set(join(e.parentPath, e.name).slice(dir.length), await readFile(join(e.parentPath, e.name), "utf8"));
    }
  }
  return out;
}

Deno.test("openReportFolder(): tables written as each section comes hold only the rows the page shows, and the folder is writeReport's byte for byte", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const whole = await writeReport(sections(), info, join(tmp, "whole"));
    const folder = await openReportFolder(join(tmp, "early"), info);
    const cut = sections().map((s) => folder.writeTables(s));
    assert.deepEqual(cut.map((s) => s.tables.map((t) => [t.rows.length, t.count])), [[[25, 30]], [[2, 3]]]);
    const pool = new PngPool();
    let early: string[];
    try {
      early = await folder.finish(cut, pool, show);
    } finally {
      pool.close();
    }
    assert.deepEqual(early, whole);
    const [a, b] = [await filesOf(join(tmp, "whole")), await filesOf(join(tmp, "early"))];
    assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
    for (const [name, text] of a) assert.equal(b.get(name), text, name);
    assert.match(a.get("/index.html")!, /30 rows\).*5 more rows not shown/s);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("openReportFolder(): abort() removes the unfinished folder and leaves the earlier report", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    await writeReport(sections(), info, join(tmp, "report"));
    const before = await filesOf(join(tmp, "report"));
    const folder = await openReportFolder(join(tmp, "report"), info);
    folder.writeTables(sections()[0]);
    await folder.abort();
    assert.deepEqual((await readdir(tmp)).sort(), ["report"]);
    assert.deepEqual(await filesOf(join(tmp, "report")), before);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("writeCsvSync() writes writeCsv's bytes, over several megabyte chunks, quotes and formulas included", async () => {
  const tmp = await Deno.makeTempDir();
  try {
    const rows = Array.from({ length: 60_000 }, (_, i) => ({
      outlet: i % 7 ? "A" : 'B, "C"',
      term: i % 11 ? `term-${i}` : "=SUM(1)",
      count: i,
      share: i / 7,
    }));
    await writeCsv(join(tmp, "a.csv"), rows, ["outlet", "term", "count", "share"]);
    writeCsvSync(join(tmp, "b.csv"), rows, ["outlet", "term", "count", "share"]);
    const a = await readFile(join(tmp, "a.csv"));
    assert.ok(a.length > 2 * (1 << 20)); // three chunks or more
    assert.deepEqual(await readFile(join(tmp, "b.csv")), a);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});
