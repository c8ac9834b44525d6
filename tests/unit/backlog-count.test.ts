import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A backlog stands on a day the sentence does not give, so its count is kept for review, not charted as a flow.
describe("a count of a backlog", () => {
  it.each([
    "Asylum seekers have less than 3,000 cases pending before the office.",
    "Asylum seekers in basic care have 3,000 cases pending at the first instance.",
    "There were 3,000 applications pending before the migration service.",
    "Applicants had 3,000 appeals pending in the courts.",
    "The office holds 3,000 asylum applications awaiting a decision.",
    "Some 3,000 applications awaiting review were counted.",
    "The service reported 3,000 applications outstanding.",
    "Migrants filed 3,000 appeals still open at the court.",
    "About 3,000 asylum cases yet to be decided remain with the office.",
    "Applicants for asylum have 3,000 cases pending, the minister said.",
    "More than 3,000 residence applications pending were reported."
  ])("keeps %j for review", (text) => {
    expect(rows(text, "2019", "2019-04-01").filter((r) => r.startsWith("3000@"))).toEqual([]);
  });

  it.each([
    ["In 2019, 3,000 asylum applications were submitted.", "3000@2019"],
    ["In 2019, 3,000 applications for asylum were decided, after years pending.", "3000@2019"],
    ["In 2019, the office granted asylum to 3,000 applicants.", "3000@2019"]
  ])("still reads a flow: %j", (text, start) => {
    expect(rows(text, "2019", "2020-01-01").some((r) => r.startsWith(start))).toBe(true);
  });
});
