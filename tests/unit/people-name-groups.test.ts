import {describe, expect, it} from "vitest";
import {groupBeforeCount} from "../../loaders/general/read-group-word.js";
import {countryRows} from "./read-paragraph.js";

/** "value citizenship" of the counts of a sentence in a report dated January 2022. */
const peoples = (text: string) => countryRows(text).map((r) => r.replace(/ -\//, " "));

describe("a people whose name ends in a group word ('Central Africans') is that state's people, in a list by people", () => {
  it.each([
    [
      "As of December 31, the number of asylum seekers is 2,222 including: 63 Central Africans, 1,114 Burundians, 74 Rwandans and 731 South Sudanese.",
      ["63 Central African Republic", "1114 Burundi", "74 Rwanda", "731 South Sudan"]
    ],
    [
      "The camp hosts 2,222 refugees, including 63 Central Africans, 1,114 Burundians and 74 Rwandans.",
      ["63 Central African Republic", "1114 Burundi", "74 Rwanda"]
    ],
    [
      "In 2021, 2,000 refugees arrived: 900 Central Africans, 700 Sudanese and 400 Chadians.",
      ["900 Central African Republic", "700 Sudan", "400 Chad"]
    ],
    [
      "Of the 500 new arrivals, 120 were Central Africans, 300 South Sudanese and 80 Congolese.",
      ["120 Central African Republic", "300 South Sudan"]
    ],
    [
      "In 2021, 2,240 refugees were registered, including 35 Burundians, 506 South Sudanese and 1,686 Central Africans.",
      ["35 Burundi", "506 South Sudan", "1686 Central African Republic"]
    ],
    ["In 2021, 1,075 Central African refugees returned home.", ["1075 Central African Republic"]],
    [
      "The repatriation of Rwandans (108) and Central Africans (1,075) lowered the total in 2021.",
      ["108 Rwanda", "1075 Central African Republic"]
    ],
    [
      "Some 3,000 asylum seekers were registered in 2021, including 1,200 Central Africans and 800 Rwandans.",
      ["1200 Central African Republic", "800 Rwanda"]
    ],
    [
      "The settlement hosts 4,500 refugees: 2,500 Central Africans, 1,500 Sudanese and 500 Nigerians.",
      ["2500 Central African Republic", "1500 Sudan", "500 Nigeria"]
    ],
    [
      "In 2021, 640 asylum seekers applied, among them 40 Central Africans, 300 Eritreans and 300 Somalis.",
      ["40 Central African Republic", "300 Eritrea", "300 Somalia"]
    ]
  ])("%s", (text, expected) => {
    const rows = peoples(text);
    for (const e of expected) expect(rows).toContain(e);
  });

  it.each([
    ["The vast majority of travelers are South Americans, more than ", "South Americans"],
    ["Most were Central Americans, more than ", "Central Americans"],
    ["followed by the Antilleans, with more than ", "Antilleans"],
    ["in 2021: Africans (", "Africans"]
  ])("keeps the group before a count in %s", (lead, group) => expect(groupBeforeCount(lead)).toBe(group));

  it.each(["63 Central Africans, ", "including 900 Central Africans (", "120 were South Africans, "])(
    "names no group at the end of a people's name in %s",
    (lead) => expect(groupBeforeCount(lead)).toBeNull()
  );
});
