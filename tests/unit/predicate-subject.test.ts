import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period category" of every observation of a paragraph in a report on 2019. */
const read = (text: string) =>
  observations(text, "2019", "2020").map((o) => `${o.value}@${o.period.label} ${o.category ?? ""}`.trim());

describe("parts named by their predicate, of persons the sentence spoke of with no count", () => {
  it.each([
    [
      "The government did not report the exploitation of all victims, but at least 36 were subjected to sex trafficking, 25 to forced labor, and three to forced begging.",
      ["36@2019 sex trafficking", "25@2019 forced labor", "3@2019 forced begging"]
    ],
    [
      "Details were not given for all identified victims, but 36 were subjected to forced labor.",
      ["36@2019 forced labor"]
    ],
    [
      "The agency gave figures for identified potential victims only in part, but at least 14 were subjected to forced begging and two to domestic servitude.",
      ["14@2019 forced begging", "2@2019 domestic servitude"]
    ],
    ["Among the victims the agency assisted, 20 were subjected to sexual exploitation.", ["20@2019 sex trafficking"]],
    [
      "The report did not break down all victims, yet 11 were subjected to forced labor and 4 to forced marriage.",
      ["11@2019 forced labor", "4@2019 forced marriage"]
    ],
    [
      "The report named the identified victims, and 9 were subjected to forced criminality.",
      ["9@2019 forced criminality"]
    ],
    [
      "The ministry kept partial records of identified child victims, but 5 were subjected to forced begging.",
      ["5@2019 forced begging"]
    ],
    ["Shelters housed trafficking victims, and 8 were subjected to labor exploitation.", ["8@2019 labor trafficking"]],
    [
      "NGOs interviewed the victims they identified, and 16 were subjected to sex trafficking.",
      ["16@2019 sex trafficking"]
    ],
    [
      "Not all victims were interviewed, but 30 were subjected to forced labor, 10 to forced begging.",
      ["30@2019 forced labor", "10@2019 forced begging"]
    ]
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads no part when the sentence spoke of no persons or the predicate names no form", () => {
    expect(read("The ministry reviewed all files, but 36 were subjected to forced labor.")).toEqual([]);
    expect(read("The government did not report on all victims, but at least 36 were happy.")).toEqual([]);
    expect(read("Victims came from several regions; 16 were subjected to sex trafficking.")).toEqual([]);
  });
});
