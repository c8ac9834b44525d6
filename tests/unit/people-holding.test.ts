import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) => countryRows(text, "CYM", "2005", "2006-03-01");

// "Jamaicans, who hold 6,179 work permits": a people that holds what is counted is its citizenship.
describe("a people holding what is counted", () => {
  it.each([
    ["Jamaicans hold 6,179 work permits.", "6179 -/Jamaica"],
    ["Leading the way are Jamaicans, who hold 6,179 full work permits.", "6179 -/Jamaica"],
    ["Filipinos held 2,100 work permits as of 23 February 2005.", "2100 -/Philippines"],
    ["Nationals of Jamaica hold 6,179 work permits.", "6179 -/Jamaica"],
    ["Next are Filipinos, who hold 1,850 work permits.", "1850 -/Philippines"],
    ["Hondurans held 940 work permits at the end of 2005.", "940 -/Honduras"],
    ["Citizens of India hold 412 work permits.", "412 -/India"],
    ["Canadians, who held 780 work permits, came next.", "780 -/Canada"],
    ["In third place were Americans, who hold 655 work permits.", "655 -/United States"],
    ["Nicaraguans hold 320 work permits.", "320 -/Nicaragua"],
    ["Cubans held 275 work permits in 2005.", "275 -/Cuba"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("reads no people from a body or a name that holds something", () => {
    expect(read("Employers hold 6,179 work permits.")).toEqual(["6179 -/-"]);
    expect(read("The Immigration Department held 300 hearings in 2005.")).not.toContainEqual(
      expect.stringMatching(/\/[A-Z]/)
    );
  });
});
