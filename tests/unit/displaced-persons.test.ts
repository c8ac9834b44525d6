import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator category" of one paragraph of a report on 2017, dated mid-2017. */
const read = (text: string) =>
  observations(text, "2017", "2017-07-15").map((o) => `${o.value} ${o.indicator} ${o.category ?? "-"}`);
const IDP = "internally displaced persons";

describe("people displaced inside their own country are counted apart from refugees", () => {
  it.each([
    ["There are around 6.3 million IDPs in Syria.", `6300000 idps_present ${IDP}`],
    ["There are 1.46 million internally displaced persons in South Sudan.", `1460000 idps_present ${IDP}`],
    ["There were 40,000 internally displaced people in the region.", `40000 idps_present ${IDP}`],
    ["In 2017, 30,000 IDPs lived in camps.", `30000 idps_present ${IDP}`],
    ["In 2017, some 12,000 IDPs were living in the capital.", `12000 idps_present ${IDP}`],
    ["Some 443,000 IDPs are reported to have returned to their place of origin this year.", `443000 returns ${IDP}`],
    ["In 2017, 5,000 internally displaced persons returned home.", `5000 repatriations ${IDP}`],
    ["In 2017, 2,300 IDPs were assisted by the agency.", `2300 internally_displaced_persons_assisted ${IDP}`],
    ["In 2017, 800 IDPs were registered.", `800 residence_registrations ${IDP}`],
    ["In 2017, one IDP was registered.", `1 residence_registrations ${IDP}`]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("does not take refugees for IDPs", () => {
    expect(read("There are 300,000 refugees in South Sudan.")).toEqual(["300000 refugees_hosted -"]);
  });
});
