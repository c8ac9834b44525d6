import {describe, expect, it} from "vitest";
import {rows} from "../read-paragraph.js";

// Each paragraph is read as a 2021 report dated early 2022; a row is "value@period indicator".
const read = (text: string) => rows(text, "2021", "2022-02-01").map((r) => r.replace(/ \[.*\]$/, ""));

describe("what asylum procedures did besides granting and refusing", () => {
  it.each([
    ["In 2021, 2,614 asylum cases were disposed of.", "2614@2021 asylum_cases_decided"],
    ["The asylum office decided 7,902 applications in 2021.", "7902@2021 asylum_cases_decided"],
    ["In 2021, 11,340 protection claims were finalised.", "11340@2021 asylum_cases_decided"],
    ["In 2021, 4,008 asylum seekers completed the screening process.", "4008@2021 asylum_cases_decided"],
    ["The refugee board adjudicated 1,276 cases in 2021.", "1276@2021 asylum_cases_decided"],
    ["In 2021, 88 asylum seekers withdrew their applications.", "88@2021 asylum_applications_withdrawn"],
    ["In 2021, 316 asylum applications were withdrawn.", "316@2021 asylum_applications_withdrawn"],
    ["In 2021, 41 refugee claimants abandoned their claims.", "41@2021 asylum_applications_withdrawn"],
    ["In 2021, 1,930 asylum applications were declined.", "1930@2021 asylum_applications_rejected"],
    ["In 2021, the ministry turned down 455 asylum requests.", "455@2021 asylum_applications_rejected"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("decides nothing outside an asylum procedure", () => {
    expect(read("In 2021, the tax office processed 9,000 applications for rebates.").join()).not.toContain(
      "asylum_cases_decided"
    );
    expect(read("In 2021, 12 candidates withdrew from the election.").join()).not.toContain("withdrawn");
  });
});

describe("resettlement, hosting, regularisation and statuses received", () => {
  it.each([
    ["In 2021, 3,812 refugees were resettled in Canada.", "3812@2021 refugees_resettled"],
    ["In 2021, Norway resettled 1,470 people from camps in Lebanon.", "1470@2021 refugees_resettled"],
    ["In 2021, 600 asylum seekers were relocated from Greece under the scheme.", "600@2021 refugees_resettled"],
    ["As of 30 June 2021, the Kakuma camp hosted 196,000 refugees.", "196000@2021-06-30 refugees_hosted"],
    ["In 2021, 51,300 migrants regularised their status.", "51300@2021 status_regularised"],
    ["In 2021, the amnesty legalised 8,040 undocumented workers.", "8040@2021 status_regularised"],
    [
      "In 2021, 2,230 foreigners received residence permits on humanitarian grounds.",
      "2230@2021 residence_permits_issued"
    ],
    ["In 2021, 515 claimants were recognised as refugees.", "515@2021 refugee_status_granted"],
    ["In 2021, 127 people were recognized as refugees.", "127@2021 refugee_status_granted"],
    [
      "In 2021, 38,700 emigration clearances were issued to workers leaving for the Gulf.",
      "38700@2021 emigration_clearances_issued"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("takes no help received for a permit granted", () => {
    expect(read("In 2021, 640 refugees received food parcels.").join()).not.toMatch(/_issued|_granted/);
  });
});

describe("irregular foreigners counted as a stock", () => {
  it.each([
    ["In 2021, an estimated 187,004 undocumented foreigners were living in the country.", "187004@2021"],
    ["The number of illegal aliens in the country reached 61,200 in 2021.", "61200@2021"],
    ["In 2021, some 220,000 illegal entrants were staying in the country.", "220000@2021"]
  ])("%s", (text, value) => {
    expect(read(text)).toContain(`${value} illegal_migrants_estimated`);
  });
});
