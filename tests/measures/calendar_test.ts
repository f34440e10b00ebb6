import assert from "node:assert/strict";
import { dateOfDay, dayNumber, isCalendarDate, isoWeek, isoWeekStart, weekday } from "../../src/measures/calendar.ts";

Deno.test("isCalendarDate() takes YYYY-MM-DD dates that exist, leap days by the Gregorian rule", () => {
  for (const d of ["2025-08-11", "2024-02-29", "2000-02-29", "1999-12-31"]) assert.ok(isCalendarDate(d), d);
  for (const d of ["2025-02-29", "1900-02-29", "2025-13-01", "2025-04-31", "2025-8-11", "2025-08-11T10:00", ""]) {
    assert.ok(!isCalendarDate(d), d);
  }
});

// By hand: 1970 has 365 days, so 1971-01-01 is day 365; 2000-03-01 is 30 years (7 leap: 72 76 80 84 88 92 96)
// = 10957 days to 2000-01-01, then 31 + 29 = 60 days → 11017.
Deno.test("dayNumber() counts days from 1970-01-01 and dateOfDay() turns them back into dates", () => {
  assert.equal(dayNumber("1970-01-01"), 0);
  assert.equal(dayNumber("1971-01-01"), 365);
  assert.equal(dayNumber("2000-03-01"), 11017);
  assert.equal(dayNumber("1969-12-31"), -1);
  assert.equal(dayNumber("2024-03-01") - dayNumber("2024-02-28"), 2, "2024 has a 29 February");
  assert.equal(dayNumber("2025-03-01") - dayNumber("2025-02-28"), 1);
  for (const d of ["1970-01-01", "1969-12-31", "2000-02-29", "2024-12-30", "2025-01-01", "2100-03-01"]) {
    assert.equal(dateOfDay(dayNumber(d)), d);
  }
  assert.throws(() => dayNumber("2025-02-30"), /"2025-02-30" is not a calendar date/);
});

Deno.test("weekday() is 1 on a Monday and 7 on a Sunday", () => {
  assert.equal(weekday("1970-01-01"), 4, "a Thursday");
  assert.equal(weekday("2025-08-11"), 1, "the seed articles' 'on Monday'");
  assert.equal(weekday("2025-08-17"), 7);
  assert.equal(weekday("1969-12-29"), 1, "before day 0 too");
});

// By hand, each week's Thursday decides its year:
// 2024-12-30 is a Monday; its Thursday, 2025-01-02, is in 2025 → 2025-W01.
// 2021-01-03 is a Sunday; its Thursday, 2020-12-31, is in 2020, where it is day 365 counting 1 January
//   as 0 (2020 is a leap year) → week ⌊365 / 7⌋ + 1 = 53.
// 2027-01-01 is a Friday; its Thursday, 2026-12-31, is day 364 of 2026 → week ⌊364 / 7⌋ + 1 = 53.
// 2026-01-01 is a Thursday → 2026-W01. 2025-08-11 is a Monday; its Thursday, 14 August, is day 225
//   of 2025 counting 1 January as 0 (31+28+31+30+31+30+31+13 = 225) → week ⌊225 / 7⌋ + 1 = 33.
// (GNU date +%G-W%V agrees on each.)
Deno.test("isoWeek() puts a date in the week of its Thursday, across year boundaries", () => {
  assert.equal(isoWeek("2024-12-30"), "2025-W01");
  assert.equal(isoWeek("2024-12-29"), "2024-W52");
  assert.equal(isoWeek("2021-01-03"), "2020-W53");
  assert.equal(isoWeek("2021-01-04"), "2021-W01");
  assert.equal(isoWeek("2027-01-01"), "2026-W53");
  assert.equal(isoWeek("2026-01-01"), "2026-W01");
  assert.equal(isoWeek("2025-08-11"), "2025-W33");
  assert.equal(isoWeek("2025-08-17"), "2025-W33");
  assert.equal(isoWeek("2025-08-19"), "2025-W34");
});

Deno.test("isoWeekStart() is the Monday of a week, and refuses a week its year does not have", () => {
  assert.equal(isoWeekStart("2025-W01"), "2024-12-30");
  assert.equal(isoWeekStart("2020-W53"), "2020-12-28");
  assert.equal(isoWeekStart("2025-W33"), "2025-08-11");
  for (const d of ["2024-12-29", "2021-01-03", "2027-01-01", "2025-08-19"]) {
    const start = isoWeekStart(isoWeek(d));
    assert.equal(weekday(start), 1, d);
    assert.ok(dayNumber(d) - dayNumber(start) < 7 && dayNumber(d) >= dayNumber(start), d);
  }
  assert.throws(() => isoWeekStart("2025-W53"), /not an ISO week of 2025/);
  assert.throws(() => isoWeekStart("2025-33"), /not an ISO week YYYY-Www/);
});
