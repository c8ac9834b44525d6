import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

describe("family members joining a migrant or refugee already in the country", () => {
  it.each([
    [
      "The number of following family members rose from 5.4 thousand in 2014 to 13.8 thousand in 2015.",
      "13800 family_reunification"
    ],
    ["Nearly 14 thousand following family members", "14000 family_reunification"],
    ["In 2015, 1,200 family reunification permits were issued.", "1200 family_reunification"],
    ["In 2015, 1,200 applications for family reunification were received.", "1200 family_reunification"],
    ["In 2015, 1,200 persons were reunited with their families.", "1200 family_reunification"],
    ["In 2015, family reunification brought 1,200 persons to the country.", "1200 family_reunification"],
    ["In 2015, 1,200 foreigners came for family reunion.", "1200 family_reunification"],
    ["In 2015, 1,200 family reunion applications were lodged.", "1200 family_reunification"],
    ["In 2015, 1,200 persons joined their families through family reunion.", "1200 family_reunification"],
    ["In 2015, 1,200 refugees' family members were reunited with them.", "1200 family_reunification"]
  ])("%s", (text, row) => {
    expect(indicatorsOf(text, "2015", "2016")).toContain(row);
  });

  it.each([
    ["In 2015, 1,200 families were resettled.", "1200 family_reunification"],
    ["In 2015, 1,200 work permits were issued.", "1200 family_reunification"],
    ["In 2015, 1,200 residence permits were issued.", "1200 family_reunification"]
  ])("leaves other counts of families and permits their own: %s", (text, row) => {
    expect(indicatorsOf(text, "2015", "2016")).not.toContain(row);
  });
});
