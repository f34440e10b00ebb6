/**
 * Reading an article's date from the top of its text: a news dateline such as
 * "BEIRUT, Aug. 11 (Reuters) -" or a written date such as "11 August 2025".
 *
 * @module
 */
import { isIsoDate } from "./front_matter.ts";

/** A date found near the top of a text by {@linkcode findDate}. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The words it was read from, as written: `"BEIRUT, Aug. 11 (Reuters) -"`. */
  source: string;
  /** The text gave no year: the year is the latest that puts the date no later than `today`. */
  yearGuessed: boolean;
}

/** Options for {@linkcode findDate}. */
export interface FindDateOptions {
  /** Today, `YYYY-MM-DD`: no date after it (by more than a day, for time zones) is taken. Default: today in UTC. */
  today?: string;
  /** How many non-blank lines from the top are read. Default 5. */
  lines?: number;
}

/** The first three letters of each month's English name, in order. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** An English month name, written out or cut short with or without a full stop: "August", "Aug.", "Sept". */
const MONTH = String
  .raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![\p{L}])\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?!\d)`;
const YEAR = String.raw`(\d{4})(?!\d)`;
/** The place of a dateline: a capitalised name of a few words, "BEIRUT", "Tehran", "NEW YORK", "GAZA CITY/CAIRO". */
const PLACE = String.raw`\p{Lu}[\p{L}.'’ /-]{0,40}?`;
/** What ends a dateline: an agency in brackets, a dash, or both. */
const DATELINE_END = String.raw`\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]|\s*\([^()\n]{1,40}\)`;

/** A dateline at the start of a line, month first or day first, the year optional. */
const DATELINES: { re: RegExp; day: number; month: number; year: number }[] = [
  {
    re: new RegExp(String.raw`^\s*${PLACE},\s+${MONTH}\s+${DAY}(?:,?\s+${YEAR})?(?:${DATELINE_END})`, "imu"),
    month: 1,
    day: 2,
    year: 3,
  },
  {
    re: new RegExp(String.raw`^\s*${PLACE},\s+${DAY}\s+${MONTH}(?:,?\s+${YEAR})?(?:${DATELINE_END})`, "imu"),
    day: 1,
    month: 2,
    year: 3,
  },
];

/** A written date with its year, anywhere in a line. */
const WRITTEN: { re: RegExp; day: number; month: number; year: number; numericMonth?: boolean }[] = [
  { re: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH},?\s+${YEAR}`, "giu"), day: 1, month: 2, year: 3 },
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}`, "giu"), month: 1, day: 2, year: 3 },
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g, year: 1, month: 2, day: 3, numericMonth: true },
];

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO date of a year, month (1–12) and day, when it is a real day. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The month (1–12) of an English month name or abbreviation. */
function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The day after an ISO date. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Finds an article's date near the top of its text (its first non-blank lines): first
 * a news dateline at the start of a line, "BEIRUT, Aug. 11 (Reuters) -" or "Tehran,
 * August 19, 2025 -"; else the first date written with its year, "11 August 2025",
 * "August 11, 2025" or "2025-08-11". A dateline without a year takes the latest year
 * that puts it no later than today, and says so (`yearGuessed`). A date after today
 * (by more than a day) is passed over, as is a day that does not exist.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findDate } from "./dateline.ts";
 * assert.deepEqual(findDate("BEIRUT, Aug. 11 (Reuters) - Iran's top security official...", { today: "2025-09-01" }), {
 *   date: "2025-08-11",
 *   source: "BEIRUT, Aug. 11 (Reuters) -",
 *   yearGuessed: true, // the latest Aug. 11 not after today
 * });
 * assert.equal(findDate("Published 19 August 2025\nTehran - ...")?.date, "2025-08-19");
 * assert.equal(findDate("No date here."), undefined);
 * ```
 *
 * @param text The article's text, headline first when it has one.
 * @param options See {@linkcode FindDateOptions}.
 * @returns The date and the words it was read from, or undefined when none is found.
 */
export function findDate(text: string, options: FindDateOptions = {}): FoundDate | undefined {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const latest = dayAfter(today);
  const top = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "").slice(0, options.lines ?? 5)
    .map((l) => l.slice(0, 500));

  for (const line of top) {
    for (const { re, day, month, year } of DATELINES) {
      const m = re.exec(line);
      if (!m) continue;
      const source = m[0].trim();
      const [mo, d] = [monthNumber(m[month]), Number(m[day])];
      if (m[year]) {
        const date = isoDate(Number(m[year]), mo, d);
        if (date && date <= latest) return { date, source, yearGuessed: false };
        continue;
      }
      // No year: the latest year in which this day exists and is not after today.
      for (let y = Number(today.slice(0, 4)); y > Number(today.slice(0, 4)) - 8; y--) {
        const date = isoDate(y, mo, d);
        if (date && date <= latest) return { date, source, yearGuessed: true };
      }
    }
  }
  let first: { at: number; found: FoundDate } | undefined;
  top.forEach((line, i) => {
    for (const { re, day, month, year, numericMonth } of WRITTEN) {
      for (const m of line.matchAll(re)) {
        const mo = numericMonth ? Number(m[month]) : monthNumber(m[month]);
        const date = isoDate(Number(m[year]), mo, Number(m[day]));
        if (!date || date > latest) continue;
        const at = i * 1000 + m.index!;
        if (!first || at < first.at) first = { at, found: { date, source: m[0].trim(), yearGuessed: false } };
        break;
      }
    }
  });
  return first?.found;
}
