/**
 * The co-occurrence network of the top entities: nodes (entities) and links (pairs
 * mentioned in the same sentence or article), for one outlet or the corpus.
 *
 * @module
 */
import type { CooccurrenceRow, CooccurrenceScope, EntityMention, EntityType } from "../entities/types.ts";
import { topEntities } from "./entities.ts";

/** A node of the network: an entity. */
export interface NetworkNode {
  /** The entity's canonical name. */
  id: string;
  /** person, organization or place. */
  type: EntityType;
  /** Its mentions in the outlet (or corpus). */
  mentions: number;
}

/** A link of the network: two entities counted together, with the counts and measures of its scope. */
export type NetworkLink = Omit<CooccurrenceRow, "scope" | "outlet">;

/** A co-occurrence network. */
export interface Network {
  /** The outlet, or `all`. */
  outlet: string;
  /** The unit of co-occurrence. */
  scope: CooccurrenceScope;
  /** Nodes, most mentioned first. */
  nodes: NetworkNode[];
  /** Links, strongest first. */
  links: NetworkLink[];
}

/** Options for {@linkcode cooccurrenceNetwork}. */
export interface NetworkOptions {
  /** An outlet, or `all` for the corpus (default). */
  outlet?: string;
  /** Sentence (default) or article co-occurrence. */
  scope?: CooccurrenceScope;
  /** Keep the N most mentioned entities (default 25). */
  top?: number;
  /** Keep links seen in at least this many units of the scope (default 1). */
  minCount?: number;
  /** Keep entities that have no link left (default false). */
  isolated?: boolean;
}

/**
 * The network of the N most mentioned entities of an outlet (or the corpus) and the
 * co-occurrence links between them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   annotateCorpus,
 *   cooccurrenceNetwork,
 *   cooccurrenceRows,
 *   extractEntities,
 *   loadGazetteer,
 *   loadResources,
 * } from "framelens";
 * const text = "Ali Larijani met officials in Baghdad. Larijani then flew to Beirut.";
 * const annotated = annotateCorpus([{ id: "a", file: "a.md", outlet: "A", text, extra: {} }], await loadResources());
 * const { mentions } = extractEntities(annotated, await loadGazetteer());
 * const network = cooccurrenceNetwork(mentions, cooccurrenceRows(mentions, annotated), { top: 2 });
 * assert.deepEqual(network.nodes.map((n) => [n.id, n.mentions]), [["Ali Larijani", 2], ["Baghdad", 1]]);
 * assert.deepEqual(network.links.map((l) => [l.source, l.target, l.sentences]), [["Ali Larijani", "Baghdad", 1]]);
 * ```
 */
export function cooccurrenceNetwork(
  mentions: EntityMention[],
  rows: readonly CooccurrenceRow[],
  options: NetworkOptions = {},
): Network {
  const outlet = options.outlet ?? "all";
  const scope = options.scope ?? "sentence";
  const minCount = options.minCount ?? 1;
  const own = outlet === "all" ? mentions : mentions.filter((m) => m.outlet === outlet);
  const ids = topEntities(own, options.top ?? 25);
  const keep = new Set(ids);
  const nodes = ids.map((id) => {
    const ms = own.filter((m) => m.entity === id);
    return { id, type: ms[0].type, mentions: ms.length };
  });
  const links = rows
    .filter((r) =>
      r.scope === scope && r.outlet === outlet && keep.has(r.source) && keep.has(r.target) &&
      (scope === "sentence" ? r.sentences : r.articles) >= minCount
    )
    .map(({ source, target, sentences, articles, npmi, logdice }) => ({
      source,
      target,
      sentences,
      articles,
      npmi,
      logdice,
    }));
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  return { outlet, scope, nodes: options.isolated ? nodes : nodes.filter((n) => linked.has(n.id)), links };
}
