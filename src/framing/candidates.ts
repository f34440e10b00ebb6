/**
 * Candidate wordings for the framing lexicon: for each referent, the words and word pairs
 * that cluster around its mentions and that the lexicon does not hold yet, ranked by how
 * strongly they cluster there, each with the sentences it stands in and the command that
 * adds it to the lexicon.
 *
 * @module
 */
import type { AnnotatedArticle, Token } from "../types.ts";
import type { FramingLexicon } from "./lexicon.ts";
import type { FramingHit } from "./match.ts";
import { isWord } from "../pipeline/annotate.ts";
import { logLikelihood } from "../measures/keyness.ts";
import { lexiconHolds } from "./discovery.ts";

/** One candidate wording of a referent: a row of the discovery table. */
export interface FramingCandidate {
  /** Referent id. */
  referent: string;
  /** The word (lemma) or the pair of adjacent words, lower case. */
  term: string;
  /** Occurrences within the window of the referent's mentions. */
  near: number;
  /** Occurrences elsewhere in the corpus. */
  elsewhere: number;
  /** Outlets it stands near the referent in. */
  outlets: number;
  /**
   * Signed log-likelihood G² (Dunning 1993) of the term near the referent's mentions
   * against the rest of the corpus: positive when it clusters around them.
   */
  g2: number;
  /** Up to `contexts` sentences in which it stands near a mention, as written. */
  contexts: string[];
  /** The one line that adds it to the lexicon as a loaded wording of the referent. */
  accept: string;
}

/** Options for {@linkcode framingCandidates}. */
export interface FramingCandidateOptions {
  /** Words on each side of a mention, within its sentence. Default 4. */
  window?: number;
  /** Leave out terms seen fewer times near the referent. Default 2. */
  minCount?: number;
  /** Keep at most this many candidates per referent. Default 15. */
  top?: number;
  /** Sentences kept per candidate. Default 3. */
  contexts?: number;
}

/** Words that can carry a judgement: adjectives, nouns and verbs (not names, not stop words). */
const isCandidate = (t: Token) =>
  isWord(t) && !t.stop && t.type === "word" && t.norm.length > 2 &&
  (t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "VERB");

/** The command that adds a wording to the lexicon, quoted for a POSIX shell. */
export function acceptCommand(referent: string, frame: "loaded" | "neutral", wording: string): string {
  return `deno task accept ${referent} ${frame} '${wording.replace(/'/g, `'\\''`)}'`;
}

/**
 * Ranks, for each referent, the words and adjacent word pairs within `window` words of its
 * mentions (in the same sentence) that the lexicon does not hold: adjectives, nouns and
 * verbs by lemma, stop words and names left out. The rank is the signed G² of a term's
 * count near the mentions against its count in the rest of the corpus (a collocation
 * measure that needs no second outlet); ties by count. Each candidate has its sentences
 * and the `deno task accept` line that appends it to `data/lexicons/framing.yaml`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   compileFraming,
 *   framingCandidates,
 *   framingHits,
 *   loadResources,
 *   parseFramingLexicon,
 * } from "framelens";
 * const yaml = "referents:\n  - id: israel\n    label: Israel\n    neutral: [Israel]\n";
 * const lexicon = parseFramingLexicon(yaml, "f.yaml");
 * const text = "Israel committed aggression. Israel's aggression went on. The market opened. The weather was fine.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const rows = framingCandidates(annotated, framingHits(annotated, compileFraming(lexicon)), lexicon);
 * const row = rows.find((r) => r.term === "aggression")!; // twice beside "Israel", nowhere else
 * assert.deepEqual([row.referent, row.near, row.elsewhere, row.outlets], ["israel", 2, 0, 1]);
 * assert.ok(row.g2 > 0);
 * assert.equal(row.accept, "deno task accept israel loaded 'aggression'");
 * assert.ok(!rows.some((r) => r.term === "market")); // not near a mention
 * ```
 */
export function framingCandidates(
  annotated: readonly AnnotatedArticle[],
  hits: readonly FramingHit[],
  lexicon: FramingLexicon,
  options: FramingCandidateOptions = {},
): FramingCandidate[] {
  const window = options.window ?? 4;
  const minCount = options.minCount ?? 2;
  const top = options.top ?? 15;
  const keep = options.contexts ?? 3;
  const byId = new Map(annotated.map((a) => [a.article.id, a]));
  // Every term of the corpus, once, for the counts elsewhere.
  const corpusCounts = new Map<string, number>();
  let corpusTotal = 0;
  for (const a of annotated) {
    for (const term of termsOf(a.tokens)) {
      corpusCounts.set(term.term, (corpusCounts.get(term.term) ?? 0) + 1);
      corpusTotal++;
    }
  }
  const held = lexiconHolds(lexicon);
  const rows: FramingCandidate[] = [];
  for (const referent of lexicon.referents) {
    const near = new Map<string, { count: number; outlets: Set<string>; contexts: string[] }>();
    let nearTotal = 0;
    const seen = new Set<string>();
    for (const h of hits) {
      if (h.referent !== referent.id) continue;
      const a = byId.get(h.article);
      if (!a) continue;
      const tokens = a.tokens;
      const inside = tokens.filter((t) => t.start >= h.start && t.end <= h.end);
      if (!inside.length) continue;
      const first = inside[0].i;
      const last = inside[inside.length - 1].i;
      const sentence = tokens[first].sentence;
      const around: Token[] = [];
      for (let k = first - 1, n = 0; k >= 0 && n < window && tokens[k].sentence === sentence; k--) {
        if (isWord(tokens[k])) n++;
        around.unshift(tokens[k]);
      }
      const after: Token[] = [];
      for (let k = last + 1, n = 0; k < tokens.length && n < window && tokens[k].sentence === sentence; k++) {
        if (isWord(tokens[k])) n++;
        after.push(tokens[k]);
      }
      for (const side of [around, after]) {
        for (const { term, start } of termsOf(side)) {
          // A token near two mentions counts once.
          const key = `${h.article}:${start}:${term}`;
          if (seen.has(key)) continue;
          seen.add(key);
          let entry = near.get(term);
          if (!entry) near.set(term, entry = { count: 0, outlets: new Set(), contexts: [] });
          entry.count++;
          entry.outlets.add(h.outlet);
          if (entry.contexts.length < keep && !entry.contexts.includes(h.sentence)) entry.contexts.push(h.sentence);
          nearTotal++;
        }
      }
    }
    const ranked: FramingCandidate[] = [];
    for (const [term, entry] of near) {
      if (entry.count < minCount || held(term)) continue;
      const elsewhere = (corpusCounts.get(term) ?? 0) - entry.count;
      const g = logLikelihood(entry.count, elsewhere, nearTotal, corpusTotal - nearTotal);
      const expected = (entry.count + elsewhere) * nearTotal / corpusTotal;
      const g2 = entry.count >= expected ? g : -g;
      if (g2 <= 0) continue;
      ranked.push({
        referent: referent.id,
        term,
        near: entry.count,
        elsewhere,
        outlets: entry.outlets.size,
        g2,
        contexts: entry.contexts,
        accept: acceptCommand(referent.id, "loaded", term),
      });
    }
    ranked.sort((x, y) => y.g2 - x.g2 || y.near - x.near || x.term.localeCompare(y.term));
    rows.push(...ranked.slice(0, top));
  }
  return rows;
}

/** The candidate terms of a run of tokens: the lemmas of candidate words and of adjacent pairs of them. */
function termsOf(tokens: readonly Token[]): { term: string; start: number }[] {
  const out: { term: string; start: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!isCandidate(t)) continue;
    out.push({ term: t.lemma, start: t.start });
    const next = tokens[k + 1];
    if (next && isCandidate(next)) out.push({ term: `${t.lemma} ${next.lemma}`, start: t.start });
  }
  return out;
}
