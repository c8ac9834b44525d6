import {describe, expect, it} from "vitest";
import {readCounted} from "../../loaders/general/read-counted.js";

/** The citizenship of the people the first number of a sentence counts, or null when it counts no one. */
const citizenshipAfter = (text: string) => {
  const at = /\d[\d,]*(?=\s+[A-Z])/.exec(text)!;
  const counted = readCounted(text, at.index + at[0].length);
  return counted.noun ? (counted.breakdown.citizenship ?? null) : null;
};

describe("a demonym in -ese followed by an adverb and its participle is the people counted", () => {
  it.each([
    ["In December 2018, the government repatriated 51 Togolese forcibly returned from Gabon.", "Togo"],
    ["The centre received 120 Congolese newly arrived from the border.", "Democratic Republic of the Congo"],
    ["Authorities screened 37 Vietnamese illegally employed on fishing boats.", "Vietnam"],
    ["The ministry assisted 240 Sudanese recently displaced by fighting.", "Sudan"],
    ["Police found 18 Nepalese unlawfully detained in a warehouse.", "Nepal"],
    ["The agency counted 1,300 Burmese temporarily sheltered in the camps.", "Burma"],
    ["The mission evacuated 412 Lebanese safely transported by ship.", "Lebanon"],
    ["Inspectors identified 29 Chinese illegally recruited by a construction firm.", "China"],
    ["The shelter housed 55 Japanese voluntarily repatriated from the region.", "Japan"],
    ["The court heard 12 Portuguese wrongly accused of smuggling.", "Portugal"],
    ["Officials stopped 64 Senegalese irregularly crossed into the country.", "Senegal"]
  ])("%s", (text, state) => expect(citizenshipAfter(text)).toBe(state));

  it("still leaves a demonym that qualifies a head noun after it to that noun", () => {
    expect(citizenshipAfter("The centre received 120 Congolese newly arrived refugees.")).not.toBe(null);
    expect(citizenshipAfter("Police found 18 Nepalese workers unlawfully detained.")).toBe("Nepal");
  });

  it("does not read an adverb without a participle as closing the people", () => {
    expect(citizenshipAfter("The report lists 40 Chinese largely unknown firms.")).toBe(null);
    expect(citizenshipAfter("There were 12 Japanese only firms in the list.")).toBe(null);
  });
});
