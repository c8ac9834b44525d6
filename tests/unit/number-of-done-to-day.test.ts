import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2015", "2015-09-24");

describe("'the number of X <done>' as at the end of a month is a flow over the year up to it", () => {
  it.each([
    [
      "In 2015, as at the end of August, the number of non-refoulement claims referred from control points was 228 cases.",
      "228@2015-01-01..2015-08-31"
    ],
    ["As at the end of August 2015, the number of migrants deported was 1,240.", "1240@2015-01-01..2015-08-31"],
    ["As of the end of June 2015, the number of victims identified was 48.", "48@2015H1"],
    ["As at the end of July 2015, the number of asylum applications lodged was 2,300.", "2300@2015-01-01..2015-07-31"],
    ["As of the end of August 2015, the number of work permits issued stood at 6,120.", "6120@2015-01-01..2015-08-31"],
    ["As at the end of March 2015, the number of migrants rescued at sea was 870.", "870@2015Q1"],
    ["As of the end of May 2015, the number of traffickers convicted was 12.", "12@2015-01-01..2015-05-31"],
    ["As at the end of August 2015, the number of refugees resettled reached 1,250.", "1250@2015-01-01..2015-08-31"],
    [
      "As of the end of July 2015, the number of migrants returned to their countries was 3,050.",
      "3050@2015-01-01..2015-07-31"
    ],
    ["As at the end of June 2015, the number of foreigners expelled was 410.", "410@2015H1"]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(`${expected} `))).toBe(true);
  });
});

describe("a status held on the day stays a stock", () => {
  it("people registered as at a day", () => {
    expect(read("As at the end of August 2015, the number of refugees registered in the country was 2,280.")).toContain(
      "2280@2015-08-31 residence_registrations []"
    );
  });
});
