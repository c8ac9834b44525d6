import {describe, expect, it} from "vitest";
import {opensStateRanking, receivingState} from "../../loaders/general/read-receiving-state.js";
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

describe("a state heading a ranking of the people sent back", () => {
  it.each([
    ["The Dominican Republic received the highest number with some ", "Dominican Republic"],
    ["Caribbean-wide, the Dominican Republic, received the highest amount with some ", "Dominican Republic"],
    ["Haiti topped the list with ", "Haiti"],
    ["Jamaica received the most, ", "Jamaica"],
    ["Guatemala had the largest share at ", "Guatemala"],
    ["Honduras recorded the highest number of deportees with ", "Honduras"],
    ["El Salvador led the ranking with about ", "El Salvador"],
    ["The third largest number of deportees went to Jamaica with ", "Jamaica"],
    ["The rest were sent to Guyana with ", "Guyana"],
    ["Most were deported to the Bahamas with ", "Bahamas"]
  ])("%j", (lead, state) => {
    expect(receivingState(lead)).toBe(state);
  });

  it("opens a sentence that goes on from the count before", () => {
    expect(opensStateRanking("The Dominican Republic received the highest amount with some 1,981.")).toBe(true);
    expect(opensStateRanking("Caribbean-wide, the Dominican Republic, received the highest amount with 1,981.")).toBe(
      true
    );
    expect(opensStateRanking("Haiti topped the list with 690.")).toBe(true);
    expect(opensStateRanking("The ministry received the highest number of complaints, 40.")).toBe(false);
    expect(opensStateRanking("Jamaica received 751 deportees.")).toBe(false);
  });

  it("gives the ranked states and those that follow them their own people", () => {
    expect(
      countryRows(
        "In 2016, ICE removed 4,010 nationals to the Caribbean. The Dominican Republic received the highest number with some 1,981, followed by Jamaica 787, Trinidad and Tobago 128 and Anguilla 1.",
        undefined,
        "2016",
        "2017-01-10"
      )
    ).toEqual(["4010 -/-", "1981 -/Dominican Republic", "787 -/Jamaica", "128 -/Trinidad and Tobago", "1 -/Anguilla"]);
  });
});
