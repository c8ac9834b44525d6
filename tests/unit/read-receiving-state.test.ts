import {describe, expect, it} from "vitest";
import {receivingState} from "../../loaders/general/read-receiving-state.js";
import {countryRows} from "./read-paragraph.js";

describe("a state that had or received the people sent back", () => {
  it.each([
    ["In 2019, St. Lucia had ", "Saint Lucia"],
    ["Jamaica received ", "Jamaica"],
    ["In fiscal year 2019, Guyana received about ", "Guyana"],
    ["; Haiti saw ", "Haiti"],
    ["while the Dominican Republic took back some ", "Dominican Republic"],
    [", and Trinidad and Tobago had only ", "Trinidad and Tobago"],
    [", Dominica went from 19 to ", "Dominica"],
    ["and Grenada rose from 9 to ", "Grenada"],
    [", Antigua had a 50 decrease, going from ", "Antigua and Barbuda"],
    [", Antigua had a 50 decrease, going from 24 in 2018 to ", "Antigua and Barbuda"],
    ["St. Vincent and the Grenadines accepted ", "Saint Vincent and the Grenadines"]
  ])("%j", (lead, state) => {
    expect(receivingState(lead)).toBe(state);
  });

  it("names no state the clause does not open on as receiver", () => {
    expect(receivingState("The United States deported ")).toBeNull();
    expect(receivingState("In 2019, St. Lucia had 22 deportees compared to ")).toBeNull();
    expect(receivingState("The ministry received ")).toBeNull();
    expect(receivingState("Officials said they had ")).toBeNull();
  });

  it("gives each state of a gapped list of deportees its own people", () => {
    expect(
      countryRows(
        "In 2019, St. Lucia had 22 deportees compared to 28 in 2018, Dominica went from 19 to 16 and Antigua had a 50 decrease, going from 24 in 2018 to 12 in 2019.",
        undefined,
        "2019",
        "2019-12-20"
      )
    ).toEqual([
      "22 -/Saint Lucia",
      "28 -/Saint Lucia",
      "16 -/Dominica",
      "24 -/Antigua and Barbuda",
      "12 -/Antigua and Barbuda"
    ]);
  });

  it("leaves counts of other things to the places they name", () => {
    expect(
      countryRows("In 2019, Jamaica received 751 asylum applications.", undefined, "2019", "2019-12-20")
    ).not.toContain("751 -/Jamaica");
  });
});
