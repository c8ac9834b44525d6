import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) => countryRows(text, "DNK", "2017", "2018-10-01");

// People counted as foreigners, where the count could have held nationals too, are of a citizenship other than the state's.
describe("people counted as foreigners", () => {
  it.each([
    ["In 2017, 13,800 foreign citizens immigrated to the country.", "13800 -/foreign"],
    ["In 2017, 2,531 foreigners crossed the border illegally.", "2531 -/foreign"],
    ["In 2017, 1,962 foreigners attempting to cross the sea border were intercepted.", "1962 -/foreign"],
    ["In 2017, 8,734 foreign nationals left the country.", "8734 -/foreign"],
    ["The police identified 412 foreign nationals as trafficking victims in 2017.", "412 -/foreign"],
    ["In 2017, 3,120 foreign citizens emigrated from the country.", "3120 -/foreign"],
    ["In 2017, 5,600 foreigners arrived in the country.", "5600 -/foreign"],
    ["Immigration fell, with a lower inflow of foreign nationals (960).", "960 -/foreign"],
    ["In 2017, 44,956 foreign citizens immigrated, and 2,900 nationals returned.", "44956 -/foreign"],
    ["Police identified 1,450 foreigners as victims of trafficking in 2017.", "1450 -/foreign"],
    ["In 2017, 700 foreign nationals immigrated to the country.", "700 -/foreign"],
    ["Some 2,040 foreigners emigrated in 2017.", "2040 -/foreign"],
    ["Authorities apprehended 662 foreigners at the border in 2017.", "662 -/foreign"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("keeps the country named over the bare word foreign", () => {
    expect(read("In 2017, 120 foreign nationals from India were deported.")).toContain("120 -/India");
  });

  it("adds nothing where a count can hold only foreigners (a deportation, a work permit)", () => {
    expect(read("In 2017, 3,120 foreign citizens were deported.")).toContain("3120 -/-");
    expect(read("In 2017, 5,600 foreigners were granted work permits.")).toContain("5600 -/-");
  });

  it("gives no citizenship to people not counted as foreigners", () => {
    expect(read("In 2017, 2,900 nationals returned to the country.")).not.toContain("2900 -/foreign");
    expect(read("In 2017, 650 migrants were deported.")).toEqual(["650 -/-"]);
  });
});
