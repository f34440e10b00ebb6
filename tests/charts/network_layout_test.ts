import assert from "node:assert/strict";
import { networkLayout, placeLabels, seededRandom } from "../../src/charts/network_layout.ts";

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
  assert.deepEqual(placed.map((p) => p.id), nodes.map((n) => n.id));
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

Deno.test("placeLabels() puts the first label above its dot and moves a crowded one elsewhere", () => {
  const placed = placeLabels([
    { id: "a", x: 100, y: 100, r: 5, label: "Iran" },
    { id: "b", x: 104, y: 100, r: 5, label: "Iraq" },
  ]);
  // "a": above, centred: y = 100 − 5 − 3 − 15/2 = 84.5
  assert.deepEqual(placed[0], { id: "a", x: 100, y: 84.5, anchor: "middle" });
  // "b": the place above overlaps "a"'s label, so below: y = 100 + 5 + 3 + 7.5 = 115.5
  assert.deepEqual(placed[1], { id: "b", x: 104, y: 115.5, anchor: "middle" });
});

Deno.test("placeLabels() keeps labels inside the drawing area and off other dots", () => {
  // A dot at the top edge: above would leave the area, so the label goes below.
  const [top] = placeLabels([{ id: "t", x: 200, y: 5, r: 4, label: "Beirut" }], { width: 400, height: 300 });
  assert.ok(top.y > 5);
  // Labels never overlap each other when there is room.
  const many = Array.from(
    { length: 6 },
    (_, i) => ({ id: `n${i}`, x: 150 + (i % 3) * 40, y: 150 + Math.floor(i / 3) * 40, r: 4, label: `Entity ${i}` }),
  );
  const boxes = placeLabels(many, { width: 400, height: 400 }).map((l) => {
    const w = `Entity 0`.length * 7.6;
    const x0 = l.anchor === "middle" ? l.x - w / 2 : l.anchor === "start" ? l.x : l.x - w;
    return [x0, l.y - 7.5, x0 + w, l.y + 7.5];
  });
  assert.equal(boxes.length, many.length);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlaps = Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);
      assert.ok(!overlaps, `labels ${i} and ${j} overlap`);
    }
  }
});

Deno.test("placeLabels() tries the sides it is given in order, and keeps off the obstacles", () => {
  const node = { id: "a", x: 100, y: 100, r: 3, label: "Iran" };
  // Right first: the label starts 3 px right of the dot, on its line.
  assert.deepEqual(placeLabels([node], { sides: ["right", "left"] })[0], { id: "a", x: 106, y: 100, anchor: "start" });
  // A dot right of it: the label goes left.
  const [left] = placeLabels([node], { sides: ["right", "left"], obstacles: [{ x: 115, y: 100, r: 3 }] });
  assert.deepEqual(left, { id: "a", x: 94, y: 100, anchor: "end" });
});
