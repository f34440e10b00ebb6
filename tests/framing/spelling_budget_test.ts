/**
 * The spelling limits of the framing lexicon: a wording may expand to 2,048 spellings (each is
 * tokenized once when the lexicon is compiled, and tried wherever its first word stands), and
 * the lexicon as a whole to 16,384; the project lexicon stays well inside both, and no first
 * word or family of it holds more than 1,024 patterns (what one token may cost to match).
 */
import assert from "node:assert/strict";
import {
  expandWording,
  loadFramingLexicon,
  MAX_LEXICON_SPELLINGS,
  MAX_SPELLINGS,
  parseFramingLexicon,
} from "../../src/framing/lexicon.ts";
import { compileFraming } from "../../src/framing/match.ts";

/** A wording of `n` groups of `k` alternatives each: k^n spellings. */
const grid = (groups: number, k: number) =>
  Array.from({ length: groups }, (_, g) => `(${Array.from({ length: k }, (_, i) => `w${g}x${i}`).join("|")})`).join(
    " ",
  );

Deno.test("expandWording() expands a wording of 2,048 spellings, and refuses one of 4,096", () => {
  assert.equal(MAX_SPELLINGS, 2048);
  assert.equal(expandWording(grid(11, 2)).length, 2048);
  assert.throws(() => expandWording(grid(12, 2)), /more than 2048 spellings/);
});

Deno.test("parseFramingLexicon() refuses a lexicon of more than 16,384 spellings in all, naming the file", () => {
  assert.equal(MAX_LEXICON_SPELLINGS, 16384);
  // Nine wordings of 2,048 spellings each: 18,432 in all; eight are 16,384 and pass.
  const yaml = (n: number) =>
    `referents:\n  - id: r\n    loaded:\n${
      Array.from({ length: n }, (_, i) => `      - "z${i} ${grid(11, 2)}"`).join("\n")
    }\n`;
  assert.equal(parseFramingLexicon(yaml(8), "big.yaml").referents[0].wordings.length, 8);
  assert.throws(() => parseFramingLexicon(yaml(9), "big.yaml"), /big\.yaml.*18432 spellings.*16384/);
});

Deno.test("the project lexicon holds fewer than half the lexicon limit, and no first word more than 1,024 patterns", async () => {
  const lexicon = await loadFramingLexicon();
  const total = lexicon.referents.reduce((s, r) => s + r.wordings.reduce((t, w) => t + w.spellings.length, 0), 0);
  assert.ok(total < MAX_LEXICON_SPELLINGS / 2, `${total} spellings`);
  const matcher = compileFraming(lexicon);
  const largest = Math.max(...[...matcher.byFirst.values(), ...matcher.byFamily.values()].map((l) => l.length));
  assert.ok(largest <= 1024, `a first word holds ${largest} patterns`);
});
