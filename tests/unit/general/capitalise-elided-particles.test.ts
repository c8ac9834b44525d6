import {describe, expect, it} from "vitest";
import {capitaliseElidedParticles} from "../../../loaders/general/capitalise-elided-particles.js";
import {flatten} from "../../../loaders/text/flatten.js";

const read = (text: string) => capitaliseElidedParticles(flatten(text)).text;

describe("capitaliseElidedParticles", () => {
  it.each([
    ["return home to Côte d’Ivoire from Libya", "return home to Côte D’Ivoire from Libya"],
    ["return home to Cote d'Ivoire", "return home to Cote D'Ivoire"],
    ["152 Malians and 40 from Côte d'Ivoire", "152 Malians and 40 from Côte D'Ivoire"],
    ["in the Val d’Aosta region", "in the Val D’Aosta region"],
    ["Côtes d’Armor and Val d'Oise", "Côtes D’Armor and Val D'Oise"],
    ["the Pont l’Abbé centre", "the Pont L’Abbé centre"]
  ])("%s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("keeps every offset", () => {
    const flat = flatten("to Côte d’Ivoire");
    expect(capitaliseElidedParticles(flat).offsets).toBe(flat.offsets);
    expect(read("to Côte d’Ivoire")).toHaveLength("to Côte d’Ivoire".length);
  });

  it.each([
    "the government’s d’Alembert plan",
    "a côte d’Ivoire written in lower case",
    "l’Office français",
    "Côte d’ivoire",
    "Côte d’ Ivoire"
  ])("leaves alone a particle that joins no capitalised words: %s", (text) => {
    expect(read(text)).toBe(text);
  });
});
