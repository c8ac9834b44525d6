import {describe, expect, it} from "vitest";
import {foreseenBeneficiaries} from "../../../loaders/general/read-beneficiaries.js";
import {rows} from "../read-paragraph.js";

const charted = (text: string, value: string) =>
  rows(text, "2021", "2022-02-01").some((r) => r.startsWith(`${value.replace(/,/g, "")}@`));
const foreseen = (text: string, number: string, counted: string) => {
  const start = text.indexOf(number);
  return foreseenBeneficiaries(text, start, start + number.length, text.indexOf(counted) + counted.length);
};

// The people a project foresees helping are an aim, not a count of what happened.
describe("the beneficiaries a project foresees", () => {
  it.each([
    [
      "Some 42,000 returnees and residents of Kandahar will benefit from a new EU-funded housing scheme.",
      "42,000",
      "returnees"
    ],
    [
      "About 8,600 asylum seekers are expected to benefit from the legal aid programme launched in March 2021.",
      "8,600",
      "asylum seekers"
    ],
    ["The reintegration fund is expected to reach 12,500 deported migrants in 2021.", "12,500", "migrants"],
    ["A new counselling line will serve over 3,300 trafficking victims across the region.", "3,300", "victims"],
    [
      "In 2021, 27,000 internally displaced persons and hosts stand to benefit from the cash grants.",
      "27,000",
      "persons"
    ],
    ["The scheme counts 9,400 targeted beneficiaries among returning migrant workers.", "9,400", "beneficiaries"],
    ["The project lists its planned 5,150 beneficiaries, all refugees.", "5,150", "beneficiaries"],
    ["An estimated 61,000 stranded migrants would be assisted under the new corridor.", "61,000", "migrants"],
    ["In Lesotho, 2,750 returning miners are set to benefit from a skills grant.", "2,750", "miners"],
    ["The agency aims to support 1,840 victims of trafficking through the shelter network.", "1,840", "victims"],
    ["The cash transfer shall benefit 16,000 refugee families in the north.", "16,000", "families"]
  ])("keeps %j for review", (text, number, counted) => {
    expect(foreseen(text, number, counted)).toBe(true);
    expect(charted(text, number)).toBe(false);
  });

  it.each([
    // What happened is a count, whatever its sentence says of the future.
    ["In 2021, 3,120 returnees received reintegration grants that will help them rebuild.", "3,120", "returnees"],
    ["In 2021, 1,260 beneficiaries received assistance for voluntary return.", "1,260", "beneficiaries"],
    ["In 2021, 4,480 migrants benefited from the assisted voluntary return programme.", "4,480", "migrants"],
    [
      "In 2021, the shelters assisted 215 victims of trafficking, and the new centre will open in May.",
      "215",
      "victims"
    ],
    ["In 2021, 730 refugees were granted asylum, officials said.", "730", "refugees"]
  ])("still charts %j", (text, number, counted) => {
    expect(foreseen(text, number, counted)).toBe(false);
    expect(charted(text, number)).toBe(true);
  });
});
