import {describe, expect, it} from "vitest";
import {restatesChange} from "../../loaders/general/read-restated-change.js";
import {rows} from "./read-paragraph.js";

describe("a sentence restating the count before as a change", () => {
  it.each([
    "This is down from ",
    "This was up from ",
    "That is a decrease from ",
    "It represents an increase from ",
    "This marks a sharp drop from ",
    "The figure is up from ",
    "The total was down from about ",
    "That was also down from ",
    "This represented a rise over ",
    "It is a reduction compared to "
  ])("%j opens on the count before", (before) => expect(restatesChange(before)).toBe(true));

  it.each([
    "Arrivals are down from ",
    "This is ",
    "The number of refusals fell from ",
    "This was down by ",
    "In 2019, this is down from 30 to "
  ])("%j does not", (before) => expect(restatesChange(before)).toBe(false));

  it("reads the earlier figure as the count before, in its own year", () => {
    expect(
      rows("In 2021, 501 deportees were sent back to Jamaica. This is down from 653 in 2020.", "2021", "2022")
    ).toContain("653@2020 deportations []");
    expect(
      rows("In 2020, 7,310 asylum applications were lodged. That was up from 5,960 in 2019.", "2020", "2021")
    ).toContain("5960@2019 asylum_applications []");
    expect(
      rows("Some 2,150 work permits were issued in 2017. It represents an increase from 1,800 in 2016.", "2017", "2018")
    ).toContain("1800@2016 work_permits_issued []");
  });
});
