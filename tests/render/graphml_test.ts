import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { toGraphml, toNetworkJson } from "../../src/render/graphml.ts";
import type { Network } from "../../src/measures/network.ts";

const NETWORK: Network = {
  outlet: "all",
  scope: "sentence",
  nodes: [
    { id: "Iran", type: "place", mentions: 5 },
    { id: "A & B <Group>", type: "organization", mentions: 2 },
  ],
  links: [{ source: "Iran", target: "A & B <Group>", sentences: 2, articles: 1, npmi: 0.25, logdice: 13.5 }],
};

Deno.test("toGraphml() writes typed nodes and weighted edges, escaping names", () => {
  const xml = toGraphml(NETWORK);
  assert.match(xml, /^<\?xml version="1\.0"/);
  assert.ok(xml.includes('edgedefault="undirected"'));
  assert.ok(xml.includes("A &#38; B &#60;Group&#62;"));
  const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>/, ""));
  assert.equal(document.querySelectorAll("node").length, 2);
  const edge = document.querySelector("edge")!;
  assert.equal(edge.getAttribute("source"), "n0");
  assert.equal(edge.getAttribute("target"), "n1");
  assert.ok(edge.innerHTML.includes('<data key="weight">2</data>'));
  assert.ok(edge.innerHTML.includes('<data key="npmi">0.25</data>'));
});

Deno.test("toNetworkJson() writes nodes and links as d3-force reads them", () => {
  const json = JSON.parse(toNetworkJson(NETWORK));
  assert.deepEqual(json.nodes[0], { id: "Iran", type: "place", mentions: 5 });
  assert.equal(json.links[0].source, "Iran");
});
