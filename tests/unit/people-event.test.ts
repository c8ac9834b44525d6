import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020-01-31");

describe("people named by the event that befell them", () => {
  it.each([
    ["The number of returnees was 12,002.", "12002 returns"],
    ["The total number of undocumented returnees in 2019 was 351,744.", "351744 returns"],
    ["In 2019 the number of returnees stood at 4,210.", "4210 returns"],
    ["The number of deportees was 1,800 in 2019.", "1800 deportations"],
    ["In 2019, the agency counted a total of 2,940 returnees.", "2940 returns"],
    ["The number of IDP returnees in 2019 was 642,408.", "642408 returns"],
    ["In 2019 the total of returnees reached 31,500.", "31500 returns"],
    ["The number of spontaneous returnees in 2019 was 5,522.", "5522 returns"],
    ["In 2019, the number of returnees from Yemen was 1,180.", "1180 returns"],
    ["Jamaica received 751 deportees in 2019.", "751 deportations"],
    ["In 2019, the island received 108 deportees.", "108 deportations"],
    // A verb after the people says what befell them; the noun that names them gives way.
    ["In 2019, 1,505 returnees were assisted.", "1505 persons_assisted"],
    ["In 2019, 1,505 deportees were assisted.", "1505 persons_assisted"],
    ["In 2019, 320 returnees were assisted with cash grants.", "320 persons_assisted"],
    ["Some 640 deportees were assisted on arrival in 2019.", "640 persons_assisted"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });
});

describe("no people counted, no event of theirs", () => {
  it.each([
    "The government set up five reception centres for the returnees in 2019.",
    "In 2019, the ministry opened three shelters for deportees.",
    "Four buses carried the returnees to their villages in 2019."
  ])("%s", (text) => {
    const got = read(text);
    expect(got.some((r) => / (?:returns|deportations)$/.test(r))).toBe(false);
  });
});

describe("foreigners named by their living in the country", () => {
  it.each([
    ["In 2019 there were 95,000 foreign residents.", "95000 foreigners_resident"],
    ["The number of foreign residents was 95,000 at the end of 2019.", "95000 foreigners_resident"],
    ["At the end of 2019 there were 210,400 foreign residents in the country.", "210400 foreigners_resident"],
    ["The country counted 48,300 foreign residents in 2019.", "48300 foreigners_resident"],
    ["In 2019, foreign residents numbered 1,020,000.", "1020000 foreigners_resident"],
    ["The number of foreign residents in the capital was 61,000 in 2019.", "61000 foreigners_resident"],
    ["In 2019, there were 33,700 migrant residents in the capital.", "33700 foreigners_resident"],
    ["The census of 2019 recorded 12,400 immigrant residents.", "12400 foreigners_resident"],
    ["At the end of 2019 the number of foreign residents reached 77,000.", "77000 foreigners_resident"],
    ["There were 5,900 foreign residents on the islands in 2019.", "5900 foreigners_resident"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ["In 2019, 300 foreign residents were deported.", "300 deportations"],
    ["In 2019, 1,200 foreign residents were granted citizenship.", "1200 citizenship_granted"]
  ])("what befell them after the noun wins: %s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });
});

describe("a verb telling the same happening from another side leaves the people noun its event", () => {
  it.each([
    ["In 2019, 501 deportees were sent back to Jamaica.", "501 deportations"],
    ["In 2019, 320 deportees were returned to Guatemala.", "320 deportations"],
    ["In 2019, 75 deportees were transferred to the border.", "75 deportations"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });
});
