import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

/** How the number at the marker is read: its exclusion, or "count". */
const marker = (text: string, at: string) => {
  const q = findQuantities(text).find((x) => x.start === text.indexOf(at) + 1);
  return q ? (q.excluded ?? "count") : "none";
};

describe("a bracketed item number opening a sentence of a list", () => {
  it.each([
    "Status of applications (1) The number of foreign nationals who applied rose to 14,043.",
    "Returns in 2019 (2) In 2019, 3,100 persons were returned.",
    "Detention (3) During the year 412 migrants were detained.",
    "Measures taken (4) According to the ministry, 88 victims were assisted.",
    "Results (5) A total of 1,204 permits were issued.",
    "Overview (12) There were 57 prosecutions.",
    "Border (7) Since January, 900 persons were refused entry.",
    "Permits (6) For seasonal work, 2,400 permits were granted.",
    "Asylum (9) Of the 3,000 applicants, 120 were children.",
    "Children (10) These 45 children were placed in shelters.",
    "Cases (11) As reported, 16 cases were opened."
  ])("%s", (text) => {
    expect(marker(text, "(")).toBe("list or paragraph number");
  });

  it.each([
    ["a count in brackets after a country, a country after it", "Victims came from Syria (10) Iraq (5) and Iran (3)."],
    ["a count in brackets closing a clause", "Victims were identified (14) in the capital."],
    ["a large number in brackets", "Applicants (1,204) The figure rose."],
    ["a count in brackets before a lower-case word", "The shelters (12) the ministry runs were full."]
  ])("keeps %s", (_name, text) => {
    expect(marker(text, "(")).not.toBe("list or paragraph number");
  });
});
