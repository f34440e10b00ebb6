/**
 * The framing stage measured on an eighth fresh set of 84 passages (issue 18, round 8;
 * tests/fixtures/annotations/framing_fresh8.yaml), written and annotated before its writer read
 * the lexicon or the matcher and before the matcher ran on it, and never tuned on: its figures
 * are held-out figures. Its misses are printed only with FRESH8_MISSES=1, so that reading them is
 * a deliberate act (after which the set is no longer clean).
 */
import { freshSetTests } from "../fixtures/fresh_set.ts";

// Measured on main 1f0ccd6 (never tuned on): P 0.91 (82/90 hits right) R 0.68 (77/114) F1 0.78, loaded recall 0.33
// (19/57), voice 0.78 (60/77), frame 0.88 (68/77). Its precision is held at what was measured, under the 0.95 of the
// earlier sets: a blind set's false alarms are kept as found, not tuned away. After round 8 (measured by the lead,
// totals only, not tuned on): P 0.91 (83/91), F1 0.78, loaded recall 0.35 (20/57), voice 0.78 (60/77).
await freshSetTests({
  name: "framing_fresh8",
  idPrefix: "fresh8",
  ordinal: "eighth",
  missesVar: "FRESH8_MISSES",
  f1: 0.77,
  loadedRecall: [20, 57],
  precision: 0.91,
});
