import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

describe("applications granted or refused are decisions on them, not applications lodged", () => {
  it.each([
    ["In 2019, 11,357 asylum applications were granted.", "11357 refugee_status_granted"],
    ["In 2019, the ministry granted 11,357 asylum applications.", "11357 refugee_status_granted"],
    ["In 2019, 1,357 applications for asylum were granted.", "1357 refugee_status_granted"],
    ["In 2019, 1,357 refugee applications were granted.", "1357 refugee_status_granted"],
    ["In 2019, 1,357 asylum applications were approved.", "1357 refugee_status_granted"],
    ["In 2019, 357 asylum applications were rejected.", "357 asylum_applications_rejected"],
    ["In 2019, 357 asylum applications were refused.", "357 asylum_applications_rejected"],
    ["In 2019, the office rejected 357 asylum applications.", "357 asylum_applications_rejected"],
    ["In 2019, 357 applications for asylum were rejected.", "357 asylum_applications_rejected"],
    ["11,357 # of asylum applications granted", "11357 refugee_status_granted"],
    ["In 2019, 11,853 asylum applications were adjudicated.", "11853 asylum_cases_decided"]
  ])("%s", (text, row) => {
    expect(indicatorsOf(text, "2019", "2020")).toEqual([row]);
  });

  it.each([
    ["In 2019, 11,357 asylum applications were lodged.", "11357 asylum_applications"],
    ["In 2019, 11,357 asylum applications were received.", "11357 asylum_applications"],
    ["In 2019, 11,357 persons applied for asylum.", "11357 asylum_applications"]
  ])("leaves applications lodged as they are: %s", (text, row) => {
    expect(indicatorsOf(text, "2019", "2020")).toEqual([row]);
  });
});
