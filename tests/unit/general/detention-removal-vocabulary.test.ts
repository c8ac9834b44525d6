import {describe, expect, it} from "vitest";
import {rows} from "../read-paragraph.js";

// Each sentence is read as a 2021 report dated 15 February 2022; a row is "value@period indicator".
const read = (text: string) => rows(text, "2021", "2022-02-15").map((r) => r.replace(/ \[.*\]$/, ""));

describe("people held in detention or prison on a day", () => {
  it.each([
    ["There are currently 18,930 migrants in custody awaiting removal.", "18930@2022-02-15"],
    ["As of 31 December 2021, 2,417 foreigners were held in detention.", "2417@2021-12-31"],
    ["There are 163 Somalis in various prisons across the country.", "163@2022-02-15"],
    ["As of 30 November 2021, 75 Nigerians were in custody at the holding centre.", "75@2021-11-30"],
    ["On 1 October 2021, 904 irregular migrants remain in detention.", "904@2021-10-01"],
    ["As of 31 December 2021, 388 migrants were incarcerated in state jails.", "388@2021-12-31"],
    ["There are now 57 Eritreans behind bars for illegal entry.", "57@2022-02-15"],
    ["As of 30 June 2021, 1,006 foreign nationals were imprisoned for immigration offences.", "1006@2021-06-30"],
    ["There are 12,212 foreigners in detention in the deportation centres.", "12212@2022-02-15"],
    ["As of 31 March 2021, 640 Afghans were held in detention.", "640@2021-03-31"]
  ])("%s", (text, value) => {
    expect(read(text)).toContain(`${value} persons_in_detention`);
  });

  it("takes no sentence to prison, and no trafficker jailed, for people held on a day", () => {
    expect(read("In 2021, the court sentenced 14 foreigners to five years in prison.").join()).not.toContain(
      "persons_in_detention"
    );
    expect(read("In 2021, 22 convicted traffickers were imprisoned.").join()).not.toContain("persons_in_detention");
  });
});

describe("steps of a removal: travel documents and bookings", () => {
  it.each([
    [
      "As of 4 February 2022, 21,604 foreigners were referred to their embassies to obtain travel documents.",
      "21604@2022-02-04 travel_document_referrals"
    ],
    [
      "As of 4 February 2022, 8,140 offenders were referred to their consulates for travel documents.",
      "8140@2022-02-04 travel_document_referrals"
    ],
    ["As of 4 February 2022, 2,390 migrants were awaiting flight bookings.", "2390@2022-02-04 removal_travel_bookings"],
    [
      "As of 4 February 2022, 977 overstayers were completing travel reservations.",
      "977@2022-02-04 removal_travel_bookings"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("books no travel that is no removal's", () => {
    expect(read("In 2021, the agency sold 40,000 tickets to tourists.").join()).not.toContain(
      "removal_travel_bookings"
    );
  });
});

describe("deportations of expats and other named foreigners", () => {
  it.each([
    ["In 2021, Bahrain deported 2,871 expats.", "2871@2021 deportations"],
    ["In 2021, 405 expat workers were expelled.", "405@2021 deportations"],
    ["Authorities removed 96 expatriates in 2021.", "96@2021 deportations"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("repatriation said as bringing or flying people home", () => {
  it.each([
    ["In 2021, 64 trafficking victims were flown home from Malaysia.", "64@2021 trafficking_victims_repatriated"],
    ["In 2021, the embassy brought home 230 victims of trafficking.", "230@2021 trafficking_victims_repatriated"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("takes no money sent home for people repatriated", () => {
    expect(read("In 2021, 1.2 million migrants abroad sent home $4 billion.").join()).not.toContain("repatriated");
  });
});
