import assert from "node:assert/strict";
import { DEFAULT_EVENTS_FILE, loadEvents, loadEventsSync, parseEvents } from "../../src/data/events.ts";

const FILE = "data/events.yaml";

Deno.test("parseEvents() reads dates and labels, sorted by date, and an empty file or list as no event", () => {
  const text = "events:\n  - date: 2025-08-19\n    label: later\n  - date: 2025-08-11\n    label: ' Baghdad '\n";
  assert.deepEqual(parseEvents(text, FILE), [
    { date: "2025-08-11", label: "Baghdad" },
    { date: "2025-08-19", label: "later" },
  ]);
  assert.deepEqual(parseEvents("", FILE), []);
  assert.deepEqual(parseEvents("events: []", FILE), []);
  assert.deepEqual(parseEvents("# nothing yet\nevents:\n", FILE), []);
});

Deno.test("parseEvents() names the file and the event that is wrong", () => {
  const bad = (text: string, message: RegExp) => assert.throws(() => parseEvents(text, FILE), message);
  bad(
    "events:\n  - { date: 2025-02-29, label: x }",
    /^Error: Cannot read data\/events\.yaml: event 1 \("x"\) has the date "2025-02-29", which is not a calendar date YYYY-MM-DD$/,
  );
  bad(
    "events:\n  - { date: 2025-08-11, label: a }\n  - { label: b }",
    /Cannot read data\/events\.yaml: event 2 \("b"\) has no "date"/,
  );
  bad("events:\n  - { date: 2025-08-11 }", /Cannot read data\/events\.yaml: event 1 has no "label"/);
  bad("events:\n  - { date: 20250811, label: x }", /event 1 \("x"\) has the date "20250811"/);
  bad("events:\n  - just a line", /event 1 is not a mapping with "date" and "label"/);
  bad("events: yes", /"events" must be a list/);
  bad(
    "events:\n  - { date: 2025-08-11, lable: x }",
    /data\/events\.yaml:2:\d+: event 1: unknown key "lable" \(did you mean "label"\?\)/,
  );
  bad("event: []", /unknown top-level key "event" \(did you mean "events"\?\)/);
});

Deno.test("loadEvents() reads the project's data/events.yaml: events stated in the seed articles", async () => {
  const events = await loadEvents();
  assert.deepEqual(events.map((e) => e.date), ["2025-08-05", "2025-08-11"]);
  assert.deepEqual(loadEventsSync(), events);
  await assert.rejects(loadEvents("no/such/events.yaml"), /Cannot read no\/such\/events\.yaml/);
  assert.ok(DEFAULT_EVENTS_FILE.endsWith("data/events.yaml"));
});
