import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {resolveDollars} from "../../loaders/general/local-dollar.js";

/** The money amounts of a text, as "value unit", a bare "$" read as a chapter of a state with no dollar reads it. */
const money = (text: string) => {
  const rows = findQuantities(text)
    .filter((q) => q.kind === "money")
    .map((q) => ({value: q.value, unit: q.unit!}));
  resolveDollars(rows, undefined, text);
  return rows.map((q) => `${q.value} ${q.unit}`);
};

describe("the currencies of trafficking report chapters, with their dollar conversions", () => {
  it.each([
    ["The government allocated 24.5 million lek ($226,000) to NGO-run shelters.", ["24500000 ALL", "226000 USD"]],
    ["It allocated 3.8 million denars ($67,000) for victim assistance.", ["3800000 MKD", "67000 USD"]],
    ["The commission spent 190,000 leva ($110,000) on shelters.", ["190000 BGN", "110000 USD"]],
    ["The ministry allocated 1.2 million Turkish lira ($210,000) to the shelters.", ["1200000 TRY", "210000 USD"]],
    ["Funding of 500,000 lira ($88,000) supported the hotline.", ["500000 TRY", "88000 USD"]],
    ["The government provided 2 million soms ($28,000) to NGOs.", ["2000000 KGS", "28000 USD"]],
    ["It allocated 150,000 somoni ($15,000) for the shelter.", ["150000 TJS", "15000 USD"]],
    ["The budget was 40 million drams ($83,000).", ["40000000 AMD", "83000 USD"]],
    ["It funded shelters with 4 million zloty ($1 million).", ["4000000 PLN", "1000000 USD"]],
    ["The ministry spent 90 million forints ($300,000).", ["90000000 HUF", "300000 USD"]]
  ])("%j", (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it("reads no currency in words that only look like one", () => {
    expect(money("All 500 victims received assistance.")).toEqual([]);
    expect(money("Those 12 try to leave the shelter.")).toEqual([]);
    expect(money("The 14 levels of the building.")).toEqual([]);
    expect(money("Police identified 30 victims in all 12 regions.")).toEqual([]);
  });
});
