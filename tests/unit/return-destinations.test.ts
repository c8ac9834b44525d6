import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {returnDestinations} from "../../loaders/general/return-left-place.js";

const categories = (text: string) =>
  observations(text, "2019", "2019-10-01").map((o) => `${o.value} ${o.category ?? "-"}`);

describe("a return to several states names its part by where it went", () => {
  it.each([
    [
      "Nearly 90,000 migrants returned to Ethiopia and Somalia from the Kingdom of Saudi Arabia in 2019.",
      "90000 to Ethiopia and Somalia"
    ],
    [
      "89,546 Migrants returning to Ethiopia and Somalia from the Kingdom of Saudi Arabia from January to September",
      "89546 to Ethiopia and Somalia"
    ],
    [
      "In 2019, 54 migrants returned via commercial flights to Bangladesh, Ethiopia and Senegal.",
      "54 to Bangladesh, Ethiopia and Senegal"
    ],
    ["In 2019, IOM moved 592 returnees on two flights to Mali and Guinea.", "592 to Mali and Guinea"],
    ["In 2019, 1,200 migrants were deported to Honduras and Guatemala.", "1200 to Honduras and Guatemala"],
    ["In 2019, 310 migrants were returned to Niger, Mali and Chad from Algeria.", "310 to Niger, Mali and Chad"],
    ["In 2019, 640 refugees returned to Burundi and Rwanda from Tanzania.", "640 to Burundi and Rwanda"],
    ["In 2019, Mexico deported 2,100 migrants to El Salvador and Honduras.", "2100 to El Salvador and Honduras"],
    ["In 2019, 85 victims were repatriated to Nepal and India.", "85 to Nepal and India"],
    ["In 2019, 430 migrants returned to Senegal and Gambia on two charter flights.", "430 to Senegal and Gambia"]
  ])("%s", (text, expected) => expect(categories(text)).toContain(expected));

  it.each([
    // One state: a place, not a part.
    "In 2019, 300 migrants were returned to Mali.",
    // Not every item is a state.
    "Police returned 300 migrants to Tripoli and Misrata.",
    // States one of which each went to.
    "IOM helped 300 migrants to return home to Nigeria, Mali or Senegal.",
    // No state at all.
    "IOM returned 300 migrants to their homes and families."
  ])("names no destinations in %s", (text) => expect(returnDestinations(text.slice(text.indexOf("3") + 3))).toBeNull());
});
