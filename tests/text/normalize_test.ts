import assert from "node:assert/strict";
import { normalizeCluster, prepareText } from "../../src/text/normalize.ts";
import { findBoilerplate, parseBoilerplate } from "../../src/text/boilerplate.ts";

/** The original text behind `text.slice(from, to)` of a prepared text. */
const back = (p: ReturnType<typeof prepareText>, from: number, to: number) =>
  p.original.slice(p.offsets[from], p.offsets[to]);

/** The original text behind the first occurrence of `word` in the prepared text. */
const backOf = (p: ReturnType<typeof prepareText>, word: string) => {
  const at = p.text.indexOf(word);
  assert.ok(at >= 0, `${JSON.stringify(word)} is not in ${JSON.stringify(p.text)}`);
  return back(p, at, at + word.length);
};

Deno.test("normalizeCluster() straightens curly, angled and prime quotes", () => {
  for (const q of ["\u2018", "\u2019", "\u201A", "\u201B", "\u2032", "\u02BC", "\uFF07"]) {
    assert.equal(normalizeCluster(q), "'", q);
  }
  for (const q of ["\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u00AB", "\u00BB", "\uFF02"]) {
    assert.equal(normalizeCluster(q), '"', q);
  }
});

Deno.test("normalizeCluster() makes hyphens '-' and dashes '—'", () => {
  for (const h of ["\u2010", "\u2011", "\u2012", "\u2212", "\uFE63", "\uFF0D"]) {
    assert.equal(normalizeCluster(h), "-", h);
  }
  for (const d of ["\u2013", "\u2014", "\u2015"]) assert.equal(normalizeCluster(d), "\u2014", d);
});

Deno.test("normalizeCluster() makes odd spaces plain, removes invisible characters and turns CR into LF", () => {
  for (const s of ["\u00A0", "\u2002", "\u2009", "\u202F", "\u3000", "\t"]) assert.equal(normalizeCluster(s), " ", s);
  for (const z of ["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]) {
    assert.equal(normalizeCluster(z), "", z);
  }
  assert.equal(normalizeCluster("\r"), "\n");
});

Deno.test("normalizeCluster() composes accents and folds compatibility forms (NFKC)", () => {
  assert.equal(normalizeCluster("e\u0301"), "\u00E9");
  assert.equal(normalizeCluster("\uFB01"), "fi");
  assert.equal(normalizeCluster("\uFF21"), "A");
  assert.equal(normalizeCluster("\u2026"), "...");
  assert.equal(normalizeCluster("a"), "a");
});

Deno.test("prepareText() leaves plain ASCII text as it is, each character mapping to itself", () => {
  const original = "Mr Larijani arrived.\nHe spoke.";
  const p = prepareText(original);
  assert.equal(p.original, original);
  assert.equal(p.text, original);
  assert.deepEqual(Array.from(p.offsets), Array.from({ length: original.length + 1 }, (_, i) => i));
  assert.deepEqual(p.boilerplate, []);
});

Deno.test("prepareText() of an empty text has the one offset 0", () => {
  const p = prepareText("");
  assert.equal(p.text, "");
  assert.deepEqual(Array.from(p.offsets), [0]);
});

Deno.test("prepareText() straightens curly quotes without moving any character", () => {
  const original = "Iran\u2019s \u201Cbalance\u201D";
  const p = prepareText(original);
  assert.equal(p.text, `Iran's "balance"`);
  // One character for one: offsets[i] === i, and the last offset is the length, 16.
  assert.deepEqual(Array.from(p.offsets), Array.from({ length: 17 }, (_, i) => i));
  assert.equal(backOf(p, "Iran's"), "Iran\u2019s");
  assert.equal(backOf(p, '"balance"'), "\u201Cbalance\u201D");
});

Deno.test("prepareText() makes dashes '—', hyphens '-' and a no-break space a plain space", () => {
  const p = prepareText("Iraq \u2013 Iran\u2014Syria, Iran\u2010backed, Ali\u00A0Larijani");
  assert.equal(p.text, "Iraq \u2014 Iran\u2014Syria, Iran-backed, Ali Larijani");
  assert.equal(backOf(p, "Ali Larijani"), "Ali\u00A0Larijani");
  assert.equal(backOf(p, "Iran-backed"), "Iran\u2010backed");
});

Deno.test("prepareText() removes zero-width characters, the neighbours mapping back across them", () => {
  const original = "caf\u200Be s\u00ADtate\uFEFF.";
  const p = prepareText(original);
  assert.equal(p.text, "cafe state.");
  // c a f (ZWSP at 3) e at 4, space 5, s 6, (SHY at 7) t 8 a 9 t 10 e 11, (BOM at 12) . 13, end 14
  assert.deepEqual(Array.from(p.offsets), [0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 13, 14]);
  assert.equal(backOf(p, "cafe"), "caf\u200Be");
  assert.equal(back(p, 3, 4), "e");
  assert.equal(back(p, 5, 6), "s\u00AD");
  // A removed character goes with the character before it, so a word followed by one
  // maps back with it.
  assert.equal(back(p, 9, 10), "e\uFEFF");
  assert.equal(backOf(p, "state"), "s\u00ADtate\uFEFF");
  assert.equal(back(p, 10, 11), ".");
});

Deno.test("prepareText() turns CRLF and CR line ends into LF, offsets pointing into the original", () => {
  const original = "a\r\nb\rc\nd";
  const p = prepareText(original);
  assert.equal(p.text, "a\nb\nc\nd");
  // a 0, CRLF 1-2, b 3, CR 4, c 5, LF 6, d 7, end 8
  assert.deepEqual(Array.from(p.offsets), [0, 1, 3, 4, 5, 6, 7, 8]);
  assert.equal(back(p, 1, 2), "\r\n");
  assert.equal(back(p, 2, 5), "b\rc");
});

Deno.test("prepareText() composes a letter and its combining accent into one character", () => {
  const original = "cafe\u0301 ok";
  const p = prepareText(original);
  assert.equal(p.text, "caf\u00E9 ok");
  assert.deepEqual(Array.from(p.offsets), [0, 1, 2, 3, 5, 6, 7, 8]);
  assert.equal(back(p, 3, 4), "e\u0301");
  assert.equal(backOf(p, "caf\u00E9"), "cafe\u0301");
});

Deno.test("prepareText() maps every character of an expansion back to the one it came from", () => {
  const original = "Wait\u2026 no \uFB01ne";
  const p = prepareText(original);
  assert.equal(p.text, "Wait... no fine");
  // W0 a1 i2 t3, the ellipsis at 4 gives three dots, space 5, n6 o7, space 8, the ligature at 9 gives "fi", n10 e11
  assert.deepEqual(Array.from(p.offsets), [0, 1, 2, 3, 4, 4, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12]);
  assert.equal(backOf(p, "Wait..."), "Wait\u2026");
  assert.equal(backOf(p, "fine"), "\uFB01ne");
});

Deno.test("prepareText() keeps an astral character whole, both halves mapping to its start", () => {
  const original = "a\u{1F600}b";
  const p = prepareText(original);
  assert.equal(p.text, original);
  assert.deepEqual(Array.from(p.offsets), [0, 1, 1, 3, 4]);
  assert.equal(back(p, 1, 3), "\u{1F600}");
});

Deno.test("prepareText() maps every prepared character to a place in the original, in order", () => {
  const original = "\uFEFFIran\u2019s \u201Cbalance\u201D \u2014 caf\u200Be\u0301\r\n\u00ABNo\u00BB\u2026\tend";
  const p = prepareText(original);
  assert.equal(p.text, `Iran's "balance" \u2014 caf\u00E9\n"No"...\u0020end`);
  assert.equal(p.offsets.length, p.text.length + 1);
  assert.equal(p.offsets[p.text.length], original.length);
  for (let i = 1; i < p.offsets.length; i++) assert.ok(p.offsets[i - 1] <= p.offsets[i], `offsets[${i}]`);
  // Whole words map back to their original spelling.
  assert.equal(backOf(p, "Iran's"), "Iran\u2019s");
  assert.equal(backOf(p, "caf\u00E9"), "caf\u200Be\u0301");
  assert.equal(backOf(p, '"No"'), "\u00ABNo\u00BB");
  assert.equal(backOf(p, "end"), "end");
  // The whole prepared text maps back to the whole original but the leading BOM.
  assert.equal(back(p, 0, p.text.length), original.slice(1));
});

Deno.test("prepareText() blanks boilerplate with spaces, keeping every line's length so offsets hold", () => {
  const original = "Intro.\nLeave a Comment\nEnd.";
  const spans = [{ start: 7, end: 22, rule: "line" as const }];
  const p = prepareText(original, spans);
  assert.equal(p.text, "Intro.\n" + " ".repeat(15) + "\nEnd.");
  assert.deepEqual(p.text.split("\n").map((l) => l.length), original.split("\n").map((l) => l.length));
  assert.deepEqual(Array.from(p.offsets), Array.from({ length: original.length + 1 }, (_, i) => i));
  assert.deepEqual(p.boilerplate, spans);
  assert.equal(backOf(p, "End."), "End.");
});

Deno.test("prepareText() blanks boilerplate found in a CRLF text, mapping later text back correctly", () => {
  const original = "Intro.\r\n  Read more\r\nEnd \u201Cquote\u201D.";
  const spans = findBoilerplate(original, parseBoilerplate("lines: [Read more]", "b.yaml"));
  // "Intro.\r\n" is 8 characters, then 2 spaces: "Read more" spans 10 to 19.
  assert.deepEqual(spans, [{ start: 10, end: 19, rule: "line" }]);
  const p = prepareText(original, spans);
  assert.equal(p.text, "Intro.\n" + " ".repeat(11) + '\nEnd "quote".');
  assert.equal(p.text.indexOf("End"), 19);
  assert.equal(p.offsets[19], 21); // two CRLFs became LFs before it
  assert.equal(backOf(p, '"quote"'), "\u201Cquote\u201D");
  assert.equal(back(p, 7, 18), "  Read more");
});
