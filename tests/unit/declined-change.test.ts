import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020-03-15");

describe("'declined' before the size or the level of a change is no refusal", () => {
  it.each([
    ["In 2019, asylum applications declined by 3.2 percent to 410.", ["410 asylum_applications"]],
    ["In 2019, asylum applications declined to 410.", ["410 asylum_applications"]],
    ["In 2019, asylum applications declined sharply to 410.", ["410 asylum_applications"]],
    ["In 2019, asylum applications declined slightly to 1,210.", ["1210 asylum_applications"]],
    ["In 2019, asylum applications declined by about 12% to 980.", ["980 asylum_applications"]],
    ["In 2019, asylum applications declined further to 2,400.", ["2400 asylum_applications"]],
    ["In 2019, asylum applications declined significantly to 600.", ["600 asylum_applications"]],
    [
      "In 2019, asylum applications declined from 700 in 2018 to 610.",
      ["700 asylum_applications", "610 asylum_applications"]
    ],
    ["In 2019, asylum applications declined by nearly 8% to 5,200.", ["5200 asylum_applications"]],
    ["In 2019, asylum applications declined steadily to 3,300.", ["3300 asylum_applications"]]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it("still reads applications declined by an authority as refused", () => {
    expect(read("In 2019, the authorities declined 45 asylum applications.")).toEqual([
      "45 asylum_applications_rejected"
    ]);
    expect(read("In 2019, 45 asylum applications were declined by the ministry.")).toEqual([
      "45 asylum_applications_rejected"
    ]);
    expect(read("In 2019, 45 asylum applications were declined.")).toEqual(["45 asylum_applications_rejected"]);
  });
});
