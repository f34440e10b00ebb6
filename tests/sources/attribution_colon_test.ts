import assert from "node:assert/strict";
import { relations } from "../fixtures/attribution_strings.ts";

Deno.test("findAttributions() gives a quote after a colon the subject of the clause before it, whatever its verb", async () => {
  const text = "Farm machinery dealer Bob Houtz tilts back in his chair and tells of a pickup in sales: " +
    "“We have sold four corn pickers since Labor Day”.";
  assert.deepEqual(await relations(text), [
    ["direct", "Farm machinery dealer Bob Houtz", ":", "We have sold four corn pickers since Labor Day"],
  ]);
});

Deno.test("findAttributions() takes the subject of the main clause after an opening phrase before the colon", async () => {
  const text = "At a party in the Kremlin, Premier Khrushchev pulled out his pockets and laughed, beaming:\n\n" +
    "“Look, he took everything I had”.";
  assert.deepEqual((await relations(text)).map((r) => r.slice(0, 3)), [["direct", "Premier Khrushchev", ":"]]);
});

Deno.test("findAttributions() leaves a quote after a colon with no subject before it to the quotes around it", async () => {
  const text = "The reasons given were these: “Consumer uncertain about economic conditions”.";
  assert.deepEqual((await relations(text)).map((r) => r[1]), [""]);
});
