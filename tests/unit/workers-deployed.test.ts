import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

// "991,461 Filipino workers were deployed to various countries abroad": workers deployed left for jobs abroad.
describe("workers deployed", () => {
  it.each([
    ["In 2006, a total of 991,461 Filipino workers were deployed to various countries abroad.", "991461"],
    ["In 2019, 45,000 Nepali workers were deployed to Malaysia.", "45000"],
    ["In 2019, 12,300 domestic workers were deployed to Saudi Arabia.", "12300"],
    ["In 2019, some 3,400 Sri Lankan workers were deployed to Qatar.", "3400"],
    ["In 2019, 8,100 Bangladeshi workers deployed to Oman found jobs in construction.", "8100"],
    ["In 2019, 2,750 skilled workers were deployed to Japan.", "2750"],
    ["In 2019, 640 health workers were deployed to the United Kingdom.", "640"],
    ["In 2019, 15,000 migrant workers were deployed to the Gulf.", "15000"],
    ["In 2019, 1,900 seasonal workers were deployed to New Zealand.", "1900"],
    ["In 2019, 530 workers were deployed to Kuwait under the new agreement.", "530"]
  ])("%s", (text, value) => {
    expect(indicatorsOf(text, "2019", "2020")).toEqual([`${value} workers_departed_abroad`]);
  });

  it.each([
    // People sent on duty to a post did not leave for jobs abroad.
    "In 2019, 1,200 police officers were deployed to the border.",
    "In 2019, 300 troops were deployed to the region."
  ])("%s", (text) => {
    expect(indicatorsOf(text, "2019", "2020").filter((r) => r.includes("workers_departed_abroad"))).toEqual([]);
  });
});
