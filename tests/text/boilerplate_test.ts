import assert from "node:assert/strict";
import { join } from "node:path";
import {
  type BoilerplateRules,
  DEFAULT_BOILERPLATE_FILE,
  findBoilerplate,
  loadBoilerplate,
  NO_BOILERPLATE,
  parseBoilerplate,
} from "../../src/text/boilerplate.ts";

const SEED_DIR = "/work/shared/seed-corpus";

const rules = (overrides: Partial<BoilerplateRules>): BoilerplateRules => ({ ...NO_BOILERPLATE, ...overrides });

/** The spans of `text` as [the text they cover, rule], for readable comparisons. */
const found = (text: string, r: BoilerplateRules, outlet?: string) =>
  findBoilerplate(text, r, outlet).map((s) => [text.slice(s.start, s.end), s.rule]);

/** The message of the error thrown by `fn`. */
function errorMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  assert.fail("expected an error, but nothing was thrown");
}

Deno.test("parseBoilerplate() trims and lower-cases the lines, anchors the patterns and reads the flags", () => {
  const r = parseBoilerplate(
    [
      "lines:",
      "  - '  Leave a Comment  '",
      "patterns:",
      "  - 'read \\d+ min'",
      "drop_repeated_lines: true",
      "drop_outlet_line: false",
    ].join("\n"),
    "b.yaml",
  );
  assert.deepEqual(r.lines, ["leave a comment"]);
  assert.equal(r.patterns.length, 1);
  assert.equal(r.patterns[0].test("Read 5 min"), true);
  assert.equal(r.patterns[0].test("READ 12 MIN"), true);
  assert.equal(r.patterns[0].test("Read 5 min now"), false);
  assert.equal(r.patterns[0].test("Now read 5 min"), false);
  assert.equal(r.dropRepeatedLines, true);
  assert.equal(r.dropOutletLine, false);
});

Deno.test("parseBoilerplate() gives no rules for an empty file", () => {
  assert.deepEqual(parseBoilerplate("", "b.yaml"), NO_BOILERPLATE);
  assert.deepEqual(parseBoilerplate("# only a comment\n", "b.yaml"), NO_BOILERPLATE);
});

Deno.test("parseBoilerplate() says which file and which field is wrong", () => {
  assert.match(
    errorMessage(() => parseBoilerplate("lines: [a", "b.yaml")),
    /^Cannot read b\.yaml:1:10: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]$/,
  );
  assert.equal(
    errorMessage(() => parseBoilerplate("- Leave a Comment", "b.yaml")),
    'Cannot read b.yaml: expected a mapping with "lines" and "patterns"',
  );
  assert.equal(
    errorMessage(() => parseBoilerplate("just words", "b.yaml")),
    'Cannot read b.yaml: expected a mapping with "lines" and "patterns"',
  );
  assert.equal(
    errorMessage(() => parseBoilerplate("lines: [Read more, 3]", "b.yaml")),
    'Cannot read b.yaml: "lines" must be a list of strings',
  );
  assert.equal(
    errorMessage(() => parseBoilerplate("patterns: Read more", "b.yaml")),
    'Cannot read b.yaml: "patterns" must be a list of strings',
  );
  assert.match(
    errorMessage(() => parseBoilerplate("patterns: ['(unclosed']", "b.yaml")),
    /^Cannot read b\.yaml: pattern "\(unclosed" is not a valid regular expression \(.+\)$/,
  );
  assert.equal(
    errorMessage(() => parseBoilerplate("drop_outlet_line: yes", "b.yaml")),
    'Cannot read b.yaml: "drop_outlet_line" must be true or false',
  );
  assert.equal(
    errorMessage(() => parseBoilerplate("drop_repeated_lines: 1", "b.yaml")),
    'Cannot read b.yaml: "drop_repeated_lines" must be true or false',
  );
});

Deno.test("parseBoilerplate() refuses an unknown key, naming file, line, key and the nearest valid key", () => {
  const lines = ["lines: [Read more]", "patterns: ['\\d+ min']", "drop_repeated_lines: true", "drop_outlet_line: true"];
  assert.equal(parseBoilerplate(lines.join("\n"), "b.yaml").dropOutletLine, true);
  const typo = (n: number, from: string, to: string) => lines.map((l, i) => (i === n - 1 ? l.replace(from, to) : l));
  assert.equal(
    errorMessage(() => parseBoilerplate(typo(4, "drop_outlet_line", "drop_outlet_lines").join("\n"), "data/b.yaml")),
    'Cannot read data/b.yaml:4:1: unknown top-level key "drop_outlet_lines" (did you mean "drop_outlet_line"?)',
  );
  assert.equal(
    errorMessage(() => parseBoilerplate(typo(2, "patterns", "pattern").join("\n"), "data/b.yaml")),
    'Cannot read data/b.yaml:2:1: unknown top-level key "pattern" (did you mean "patterns"?)',
  );
  assert.equal(
    errorMessage(() => parseBoilerplate(typo(1, "lines", "furniture").join("\n"), "data/b.yaml")),
    'Cannot read data/b.yaml:1:1: unknown top-level key "furniture" ' +
      "(allowed: lines, patterns, drop_repeated_lines, drop_outlet_line)",
  );
});

Deno.test("findBoilerplate() finds an exact line whatever its case and surrounding white space", () => {
  const text = "Intro.\n  LEAVE A COMMENT  \nEnd.";
  // "Intro.\n" is 7 characters, then 2 spaces: the line starts at 9 and is 15 long.
  assert.deepEqual(findBoilerplate(text, rules({ lines: ["leave a comment"] })), [
    { start: 9, end: 24, rule: "line" },
  ]);
});

Deno.test("findBoilerplate() compares an exact line to the whole line, not a part of it", () => {
  const r = rules({ lines: ["leave a comment"] });
  assert.deepEqual(found("Please leave a comment below.\nLeave a comment, please.", r), []);
});

Deno.test("findBoilerplate() gives offsets into a text with CRLF line ends", () => {
  const text = "A\r\nRead more\r\nB";
  // "A\r\n" is 3 characters; "Read more" is 9.
  assert.deepEqual(findBoilerplate(text, rules({ lines: ["read more"] })), [
    { start: 3, end: 12, rule: "line" },
  ]);
});

Deno.test("findBoilerplate() needs a pattern to match the whole line", () => {
  const r = parseBoilerplate("patterns: ['photo|image', 'read more']", "b.yaml");
  assert.deepEqual(
    found("Photo\nphotography\nAn image\nRead more\nRead more about Iraq\nWe read more", r),
    [["Photo", "pattern"], ["Read more", "pattern"]],
  );
});

Deno.test("findBoilerplate() finds a line repeated later in the article, but not its first occurrence", () => {
  const r = rules({ dropRepeatedLines: true });
  const caption = "Ali Larijani arrives in Baghdad on Monday";
  const text = `${caption}\nThe visit began.\n${caption.toUpperCase()}\nIt ended.`;
  const spans = findBoilerplate(text, r);
  assert.deepEqual(spans, [
    { start: text.lastIndexOf(caption.toUpperCase()), end: text.lastIndexOf("\n"), rule: "repeated" },
  ]);
  assert.deepEqual(findBoilerplate(text, rules({ dropRepeatedLines: false })), []);
});

Deno.test("findBoilerplate() keeps a short repeated line of 20 characters or fewer", () => {
  const r = rules({ dropRepeatedLines: true });
  // "Iran and Iraq agree." is 20 characters: kept; one more character and it is dropped.
  assert.deepEqual(found("Iran and Iraq agree.\nText.\nIran and Iraq agree.", r), []);
  assert.deepEqual(found("Iran and Iraq agreed.\nText.\nIran and Iraq agreed.", r), [
    ["Iran and Iraq agreed.", "repeated"],
  ]);
});

Deno.test("findBoilerplate() finds a line that is only the outlet's name", () => {
  const r = rules({ dropOutletLine: true });
  const text = "Headline\n\nPeregraf \nPeregraf reports that talks went on.";
  assert.deepEqual(found(text, r, "Peregraf"), [["Peregraf", "outlet"]]);
  assert.deepEqual(found(text, r, " PEREGRAF "), [["Peregraf", "outlet"]]);
  assert.deepEqual(found(text, r), []);
  assert.deepEqual(found(text, rules({ dropOutletLine: false }), "Peregraf"), []);
});

Deno.test("findBoilerplate() finds nothing with no rules or in blank lines", () => {
  assert.deepEqual(findBoilerplate("Leave a Comment\n\n   \n", NO_BOILERPLATE), []);
  assert.deepEqual(findBoilerplate("", rules({ lines: [""] })), []);
});

Deno.test("loadBoilerplate() reads data/boilerplate.yaml by default", async () => {
  const r = await loadBoilerplate();
  assert.ok(DEFAULT_BOILERPLATE_FILE.endsWith(join("data", "boilerplate.yaml")));
  assert.ok(r.lines.includes("leave a comment"));
  assert.equal(r.dropRepeatedLines, true);
  assert.equal(r.dropOutletLine, true);
});

Deno.test("loadBoilerplate() finds 'Leave a Comment' and the dateline 'August 11, 2025 - 21:54' of the Tehran Times seed", async () => {
  const r = await loadBoilerplate();
  const text = await Deno.readTextFile(join(SEED_DIR, "000_4ed33afc17db198f.txt"));
  const spans = findBoilerplate(text, r, "Tehran Times");
  assert.deepEqual(spans.map((s) => [text.slice(s.start, s.end), s.rule]), [
    ["August 11, 2025 - 21:54", "pattern"],
    ["Leave a Comment", "line"],
  ]);
  assert.equal(spans[0].start, text.indexOf("August 11, 2025 - 21:54"));
  assert.equal(spans[1].end, text.length); // the last line of the file, without a final line break
});

Deno.test("loadBoilerplate() finds the dateline '11-08-2025 02:02' and the outlet line of the Peregraf seed", async () => {
  const r = await loadBoilerplate();
  const text = await Deno.readTextFile(join(SEED_DIR, "001_f78dd0b2f435afde.txt"));
  assert.deepEqual(found(text, r, "Peregraf"), [
    ["11-08-2025 02:02", "pattern"],
    ["Peregraf", "outlet"],
  ]);
});

Deno.test("loadBoilerplate() says which file it cannot read", async () => {
  const dir = await Deno.makeTempDir({ prefix: "framelens-test-" });
  try {
    const missing = join(dir, "missing.yaml");
    await assert.rejects(loadBoilerplate(missing), (e: unknown) => {
      assert.ok((e as Error).message.startsWith(`Cannot read ${missing}: `));
      return true;
    });
    const bad = join(dir, "bad.yaml");
    await Deno.writeTextFile(bad, "lines: Leave a Comment\n");
    await assert.rejects(loadBoilerplate(bad), {
      message: `Cannot read ${bad}: "lines" must be a list of strings`,
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
