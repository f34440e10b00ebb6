import assert from "node:assert/strict";
import { familiarStems, nearestBefore } from "../../src/sources/speaker_names.ts";
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

Deno.test("resolveSpeakers() gives a familiar form of a first name the full name of the one person with that first name ('Frankie')", () => {
  // The given name need not open the name as written ("Crooner Frank Sinatra").
  const text = "Crooner Frank Sinatra flew in with Dean Martin. “It's tremendous,” Frankie said.";
  const mentions = [
    mention(text, "Crooner Frank Sinatra", "Crooner Frank Sinatra", "person"),
    mention(text, "Dean Martin", "Dean Martin", "person"),
    mention(text, "Frankie", "Frankie", "person"),
  ];
  const said = relation(text, "Frankie", 0, 1);
  assert.equal(resolveSpeakers(text, [said], mentions)[0]?.name, "Crooner Frank Sinatra");
});

Deno.test("resolveSpeakers() reads a familiar form with a doubled consonant ('Tommy' of 'Tom Hale'), never from a surname ('Frankie' of 'Ann Frank')", () => {
  const text = "Tom Hale met Ann Frank. Tommy said yes. Frankie said no.";
  const mentions = [
    mention(text, "Tom Hale", "Tom Hale", "person"),
    mention(text, "Ann Frank", "Ann Frank", "person"),
    mention(text, "Tommy", "Tommy", "person"),
    mention(text, "Frankie", "Frankie", "person"),
  ];
  const tommy = relation(text, "Tommy", 0, 1);
  const frankie = relation(text, "Frankie", 0, 2);
  assert.deepEqual(resolveSpeakers(text, [tommy, frankie], mentions).map((s) => s?.name), ["Tom Hale", "Frankie"]);
});

Deno.test("familiarStems() strips -ie, -ey and -y, and a doubled consonant before them", () => {
  assert.deepEqual(familiarStems("eddie"), ["edd", "ed"]);
  assert.deepEqual(familiarStems("mickey"), ["mick"]);
  assert.deepEqual(familiarStems("billy"), ["bill", "bil"]);
  assert.deepEqual(familiarStems("ty"), []);
});
