/**
 * Keyword in context: every place a term or phrase occurs, with the text around it.
 *
 * @module
 */
import type { AnnotatedArticle, Term } from "../types.ts";
import type { Gazetteer } from "../entities/types.ts";
import type { CompiledGazetteer } from "../entities/mentions.ts";
import { nameTerms } from "./name_terms.ts";

/** One line of a concordance. */
export interface KwicRow {
  /** Article id. */
  article: string;
  /** Outlet. */
  outlet: string;
  /** Text before the match, on the same line, at most `context` characters. */
  left: string;
  /** The match, as written. */
  match: string;
  /** Text after the match. */
  right: string;
  /** Offset of the match in the article's original text. */
  start: number;
  /** Offset just past the match. */
  end: number;
}

/** Options for {@linkcode kwic}. */
export interface KwicOptions {
  /** Characters of context on each side. Default 60. */
  context?: number;
  /**
   * Read each name as one term, as term counts do with this gazetteer (`TermOptions.names`):
   * "ali larijani" then finds "Mr Larijani" too, the match spanning the whole name.
   */
  names?: Gazetteer | CompiledGazetteer;
}

function splitQuery(query: string): string[] {
  return query.toLowerCase().replace(/[\u2010-\u2015-]/g, " ").split(/\s+/).filter(Boolean);
}

/** The words of a term: a phrase, a name or a hyphenated compound gives several. */
function termWords(t: Term): string[] {
  return t.phrase || t.name || t.norm.includes("-") ? splitQuery(t.norm) : [t.norm];
}

/**
 * Finds a term or phrase in the articles: a phrase-list term by its key ("zionist
 * regime"), a word by its normal form or lemma ("force" finds "forces"), or a
 * sequence of words (hyphens and spaces alike; punctuation between them not allowed).
 * With `names`, a name is one term, found by its term as the term tables have it
 * ("ali larijani" finds "Mr Larijani"; "larijani" then finds none of the name's words).
 * The context is cut at line breaks and white space is collapsed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, kwic, loadGazetteer, loadResources } from "framelens";
 * const text = "Ali Larijani arrived. Mr Larijani said the forces would stay.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const [line] = kwic(annotated, "force"); // a lemma finds "forces"
 * assert.deepEqual(
 *   [line.left, line.match, line.right],
 *   ["Ali Larijani arrived. Mr Larijani said the ", "forces", " would stay."],
 * );
 * // With the gazetteer, a name is one term: "ali larijani" finds "Mr Larijani" too.
 * const names = kwic(annotated, "ali larijani", { names: await loadGazetteer() });
 * assert.deepEqual(names.map((r) => r.match), ["Ali Larijani", "Mr Larijani"]);
 * ```
 */
export function kwic(annotated: AnnotatedArticle[], query: string, options: KwicOptions = {}): KwicRow[] {
  const width = options.context ?? 60;
  const words = splitQuery(query);
  const rows: KwicRow[] = [];
  if (!words.length) return rows;
  for (const a of annotated) {
    const text = a.article.text;
    const terms = (options.names ? nameTerms(a, options.names) : a.terms).filter((t) => !(t.punct && t.norm === "-"));
    for (let i = 0; i < terms.length; i++) {
      let k = 0;
      let j = i;
      while (j < terms.length && k < words.length) {
        const tw = termWords(terms[j]);
        const lemma = terms[j].lemma;
        if (tw.length === 1 && (tw[0] === words[k] || lemma === words[k])) {
          k++;
        } else if (tw.length > 1 && tw.every((w, x) => w === words[k + x])) {
          k += tw.length;
        } else break;
        j++;
        if (j < terms.length && terms[j].sentence !== terms[i].sentence && k < words.length) break;
      }
      if (k !== words.length) continue;
      const start = terms[i].start;
      const end = terms[j - 1].end;
      const lineStart = text.lastIndexOf("\n", start - 1) + 1;
      const lineEnd = (() => {
        const e = text.indexOf("\n", end);
        return e < 0 ? text.length : e;
      })();
      const tidy = (s: string) => s.replace(/\s+/g, " ");
      const leftRaw = text.slice(Math.max(lineStart, start - width), start);
      const rightRaw = text.slice(end, Math.min(lineEnd, end + width));
      rows.push({
        article: a.article.id,
        outlet: a.article.outlet,
        left: (start - width > lineStart ? "\u2026" : "") + tidy(leftRaw),
        match: text.slice(start, end),
        right: tidy(rightRaw) + (end + width < lineEnd ? "\u2026" : ""),
        start,
        end,
      });
      i = j - 1;
    }
  }
  return rows;
}
