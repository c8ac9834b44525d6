import {describe, expect, it} from "vitest";
import {unquoteCountedNoun} from "../../../loaders/general/scare-quoted-noun.js";
import {observations} from "../read-paragraph.js";

describe("a counted noun set off in quotation marks after its number", () => {
  it.each([
    ["Last year, the country repatriated nearly 5,000 “irregular migrants”, including 26 Colombians.", 5000],
    ["In 2022 the authorities deported 1,200 “illegal migrants” to their countries of origin.", 1200],
    ["Police arrested 340 “undocumented workers” in 2022.", 340],
    ["In 2022, the coast guard intercepted 812 ‘irregular migrants’ at sea.", 812],
    ['The ministry removed 95 "illegal immigrants" during 2022.', 95],
    ["In 2022, officials returned some 2,450 “economic migrants” to Haiti.", 2450],
    ["Immigration officers detained 77 “overstayers” in 2022.", 77],
    ["The agency repatriated 610 stranded “migrant workers” in 2022.", 610],
    ["In 2022 the government expelled 3,100 “irregular foreigners”.", 3100],
    ["The navy rescued 205 “boat migrants” off the coast in 2022.", 205]
  ])("%s", (text, value) => {
    expect(observations(text, "2022", "2023-04-01").map((o) => o.value)).toContain(value);
  });

  it("keeps offsets: the quotes become spaces", () => {
    const text = "repatriated nearly 5,000 “irregular migrants”, including";
    const out = unquoteCountedNoun(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe("repatriated nearly 5,000  irregular migrants , including");
  });

  it.each([
    "They received 12 “safe and sound” messages.",
    "The plan, called 2030 “a new start”, was adopted.",
    "The 3 “amigos” met again.",
    "foreigners with “three illegals” were fined"
  ])("leaves quotes around words that name no counted noun: %s", (text) => {
    expect(unquoteCountedNoun(text)).toBe(text);
  });
});
