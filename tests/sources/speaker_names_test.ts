import assert from "node:assert/strict";
import { nearestBefore } from "../../src/sources/speaker_names.ts";
import { resolveSpeakers } from "../../src/sources/speakers.ts";
import { mention, relation } from "../fixtures/speaker_inputs.ts";

Deno.test("resolveSpeakers() gives a bare first name the full name named last before it, of several that disagree", () => {
  // The entity stage merged this "Jim" with another article's "Long Jim".
  const text = "Jim Morgart sang at noon. Later Jim Kern spoke to the teens. Jim said it went well.";
  const mentions = [
    mention(text, "Jim Morgart", "Jim Morgart", "person"),
    mention(text, "Jim Kern", "Jim Kern", "person"),
    mention(text, "Jim", "Long Jim", "person", text.indexOf("Jim said")),
  ];
  const said = relation(text, "Jim", text.indexOf("Jim said"), 2);
  assert.equal(resolveSpeakers(text, [said], mentions)[0]?.name, "Jim Kern");
});

Deno.test("resolveSpeakers() keeps a titled short name as written, not the full name named last, when full names disagree ('Mayor Hart')", () => {
  const text = "Mayor Ivan Hart spoke. His wife Pearl Hart came. Mayor Hart said no.";
  const mentions = [
    mention(text, "Ivan Hart", "Ivan Hart", "person"),
    mention(text, "Pearl Hart", "Pearl Hart", "person"),
    mention(text, "Hart", "Hart", "person", text.indexOf("Hart said")),
  ];
  const said = relation(text, "Hart", text.indexOf("Hart said"), 2);
  assert.equal(resolveSpeakers(text, [said], mentions)[0]?.name, "Hart");
});

Deno.test("nearestBefore() takes the mention that starts last before the offset, whatever the order given", () => {
  const text = "Jim A. Jim B. Jim C.";
  const ms = [
    mention(text, "Jim C", "C", "person"),
    mention(text, "Jim A", "A", "person"),
    mention(text, "Jim B", "B", "person"),
  ];
  assert.equal(nearestBefore(ms, text.indexOf("Jim C"))?.entity, "B");
});
