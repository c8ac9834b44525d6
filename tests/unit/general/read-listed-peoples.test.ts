import {describe, expect, it} from "vitest";
import {
  givenTo,
  otherRegionBefore,
  peopleBeforeCount,
  recipientPeople
} from "../../../loaders/general/read-listed-peoples.js";
import {observations} from "../read-paragraph.js";

/** "value citizenship" of every row of one paragraph of a 2022 report. */
const rows = (text: string) =>
  observations(text, "2022", "2023-03-01").map((o) => `${o.value} ${o.citizenship ?? "-"}`);

describe("a count named by the people it was given to", () => {
  it.each([
    ["In 2022, migrants from India were granted 460 employment visas.", "460 India"],
    ["In 2022, nationals of Nepal were issued 315 work permits.", "315 Nepal"],
    ["Workers from the Philippines received 1,240 work permits in 2022.", "1240 Philippines"],
    ["In 2022, Nigerian migrants were the recipients of 112 work permits.", "112 Nigeria"],
    ["In 2022, Vietnamese workers were granted 88 work permits.", "88 Vietnam"],
    ["Sri Lankan nationals obtained 57 residence permits in 2022.", "57 Sri Lanka"],
    ["In 2022, citizens of the United Arab Emirates were granted 41 visas.", "41 United Arab Emirates"],
    ["In 2022, Chinese applicants were given 690 work permits.", "690 China"],
    ["According to the ministry, Brazilians received 991 employment visas in 2022.", "991 Brazil"],
    ["In 2022, Ghanaian labourers were awarded 73 work permits.", "73 Ghana"]
  ])("%s", (text, row) => {
    expect(rows(text)).toContain(row);
  });

  it.each([
    ["Migrants from India were granted ", "India"],
    ["and citizens of South Africa received about ", "South Africa"],
    ["Egyptian workers have been granted ", "Egypt"]
  ])("reads the people of %j", (lead, country) => {
    expect(recipientPeople(lead)).toBe(country);
  });

  it.each([
    "The Philippines were granted ",
    "The ministry was granted ",
    "Officials of the ministry received ",
    "Migrants from far away were granted "
  ])("reads no people in %j", (lead) => {
    expect(recipientPeople(lead)).toBeNull();
  });
});

describe("list items that name their people before their number", () => {
  it.each([
    [
      "In 2022 the government issued 460 work permits to Indians, followed by Indonesians 252, Malaysians 126, and Pakistanis 12.",
      ["252 Indonesia", "126 Malaysia", "12 Pakistan"]
    ],
    [
      "In 2022 the ministry granted 41 visas to Emiratis, followed by Bangladeshis 270, Croatians 166, and Cuban migrants 38.",
      ["270 Bangladesh", "166 Croatia", "38 Cuba"]
    ],
    [
      "Police deported 300 migrants in 2022: Haitians 210, Jamaicans 55 and Cubans 35.",
      ["210 Haiti", "55 Jamaica", "35 Cuba"]
    ],
    [
      "In 2022, 1,500 work permits were issued, then Kenyan workers 420, Ugandan nationals 310 and Tanzanians 95.",
      ["420 Kenya", "310 Uganda", "95 Tanzania"]
    ]
  ])("%s", (text, expected) => {
    const got = rows(text);
    for (const row of expected) expect(got).toContain(row);
  });

  it.each([
    [", followed by Indonesians ", ", next", "Indonesia"],
    [", and Cuban migrants ", ".", "Cuba"],
    [", Sri Lankans ", " and", "Sri Lanka"]
  ])("reads the people of %j", (lead, after, country) => {
    expect(peopleBeforeCount(lead, after)).toBe(country);
  });

  it.each([
    // A country's own name is a place, not the people listed.
    [", and Ghana ", "."],
    // A number that something else follows is not a list item.
    [", followed by Indonesians ", " years later"],
    [" in Kenya ", "."],
    [", the Ministry ", "."]
  ])("reads no people in %j before %j", (lead, after) => {
    expect(peopleBeforeCount(lead, after)).toBeNull();
  });
});

describe("ranked items that name a people or a state before “with” or “at” and their number", () => {
  it.each([
    [
      "At the end of 2020, 4,640 foreigners held work permits: Zimbabweans were the largest group with 2,214 persons, followed by Chinese with 785 persons and the least is Ghana with 58 persons.",
      ["2214 Zimbabwe", "785 China", "58 Ghana"]
    ],
    [
      "In 2022, 9,000 asylum applications were lodged: Afghans led with 3,100, followed by Syrians with 2,050, then Eritreans at 450.",
      ["3100 Afghanistan", "2050 Syria", "450 Eritrea"]
    ],
    [
      "In 2022 police deported 1,300 migrants, mostly from Honduras at 600, followed by Guatemala at 400.",
      ["600 Honduras", "400 Guatemala"]
    ],
    [
      "At the end of 2020, 12,000 foreigners held work permits, mainly from India at 5,200 persons, followed by Nepal at 2,900 persons and Sri Lanka at 1,100 persons.",
      ["5200 India", "2900 Nepal", "1100 Sri Lanka"]
    ],
    [
      "In 2022, 700 foreigners were deported: Nigerians came first with 300 persons, followed by Ghanaians with 250 persons and the smallest was Togo with 20 persons.",
      ["300 Nigeria", "250 Ghana", "20 Togo"]
    ]
  ])("%s", (text, expected) => {
    const got = rows(text);
    for (const row of expected) expect(got).toContain(row);
  });

  it.each([
    [", followed by Chinese with ", " persons (14.1 percent)", "China"],
    [" and the least is Ghana with ", " persons (0.5 percent)", "Ghana"],
    [" were from Zimbabwe at ", " persons or 47.7 percent", "Zimbabwe"],
    [", followed by South Africa at ", " persons or 14.0 percent", "South Africa"],
    [" and Chinese in 2017 with ", ".", "China"]
  ])("reads the people of %j", (lead, after, country) => {
    expect(peopleBeforeCount(lead, after)).toBe(country);
  });

  it.each([
    // A noun of its own after the number is another count, not the ranked item's.
    [", followed by Chinese with ", " cases of fraud"],
    // A place inside a sentence with no list word before it.
    ["The office in Ghana with ", " persons"],
    [", followed by the Ministry with ", " persons"]
  ])("reads no people in %j before %j", (lead, after) => {
    expect(peopleBeforeCount(lead, after)).toBeNull();
  });

  it.each([
    "In 2022, 150,000 migrants arrived by sea, most of them in Italy at 105,000, followed by Spain at 30,000 and Greece at 15,000.",
    "In 2022, the country deported 5,000 migrants, mostly to Mexico at 3,000, followed by Guatemala at 1,200 and Honduras with 800."
  ])("a state ranked by where the persons went is no citizenship: %s", (text) => {
    expect(rows(text).filter((r) => !r.endsWith(" -"))).toEqual([]);
  });

  it.each([
    ["while those categorized as Other Africa accounted for ", "Other Africa"],
    [", and the rest of Asia at ", "rest of Asia"],
    [", followed by Other West Africa with ", "Other West Africa"]
  ])("names the rest of a region in %j", (lead, region) => {
    expect(otherRegionBefore(lead)).toBe(region);
  });

  it("reads the rest of a region as no one state", () => {
    expect(
      rows(
        "In 2022 police deported 1,300 migrants, mostly from Honduras at 600, followed by Guatemala at 400 and those from Other Central America accounted for 300."
      )
    ).toContain("300 -");
  });
});

describe("an elided part named by the people it was given to", () => {
  it.each([
    [
      "In 2022, 1,727 permits were issued to citizens of Ukraine, with 1,696 issued to Russian citizens.",
      "1696 Russian Federation"
    ],
    ["In 2022 the ministry granted 900 work permits, with 400 granted to Nepali nationals.", "400 Nepal"],
    [
      "In 2022, 2,500 visas were issued, 1,200 of them to Indians and 600 issued to Filipino workers.",
      "600 Philippines"
    ],
    ["In 2022 the office issued 3,000 residence permits, with 1,100 issued to citizens of Belarus.", "1100 Belarus"],
    ["In 2022, 800 permits were granted to Chinese nationals, with 300 granted to Vietnamese.", "300 Vietnam"],
    ["In 2022, 5,000 visas were issued to Kenyans, with 2,000 issued to Ugandans.", "2000 Uganda"],
    ["In 2022, 640 work permits were issued, with 240 given to Egyptian workers.", "240 Egypt"],
    ["In 2022, 410 permits were granted, with 150 awarded to Moroccan nationals.", "150 Morocco"],
    ["In 2022, 1,900 work permits were issued to Turks, with 700 issued to Georgians.", "700 Georgia"],
    [
      "In 2022, 5,600 residence permits were issued, with 2,300 issued to citizens of the Philippines.",
      "2300 Philippines"
    ]
  ])("%s", (text, row) => {
    expect(rows(text)).toContain(row);
  });

  it.each([" issued to the ministry", " to be issued next year", " issued to applicants", " issued in Kenya"])(
    "names no people in %j",
    (after) => {
      expect(givenTo(after)).toBeNull();
    }
  );
});
