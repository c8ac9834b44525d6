import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

/** Each number of a text with "change" when it states by how much something changed. */
const changes = (text: string) =>
  findQuantities(text)
    .filter((q) => q.excluded !== "year")
    .map((q) => `${q.text}${q.excluded === "change" ? " change" : ""}`);

describe("amounts a change word makes changes, not levels", () => {
  it.each([
    [
      "Accounting for this increase were gains in transfers from USA, New Zealand, Australia and American Samoa by $3.5 million, $2.2 million, $0.8 million and $0.5 million in that order.",
      ["3.5 million change", "2.2 million change", "0.8 million change", "0.5 million change"]
    ],
    [
      "The rise was led by increases in funds from Fiji and Tonga by $1.1 million and $0.4 million respectively.",
      ["1.1 million change", "0.4 million change"]
    ],
    ["Losses in receipts from Canada by $2.4m offset part of the gain.", ["2.4m change"]],
    ["Deportations from Germany declined last year by 1,200.", ["1,200 change"]],
    ["Arrivals through the northern border grew in the second quarter by about 4,500.", ["4,500 change"]],
    ["Inflows rose by $3.2 million to $61.7 million in June.", ["3.2 million change", "61.7 million"]],
    ["Remittances were up by $0.9 million over the same month last year.", ["0.9 million change"]],
    [
      "Samoa received $53.5 million, a 6 per cent or $3.0 million increase over last year.",
      ["53.5 million", "6", "3.0 million change"]
    ],
    ["Tonga recorded a $12 million decline in private transfers.", ["12 million change"]],
    ["The ministry reported an 800 increase in asylum claims.", ["800 change"]],
    // A decimal point inside the clause ends nothing; a percent change restated in brackets is a change in either measure.
    [
      "Receipts in AUD increased the most by $1.2 million, followed by the NZD by $0.01 million.",
      ["1.2 million change", "0.01 million change"]
    ],
    [
      "Transfers rose over the month by 5% ($0.9 million) to $19.4 million.",
      ["5", "0.9 million change", "19.4 million"]
    ],
    ["Receipts were 23% ($45.7 million) higher than a year earlier.", ["23", "45.7 million change"]],
    ["Inflows fell 12% (US$3.1 million) lower, to US$22.8 million.", ["12", "3.1 million change", "22.8 million"]],
    [
      "Total remittances increased by 1.5 per cent (or $2.5 million) to $164.4 million.",
      ["1.5 change", "2.5 million change", "164.4 million"]
    ],
    ["Receipts fell by 4.2 percent or $2.9 million compared with May.", ["4.2 change", "2.9 million change"]],
    [
      "By recipients, funds for households, in-kind and cash all grew by $9.3 million, $2.5 million and $0.7 million respectively.",
      ["9.3 million change", "2.5 million change", "0.7 million change"]
    ]
  ])("%j", (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  it("leaves levels, agents and reached figures alone", () => {
    expect(changes("The increase was driven by 500 Syrians who arrived by boat.")).toEqual(["500"]);
    expect(changes("The rise in arrivals was caused by 2,300 Venezuelans crossing at Cúcuta.")).toEqual(["2,300"]);
    expect(changes("Growth was accounted for by 1,200 new work permits.")).toEqual(["1,200"]);
    expect(changes("Arrivals increased by 500 to 3,000.")).toEqual(["500 change", "3,000"]);
    expect(changes("Samoa received $53.5 million in remittances in September.")).toEqual(["53.5 million"]);
    expect(changes("The increase in applications hosted by 12 countries reached 40,000.")).toEqual(["12", "40,000"]);
    expect(changes("There were 3 new shelters and 40 beds.")).toEqual(["3", "40"]);
    // A share restated in brackets, with no change word and no comparative after it, is a level.
    expect(changes("Remittances in USD accounted for 40% ($7.7 million) of total receipts.")).toEqual([
      "40",
      "7.7 million"
    ]);
    expect(changes("The AUD followed with 35% ($6.7 million) and the NZD with 20% ($4.0 million).")).toEqual([
      "35",
      "6.7 million",
      "20",
      "4.0 million"
    ]);
    expect(changes("The decline in returns continued: 4,300 migrants returned, and 1,200 stayed.")).toEqual([
      "4,300",
      "1,200"
    ]);
  });
});
