import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2017", "2018-10-01");

// "Emigration increased by 6%, to 64 800": the size of the change, then the level it reached.
describe("a level stated after the size of its change", () => {
  it.each([
    ["Emigration increased by 6%, to 64 800, with a higher outflow of foreign nationals.", "64800 emigrants"],
    ["Emigration increased by 6% to 64,800.", "64800 emigrants"],
    ["Immigration fell by 5.3%, to 89 400.", "89400 immigrants"],
    ["Immigration decreased by 12 per cent to 41,250 in 2017.", "41250 immigrants"],
    ["Overall emigration rose by 4 percent, to 18,600.", "18600 emigrants"],
    ["In 2017, immigration grew by 1,200, to 30,450.", "30450 immigrants"],
    ["Emigration dropped by 9%, to 7,340 in 2017.", "7340 emigrants"],
    ["Immigration to the country increased by 3%, to 52 100.", "52100 immigrants"],
    ["The number of asylum applications decreased by 210, to 1,980.", "1980 asylum_applications"],
    ["The number of work permits issued rose by 8%, to 14,300.", "14300 work_permits_issued"],
    ["Overall emigration increased by 2.5%, to 64,800.", "64800 emigrants"],
    ["Immigration dropped by 1,250, to 20,400 in 2017.", "20400 immigrants"],
    ["Emigration went up by 3.1 per cent, to 11 900.", "11900 emigrants"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("reads no level from the size of the change itself", () => {
    expect(read("Emigration increased by 6%, to 64 800.")).not.toContain("6 emigrants");
    expect(read("Immigration grew by 1,200, to 30,450.")).not.toContain("1200 immigrants");
  });
});
