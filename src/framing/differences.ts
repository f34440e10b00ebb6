/**
 * Which differences in loaded share between outlets are real and which are noise, from
 * the shares' 95% Wilson intervals and their too-few flags.
 *
 * @module
 */
import type { FramingVoiceRow } from "./summary.ts";
import type { Voice } from "./voice.ts";

/** Two outlets' loaded shares for one referent in one voice, compared. */
export interface FramingDifference {
  /** Referent id. */
  referent: string;
  /** The referent's label. */
  label: string;
  /** The voice compared. */
  voice: Voice;
  /** The outlet with the higher share. */
  higher: string;
  /** The outlet with the lower share. */
  lower: string;
  /** The higher share minus the lower one. */
  difference: number;
  /**
   * `real` when both shares rest on five mentions or more and their 95% intervals do not
   * overlap; `noise` when the intervals overlap; `too few` when either rests on fewer than
   * five mentions.
   */
  verdict: "real" | "noise" | "too few";
}

/**
 * Compares every pair of outlets that name a referent in a voice: the difference of their
 * loaded shares and whether it is real (intervals apart, enough mentions on both sides),
 * noise (intervals overlap) or from too few mentions to say. Non-overlapping 95% intervals
 * are a conservative test (a difference can be significant with overlapping intervals).
 * Rows by referent, voice, then the larger difference first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingByVoice,
 *   framingDifferences,
 *   framingHits,
 *   framingSummary,
 *   loadResources,
 *   parseFramingLexicon,
 * } from "framelens";
 * const yaml = "referents:\n  - id: israel\n    label: Israel\n    loaded: [Zionist regime]\n    neutral: [Israel]\n";
 * const lexicon = parseFramingLexicon(yaml, "f.yaml");
 * const article = (id: string, outlet: string, sentence: string, times: number) =>
 *   ({ id, file: `${id}.md`, outlet, text: Array(times).fill(sentence).join(" "), extra: {} });
 * const annotated = annotateCorpus([
 *   article("a", "A", "The Zionist regime struck.", 5), // 5 of 5 loaded: interval 0.57 to 1
 *   article("b", "B", "Israel struck.", 5), // 0 of 5: interval 0 to 0.43
 *   article("c", "C", "The Zionist regime struck.", 1), // 1 of 1: too few
 * ], await loadResources());
 * const summary = framingSummary(framingHits(annotated, compileFraming(lexicon)), annotated, lexicon.referents);
 * const verdicts = framingDifferences(framingByVoice(summary)).map((d) => `${d.higher}>${d.lower}: ${d.verdict}`);
 * assert.deepEqual(verdicts.sort(), ["A>B: real", "A>C: too few", "C>B: too few"]);
 * ```
 */
export function framingDifferences(rows: readonly FramingVoiceRow[]): FramingDifference[] {
  const groups = new Map<string, FramingVoiceRow[]>();
  for (const r of rows) {
    if (r.hits === 0 || r.loadedShare === null) continue;
    const key = `${r.referent}\u0000${r.voice}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: FramingDifference[] = [];
  for (const list of groups.values()) {
    const pairs: FramingDifference[] = [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [hi, lo] = list[i].loadedShare! >= list[j].loadedShare! ? [list[i], list[j]] : [list[j], list[i]];
        const apart = lo.loadedShareHigh! < hi.loadedShareLow!;
        pairs.push({
          referent: hi.referent,
          label: hi.label,
          voice: hi.voice,
          higher: hi.outlet,
          lower: lo.outlet,
          difference: hi.loadedShare! - lo.loadedShare!,
          verdict: hi.tooFew || lo.tooFew ? "too few" : apart ? "real" : "noise",
        });
      }
    }
    out.push(...pairs.sort((a, b) => b.difference - a.difference || a.higher.localeCompare(b.higher)));
  }
  return out;
}
