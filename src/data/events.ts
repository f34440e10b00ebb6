/**
 * The events a user lists in `data/events.yaml` (a date and a label each), drawn as
 * rules on every chart over time.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DataSchema, LEAF, parseDataFile } from "./yaml.ts";
import { isCalendarDate } from "../measures/calendar.ts";

/** The project's event list. */
export const DEFAULT_EVENTS_FILE: string = fileURLToPath(new URL("../../data/events.yaml", import.meta.url));

/** An event of the story: a rule on the time charts. */
export interface StoryEvent {
  /** Its calendar date, `YYYY-MM-DD`. */
  date: string;
  /** What happened, in a few words. */
  label: string;
}

const SCHEMA: DataSchema = {
  keys: {
    events: {
      items: {
        keys: { date: LEAF, label: LEAF },
        name: (i, item) => {
          const label = (item as { label?: unknown } | null)?.label;
          return typeof label === "string" ? `event ${i + 1} ("${label}")` : `event ${i + 1}`;
        },
      },
    },
  },
};

/**
 * Parses and checks the text of an event list: a mapping with an `events` list, each
 * item a `date` (a calendar date `YYYY-MM-DD`) and a `label` (text); an empty file or
 * list is no event. Events come sorted by date, in file order within a date.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseEvents } from "framelens";
 * assert.deepEqual(
 *   parseEvents("events:\n  - { date: 2025-08-11, label: Larijani in Baghdad }", "data/events.yaml"),
 *   [{ date: "2025-08-11", label: "Larijani in Baghdad" }],
 * );
 * assert.throws(
 *   () => parseEvents("events:\n  - { date: 2025-08-32, label: x }", "data/events.yaml"),
 *   /^Error: Cannot read data\/events.yaml: event 1 \("x"\) has the date "2025-08-32", which is not a calendar date/,
 * );
 * assert.deepEqual(parseEvents("", "data/events.yaml"), []); // an empty file is no event
 * ```
 *
 * @throws {Error} naming the file, the event and what is wrong.
 */
export function parseEvents(yamlText: string, file: string): StoryEvent[] {
  const list = parseDataFile(yamlText, file, { schema: SCHEMA, expected: 'an "events" list' }).events ?? [];
  if (!Array.isArray(list)) throw new Error(`Cannot read ${file}: "events" must be a list`);
  const events = list.map((item, i): StoryEvent => {
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      throw new Error(`Cannot read ${file}: event ${i + 1} is not a mapping with "date" and "label"`);
    }
    const { date, label } = item as { date?: unknown; label?: unknown };
    const name = typeof label === "string" && label.trim() ? `event ${i + 1} ("${label.trim()}")` : `event ${i + 1}`;
    if (typeof label !== "string" || !label.trim()) throw new Error(`Cannot read ${file}: ${name} has no "label"`);
    if (date === undefined || date === null) throw new Error(`Cannot read ${file}: ${name} has no "date"`);
    if (typeof date !== "string" || !isCalendarDate(date)) {
      throw new Error(
        `Cannot read ${file}: ${name} has the date "${String(date)}", which is not a calendar date YYYY-MM-DD`,
      );
    }
    return { date, label: label.trim() };
  });
  return events.map((e, i) => [e, i] as const).sort((a, b) =>
    a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1]
  )
    .map(([e]) => e);
}

/**
 * Reads and checks an event list file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isCalendarDate, loadEvents } from "framelens";
 * const dates = (await loadEvents()).map((e) => e.date); // the dates of data/events.yaml
 * assert.ok(dates.every(isCalendarDate));
 * assert.deepEqual(dates, [...dates].sort()); // in order
 * ```
 *
 * @param file The YAML file; `data/events.yaml` by default.
 * @throws {Error} naming the file and what is wrong.
 */
export async function loadEvents(file: string = DEFAULT_EVENTS_FILE): Promise<StoryEvent[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`);
  }
  return parseEvents(text, file);
}

/**
 * Reads and checks an event list file synchronously, for the report's section builders.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadEvents, loadEventsSync } from "framelens";
 * assert.deepEqual(loadEventsSync(), await loadEvents()); // the events of data/events.yaml
 * ```
 *
 * @param file The YAML file; `data/events.yaml` by default.
 * @throws {Error} naming the file and what is wrong.
 */
export function loadEventsSync(file: string = DEFAULT_EVENTS_FILE): StoryEvent[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`);
  }
  return parseEvents(text, file);
}
