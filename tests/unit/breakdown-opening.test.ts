import {describe, expect, it} from "vitest";
import {countryRows, indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020-02-01");
const TOTAL = "In 2019, 5,000 refugees were registered.";

describe("a sentence opening on 'the breakdown … is' lists the parts of the count before", () => {
  it.each([
    [
      `${TOTAL} The breakdown by country of origin is 2,000 from Syria; 1,500 from Sudan.`,
      "2000 residence_registrations"
    ],
    [
      `${TOTAL} The breakdown by country of origin is 2,000 from Syria; 1,500 from Sudan.`,
      "1500 residence_registrations"
    ],
    [
      `${TOTAL} The breakdown in terms of country of origin is 2,000 (40 percent) from Syria.`,
      "2000 residence_registrations"
    ],
    [`${TOTAL} The breakdown is 3,100 from Eritrea and 1,900 from Ethiopia.`, "3100 residence_registrations"],
    [
      `${TOTAL} The breakdown by nationality was 2,600 from Somalia and 2,400 from Yemen.`,
      "2400 residence_registrations"
    ],
    [
      `${TOTAL} The breakdown by nationality shows 2,600 from Somalia and 2,400 from Yemen.`,
      "2600 residence_registrations"
    ],
    [
      `${TOTAL} The breakdown according to origin is as follows: 2,600 from Iraq, 2,400 from Iran.`,
      "2600 residence_registrations"
    ],
    [
      `${TOTAL} The breakdown of nationalities is 4,000 from Syria and 1,000 from Iraq.`,
      "4000 residence_registrations"
    ],
    [`${TOTAL} The breakdown by origin is 700 from Mali, 300 from Niger.`, "300 residence_registrations"],
    [`${TOTAL} The breakdown is 2,500 from Afghanistan; 2,500 from Pakistan.`, "2500 residence_registrations"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("an item naming its own origin takes no sibling item's country", () => {
  it.each([
    [`${TOTAL} The breakdown is 2,000 from South Sudan; 1,000 from Eretria; 500 of other nationalities.`, "1000 -/-"],
    [`${TOTAL} The breakdown is 2,000 (40 percent) from South Sudan; 1,000 (20 percent) from Eretria.`, "1000 -/-"],
    [`In 2019, 5,000 refugees were registered: 2,000 from South Sudan; 1,000 from Eretria.`, "1000 -/-"]
  ])("%s", (text, row) => {
    expect(countryRows(text, undefined, "2019", "2020-02-01")).toContain(row);
  });

  it("a part left from a place keeps the people of the whole", () => {
    expect(
      countryRows(
        "Since 01 January, the total number of undocumented returnees is 351,744 individuals, including 349,873 from Iran and 1,871 from Pakistan.",
        "AFG",
        "2020-01-01..2020-06-27",
        "2020-06-30"
      )
    ).toContain("1871 Pakistan/AFG");
  });
});

describe("a breakdown of something other than a count before lists no parts", () => {
  it.each(["The breakdown of talks in 2019 is a concern; 300 delegates left.", "The breakdown is 57 percent females."])(
    "%s",
    (text) => {
      expect(read(text).filter((r) => r.startsWith("300 ") || r.startsWith("57 "))).toEqual([]);
    }
  );
});
