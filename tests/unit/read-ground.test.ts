import {describe, expect, it} from "vitest";
import {groundAfter, groundUnder} from "../../loaders/general/read-ground.js";
import {observations} from "./read-paragraph.js";

const parts = (text: string) => observations(text, "2016", "2017-02-01").map((o) => `${o.value}:${o.category ?? "-"}`);

describe("a listed part named by the ground it was granted under", () => {
  it("takes the ground as its category", () => {
    const cases: [string, string][] = [
      [
        "In 2016, 1,807 residence permits were issued for employment, 1,513 for family migration, 106 under an international agreement and 18 for business.",
        "106:international agreement"
      ],
      [
        "In 2016, 900 residence permits were issued for work, 412 for study and 57 under the readmission agreement.",
        "57:readmission agreement"
      ],
      [
        "In 2016, 2,300 residence permits were issued for family reunification, 640 for study, 88 under a bilateral treaty.",
        "88:bilateral treaty"
      ],
      ["In 2016, 510 residence permits were issued for employment and 75 under the points scheme.", "75:points scheme"],
      [
        "In 2016, 1,200 residence permits were issued for work, 300 for study and 44 under the Aliens Act.",
        "44:aliens act"
      ],
      [
        "In 2016, 610 residence permits were granted for employment, 95 under the humanitarian programme and 12 for research.",
        "95:humanitarian programme"
      ],
      [
        "In 2016, 330 residence permits were issued for study, 28 under the seasonal workers quota.",
        "28:seasonal workers quota"
      ],
      [
        "In 2016, 4,100 residence permits were issued for employment, 230 under the special procedure and 19 for sport.",
        "230:special procedure"
      ],
      [
        "In 2016, 760 residence permits were issued for family migration, 61 under the association agreement.",
        "61:association agreement"
      ],
      [
        "In 2016, 2,050 residence permits were issued for work, 140 under the working holiday arrangement.",
        "140:working holiday arrangement"
      ]
    ];
    for (const [text, part] of cases) expect(parts(text)).toContain(part);
  });

  it("reads no ground in an age limit or a number", () => {
    expect(groundUnder("under 18 years of age")).toBeNull();
    expect(groundUnder("under the age of 14")).toBeNull();
    expect(groundUnder("under three months")).toBeNull();
    expect(groundUnder("under an international agreement and")).toBe("international agreement");
    expect(observations("In 2016, 120 trafficking victims were identified, 45 under 18.", "2016", "2017").length).toBe(
      1
    );
  });
});

describe("the ground of a decision on a count", () => {
  it.each([
    [" migrant workers were denied entry this year due to medical reasons.", "medical reasons"],
    [" foreigners were refused entry because of forged documents.", "forged documents"],
    [" persons were deported on grounds of public order.", "public order"],
    [" nationals were expelled on the grounds of national security, the ministry said.", "national security"],
    [" workers were deported owing to expired permits.", "expired permits"],
    [" travellers were refused entry due to insufficient funds and 12 for other reasons.", "insufficient funds"],
    [" migrants were returned because of overstaying.", "overstaying"],
    [" visitors were denied entry for reasons of health.", "health"],
    [" foreigners were arrested due to illegal stay in 2019.", "illegal stay"],
    [" applicants were refused entry due to a criminal record.", "criminal record"]
  ])("%s", (after, ground) => {
    expect(groundAfter(after)).toBe(ground);
  });

  it("names no ground of a change, of a count with no decision, or past another count", () => {
    expect(groundAfter(" refugees arrived due to the conflict.")).toBeNull();
    expect(groundAfter(" applications, up 12% due to the war.")).toBeNull();
    expect(groundAfter(" persons were deported and 40 due to fraud.")).toBeNull();
  });

  it("sets the part apart in a row", () => {
    const rows = observations("In 2015, 36 migrant workers were denied entry due to medical reasons.", "2015", "2016");
    expect(rows.map((o) => `${o.value} ${o.category}`)).toEqual(["36 medical reasons"]);
  });
});
