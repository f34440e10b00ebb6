/**
 * Matching compiled framing patterns over an article's tokens: a word of a pattern against a
 * token (or a word hyphenated across a line break), a whole pattern at a token, and all the
 * patterns that start with one word at once, through a tree of their shared beginnings.
 *
 * @module
 */
import type { Token } from "../types.ts";
import { type PatternSlot, slotEnds } from "./slots.ts";

/** A word of a compiled pattern. */
export interface PatternWord {
  /** Not a family or a slot. */
  kind?: undefined;
  /** Its normal form. */
  norm: string;
  /** Its lemma. */
  lemma: string;
  /** Its stem (`stemWord`). */
  stem: string;
  /** Written in capitals: must match exactly ("US", "PMF"). */
  exact?: string;
  /** Must start with a capital (a `match_case` wording). */
  capital: boolean;
}

/** A word family of the pattern language: any word that starts with `prefix`. */
export interface PatternFamily {
  /** A family. */
  kind: "family";
  /** What its words start with. */
  prefix: string;
}

/** An item of a compiled pattern: a word, a family or a slot. */
export type PatternItem = PatternWord | PatternFamily | PatternSlot;

/** What matching reads of a compiled pattern. */
export interface ItemsPattern {
  /** Its items. */
  words: PatternItem[];
  /** Index of the item the hit ends before (a `>` in the wording), or words.length. */
  cut: number;
}

/**
 * A crude stem that makes plurals meet their singular: "militias" and "militia",
 * "proxies" and "proxy", "forces" and "force".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stemWord } from "./pattern_match.ts";
 * assert.equal(stemWord("proxies"), "proxy");
 * assert.equal(stemWord("proxy"), "proxy"); // "Iran's proxies" matches the wording "Iran's proxy"
 * ```
 */
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s")) return w.slice(0, -1);
  return w;
}

/** Tokens that join two words of a pattern ("Iran-backed" for "Iran backed"). */
export const JOINERS: ReadonlySet<string> = new Set(["-"]);

function isJoiner(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (JOINERS.has(t.text)) return true;
  // An en or em dash between two words with no space ("Israel–Iran war").
  return t.text === "\u2014" && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
}

/** Keys under which a token (or a word joined across a line-break hyphen) is looked up. */
export interface Word {
  /** Normal form. */
  norm: string;
  /** Lemma. */
  lemma: string;
  /** As written. */
  text: string;
  /** Index of its first token. */
  from: number;
  /** Index one past its last token. */
  to: number;
}

function sameWord(w: Pick<Word, "norm" | "lemma" | "text">, p: PatternWord | PatternFamily): boolean {
  // A family takes the inflections of its words too: "bully*" finds "bullied" (lemma "bully").
  if (p.kind === "family") return w.norm.startsWith(p.prefix) || w.lemma.startsWith(p.prefix);
  if (p.exact !== undefined) return w.text === p.exact;
  if (p.capital && !/^\p{Lu}/u.test(w.text)) return false;
  if (w.norm === p.norm) return true;
  // A plural or other inflected wording ("terrorists") does not match its base form
  // ("terrorist organization"); a base form matches its inflections.
  if (p.lemma !== p.norm) return false;
  return w.lemma === p.lemma || (stemWord(w.norm) === p.stem && w.norm.length >= p.norm.length);
}

/**
 * The word hyphenated across a line break that starts at token k, a word ("Hez-\nbollah"), or null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hyphenatedAt } from "./pattern_match.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const text = "Hez-\nbollah said";
 * const { tokens } = tokenize(prepareText(text));
 * assert.equal(hyphenatedAt(text, tokens, 0)?.norm, "hezbollah");
 * ```
 */
export function hyphenatedAt(text: string, tokens: readonly Token[], k: number): Word | null {
  const t = tokens[k];
  const hyphen = tokens[k + 1];
  const rest = tokens[k + 2];
  if (
    hyphen && rest && hyphen.start === t.end && hyphen.text === "-" && !rest.punct &&
    /^[ \t]*\r?\n[ \t]*$/.test(text.slice(hyphen.end, rest.start))
  ) {
    return { norm: t.norm + rest.norm, lemma: t.norm + rest.lemma, text: t.text + rest.text, from: k, to: k + 3 };
  }
  return null;
}

/** Index of the next token a pattern may continue with after `k`: past joiners, bracketed insertions, a line break. */
function skipBetween(text: string, tokens: readonly Token[], k: number): number {
  let j = k;
  for (let guard = 0; guard < 3; guard++) {
    if (isJoiner(tokens, j)) {
      j++;
      continue;
    }
    if (tokens[j]?.text === "[") {
      let close = j + 1;
      while (close < tokens.length && close - j <= 8 && tokens[close].text !== "]") close++;
      if (tokens[close]?.text === "]") {
        j = close + 1;
        continue;
      }
    }
    break;
  }
  // Never across a blank line (a paragraph break: two characters at least).
  const prev = tokens[j - 1];
  const next = tokens[j];
  if (prev && next && next.start - prev.end >= 2 && /\n[ \t]*\r?\n/.test(text.slice(prev.end, next.start))) return -1;
  return j;
}

/**
 * Matches a pattern at token `at`; returns the index past the last token of the hit (the
 * tokens before a `>`), or -1. At each token, the word hyphenated across a line break is
 * tried first, then the token; a slot tries its longest run first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matchAt } from "./pattern_match.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const text = "the brutal aggression";
 * const { tokens } = tokenize(prepareText(text));
 * const word = (w: string) => ({ norm: w, lemma: w, stem: w, capital: false });
 * const slot = { kind: "slot" as const, slot: "adj" as const, min: 0, max: 6 };
 * assert.equal(matchAt(text, tokens, 0, { words: [word("the"), slot, word("aggression")], cut: 3 }), 3);
 * ```
 */
export function matchAt(text: string, tokens: readonly Token[], at: number, p: ItemsPattern): number {
  let hitEnd = -1;
  const step = (k: number, w: number): number => {
    // The last time the cut is passed is on the path that succeeds (a success returns at once).
    if (w === p.cut) hitEnd = k;
    if (w === p.words.length) return k;
    const j = w === 0 ? k : skipBetween(text, tokens, k);
    if (j < 0) return -1;
    const item = p.words[w];
    if (item.kind === "slot") {
      for (const end of slotEnds(tokens, j, item)) {
        const to = step(end, w + 1);
        if (to >= 0) return to;
      }
      return -1;
    }
    const t = tokens[j];
    if (!t || t.punct) return -1;
    const joined = hyphenatedAt(text, tokens, j);
    if (joined && sameWord(joined, item)) {
      const end = step(joined.to, w + 1);
      if (end >= 0) return end;
    }
    return sameWord(t, item) ? step(j + 1, w + 1) : -1;
  };
  return step(at, 0) < 0 ? -1 : hitEnd;
}

/** A node of a {@linkcode PatternTrie}: one item after the items of its parents. */
interface TrieNode {
  /** Its index in the trie's nodes. */
  id: number;
  item: PatternItem;
  children: TrieNode[];
  /** The patterns that end with this item, by their index in the list. */
  ends: number[];
  /** How many patterns pass through it (end here or below). */
  size: number;
}

/**
 * A list of patterns as a tree of their shared beginnings: patterns whose first items are
 * the same share the nodes of those items, so that "the occupation of Gaza" and "the
 * occupation of the south" read "the occupation of" once. Built by {@linkcode trieOf}.
 */
export interface PatternTrie {
  /** The patterns, as listed. */
  patterns: readonly ItemsPattern[];
  /** The nodes of the first items. */
  roots: TrieNode[];
  /** Every node, by id. */
  nodes: TrieNode[];
}

/** An item as a key: equal items have equal keys. */
function itemKey(item: PatternItem): string {
  if (item.kind === "slot") return `slot ${item.slot} ${item.min} ${item.max}`;
  if (item.kind === "family") return `family ${item.prefix}`;
  return `word ${item.norm} ${item.lemma} ${item.stem} ${item.exact ?? ""} ${item.capital}`;
}

const tries = new WeakMap<readonly ItemsPattern[], PatternTrie>();

/**
 * The {@linkcode PatternTrie} of a list of patterns, built once and kept for as long as the
 * list (do not change a list after it is first matched).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { trieOf } from "./pattern_match.ts";
 * const word = (w: string) => ({ norm: w, lemma: w, stem: w, capital: false });
 * const trie = trieOf([
 *   { words: [word("the"), word("occupation")], cut: 2 },
 *   { words: [word("the"), word("occupation"), word("of")], cut: 3 },
 *   { words: [word("the"), word("enemy")], cut: 2 },
 * ]);
 * assert.equal(trie.nodes.length, 4); // the, occupation, of, enemy
 * ```
 */
export function trieOf(patterns: readonly ItemsPattern[]): PatternTrie {
  const known = tries.get(patterns);
  if (known) return known;
  const trie: PatternTrie = { patterns, roots: [], nodes: [] };
  const byKey = new Map<TrieNode[], Map<string, TrieNode>>();
  patterns.forEach((p, n) => {
    let level = trie.roots;
    let node: TrieNode | undefined;
    for (const item of p.words) {
      let keys = byKey.get(level);
      if (!keys) byKey.set(level, keys = new Map());
      const key = itemKey(item);
      node = keys.get(key);
      if (!node) {
        node = { id: trie.nodes.length, item, children: [], ends: [], size: 0 };
        trie.nodes.push(node);
        keys.set(key, node);
        level.push(node);
      }
      node.size++;
      level = node.children;
    }
    node?.ends.push(n);
  });
  tries.set(patterns, trie);
  return trie;
}

/** What {@linkcode matchAll} did: the items it tried, over all its calls. */
export interface MatchWork {
  /** Items tried against the text (a word or family against a token, a slot at a token). */
  items: number;
}

/**
 * Matches every pattern of a trie at token `at`, as {@linkcode matchAt} matches each: gives,
 * for each pattern in the order of the list, the index past its hit, or -1. The trie is read
 * depth first in the order `matchAt` reads one pattern, so each pattern's result is the first
 * path on which it succeeds, as with `matchAt`; an item shared by several patterns is tried
 * once at each token, and a branch whose patterns all have their result is left. `work`
 * counts the items tried.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matchAll, trieOf } from "./pattern_match.ts";
 * import { tokenize } from "../nlp/wink.ts";
 * import { prepareText } from "../text/normalize.ts";
 * const text = "the occupation of the south";
 * const { tokens } = tokenize(prepareText(text));
 * const word = (w: string) => ({ norm: w, lemma: w, stem: w, capital: false });
 * const trie = trieOf([
 *   { words: [word("the"), word("occupation")], cut: 2 },
 *   { words: [word("the"), word("enemy")], cut: 2 },
 *   { words: ["the", "occupation", "of", "the", "south"].map(word), cut: 5 },
 * ]);
 * assert.deepEqual(matchAll(text, tokens, 0, trie), [2, -1, 5]);
 * ```
 */
export function matchAll(
  text: string,
  tokens: readonly Token[],
  at: number,
  trie: PatternTrie,
  work?: MatchWork,
): number[] {
  const { patterns } = trie;
  const results: number[] = new Array(patterns.length).fill(-1);
  let unresolved = patterns.length;
  // How many patterns below each node still lack a result, once one has it (results are rare).
  let left: Map<number, number> | null = null;
  const leftOf = (node: TrieNode) => left?.get(node.id) ?? node.size;
  // The token index at each depth of the path being read, and its nodes.
  const path: number[] = [at];
  const onPath: TrieNode[] = [];
  let items = 0;
  const enter = (node: TrieNode, k: number, w: number) => {
    path[w] = k;
    onPath[w - 1] = node;
    for (const n of node.ends) {
      if (results[n] >= 0) continue;
      results[n] = path[patterns[n].cut];
      unresolved--;
      left ??= new Map();
      for (let d = 0; d < w; d++) left.set(onPath[d].id, leftOf(onPath[d]) - 1);
    }
    if (node.children.length) visit(node.children, k, w);
  };
  const visit = (level: TrieNode[], k: number, w: number) => {
    const j = w === 0 ? k : skipBetween(text, tokens, k);
    if (j < 0) return;
    const t = tokens[j];
    let joined: Word | null | undefined;
    for (const node of level) {
      if (!unresolved) return;
      if (leftOf(node) === 0) continue;
      const item = node.item;
      items++;
      if (item.kind === "slot") {
        for (const end of slotEnds(tokens, j, item)) {
          if (leftOf(node) === 0) break;
          enter(node, end, w + 1);
        }
        continue;
      }
      if (!t || t.punct) continue;
      if (joined === undefined) joined = hyphenatedAt(text, tokens, j);
      if (joined && sameWord(joined, item)) enter(node, joined.to, w + 1);
      if (leftOf(node) > 0 && sameWord(t, item)) enter(node, j + 1, w + 1);
    }
  };
  visit(trie.roots, at, 0);
  if (work) work.items += items;
  return results;
}
