/**
 * The framing stage measured on a seventh fresh set of 84 passages (issue 18, round 7;
 * tests/fixtures/annotations/framing_fresh7.yaml), written and annotated before its writer read
 * the lexicon or the matcher and before the matcher ran on it, and never tuned on: its figures
 * are held-out figures. Its misses are printed only with FRESH7_MISSES=1, so that reading them is
 * a deliberate act (after which the set is no longer clean).
 */
import { freshSetTests } from "../fixtures/fresh_set.ts";

// Measured on main bf52b2e before round 7 (never tuned on): P 0.90 (72/80 hits right) R 0.67 (72/108) F1 0.77,
// loaded recall 0.38 (21/56), voice 0.93 (67/72), frame 0.88. Its precision is held at what was measured, under the
// 0.95 of the earlier sets: a blind set's false alarms are kept as found, not tuned away. After round 8 (2026-12-07,
// still never tuned on; only these figures read): P 0.90 (73/81) R 0.68 (73/108) F1 0.77, loaded recall 0.39 (22/56),
// voice 0.93 (68/73), frame 0.88.
await freshSetTests({
  name: "framing_fresh7",
  idPrefix: "fresh7",
  ordinal: "seventh",
  missesVar: "FRESH7_MISSES",
  f1: 0.76,
  loadedRecall: [22, 56],
  precision: 0.9,
});
