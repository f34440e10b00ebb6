/**
 * Calendar dates (`YYYY-MM-DD`, no time of day, no time zone) and their ISO 8601 weeks,
 * computed by day numbers alone: no `Date`, so that no time zone can move a date.
 *
 * @module
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of a year of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a text is a calendar date `YYYY-MM-DD` that exists (no 2025-02-29).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isCalendarDate } from "framelens";
 * assert.equal(isCalendarDate("2024-02-29"), true);
 * assert.equal(isCalendarDate("2025-02-29"), false); // 2025 is no leap year
 * assert.equal(isCalendarDate("2025-8-11"), false); // the month takes two digits
 * ```
 */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The number of a calendar date: days since 1970-01-01 (negative before it), after
 * Howard Hinnant's `days_from_civil`, whose years run from March so that the leap day
 * ends one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dayNumber } from "framelens";
 * assert.equal(dayNumber("1970-01-02"), 1);
 * assert.equal(dayNumber("2000-03-01"), 11017);
 * assert.throws(() => dayNumber("2025-02-29"), /"2025-02-29" is not a calendar date/);
 * ```
 *
 * @throws {RangeError} for a text that is not a calendar date.
 */
export function dayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`"${date}" is not a calendar date YYYY-MM-DD`);
  const [y0, m, d] = date.split("-").map(Number);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/**
 * The calendar date of a day number (the inverse of {@linkcode dayNumber}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dateOfDay, dayNumber } from "framelens";
 * assert.equal(dateOfDay(0), "1970-01-01");
 * assert.equal(dateOfDay(dayNumber("2024-12-31") + 1), "2025-01-01");
 * ```
 */
export function dateOfDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const pad = (x: number, w: number) => String(x).padStart(w, "0");
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * The day of the week of a calendar date, ISO style: 1 Monday … 7 Sunday (1970-01-01
 * was a Thursday).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { weekday } from "framelens";
 * assert.equal(weekday("2025-08-11"), 1); // a Monday
 * ```
 */
export function weekday(date: string): number {
  return ((dayNumber(date) + 3) % 7 + 7) % 7 + 1;
}

/**
 * The ISO 8601 week of a calendar date, `YYYY-Www`: weeks run Monday to Sunday, and a
 * week belongs to the year of its Thursday, so that the last days of December can fall
 * in week 1 of the next year and the first days of January in week 52 or 53 of the
 * last.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isoWeek } from "framelens";
 * assert.equal(isoWeek("2025-08-11"), "2025-W33");
 * assert.equal(isoWeek("2024-12-30"), "2025-W01");
 * assert.equal(isoWeek("2021-01-03"), "2020-W53");
 * ```
 *
 * @throws {RangeError} for a text that is not a calendar date.
 */
export function isoWeek(date: string): string {
  const n = dayNumber(date);
  const thursday = dateOfDay(n - weekday(date) + 4);
  const year = thursday.slice(0, 4);
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * The Monday that starts an ISO week `YYYY-Www`: the Monday of the week that holds
 * 4 January, plus the weeks before it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isoWeekStart } from "framelens";
 * assert.equal(isoWeekStart("2025-W01"), "2024-12-30");
 * assert.equal(isoWeekStart("2025-W33"), "2025-08-11");
 * assert.throws(() => isoWeekStart("2025-W53"), /"2025-W53" is not an ISO week of 2025/);
 * ```
 *
 * @throws {RangeError} for a text that is not an ISO week of its year.
 */
export function isoWeekStart(week: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new RangeError(`"${week}" is not an ISO week YYYY-Www`);
  const jan4 = `${m[1]}-01-04`;
  const start = dateOfDay(dayNumber(jan4) - weekday(jan4) + 1 + (Number(m[2]) - 1) * 7);
  if (Number(m[2]) < 1 || isoWeek(start) !== week) throw new RangeError(`"${week}" is not an ISO week of ${m[1]}`);
  return start;
}
