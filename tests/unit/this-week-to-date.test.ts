import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2012-08", "2012-08-10");

describe("'this week' in an item stating no week of its own is the seven days up to its date", () => {
  it.each([
    [
      "In Turkey, more than 6,000 new arrivals were recorded this week alone.",
      "6000@2012-08-04..2012-08-10 border_crossings []"
    ],
    ["This week, 720 refugees arrived in Iraq.", "720@2012-08-04..2012-08-10 border_crossings []"],
    [
      "Most of the arrivals this past week are in the Kurdistan region (720 people).",
      "720@2012-08-04..2012-08-10 border_crossings []"
    ],
    ["Over the past week, 1,240 refugees crossed into Jordan.", "1240@2012-08-04..2012-08-10 border_crossings []"],
    ["During the past week, 310 migrants were deported.", "310@2012-08-04..2012-08-10 deportations []"],
    ["This week, 85 asylum applications were lodged.", "85@2012-08-04..2012-08-10 asylum_applications []"],
    [
      "Some 2,300 refugees were registered this week in Lebanon.",
      "2300@2012-08-04..2012-08-10 residence_registrations []"
    ],
    [
      "In the past week, 47 victims of trafficking were identified.",
      "47@2012-08-04..2012-08-10 trafficking_victims_identified []"
    ],
    ["This past week, 130 migrants returned home voluntarily.", "130@2012-08-04..2012-08-10 voluntary_returns []"],
    ["Within the past week, 64 migrants were detained at the border.", "64@2012-08-04..2012-08-10 detained_migrants []"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("keeps the week a weekly release states", () => {
    expect(
      read("Weekly update, 1–7 August 2012. This week, 720 refugees arrived in Iraq.").filter((r) =>
        r.startsWith("720@")
      )
    ).toEqual(["720@2012-08-01..2012-08-07 border_crossings []"]);
  });

  it("reads 'last week' as the calendar week before", () => {
    expect(read("Last week, 51 refugees went home.")).not.toContainEqual("51@2012-08-04..2012-08-10 returns []");
  });
});
