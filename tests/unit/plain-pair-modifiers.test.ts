import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2024Q1", "2024-04-08");

describe("two plain words joined by 'and' before one counted noun qualify it together", () => {
  it.each([
    ["Decisions were made on 80,651 initial and follow-up applications for asylum.", "80651 asylum_cases_decided"],
    ["The office decided on 80,651 initial and subsequent asylum applications.", "80651 asylum_cases_decided"],
    ["In the quarter, 12,300 new and repeat asylum applications were lodged.", "12300 asylum_applications"],
    ["In the quarter, 4,100 first and follow-up asylum applications were lodged.", "4100 asylum_applications"],
    ["In the quarter, 2,500 individual and family residence permits were issued.", "2500 residence_permits_issued"],
    ["In the quarter, 960 individual and group work permits were issued.", "960 work_permits_issued"],
    ["In the quarter, 1,450 primary and secondary asylum applications were lodged.", "1450 asylum_applications"],
    ["In the quarter, 310 individual and collective work permits were issued.", "310 work_permits_issued"],
    ["In the quarter, 740 short and long residence permits were issued.", "740 residence_permits_issued"],
    ["In the quarter, 88 old and new asylum applications were lodged.", "88 asylum_applications"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("joins no plural noun or number word before a head of its own", () => {
    expect(read("Applicants come from a total of 32 states and one person is stateless.")).not.toContain(
      "32 persons_applied"
    );
  });

  it("joins no count of its own, nor a stop word, to the head", () => {
    expect(read("In the quarter, 45 initial and 30 follow-up asylum applications were lodged.")).toEqual([
      "45 asylum_applications",
      "30 asylum_applications"
    ]);
    expect(read("In the quarter, 45 were lodged and the applications were decided.")).not.toContain(
      "45 asylum_applications"
    );
  });
});
