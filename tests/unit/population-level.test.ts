import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2012-08", "2012-08-10");

describe("the level a population or a count of refugees has reached is a stock on the item's day", () => {
  it.each([
    ["The refugee population has reached 50,227.", "50227@2012-08-10 refugees_hosted []"],
    ["In Turkey, the refugee population has now reached 50,227.", "50227@2012-08-10 refugees_hosted []"],
    ["The number of refugees has now reached 13,730.", "13730@2012-08-10 refugees_hosted []"],
    ["Jordan's refugee population has reached 41,500.", "41500@2012-08-10 refugees_hosted []"],
    ["The number of refugees in Lebanon has grown to 36,000.", "36000@2012-08-10 refugees_hosted []"],
    ["The refugee population in Iraq reached 13,730.", "13730@2012-08-10 refugees_hosted []"],
    ["The number of refugees has surged to 28,400.", "28400@2012-08-10 refugees_hosted []"],
    ["The refugee population of Kurdistan has reached 9,150.", "9150@2012-08-10 refugees_hosted []"],
    ["The number of refugees in Egypt has now reached 12,050.", "12050@2012-08-10 refugees_hosted []"],
    ["The refugee population in the north has reached 146,667.", "146667@2012-08-10 refugees_hosted []"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("reads no count in an age a person reached", () => {
    expect(read("The refugee child had reached 14.").map((r) => r.split("@")[0])).not.toContain("14");
  });
});
