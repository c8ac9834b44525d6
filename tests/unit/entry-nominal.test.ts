import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2021", "2022-02-01");

describe("the entry of people named as a noun is a crossing", () => {
  it.each([
    [
      "During 2021, the entry of migrants through the Darien border area exceeded 124,500 people.",
      "124500 border_crossings"
    ],
    ["In 2021, the entry of migrants through the northern border reached 31,000 people.", "31000 border_crossings"],
    ["In 2021, entries of foreigners into the country totalled 1,245,000 persons.", "1245000 border_crossings"],
    ["In 2021, 14,195 entries were recorded at the border.", "14195 border_crossings"],
    ["In 2021, the entry of irregular migrants exceeded 8,214 people.", "8214 border_crossings"],
    ["The border police recorded 52,310 entries in 2021.", "52310 border_crossings"],
    ["In 2021, the entry of asylum seekers across the land border surpassed 4,731 people.", "4731 border_crossings"],
    ["In 2021, 2,950 entries of migrants were observed at flow monitoring points.", "2950 border_crossings"],
    ["In 2021, the entry of migrants through the jungle reached 46,000 people.", "46000 border_crossings"],
    ["In 2021, the entry of foreign nationals exceeded 612,390 people.", "612390 border_crossings"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("reads no crossing in an entry ban or in people kept from entering", () => {
    expect(read("In 2021, 310 entry bans were issued to foreigners.")).not.toContainEqual("310 border_crossings");
    expect(read("In 2021, 7,600 migrants were prevented from entering the country.")).not.toContainEqual(
      "7600 border_crossings"
    );
  });
});
