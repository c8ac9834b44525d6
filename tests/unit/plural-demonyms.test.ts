import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

// "15,000 Burkinabe were deported": a demonym plural as written counts people of its state, as one in -ese does.
describe("demonyms plural as written", () => {
  it.each([
    ["In 2019, 15,000 Burkinabe were deported.", "15000 -/Burkina Faso"],
    ["In 2019, 300 Thai were deported.", "300 -/Thailand"],
    ["In 2019, 40 Swiss were repatriated.", "40 -/Switzerland"],
    ["In 2019, 1,200 Burkinabè were returned.", "1200 -/Burkina Faso"],
    ["In 2019, 85 Thai were arrested for overstaying.", "85 -/Thailand"],
    ["In 2019, 2,300 Burkinabe returned home.", "2300 -/Burkina Faso"],
    ["In 2019, 12 Swiss were granted residence permits.", "12 -/Switzerland"],
    ["In 2019, 640 Thai were repatriated from Malaysia.", "640 Malaysia/Thailand"],
    ["In 2019, 930 Burkinabe were expelled from Algeria.", "930 Algeria/Burkina Faso"],
    ["In 2019, 77 Thai were identified as trafficking victims.", "77 -/Thailand"]
  ])("%s", (text, expected) => {
    expect(countryRows(text, undefined, "2019", "2020")).toEqual([expected]);
  });

  it.each([
    // A head noun after the demonym is what is counted; the demonym qualifies it.
    ["In 2019, 300 Thai workers were deported.", "300 -/Thailand"],
    // A word that is no demonym counts no people.
    ["In 2019, 300 Thais were deported.", "300 -/Thailand"]
  ])("%s", (text, expected) => {
    expect(countryRows(text, undefined, "2019", "2020")).toEqual([expected]);
  });
});
