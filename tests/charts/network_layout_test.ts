import assert from "node:assert/strict";
import { networkLayout, seededRandom } from "../../src/charts/network_layout.ts";

const nodes = ["Iran", "Iraq", "Lebanon", "Hezbollah", "Ali Larijani"].map((id, i) => ({ id, weight: 10 - i }));
const links = [
  { source: "Iran", target: "Iraq", weight: 6 },
  { source: "Hezbollah", target: "Lebanon", weight: 3 },
  { source: "Ali Larijani", target: "Iran", weight: 4 },
];

Deno.test("seededRandom() repeats its sequence for a seed and stays in [0, 1)", () => {
  const a = seededRandom(7);
  const b = seededRandom(7);
  const xs = Array.from({ length: 100 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 100 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(xs.slice(0, 5), Array.from({ length: 5 }, seededRandom(8)));
});

Deno.test("networkLayout() gives the same positions on every run", () => {
  assert.deepEqual(networkLayout(nodes, links), networkLayout(nodes, links));
});

Deno.test("networkLayout() keeps every node inside the area, off its margin", () => {
  const placed = networkLayout(nodes, links, { width: 400, height: 300, margin: 30 });
  for (const p of placed) {
    assert.ok(p.x >= 30 && p.x <= 370, `${p.id} x ${p.x}`);
    assert.ok(p.y >= 30 && p.y <= 270, `${p.id} y ${p.y}`);
  }
});

Deno.test("networkLayout() puts linked nodes nearer each other than unlinked ones", () => {
  const at = new Map(networkLayout(nodes, links).map((p) => [p.id, p]));
  const d = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
  assert.ok(d("Iran", "Iraq") < d("Iraq", "Lebanon"));
});

Deno.test("networkLayout() of one node or none", () => {
  assert.deepEqual(networkLayout([], []), []);
  const [one] = networkLayout([{ id: "A", weight: 1 }], [], { width: 200, height: 100 });
  assert.deepEqual([one.x, one.y], [100, 50]);
});
