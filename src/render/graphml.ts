/**
 * The co-occurrence network as files other tools read: GraphML (Gephi, yEd,
 * Cytoscape, networkx) and JSON (`{ nodes, links }`, as d3-force takes it).
 *
 * @module
 */
import type { Network } from "../measures/network.ts";
import { escapeXml } from "./svg.ts";

/**
 * The network as a GraphML document: an undirected graph, nodes with `label`, `type`
 * and `mentions`, edges with `weight` (the count in the network's scope),
 * `sentences`, `articles`, `npmi` and `logdice`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { toGraphml } from "framelens";
 * const graphml = toGraphml({
 *   outlet: "all",
 *   scope: "sentence",
 *   nodes: [{ id: "Iran", type: "place", mentions: 9 }, { id: "Iraq", type: "place", mentions: 4 }],
 *   links: [{ source: "Iran", target: "Iraq", sentences: 3, articles: 2, npmi: 0.4, logdice: 13.1 }],
 * });
 * assert.match(graphml, /edgedefault="undirected"/);
 * assert.match(graphml, /<edge id="e0" source="n0" target="n1"><data key="weight">3<\/data>/); // sentences together
 * // Save it for Gephi: await Deno.writeTextFile("cooccurrence.graphml", graphml);
 * ```
 */
export function toGraphml(network: Network): string {
  const keys = [
    ["label", "node", "string"],
    ["type", "node", "string"],
    ["mentions", "node", "int"],
    ["weight", "edge", "double"],
    ["sentences", "edge", "int"],
    ["articles", "edge", "int"],
    ["npmi", "edge", "double"],
    ["logdice", "edge", "double"],
  ];
  const ids = new Map(network.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
    ...keys.map(([name, on, type]) => `  <key id="${name}" for="${on}" attr.name="${name}" attr.type="${type}"/>`),
    `  <graph id="${escapeXml(`cooccurrence-${network.scope}-${network.outlet}`)}" edgedefault="undirected">`,
  ];
  for (const n of network.nodes) {
    lines.push(
      `    <node id="${ids.get(n.id)}"><data key="label">${escapeXml(n.id)}</data><data key="type">${n.type}</data>` +
        `<data key="mentions">${n.mentions}</data></node>`,
    );
  }
  network.links.forEach((l, i) => {
    const s = ids.get(l.source);
    const t = ids.get(l.target);
    if (!s || !t) return;
    const weight = network.scope === "sentence" ? l.sentences : l.articles;
    lines.push(
      `    <edge id="e${i}" source="${s}" target="${t}"><data key="weight">${weight}</data>` +
        `<data key="sentences">${l.sentences}</data><data key="articles">${l.articles}</data>` +
        `<data key="npmi">${l.npmi}</data><data key="logdice">${l.logdice}</data></edge>`,
    );
  });
  lines.push(`  </graph>`, `</graphml>`, ``);
  return lines.join("\n");
}

/**
 * The network as JSON: `{ outlet, scope, nodes: [{ id, type, mentions }], links:
 * [{ source, target, sentences, articles, npmi, logdice }] }`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { toNetworkJson } from "framelens";
 * const network = {
 *   outlet: "all",
 *   scope: "sentence" as const,
 *   nodes: [{ id: "Iran", type: "place" as const, mentions: 9 }, { id: "Iraq", type: "place" as const, mentions: 4 }],
 *   links: [{ source: "Iran", target: "Iraq", sentences: 3, articles: 2, npmi: 0.4, logdice: 13.1 }],
 * };
 * assert.deepEqual(JSON.parse(toNetworkJson(network)), network);
 * ```
 */
export function toNetworkJson(network: Network): string {
  return JSON.stringify(network, null, 2) + "\n";
}
