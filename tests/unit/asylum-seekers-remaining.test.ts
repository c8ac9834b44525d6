import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A release dated the last day of 2019.
const read = (text: string) => rows(text, "2019", "2019-12-31").map((r) => r.split(" [")[0]);

describe("asylum seekers a clause places somewhere on a day are a stock, not applications", () => {
  it.each([
    "Some 4,500 asylum seekers remain in the country.",
    "There are still 4,500 asylum seekers in the camps.",
    "4,500 asylum-seekers remained in reception centres at the end of the year.",
    "4,500 asylum seekers were still in the country at the end of 2019.",
    "The number of asylum seekers in the country stood at 4,500.",
    "The number of asylum seekers present in the country stands at 4,500.",
    "4,500 claimants remain in Hong Kong.",
    "About 4,500 asylum seekers remain in Malta.",
    "Some 4,500 asylum seekers were still in reception centres.",
    "At the end of 2019, 4,500 asylum seekers remained in the country."
  ])("%s", (text) => {
    expect(read(text)).toEqual(["4500@2019-12-31 protection_claimants_remaining"]);
  });

  it.each([
    "In 2019, 4,500 applicants sought asylum.",
    "4,500 asylum seekers lodged applications in 2019.",
    "4,500 asylum seekers who remain in the country applied in 2019.",
    "A total of 4,500 asylum seekers were registered in 2019."
  ])("applications stated as such stay applications: %s", (text) => {
    expect(read(text)).toEqual(["4500@2019 asylum_applications"]);
  });
});
