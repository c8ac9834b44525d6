import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-06-25").map((r) => r.split(" ")[0]);

describe("referrals are people referred for help, counted as such", () => {
  it.each([
    ["In 2019, the government received 96 victim referrals, compared with 105 referrals in 2018.", "105@2018"],
    ["In 2019, the police received 96 referrals of trafficking victims.", "96@2019"],
    ["In 2019, 155 referrals came from international organizations and NGOs.", "155@2019"],
    ["In 2019, the hotline made 42 referrals to shelters.", "42@2019"],
    ["In 2019, the national mechanism recorded 230 referrals of potential victims.", "230@2019"],
    ["In 2019, NGOs made 61 referrals, up from 48 referrals in 2018.", "48@2018"],
    ["In 2019, NGOs made 61 referrals, up from 48 referrals in 2018.", "61@2019"],
    ["In 2019, labour inspectors made 17 referrals to the police.", "17@2019"],
    ["In 2019, the ministry received 310 referrals from the border police.", "310@2019"],
    ["In 2019, 88 referrals were made to victim assistance programmes.", "88@2019"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("a referral named as no count reads nothing", () => {
  it.each(["In 2019, the referral mechanism was set up in 12 provinces.", "The referral of 2019 cases is pending."])(
    "%s",
    (text) => {
      expect(read(text).filter((r) => r.startsWith("12@") || r.startsWith("2019@"))).toEqual([]);
    }
  );
});
