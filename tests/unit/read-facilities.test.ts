import {describe, expect, it} from "vitest";
import {healthFacility} from "../../loaders/general/read-facilities.js";
import {observations} from "./read-paragraph.js";

describe("healthFacility", () => {
  it.each([
    " quarantine centers",
    " quarantine centres",
    " isolation facilities",
    " COVID-19 treatment centres",
    " testing centers",
    " vaccination centres",
    " health facilities",
    " medical centres",
    " hospital facilities",
    " community quarantine centres"
  ])("%s", (words) => expect(healthFacility(words)).toBe(true));
  it.each([" shelters", " crisis centres", " temporary accommodation centres", " reception centers"])(
    "not: %s",
    (words) => expect(healthFacility(words)).toBe(false)
  );
  it("a count of quarantine centres is no shelter statistic", () => {
    expect(
      observations("In 2020, the district prepared 10 quarantine centers for returning workers.", "2020", "2021")
    ).toEqual([]);
  });
});
