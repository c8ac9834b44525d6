import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2017-07", "2017-08-10");

describe("the level refugees stood at, and the intention to seek asylum", () => {
  it.each([
    ["The number of refugees and migrants in Serbia dropped to 4,997.", ["4997 refugees_hosted"]],
    ["The number of refugees in the camp rose to 12,000.", ["12000 refugees_hosted"]],
    ["The refugee population stood at 81,000.", ["81000 refugees_hosted"]],
    ["The number of refugees in the country amounted to about 33,000.", ["33000 refugees_hosted"]],
    ["The number of IDPs in the region fell to 40,000.", ["40000 idps_present"]],
    ["The number of refugees in Serbia totalled 6,100.", ["6100 refugees_hosted"]],
    ["During July, 297 persons expressed their intention to seek asylum.", ["297 asylum_applications"]],
    ["In July, 45 migrants expressed the intention to seek asylum in Serbia.", ["45 asylum_applications"]],
    ["In July, 12 foreigners declared their wish to seek international protection.", ["12 asylum_applications"]],
    ["During July, 160 Afghans expressed an intention to seek asylum.", ["160 asylum_applications"]]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it("does not take a level said of a rate for a level of refugees", () => {
    expect(
      read("The protection rate amounted to 51.3%, with approximately 541 out of 1,055 refugees recognised.")
    ).not.toContain("1055 refugees_hosted");
  });
});
