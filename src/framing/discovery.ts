/**
 * Discovery of new framing wordings: the words that cluster around each referent's
 * mentions in each outlet, ranked by how much one outlet favours them over the others
 * (keyness), as candidates for the lexicon.
 *
 * @module
 */
import type { AnnotatedArticle, Token } from "../types.ts";
import type { FramingLexicon } from "./lexicon.ts";
import { isWord } from "../pipeline/annotate.ts";
import { keyness, type KeynessRow } from "../measures/keyness.ts";
import type { CountTable } from "../measures/count_table.ts";
import type { FramingHit } from "./match.ts";
import { stemWord } from "./match.ts";

/** One word or word pair near a referent's mentions in one outlet: a discovery candidate. */
export interface FramingCandidateRow {
  /** Referent id. */
  referent: string;
  /** Outlet. */
  outlet: string;
  /** The word (lemma) or the pair of adjacent words, lower case. */
  term: string;
  /** Occurrences near the referent's mentions in this outlet. */
  count: number;
  /** Occurrences near the referent's mentions in the other outlets. */
  refCount: number;
  /** Signed log-likelihood G² (Dunning 1993, Williams-corrected): positive when this outlet favours it. */
  g2: number;
  /** Log Ratio (Hardie 2014): log₂ of the ratio of relative frequencies. */
  logRatio: number;
  /** Whether the lexicon already holds it (as a wording or inside one, under any referent). */
  inLexicon: boolean;
}

/** Options for {@linkcode framingDiscovery}. */
export interface FramingDiscoveryOptions {
  /** Words on each side of a mention, within its sentence (stop words count towards it). Default 6. */
  window?: number;
  /** Leave out terms with fewer occurrences in this outlet. Default 2. */
  minCount?: number;
  /** Keep at most this many rows per referent and outlet (the most favoured). Default 20. */
  top?: number;
  /** Count pairs of adjacent content words as well as single words. Default true. */
  pairs?: boolean;
}

const isContent = (t: Token) => isWord(t) && !t.stop && t.type === "word" && t.norm.length > 2;

/** The content words of the lexicon's spellings as stem sequences, to tell what it already holds. */
function lexiconWords(lexicon: FramingLexicon): string[] {
  const spellings = [
    ...lexicon.ignore,
    ...lexicon.referents.flatMap((r) => r.wordings.flatMap((w) => w.spellings)),
  ];
  return spellings.map((s) =>
    ` ${s.toLowerCase().split(/[^\p{L}\p{N}.']+/u).filter(Boolean).map(stemWord).join(" ")} `
  );
}

/**
 * Whether the lexicon holds a term (a word or words, lower case): as a wording, inside
 * one, or as a word of a word family (`aggress*` holds "aggressive"), under any referent.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseFramingLexicon } from "framelens";
 * import { lexiconHolds } from "./discovery.ts";
 * const yaml = `
 * referents:
 *   - id: israel
 *     label: Israel
 *     loaded: [Zionist regime, aggress*]
 *     neutral: [Israel]
 * `;
 * const holds = lexiconHolds(parseFramingLexicon(yaml, "f.yaml"));
 * assert.equal(holds("zionist regime"), true); // a wording
 * assert.equal(holds("regime"), true); // inside one
 * assert.equal(holds("aggressive"), true); // of the word family aggress*
 * assert.equal(holds("truce"), false);
 * ```
 */
export function lexiconHolds(lexicon: FramingLexicon): (term: string) => boolean {
  const held = lexiconWords(lexicon);
  const families = lexicon.referents.flatMap((r) => r.wordings.flatMap((w) => w.spellings))
    .flatMap((s) => s.split(/\s+/)).filter((w) => /^\p{L}{4,}\*$/u.test(w)).map((w) => w.slice(0, -1).toLowerCase());
  return (term: string) => {
    const key = ` ${term.split(" ").map(stemWord).join(" ")} `;
    if (held.some((s) => s.includes(key))) return true;
    const words = term.split(" ");
    return words.length === 1 && families.some((f) => words[0].startsWith(f));
  };
}

/**
 * Ranks the words around each referent's mentions by outlet: for each referent, the
 * content words (lemmas, stop words left out) and pairs of adjacent content words
 * within `window` words of a mention and in its sentence, counted per outlet, and each
 * outlet compared with the others by signed G² (the project's `keyness`). Rows by
 * referent (lexicon order), outlet, then descending G²; only terms an outlet favours
 * (G² ≥ 0) and uses at least `minCount` times.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingDiscovery,
 *   framingHits,
 *   loadResources,
 *   parseFramingLexicon,
 * } from "framelens";
 * const yaml = "referents:\n  - id: israel\n    label: Israel\n    neutral: [Israel]\n";
 * const lexicon = parseFramingLexicon(yaml, "f.yaml");
 * const article = (id: string, outlet: string, text: string) => ({ id, file: `${id}.md`, outlet, text, extra: {} });
 * const annotated = annotateCorpus([
 *   article("a", "A", "Israel committed aggression. Israel's aggression went on."),
 *   article("b", "B", "Israel signed a truce. Israel kept the truce."),
 * ], await loadResources());
 * const rows = framingDiscovery(annotated, framingHits(annotated, compileFraming(lexicon)), lexicon);
 * // Words A favours near "Israel" and the lexicon lacks: wordings to consider.
 * assert.ok(rows.some((r) => r.outlet === "A" && r.term === "aggression" && !r.inLexicon && r.count === 2));
 * ```
 */
export function framingDiscovery(
  annotated: readonly AnnotatedArticle[],
  hits: readonly FramingHit[],
  lexicon: FramingLexicon,
  options: FramingDiscoveryOptions = {},
): FramingCandidateRow[] {
  const window = options.window ?? 6;
  const minCount = options.minCount ?? 2;
  const top = options.top ?? 20;
  const pairs = options.pairs ?? true;
  const byId = new Map(annotated.map((a) => [a.article.id, a]));
  const inLexicon = lexiconHolds(lexicon);
  const rows: FramingCandidateRow[] = [];
  for (const referent of lexicon.referents) {
    const mine = hits.filter((h) => h.referent === referent.id);
    const groups = [...new Set(mine.map((h) => h.outlet))].sort((a, b) => a.localeCompare(b));
    if (!groups.length) continue;
    const counts = new Map<string, number[]>();
    const totals = new Array(groups.length).fill(0);
    for (const h of mine) {
      const a = byId.get(h.article);
      if (!a) continue;
      const g = groups.indexOf(h.outlet);
      const tokens = a.tokens;
      const inside = tokens.filter((t) => t.start >= h.start && t.end <= h.end);
      if (!inside.length) continue;
      const first = inside[0].i;
      const last = inside[inside.length - 1].i;
      const near: Token[] = [];
      for (let k = first - 1, n = 0; k >= 0 && n < window && tokens[k].sentence === tokens[first].sentence; k--) {
        if (isWord(tokens[k])) n++;
        near.unshift(tokens[k]);
      }
      const after: Token[] = [];
      for (
        let k = last + 1, n = 0;
        k < tokens.length && n < window && tokens[k].sentence === tokens[last].sentence;
        k++
      ) {
        if (isWord(tokens[k])) n++;
        after.push(tokens[k]);
      }
      for (const side of [near, after]) {
        const terms: string[] = side.filter(isContent).map((t) => t.lemma);
        if (pairs) {
          for (let k = 0; k + 1 < side.length; k++) {
            if (isContent(side[k]) && isContent(side[k + 1])) terms.push(`${side[k].lemma} ${side[k + 1].lemma}`);
          }
        }
        for (const term of terms) {
          let c = counts.get(term);
          if (!c) counts.set(term, c = new Array(groups.length).fill(0));
          c[g]++;
          totals[g]++;
        }
      }
    }
    const table: CountTable = { groups, counts, totals };
    // Each outlet's rows in their order, in one pass over the ranked rows.
    const rankedBy = new Map<string, KeynessRow[]>(groups.map((g) => [g, []]));
    for (const r of keyness(table, groups, { minCount })) rankedBy.get(r.outlet)?.push(r);
    for (const outlet of groups) {
      rows.push(
        ...rankedBy.get(outlet)!.filter((r) => r.count >= minCount && r.g2 >= 0)
          .slice(0, top)
          .map((r) => ({
            referent: referent.id,
            outlet,
            term: r.term,
            count: r.count,
            refCount: r.refCount,
            g2: r.g2,
            logRatio: r.logRatio,
            inLexicon: inLexicon(r.term),
          })),
      );
    }
  }
  return rows;
}
