import assert from "node:assert/strict";
import { cacheSentence, readableTime, reportPage } from "../../src/report/page.ts";
import type { ReportSection } from "../../src/report/section.ts";

const INFO = {
  corpusDir: "data/articles",
  articles: 5,
  outlets: 5,
  problems: [],
  generated: "2026-12-06T07:02:31.123Z",
};

const none = { terms: 0, framing: 0, entities: 0, sources: 0 };
const all = (n: number) => ({ terms: n, framing: n, entities: n, sources: n });

Deno.test("readableTime() writes a moment as people do, in UTC, and leaves what is not a date as it is", () => {
  assert.equal(readableTime("2026-12-06T07:02:31.123Z"), "6 December 2026, 07:02 UTC");
  assert.equal(readableTime("2025-01-31T23:59:59Z"), "31 January 2025, 23:59 UTC");
  assert.equal(readableTime(""), "");
  assert.equal(readableTime("yesterday"), "yesterday");
});

Deno.test("reportPage() says when the report was made in words, with the ISO time in the <time> element", () => {
  const html = reportPage([], INFO);
  assert.ok(html.includes('made <time datetime="2026-12-06T07:02:31.123Z">6 December 2026, 07:02 UTC</time>'), html);
  assert.ok(!/>[^<]*2026-12-06T07:02/.test(html), "the raw ISO time is not shown as text");
});

Deno.test("cacheSentence() says in plain words what came from the cache and what was read or redone", () => {
  const dir = "out/cache";
  // A first run.
  assert.equal(
    cacheSentence(5, { dir, readNow: 5, redone: all(5) }),
    "Every article was read (split into sentences and words, and tagged) in this run: none was in the cache (out/cache) yet.",
  );
  // A rerun with --force: nothing read, nothing redone.
  assert.equal(
    cacheSentence(5, { dir, readNow: 0, redone: none }),
    "No article had to be read again: all 5 were in the cache (out/cache).",
  );
  // After an edit of the framing lexicon: nothing read, framing redone for every article.
  assert.equal(
    cacheSentence(5, { dir, readNow: 0, redone: { terms: 0, framing: 5, entities: 0, sources: 0 } }),
    "No article had to be read again: all 5 were in the cache (out/cache); the framing was worked out again for all 5.",
  );
  // One article added, and the gazetteer edited: the new one read, entities redone for the others.
  assert.equal(
    cacheSentence(6, { dir, readNow: 1, redone: { terms: 1, framing: 1, entities: 6, sources: 0 } }),
    "5 of the 6 articles were in the cache (out/cache) and were not read again; 1 was read (split into sentences " +
      "and words, and tagged) in this run; the entities were worked out again for all 5.",
  );
  assert.equal(
    cacheSentence(3, { dir, readNow: 0, redone: { terms: 1, framing: 1, entities: 3, sources: 0 } }),
    "No article had to be read again: all 3 were in the cache (out/cache); the term counts and the framing were " +
      "worked out again for 1 of them; the entities were worked out again for all 3.",
  );
  assert.equal(
    cacheSentence(1, { dir, readNow: 0, redone: { terms: 0, framing: 1, entities: 0, sources: 0 } }),
    "No article had to be read again: it was in the cache (out/cache); the framing was worked out again for it.",
  );
});

Deno.test("reportPage() puts each table in a box that scrolls sideways, so that a wide table does not widen the page", () => {
  const columns = Array.from({ length: 15 }, (_, i) => `narrativeLoadedShareColumn${i}`);
  const section: ReportSection = {
    id: "framing",
    title: "Framing",
    description: "d",
    tables: [{ name: "framing_summary", title: "t", columns, rows: [Object.fromEntries(columns.map((c) => [c, 1]))] }],
    charts: [],
  };
  const html = reportPage([section], INFO);
  assert.match(html, /<div class="table-wrap"><table class="framelens">[\s\S]*?<\/table><\/div>/);
  assert.match(html, /\.table-wrap\{max-width:100%;overflow-x:auto\}/);
});

Deno.test("reportPage() shows a section's notes above its description, escaped", () => {
  const section: ReportSection = {
    id: "terms",
    title: "Terms",
    description: "About terms.",
    notes: ["Keyness needs <two> outlets."],
    tables: [],
    charts: [],
  };
  const html = reportPage([section], INFO);
  assert.ok(html.includes('<h2>Terms</h2><p class="note">Keyness needs &#60;two&#62; outlets.</p><p>About terms.</p>'));
});
