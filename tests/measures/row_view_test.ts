import assert from "node:assert/strict";
import { rowView } from "../../src/measures/row_view.ts";

Deno.test("rowView() shows its rows when inspected (console.log, a notebook cell's output), as an array of them would be", () => {
  const rows = rowView(3, (i) => ({ term: `t${i}`, count: 3 - i }));
  assert.equal(
    Deno.inspect(rows),
    Deno.inspect([{ term: "t0", count: 3 }, { term: "t1", count: 2 }, { term: "t2", count: 1 }]),
  );
  assert.equal(Deno.inspect({ rows }), Deno.inspect({ rows: [...rows] }));
});

Deno.test("rowView() of many rows shows the first ones and counts the rest, making only the rows shown", () => {
  let made = 0;
  const rows = rowView(1_000_000, (i) => (made++, { i }));
  const shown = Deno.inspect(rows, { iterableLimit: 5 });
  assert.match(shown, /\{ i: 4 \},\n {2}\.\.\. 999995 more items\n\]$/);
  assert.ok(!shown.includes("{ i: 5 }"));
  assert.equal(made, 5);
});

Deno.test("rowView() refuses a write (sort, push, an assignment), saying the table is read-only and how to get a copy", () => {
  const rows = rowView(2, (i) => ({ i })) as { i: number }[];
  for (const write of [() => rows.sort((a, b) => b.i - a.i), () => rows.push({ i: 2 }), () => (rows[0] = { i: 9 })]) {
    assert.throws(write, {
      name: "TypeError",
      message:
        /^Cannot change a table whose rows are made when read: it is read-only; \[\.\.\.rows\] is a copy to change$/,
    });
  }
  assert.deepEqual([...rows], [{ i: 0 }, { i: 1 }]);
});
