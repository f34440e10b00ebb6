import assert from "node:assert/strict";
import { findDate } from "../../src/corpus/dateline.ts";

const today = "2025-09-01";

Deno.test("findDate() reads a Reuters dateline without a year, taking the latest year not after today", () => {
  const text = "Larijani meets Aoun\nBEIRUT, Aug. 11 (Reuters) - Iran's top security official arrived on Monday.";
  assert.deepEqual(findDate(text, { today }), {
    date: "2025-08-11",
    source: "BEIRUT, Aug. 11 (Reuters) -",
    yearGuessed: true,
  });
  // Early in January, an August dateline is last year's.
  assert.equal(findDate("BEIRUT, Aug. 11 (Reuters) - Text.", { today: "2026-01-05" })?.date, "2025-08-11");
  // A day after today is allowed, for time zones.
  assert.equal(findDate("TEHRAN, Sept. 2 (AFP) - Text.", { today })?.date, "2025-09-02");
  assert.equal(findDate("TEHRAN, Sept. 3 (AFP) - Text.", { today })?.date, "2024-09-03");
});

Deno.test("findDate() reads a dateline with a year, month first or day first, with any dash", () => {
  assert.deepEqual(findDate("Tehran, August 19, 2025 - Iran said on Tuesday...", { today }), {
    date: "2025-08-19",
    source: "Tehran, August 19, 2025 -",
    yearGuessed: false,
  });
  assert.equal(findDate("NEW YORK, 12 Aug 2025 — The council met.", { today })?.date, "2025-08-12");
  assert.equal(findDate("GAZA CITY/CAIRO, July 30 (Reuters) – Talks went on.", { today })?.date, "2025-07-30");
});

Deno.test("findDate() reads a date written with its year near the top: '11 August 2025', 'August 11, 2025', ISO", () => {
  assert.deepEqual(findDate("Larijani in Beirut\nBy A. Writer\nPublished 11 August 2025\nText.", { today }), {
    date: "2025-08-11",
    source: "11 August 2025",
    yearGuessed: false,
  });
  assert.equal(findDate("Monday, August 11th, 2025\nText.", { today })?.date, "2025-08-11");
  assert.equal(findDate("Updated 2025-08-13 10:00\nText.", { today })?.date, "2025-08-13");
});

Deno.test("findDate() takes a dateline before an earlier written date, and the first written date of the top", () => {
  const text = "Talks of 1 July 2025 recalled\nBEIRUT, Aug. 11 (Reuters) - The talks of 1 July 2025 ...";
  assert.equal(findDate(text, { today })?.date, "2025-08-11");
  assert.equal(findDate("On 5 August 2025 and on 7 August 2025.", { today })?.date, "2025-08-05");
});

Deno.test("findDate() finds nothing in a text without a date, or with one only far down or after today", () => {
  assert.equal(findDate("Hezbollah rejected the plan.\nThe army will draw up a plan.", { today }), undefined);
  assert.equal(findDate("a\nb\nc\nd\ne\nf\nIt happened on 11 August 2025.", { today }), undefined);
  assert.equal(findDate("Talks are set for 15 September 2025.", { today }), undefined);
  // A month-and-day mention inside a sentence is not a dateline: it may be any day.
  assert.equal(findDate("The cabinet met on Aug. 5 to discuss the plan.", { today }), undefined);
  // Not a day.
  assert.equal(findDate("BEIRUT, Feb. 30 (Reuters) - Text.", { today }), undefined);
});
