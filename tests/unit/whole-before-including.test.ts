import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "The number of work permits issued for Qatar is 183,542 including …": a figure "including" or "excluding" something
// is the whole the subject counts, as a bare figure at the clause's end is.
describe("a subject's figure followed by what it includes or leaves out", () => {
  it.each([
    ["The number of deportations reached 12,400 including 300 minors.", "12400@2017 deportations []"],
    ["The number of victims identified was 57 including 12 children.", "57@2017 victims_identified []"],
    ["The total number of work permits issued was 9,800 excluding renewals.", "9800@2017 work_permits_issued []"],
    [
      "The number of foreigners expelled stood at 1,402 including those removed by court order.",
      "1402@2017 deportations []"
    ],
    [
      "The number of residence permits granted was 8,410 excluding family reunification.",
      "8410@2017 residence_permits_issued []"
    ],
    [
      "The number of asylum seekers registered was 4,520 including 610 unaccompanied minors.",
      "4520@2017 asylum_applications []"
    ],
    [
      "The number of trafficking convictions was 14 including two for forced labour.",
      "14@2017 trafficking_convictions [forced labour]"
    ],
    ["The number of migrants detained rose to 2,950 including 88 women.", "2950@2017 detained_migrants []"],
    [
      "The number of work permits issued for Qatar is 183,542 including the number of workers who received re-entry.",
      "183542@2017 work_permits_issued []"
    ],
    [
      "The number of refugees resettled totalled 1,020 excluding those who left on their own.",
      "1020@2017 refugees_resettled []"
    ]
  ])("%s", (text, whole) => {
    expect(rows(text, "2017", "2018")[0]).toBe(whole);
  });

  it.each([
    // A part named after "including" is still read as a part of the whole.
    [
      "The number of victims identified was 57 including 12 children.",
      ["57@2017 victims_identified []", "12@2017 victims_identified []"]
    ],
    // A noun of its own after the figure is what it counts, "including" or not.
    [
      "The office issued 300 visas including 40 transit visas.",
      ["300@2017 visas_issued []", "40@2017 visas_issued [transit]"]
    ]
  ])("%s", (text, expected) => {
    expect(rows(text, "2017", "2018")).toEqual(expected);
  });
});
