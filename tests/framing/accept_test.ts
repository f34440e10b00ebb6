import assert from "node:assert/strict";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acceptWording, appendWording } from "../../src/framing/accept.ts";
import { DEFAULT_FRAMING_LEXICON_FILE, loadFramingLexicon } from "../../src/framing/lexicon.ts";
import { main } from "../../src/report/accept_cli.ts";

const SMALL = `# header comment
referents:
  - id: israel
    label: Israel
    loaded:
      - Zionist regime   # a trailing comment
      # a comment inside the list
    neutral:
      - Israel

  - id: united_states
    label: United States
    loaded: [Great Satan]
`;

Deno.test("appendWording() adds a wording as the last item of the list and keeps every other line", () => {
  const next = appendWording(SMALL, "small.yaml", "israel", "loaded", "Israeli [adj]* brutal*");
  const before = SMALL.split("\n");
  const after = next.split("\n");
  assert.equal(after.length, before.length + 1);
  assert.equal(after[6], '      - "Israeli [adj]* brutal*"', "after the last item, before the comment that follows it");
  assert.deepEqual([...after.slice(0, 6), ...after.slice(7)], before, "nothing else moved");
});

Deno.test("appendWording() writes a note and the contextual flag as a mapping", () => {
  const next = appendWording(SMALL, "small.yaml", "israel", "neutral", "Israeli army", {
    note: "wire: plain",
    contextual: false,
  });
  assert.ok(next.includes('      - text: "Israeli army"\n        note: "wire: plain"\n'), next);
});

Deno.test("appendWording() refuses what would break the lexicon, naming the file and the fault", () => {
  assert.throws(
    () => appendWording(SMALL, "small.yaml", "hezbollah", "loaded", "x"),
    /small\.yaml: it has no referent "hezbollah"/,
  );
  assert.throws(
    () => appendWording(SMALL, "small.yaml", "united_states", "loaded", "US bullying"),
    /has no block list "loaded:"/,
  );
  assert.throws(() => appendWording(SMALL, "small.yaml", "israel", "loaded", "Zionist regime"), /already/);
  assert.throws(() => appendWording(SMALL, "small.yaml", "israel", "loaded", "[adj] regime"), /starts with the slot/);
});

Deno.test("acceptWording() and `deno task accept` append to a copy of the project lexicon, which stays valid and keeps its comments", async () => {
  const dir = await mkdtemp(join(tmpdir(), "framelens-accept-"));
  try {
    const file = join(dir, "framing.yaml");
    await copyFile(DEFAULT_FRAMING_LEXICON_FILE, file);
    const original = await readFile(file, "utf8");
    await acceptWording("israel", "loaded", "Israeli [adj]* pillag*", { file, note: "test" });
    assert.equal(await main(["kurdish_opposition", "loaded", "armed gangs", "--contextual", "--lexicon", file]), 0);
    const text = await readFile(file, "utf8");
    const comments = (t: string) => t.split("\n").filter((l) => l.trimStart().startsWith("#"));
    assert.deepEqual(comments(text), comments(original));
    const lexicon = await loadFramingLexicon(file);
    const israel = lexicon.referents.find((r) => r.id === "israel")!;
    assert.ok(israel.wordings.some((w) => w.text === "Israeli [adj]* pillag*" && w.frame === "loaded"));
    const kurds = lexicon.referents.find((r) => r.id === "kurdish_opposition")!;
    assert.ok(kurds.wordings.some((w) => w.text === "armed gangs" && w.context.length > 0));
    assert.equal(await main(["israel", "loaded", "Israeli [adj]* pillag*", "--lexicon", file]), 1, "twice: refused");
    assert.equal(await readFile(file, "utf8"), text, "a refused wording leaves the file as it was");
  } finally {
    await rm(dir, { recursive: true });
  }
});
