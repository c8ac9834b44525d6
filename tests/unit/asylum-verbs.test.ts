import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

describe("asking for, seeking or claiming asylum is applying for it", () => {
  it.each([
    "Last year, 1,525 people asked for asylum in the country.",
    "In 2017, 1,525 foreigners asked for asylum.",
    "A total of 1,525 persons asked for asylum in 2017.",
    "1,525 migrants sought asylum in 2017.",
    "In 2017, 1,525 people sought asylum in Finland.",
    "1,525 foreigners claimed asylum in 2017.",
    "In 2017, 1,525 persons claimed asylum at the border.",
    "During 2017, 1,525 people asked for asylum in Czechia.",
    "In 2017, 1,525 third-country nationals sought asylum.",
    "Some 1,525 people asked for asylum during 2017."
  ])("%j", (text) => {
    expect(rows(text).some((r) => r.startsWith("1525@2017 asylum_applications"))).toBe(true);
  });

  it("reads no asylum application from asking for something else", () => {
    for (const text of [
      "In 2017, 1,525 people asked for a work permit.",
      "In 2017, 1,525 people were granted asylum.",
      "In 2017, 1,525 people asked for information at the counter."
    ])
      expect(rows(text).some((r) => r.includes("asylum_applications"))).toBe(false);
  });
});

describe("the people applying for asylum are counted as asylum applications", () => {
  it.each([
    "The biggest groups applying for asylum in 2017 have been the Iraqis (150) and the Somalis (50).",
    "In 2017, the largest groups applying for asylum were the Iraqis (150), the Somalis (50) and the Russians (44).",
    "The main nationalities applying for asylum in 2017 were the Iraqis (150) and the Somalis (50)."
  ])("%j", (text) => {
    const found = rows(text);
    expect(found.some((r) => r.startsWith("150@2017 asylum_applications"))).toBe(true);
  });

  it("reads no asylum application from applying for a permit", () => {
    expect(rows("In 2017, 150 people applying for a work permit were turned away.").join()).not.toMatch(
      /asylum_applications/
    );
  });
});

describe("requests for asylum, whatever verb receives them, are applications for it", () => {
  it.each([
    "In 2017, the office received 37 asylum requests.",
    "In 2017, 37 requests for asylum were received.",
    "37 asylum requests were registered in 2017.",
    "In 2017, the border police received 37 requests for asylum.",
    "The ministry received 37 new asylum requests in 2017.",
    "In 2017, a total of 37 asylum requests were submitted.",
    "In 2017, 37 requests for asylum reached the office.",
    "Some 37 asylum requests were recorded in 2017.",
    "In 2017, the agency took in 37 requests for asylum.",
    "In 2017 the embassy received 37 requests for asylum from Syrians."
  ])("%s", (text) => {
    expect(rows(text).some((r) => r.startsWith("37@2017 asylum_applications"))).toBe(true);
  });

  it("leaves requests of other kinds to their own verbs", () => {
    expect(rows("In 2017, 58 requests were satisfied.").some((r) => r.includes("asylum_applications"))).toBe(false);
    expect(rows("In 2017, 58 requests for information were received.").some((r) => r.includes("asylum"))).toBe(false);
  });
});
