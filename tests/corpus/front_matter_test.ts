import assert from "node:assert/strict";
import { ArticleError, isIsoDate, parseArticle, splitFrontMatter } from "../../src/corpus/front_matter.ts";

/** The ArticleError thrown by `fn`; fails the test when it throws nothing or something else. */
function articleError(fn: () => unknown): ArticleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ArticleError) return e;
    throw e;
  }
  assert.fail("expected an ArticleError, but nothing was thrown");
}

Deno.test("splitFrontMatter() returns the YAML mapping and the body exactly as written", () => {
  const { meta, body } = splitFrontMatter(
    "---\noutlet: Peregraf\ntitle: A visit\n---\nFirst line.\n\n  Second line.\n",
    "a.md",
  );
  assert.deepEqual(meta, { outlet: "Peregraf", title: "A visit" });
  assert.equal(body, "First line.\n\n  Second line.\n");
});

Deno.test("splitFrontMatter() ends the front matter at the first closing line and keeps later '---' lines in the body", () => {
  const { meta, body } = splitFrontMatter("---  \noutlet: X\n---\t\nBody\n---\nmore", "a.md");
  assert.deepEqual(meta, { outlet: "X" });
  assert.equal(body, "Body\n---\nmore");
});

Deno.test("splitFrontMatter() ignores a leading byte-order mark", () => {
  const { meta, body } = splitFrontMatter("\uFEFF---\noutlet: X\n---\nBody.", "a.md");
  assert.deepEqual(meta, { outlet: "X" });
  assert.equal(body, "Body.");
});

Deno.test("splitFrontMatter() reads CRLF line endings and keeps them in the body", () => {
  const { meta, body } = splitFrontMatter(
    "---\r\noutlet: X\r\ndate: 2025-08-11\r\n---\r\nLine one.\r\nLine two.\r\n",
    "a.md",
  );
  assert.deepEqual(meta, { outlet: "X", date: "2025-08-11" });
  assert.equal(body, "Line one.\r\nLine two.\r\n");
});

Deno.test("splitFrontMatter() reads CR-only line endings and keeps them in the body", () => {
  const { meta, body } = splitFrontMatter(
    "---\routlet: X\rdate: 2025-08-11\r---\rLine one.\rLine two.\r",
    "a.md",
  );
  assert.deepEqual(meta, { outlet: "X", date: "2025-08-11" });
  assert.equal(body, "Line one.\rLine two.\r");
});

Deno.test("splitFrontMatter() gives an empty mapping for an empty front matter", () => {
  assert.deepEqual(splitFrontMatter("---\n---\nBody", "a.md"), { meta: {}, body: "Body" });
});

Deno.test("splitFrontMatter() rejects a file without front matter, naming the file", () => {
  for (const source of ["Just text.\n", "\n---\noutlet: X\n---\nBody", "----\noutlet: X\n---\nBody"]) {
    const e = articleError(() => splitFrontMatter(source, "data/articles/x.md"));
    assert.equal(e.file, "data/articles/x.md");
    assert.match(e.reason, /^no front matter/);
    assert.match(e.message, /^Cannot load data\/articles\/x\.md: no front matter/);
  }
});

Deno.test("splitFrontMatter() rejects a front matter that is never closed", () => {
  const e = articleError(() => splitFrontMatter("---\noutlet: X\nBody text.\n", "x.md"));
  assert.equal(
    e.message,
    'Cannot load x.md: front matter is not closed: no line "---" after the opening one',
  );
});

Deno.test("splitFrontMatter() rejects a front matter that is not YAML", () => {
  for (const yaml of ["outlet: [a, b", "outlet: X\noutlet: Y", "outlet: X\n----"]) {
    const e = articleError(() => splitFrontMatter(`---\n${yaml}\n---\nBody`, "x.md"));
    assert.match(e.reason, /^front matter is not valid YAML \(.+\)$/);
    assert.ok(e.message.startsWith("Cannot load x.md: "));
  }
});

Deno.test("splitFrontMatter() rejects a front matter that is a list, a text or a number rather than a mapping", () => {
  for (const yaml of ["- outlet\n- date", "just some words", "42"]) {
    const e = articleError(() => splitFrontMatter(`---\n${yaml}\n---\nBody`, "x.md"));
    assert.equal(
      e.reason,
      "front matter is not a YAML mapping of fields (expected lines like 'outlet: Name')",
    );
  }
});

Deno.test("isIsoDate() accepts real calendar days written YYYY-MM-DD", () => {
  assert.equal(isIsoDate("2025-08-11"), true);
  assert.equal(isIsoDate("2024-02-29"), true); // leap year
  assert.equal(isIsoDate("2000-02-29"), true); // divisible by 400
  assert.equal(isIsoDate("2025-12-31"), true);
});

Deno.test("isIsoDate() rejects days that do not exist and other spellings", () => {
  for (
    const value of [
      "2025-02-30",
      "2025-02-29", // not a leap year
      "1900-02-29", // divisible by 100, not by 400
      "2025-04-31",
      "2025-13-01",
      "2025-00-10",
      "2025-08-00",
      "2025-8-1",
      "11-08-2025",
      "2025-08-11T10:00:00Z",
      " 2025-08-11",
      "yesterday",
      "",
    ]
  ) {
    assert.equal(isIsoDate(value), false, value);
  }
});

Deno.test("parseArticle() reads every known field and keeps the others in extra", () => {
  const source = [
    "---",
    'outlet: " Iran Daily "',
    "date: 2025-08-19",
    "title: A visit",
    "url: https://example.org/a",
    "kind: Opinion",
    "author: Someone",
    "country: Iran",
    "date_confidence: inferred",
    "pages: 3",
    "---",
    "The text.",
  ].join("\n");
  assert.deepEqual(parseArticle(source, "dir/x.md", "x"), {
    id: "x",
    file: "dir/x.md",
    outlet: "Iran Daily",
    date: "2025-08-19",
    title: "A visit",
    url: "https://example.org/a",
    kind: "opinion",
    author: "Someone",
    country: "Iran",
    extra: { date_confidence: "inferred", pages: 3 },
    text: "The text.",
  });
});

Deno.test("parseArticle() leaves absent optional fields undefined", () => {
  const a = parseArticle("---\noutlet: X\ndate:\ntitle: ''\n---\nText.", "x.md", "x");
  assert.equal(a.outlet, "X");
  assert.equal(a.date, undefined);
  assert.equal(a.title, undefined);
  assert.equal(a.kind, undefined);
  assert.equal(a.author, undefined);
  assert.deepEqual(a.extra, {});
});

Deno.test("parseArticle() turns a number or a boolean field into text", () => {
  const a = parseArticle("---\noutlet: 1843\ntitle: 1984\n---\nText.", "x.md", "x");
  assert.equal(a.outlet, "1843");
  assert.equal(a.title, "1984");
});

Deno.test("parseArticle() rejects a missing, empty or blank outlet, naming the file", () => {
  for (const yaml of ["title: A visit", 'outlet: ""', "outlet: '   '", "outlet:", ""]) {
    const e = articleError(() => parseArticle(`---\n${yaml}\n---\nText.`, "data/articles/x.md", "x"));
    assert.equal(e.message, 'Cannot load data/articles/x.md: front matter has no "outlet"');
    assert.equal(e.file, "data/articles/x.md");
    assert.equal(e.reason, 'front matter has no "outlet"');
  }
});

Deno.test("parseArticle() rejects a field that is not text", () => {
  const e = articleError(() => parseArticle("---\noutlet: [A, B]\n---\nText.", "x.md", "x"));
  assert.equal(e.reason, 'front matter field "outlet" is not text');
  const k = articleError(() => parseArticle("---\noutlet: A\nkind: [news]\n---\nText.", "x.md", "x"));
  assert.equal(k.reason, 'front matter field "kind" is not text');
});

Deno.test("parseArticle() rejects a date that is not a real day, such as 2025-02-30 or 'yesterday'", () => {
  const feb = articleError(() => parseArticle("---\noutlet: X\ndate: 2025-02-30\n---\nText.", "x.md", "x"));
  assert.equal(
    feb.message,
    'Cannot load x.md: "date" is "2025-02-30", not a real date written YYYY-MM-DD',
  );
  const word = articleError(() => parseArticle("---\noutlet: X\ndate: yesterday\n---\nText.", "x.md", "x"));
  assert.equal(word.reason, '"date" is "yesterday", not a real date written YYYY-MM-DD');
  const short = articleError(() => parseArticle("---\noutlet: X\ndate: 2025-8-1\n---\nText.", "x.md", "x"));
  assert.equal(short.reason, '"date" is "2025-8-1", not a real date written YYYY-MM-DD');
});

Deno.test("parseArticle() lower-cases the kind and rejects one that is not news, opinion or analysis", () => {
  assert.equal(parseArticle("---\noutlet: X\nkind: Analysis\n---\nText.", "x.md", "x").kind, "analysis");
  const e = articleError(() => parseArticle("---\noutlet: X\nkind: Blog\n---\nText.", "x.md", "x"));
  assert.equal(e.reason, '"kind" is "blog"; it must be one of news, opinion, analysis');
});

Deno.test("parseArticle() rejects an empty or blank text after the front matter", () => {
  for (const source of ["---\noutlet: X\n---", "---\noutlet: X\n---\n", "---\noutlet: X\n---\n  \n\t\r\n"]) {
    const e = articleError(() => parseArticle(source, "x.md", "x"));
    assert.equal(e.message, "Cannot load x.md: the article text after the front matter is empty");
  }
});

Deno.test("ArticleError carries the file, the reason and a message naming both", () => {
  const e = new ArticleError("data/articles/x.md", 'front matter has no "outlet"');
  assert.ok(e instanceof Error);
  assert.equal(e.name, "ArticleError");
  assert.equal(e.file, "data/articles/x.md");
  assert.equal(e.reason, 'front matter has no "outlet"');
  assert.equal(e.message, 'Cannot load data/articles/x.md: front matter has no "outlet"');
});
