import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string, reporting = "2017-01..2017-04") => rows(text, reporting, "2017-05-15");
const periodOf = (text: string, value: string, reporting?: string) =>
  read(text, reporting)
    .find((r) => r.startsWith(`${value}@`))
    ?.split(" ")[0];

describe('"the previous month" is the month before the one the sentence named before it', () => {
  it.each([
    ["The Mounties stopped 859 people at the border in April, down from 887 the previous month.", "887", "887@2017-03"],
    ["The police intercepted 859 people in April, up from 887 in the previous month.", "887", "887@2017-03"],
    ["In April, 859 people were intercepted, down from 887 the month before.", "887", "887@2017-03"],
    ["In March 2017, 1,204 asylum claims were lodged, against 1,100 the preceding month.", "1100", "1100@2017-02"],
    ["Arrivals reached 3,080 in April, compared with 3,440 a month earlier.", "3440", "3440@2017-03"],
    ["In February, 412 work permits were issued, up from 380 the previous month.", "380", "380@2017-01"],
    ["In January 2017, 95 migrants were deported, down from 120 in the prior month.", "120", "120@2016-12"],
    ["Some 640 refugees arrived in April, after 702 during the previous month.", "702", "702@2017-03"],
    ["In March, 77 victims were identified, compared to 81 the month before.", "81", "81@2017-02"],
    [
      "Remittances reached $310 million in April, up from $290 million the previous month.",
      "290000000",
      "290000000@2017-03"
    ],
    [
      "In April, 1,310 asylum applications were lodged, down from 1,420 in the preceding month.",
      "1420",
      "1420@2017-03"
    ],
    ["Police returned 205 migrants in April, against 230 during the previous month.", "230", "230@2017-03"],
    ["In April 2017, 3,080 claims were processed, down from 3,440 the previous month.", "3440", "3440@2017-03"],
    ["The coast guard rescued 518 migrants at sea in April, up from 301 the month before.", "301", "301@2017-03"]
  ])("%s", (text, value, expected) => expect(periodOf(text, value)).toBe(expected));

  it("steps back from the month a release is on when the sentence names none", () => {
    expect(periodOf("859 people were intercepted, down from 887 the previous month.", "887", "2017-04")).toBe(
      "887@2017-03"
    );
  });

  it.each([
    // No month before it and a release on more than a month: no month to step back from.
    ["In 2016, 859 people were intercepted, down from 887 the previous month.", "887", "2017"],
    // "the previous year" is a year, not a month.
    ["In April, 859 people were intercepted, down from 887 the previous year.", "887", "2017-01..2017-04"]
  ])("no previous month in %s", (text, value, reporting) =>
    expect(periodOf(text, value, reporting)).not.toMatch(/@2017-03$/)
  );
});
