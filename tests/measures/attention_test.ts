import assert from "node:assert/strict";
import {
  type AttentionInput,
  type AttentionRow,
  attentionRows,
  datesOf,
  firstUses,
  loadedShareRows,
  topMentioned,
} from "../../src/measures/attention.ts";

/**
 * Alwaght: a1 on Monday 11 August 2025 (400 words), a2 on the 12th (600), both of ISO week
 * 2025-W33, and a5 on the 19th, of week W34 (1000). Peregraf: a3 on the 11th (500) and a4
 * undated (200).
 */
const ARTICLES: AttentionInput["articles"] = [
  { id: "a1", outlet: "Alwaght", date: "2025-08-11", words: 400 },
  { id: "a2", outlet: "Alwaght", date: "2025-08-12", words: 600 },
  { id: "a3", outlet: "Peregraf", date: "2025-08-11", words: 500 },
  { id: "a4", outlet: "Peregraf", words: 200 },
  { id: "a5", outlet: "Alwaght", date: "2025-08-19", words: 1000 },
];
const hit = (article: string, referent: string, frame: "loaded" | "neutral", wording = "Zionist regime") => ({
  article,
  referent,
  frame,
  wording,
});
const HITS = [
  hit("a1", "israel", "loaded"),
  hit("a1", "israel", "loaded", "Zionist entity"),
  hit("a1", "israel", "neutral", "Israel"),
  hit("a2", "israel", "loaded"),
  hit("a3", "israel", "neutral", "Israel"),
  hit("a3", "israel", "neutral", "Israel"),
  hit("a3", "hezbollah", "loaded", "the Resistance"),
  hit("a4", "israel", "loaded"),
];
const INPUT: AttentionInput = {
  articles: ARTICLES,
  hits: HITS,
  mentions: [
    ...["Iran", "Iran", "Iran", "Iraq"].map((entity) => ({ article: "a1", entity })),
    { article: "a2", entity: "Iraq" },
    { article: "a2", entity: "Lebanon" },
    { article: "a3", entity: "Iraq" },
    { article: "a3", entity: "Iraq" },
    { article: "a5", entity: "Lebanon" },
  ],
  quotes: [
    { article: "a1", speaker: "Ali Larijani", speakerType: "person" },
    { article: "a1", speaker: "", speakerType: "" },
    { article: "a3", speaker: "Mohammed Shia al-Sudani", speakerType: "person" },
  ],
};

const pick = (rows: AttentionRow[], period: string, date: string, outlet: string) =>
  rows.filter((r) => r.period === period && r.date === date && r.outlet === outlet)
    .map((r) => [r.measure, r.key, r.count, r.per1k]);

Deno.test("topMentioned() keeps the N most mentioned entities, ties by name", () => {
  assert.deepEqual(topMentioned(INPUT.mentions, 2), ["Iraq", "Iran"]); // 4 and 3 mentions; Lebanon has 2
  assert.deepEqual(topMentioned(INPUT.mentions, 5), ["Iraq", "Iran", "Lebanon"]);
  assert.deepEqual(topMentioned([{ article: "a", entity: "b" }, { article: "a", entity: "a" }], 1), ["a"]);
});

// By hand, per1k = count / words × 1000. Alwaght on 11 August (400 words): 3 mentions of Israel
// → 7.5, 2 loaded → 5, 1 neutral → 2.5; Iran 3 → 7.5, Iraq 1 → 2.5; Larijani 1 relation → 2.5
// (the scare quote has no speaker and is not counted).
Deno.test("attentionRows() counts a day's articles, words and mentions per outlet, with rates per 1,000 words", () => {
  const rows = attentionRows(INPUT, { entities: 2 });
  assert.deepEqual(pick(rows, "day", "2025-08-11", "Alwaght"), [
    ["articles", "", 1, null],
    ["words", "", 400, null],
    ["referent", "israel", 3, 7.5],
    ["loaded", "israel", 2, 5],
    ["neutral", "israel", 1, 2.5],
    ["entity", "Iran", 3, 7.5],
    ["entity", "Iraq", 1, 2.5],
    ["source", "Ali Larijani", 1, 2.5],
  ]);
  // Peregraf on the 11th (500 words): Israel 2 neutral → 4; Hezbollah 1 loaded → 2; Iraq 2 → 4; al-Sudani → 2.
  assert.deepEqual(pick(rows, "day", "2025-08-11", "Peregraf"), [
    ["articles", "", 1, null],
    ["words", "", 500, null],
    ["referent", "hezbollah", 1, 2],
    ["referent", "israel", 2, 4],
    ["loaded", "hezbollah", 1, 2],
    ["neutral", "israel", 2, 4],
    ["entity", "Iraq", 2, 4],
    ["source", "Mohammed Shia al-Sudani", 1, 2],
  ]);
  // Lebanon is not among the 2 most mentioned: a5's one mention is not counted.
  assert.deepEqual(pick(rows, "day", "2025-08-19", "Alwaght"), [["articles", "", 1, null], ["words", "", 1000, null]]);
});

// Week 2025-W33 of Alwaght is a1 + a2: 2 articles, 1000 words; Israel 4 → 4 per 1,000, loaded 3 → 3,
// neutral 1 → 1; Iran 3 → 3, Iraq 1 + 1 = 2 → 2; Larijani 1 → 1.
Deno.test('attentionRows() counts no source for a relation whose cue names no one ("unnamed reports")', () => {
  const reported = { article: "a1", speaker: "unnamed reports", speakerType: "unnamed" as const };
  const diplomat = { article: "a1", speaker: "a diplomat", speakerType: "unnamed" as const };
  const rows = attentionRows({ ...INPUT, quotes: [...INPUT.quotes, reported, diplomat] }, { entities: 2 });
  const sources = rows.filter((r) =>
    r.period === "day" && r.measure === "source" && r.date === "2025-08-11" && r.outlet === "Alwaght"
  );
  assert.deepEqual(sources.map((r) => r.key).sort(), ["Ali Larijani", "a diplomat"]);
});

Deno.test("attentionRows() adds the days of an ISO week, and counts undated articles apart", () => {
  const rows = attentionRows(INPUT, { entities: 2 });
  assert.deepEqual(pick(rows, "week", "2025-W33", "Alwaght"), [
    ["articles", "", 2, null],
    ["words", "", 1000, null],
    ["referent", "israel", 4, 4],
    ["loaded", "israel", 3, 3],
    ["neutral", "israel", 1, 1],
    ["entity", "Iran", 3, 3],
    ["entity", "Iraq", 2, 2],
    ["source", "Ali Larijani", 1, 1],
  ]);
  assert.deepEqual(pick(rows, "week", "2025-W34", "Alwaght").slice(0, 2), [
    ["articles", "", 1, null],
    ["words", "", 1000, null],
  ]);
  // a4 (200 words): 1 loaded mention of Israel → 5 per 1,000, under the period "undated".
  assert.deepEqual(pick(rows, "undated", "", "Peregraf"), [
    ["articles", "", 1, null],
    ["words", "", 200, null],
    ["referent", "israel", 1, 5],
    ["loaded", "israel", 1, 5],
  ]);
  // Every article is counted once per day and once per week, or once as undated.
  const articles = (period: string) =>
    rows.filter((r) => r.period === period && r.measure === "articles").reduce((n, r) => n + r.count, 0);
  assert.deepEqual([articles("day"), articles("week"), articles("undated")], [4, 4, 1]);
  assert.deepEqual(
    [...new Set(rows.map((r) => r.period))],
    ["day", "week", "undated"],
    "days, then weeks, then undated",
  );
});

Deno.test("attentionRows() follows 10 entities by default, and treats a date that is no calendar date as undated", () => {
  const rows = attentionRows(INPUT);
  assert.ok(rows.some((r) => r.measure === "entity" && r.key === "Lebanon"));
  const odd = attentionRows({ ...INPUT, articles: [{ id: "a1", outlet: "Alwaght", date: "2025-02-30", words: 10 }] });
  assert.deepEqual([...new Set(odd.map((r) => r.period))], ["undated"]);
});

// Alwaght on the 11th: 2 loaded of 3; on the 12th 1 of 1 (upper bound 1); Peregraf on the 11th: 1 loaded
// (Hezbollah) of 3. Wilson by hand, 2 of 3, z² = 3.841459: z²/n = 1.280486,
// centre = (0.666667 + 0.640243) / 2.280486 = 0.573084,
// half = 1.959964 / 2.280486 × √(0.074074 + 0.106707) = 0.859450 × 0.425183 = 0.365424 → [0.207660, 0.938508].
Deno.test("loadedShareRows() pools the referents per outlet and day, with the Wilson interval", () => {
  const shares = loadedShareRows(attentionRows(INPUT));
  assert.deepEqual(shares.map((r) => [r.date, r.outlet, r.loaded, r.hits, r.tooFew]), [
    ["2025-08-11", "Alwaght", 2, 3, true],
    ["2025-08-11", "Peregraf", 1, 3, true],
    ["2025-08-12", "Alwaght", 1, 1, true],
  ]);
  assert.ok(Math.abs(shares[0].share - 2 / 3) < 1e-12);
  assert.ok(Math.abs(shares[0].low - 0.207660) < 5e-5 && Math.abs(shares[0].high - 0.938508) < 5e-5);
  assert.equal(shares[2].high, 1);
  const week = loadedShareRows(attentionRows(INPUT), { period: "week", referents: ["israel"] });
  assert.deepEqual(week.map((r) => [r.date, r.outlet, r.loaded, r.hits]), [
    ["2025-W33", "Alwaght", 3, 4],
    ["2025-W33", "Peregraf", 0, 2],
  ]);
});

Deno.test("firstUses() gives each outlet's first day with a loaded wording and marks the first outlet", () => {
  const more = [...HITS, hit("a5", "israel", "loaded"), hit("a3", "israel", "loaded", "Zionist entity")];
  const rows = firstUses(more, ARTICLES);
  assert.deepEqual(rows.map((r) => [r.wording, r.outlet, r.date, r.article, r.first]), [
    // Both outlets print "Zionist entity" on the 11th: both are first.
    ["the Resistance", "Peregraf", "2025-08-11", "a3", true],
    ["Zionist entity", "Alwaght", "2025-08-11", "a1", true],
    ["Zionist entity", "Peregraf", "2025-08-11", "a3", true],
    // Alwaght's first "Zionist regime" is a1, not a2 or a5; Peregraf's is only in the undated a4: left out.
    ["Zionist regime", "Alwaght", "2025-08-11", "a1", true],
  ]);
  const later = firstUses([hit("a5", "israel", "loaded"), hit("a3", "israel", "loaded")], ARTICLES);
  assert.deepEqual(later.map((r) => [r.outlet, r.first]), [["Peregraf", true], ["Alwaght", false]]);
});

Deno.test("datesOf() lists the distinct dates in order and counts the undated articles", () => {
  assert.deepEqual(datesOf(ARTICLES), { dates: ["2025-08-11", "2025-08-12", "2025-08-19"], undated: 1 });
  assert.deepEqual(datesOf([]), { dates: [], undated: 0 });
});
