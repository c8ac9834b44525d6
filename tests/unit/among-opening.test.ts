import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2019-03-10");
const FLIGHT = "On 7 March 2019, IOM helped 140 Nigerians return home from Libya.";

describe("people named among those just counted are a part of that count", () => {
  it.each([
    [`${FLIGHT} Among the passengers on the flight were 13 unaccompanied minors.`, "13 repatriations"],
    [
      `${FLIGHT} Among the passengers on the flight were 13 unaccompanied minors (12 girls and 1 boy).`,
      "12 repatriations"
    ],
    [`${FLIGHT} Among them were 13 unaccompanied minors.`, "13 repatriations"],
    [`${FLIGHT} Among these were 40 women and 9 children.`, "40 repatriations"],
    [`${FLIGHT} Among the group were 22 pregnant women.`, "22 repatriations"],
    [`${FLIGHT} Among those were 5 elderly persons.`, "5 repatriations"],
    [`${FLIGHT} Among the migrants were 31 women.`, "31 repatriations"],
    [`${FLIGHT} Among the people on board were 17 children.`, "17 repatriations"],
    [`${FLIGHT} Among the persons assisted were 8 pregnant women.`, "8 repatriations"],
    [`${FLIGHT} Among the people on the flight were 6 children.`, "6 repatriations"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("'among' that names no one just counted opens no part", () => {
  it.each([
    ["Among other measures were 12 new shelters opened in 2019.", "12 repatriations"],
    [`${FLIGHT} Among the reasons were 3 new laws.`, "3 repatriations"]
  ])("%s", (text, row) => {
    expect(read(text)).not.toContain(row);
  });
});
