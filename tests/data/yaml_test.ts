import assert from "node:assert/strict";
import { type DataSchema, LEAF, parseDataFile } from "../../src/data/yaml.ts";

/** A small schema with two levels below the top: shelves of books. */
const SCHEMA: DataSchema = {
  keys: {
    shelves: {
      items: {
        name: (i, item) => `shelf ${(item as { label?: string }).label ?? i + 1}`,
        keys: { label: LEAF, books: { items: { name: (i) => `book ${i + 1}`, keys: { title: LEAF, year: LEAF } } } },
      },
    },
    owner: LEAF,
  },
};

/** The message of the error that parseDataFile() throws on `lines`, read as d.yaml. */
function errorOf(lines: string[], verb?: string): string {
  try {
    parseDataFile(lines.join("\n"), "data/d.yaml", { schema: SCHEMA, expected: 'a "shelves" list', verb });
  } catch (e) {
    return (e as Error).message;
  }
  assert.fail("expected an error, but nothing was thrown");
}

Deno.test("parseDataFile() reads a file whose keys are all in the schema", () => {
  assert.deepEqual(
    parseDataFile("owner: Ann\nshelves:\n  - label: A\n    books: [{ title: X, year: 1999 }, Y]\n", "d.yaml", {
      schema: SCHEMA,
      expected: 'a "shelves" list',
    }),
    { owner: "Ann", shelves: [{ label: "A", books: [{ title: "X", year: 1999 }, "Y"] }] },
  );
});

Deno.test("parseDataFile() gives an empty mapping for an empty file and refuses a file that is not a mapping", () => {
  assert.deepEqual(parseDataFile("# nothing\n", "d.yaml", { schema: SCHEMA, expected: "x" }), {});
  assert.equal(errorOf(["- a", "- b"]), 'Cannot read data/d.yaml: expected a mapping with a "shelves" list');
});

Deno.test("parseDataFile() names the file, line and column of an unknown key at each level, and the nearest valid key", () => {
  assert.equal(
    errorOf(["owner: Ann", "shelfs: []"]),
    'Cannot read data/d.yaml:2:1: unknown top-level key "shelfs" (did you mean "shelves"?)',
  );
  assert.equal(
    errorOf(["shelves:", "  - label: A", "    bokos: []"]),
    'Cannot read data/d.yaml:3:5: shelf A: unknown key "bokos" (did you mean "books"?)',
  );
  assert.equal(
    errorOf(["shelves:", "  - label: A", "    books:", "      - title: X", "      - { title: Y, yaer: 2001 }"]),
    'Cannot read data/d.yaml:5:21: shelf A, book 2: unknown key "yaer" (did you mean "year"?)',
  );
});

Deno.test("parseDataFile() lists the allowed keys when no valid key is near the unknown one", () => {
  assert.equal(
    errorOf(["shelves:", "  - colour: red"]),
    'Cannot read data/d.yaml:2:5: shelf 1: unknown key "colour" (allowed: label, books)',
  );
});

Deno.test("parseDataFile() reports the first unknown key in the order of the text, with the verb asked for", () => {
  assert.equal(
    errorOf(["shelves:", "  - lable: A", "ownr: Ann"], "load"),
    'Cannot load data/d.yaml:2:5: shelf 1: unknown key "lable" (did you mean "label"?)',
  );
});

Deno.test("parseDataFile() checks a mapping reached through an alias where its anchor is, and survives a cycle", () => {
  assert.equal(
    errorOf(["shelves:", "  - &a { label: A, bookz: [] }", "  - *a"]),
    'Cannot read data/d.yaml:2:20: shelf A: unknown key "bookz" (did you mean "books"?)',
  );
  // A list of shelves that is its own list of books: each node is checked once a schema,
  // so the check ends, at the shelf's "label", which a book may not have.
  assert.equal(
    errorOf(["shelves: &s", "  - label: A", "    books: *s"]),
    'Cannot read data/d.yaml:2:5: shelf A, book 1: unknown key "label" (allowed: title, year)',
  );
});

Deno.test("parseDataFile() gives a YAML syntax error as FILE:LINE:COLUMN and the reason on one line", () => {
  const cases: [string[], string][] = [
    [["shelves:", "  - label: A", "   books: []"], "3:1: not valid YAML: Sequence item without - indicator"],
    [["owner:", "  first: Ann", " last: Lee"], "3:1: not valid YAML: All mapping items must start at the same column"],
    [["owner: Ann", " shelves: []"], "1:8: not valid YAML: Nested mappings are not allowed in compact mappings"],
    [["shelves: []", 'owner: "Ann'], '2:12: not valid YAML: Missing closing "quote'],
    [["shelves:", "\t- label: A"], "2:1: not valid YAML: Tabs are not allowed as indentation"],
    [["owner: Ann", "shelves: []", "owner: Bob"], "3:1: not valid YAML: Map keys must be unique"],
    [["shelves: [a, b"], "1:15: not valid YAML: Flow sequence in block collection must be sufficiently indented"],
  ];
  for (const [lines, expected] of cases) {
    const message = errorOf(lines);
    assert.ok(message.startsWith(`Cannot read data/d.yaml:${expected}`), message);
    assert.doesNotMatch(message, /\n|at line \d|column \d|:\)?$/, message);
  }
});

Deno.test("parseDataFile() refuses aliases that expand exponentially, without expanding them", () => {
  const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
  for (const [name, from] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"], ["f", "e"]]) {
    lines.push(`${name}: &${name} [${Array(10).fill(`*${from}`).join(", ")}]`);
  }
  assert.match(errorOf(lines), /^Cannot read data\/d\.yaml: not valid YAML \(Excessive alias count/);
});
