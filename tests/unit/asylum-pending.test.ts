import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-02-15");

describe("asylum applications awaiting a decision are a backlog on a day, not applications lodged", () => {
  it.each([
    ["At the end of 2019, 8,377 asylum applications were pending.", ["8377@2019-12-31 asylum_applications_pending []"]],
    [
      "At the end of 2019, 8,377 asylum applications were pending at the first-instance level.",
      ["8377@2019-12-31 asylum_applications_pending []"]
    ],
    [
      "At the end of 2019, the backlog of asylum cases stood at 34,000.",
      ["34000@2019-12-31 asylum_applications_pending []"]
    ],
    [
      "At the end of 2019, 8,377 asylum applications were awaiting a decision.",
      ["8377@2019-12-31 asylum_applications_pending []"]
    ],
    ["At the end of 2019, 8,377 asylum cases were still open.", ["8377@2019-12-31 asylum_applications_pending []"]],
    [
      "At the end of 2019, there were 8,377 pending asylum applications.",
      ["8377@2019-12-31 asylum_applications_pending []"]
    ],
    [
      "At the end of 2019, 8,377 applications for international protection were pending.",
      ["8377@2019-12-31 asylum_applications_pending []"]
    ],
    [
      "At the end of 2019, the number of pending asylum applications was 8,377.",
      ["8377@2019-12-31 asylum_applications_pending []"]
    ],
    [
      "At the end of 2019, 8,377 asylum seekers were awaiting a decision on their applications.",
      ["8377@2019-12-31 asylum_applications_pending []"]
    ],
    [
      "As of 31 December 2019, 8,377 asylum applications remained pending.",
      ["8377@2019-12-31 asylum_applications_pending []"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("still reads applications lodged in a period as applications", () => {
    expect(read("In 2019, 14,269 asylum applications were lodged.")).toEqual(["14269@2019 asylum_applications []"]);
    expect(read("In 2019, 14,269 persons applied for asylum.")).toEqual(["14269@2019 asylum_applications []"]);
  });
});
