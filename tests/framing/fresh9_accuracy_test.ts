/**
 * The framing stage measured on a ninth fresh set of 80 passages (issue 18, round 9;
 * tests/fixtures/annotations/framing_fresh9.yaml), written and annotated before its writer read
 * the lexicon or the matcher and before the matcher ran on it, and never tuned on: its figures
 * are held-out figures. Its misses are printed only with FRESH9_MISSES=1, so that reading them is
 * a deliberate act (after which the set is no longer clean).
 */
import { freshSetTests } from "../fixtures/fresh_set.ts";

// Measured on main 4f15d9c (never tuned on): P 0.91 (69/76 hits right) R 0.63 (65/104) F1 0.74, loaded recall 0.25
// (13/51), voice 0.88 (57/65), frame 0.91 (59/65). Its precision is held at what was measured, under the 0.95 of the
// earlier sets: a blind set's false alarms are kept as found, not tuned away.
await freshSetTests({
  name: "framing_fresh9",
  idPrefix: "fresh9",
  ordinal: "ninth",
  missesVar: "FRESH9_MISSES",
  f1: 0.73,
  loadedRecall: [13, 51],
  precision: 0.90,
});
