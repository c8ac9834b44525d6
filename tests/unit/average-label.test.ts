import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2015", "2016-02-01");

describe("a figure after an average's label ('monthly average: 28.5') is no count", () => {
  it.each([
    ["In 2015, 228 asylum claims were lodged (monthly average: 28.5 cases).", "28.5@"],
    ["In 2015, 240 asylum claims were lodged (monthly average: 20 cases).", "20@"],
    ["In 2015, 1,460 migrants were deported (daily average: 4 persons).", "4@"],
    ["In 2015, 3,650 arrivals were registered (daily average: 10).", "10@"],
    ["In 2015, 520 victims were identified (weekly average: 10 victims).", "10@"],
    ["In 2015, 1,200 work permits were issued (monthly average: 100 permits).", "100@"],
    ["In 2015, 9,000 visas were issued; monthly average: 750 visas.", "750@"],
    ["In 2015, 4,800 asylum applications were lodged (average: 400 a month).", "400@"],
    ["In 2015, 730 migrants were rescued at sea (daily average: 2 migrants).", "2@"],
    ["In 2015, 6,000 residence permits were issued (monthly mean: 500 permits).", "500@"],
    ["In 2015, 3,600 migrants were returned (annual average: 300 persons).", "300@"],
    ["In 2015, 540 asylum applications were lodged (monthly average: 45 applications).", "45@"]
  ])("%s", (text, notExpected) => {
    expect(read(text).some((r) => r.startsWith(notExpected))).toBe(false);
  });
});

describe("the count beside the average stays", () => {
  it("the total before the bracket", () => {
    expect(
      read("In 2015, 228 asylum claims were lodged (monthly average: 28.5 cases).").some((r) =>
        r.startsWith("228@2015 ")
      )
    ).toBe(true);
  });
});
