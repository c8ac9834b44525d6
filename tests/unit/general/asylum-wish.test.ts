import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";

/** Each observation of one paragraph as "indicator value". */
function read(text: string): string[] {
  return observe(text, "2021", "2022", (o) => `${o.indicator} ${o.value}`);
}

describe("people interested in or seeking asylum are asylum applicants", () => {
  it.each<[string, number]>([
    ["In 2021, the number of Eritreans interested in Dutch asylum rose to 412.", 412],
    ["In 2021, 2,075 Afghans interested in asylum were counted by the ministry.", 2075],
    ["In 2021, the number of Somalis interested in Swedish asylum fell to 86.", 86],
    ["In 2021, 1,340 Venezuelans seeking asylum were counted by the office.", 1340],
    ["In 2021, the office counted 57 Yemenis seeking asylum.", 57],
    ["In 2021, the number of Syrians seeking asylum rose to 903.", 903],
    ["In 2021, the number of Nigerians interested in Irish asylum reached 241.", 241],
    ["In 2021, some 3,180 Iranians interested in Belgian asylum were counted.", 3180],
    ["In 2021, the number of Pakistanis interested in Swiss asylum reached 64.", 64],
    ["In 2021, 715 Iraqis seeking asylum were counted by the agency.", 715],
    ["In 2021, the number of Georgians seeking asylum dropped to 129.", 129]
  ])("%s", (text, value) => {
    expect(read(text)).toContain(`asylum_applications ${value}`);
  });

  it.each<[string, number]>([
    ["In 2021, 88 Sudanese interested in work abroad were counted by the ministry.", 88],
    ["In 2021, the number of Ukrainians seeking jobs reached 430.", 430]
  ])("a wish for something else names no asylum: %s", (text, value) => {
    expect(read(text)).not.toContain(`asylum_applications ${value}`);
  });
});
