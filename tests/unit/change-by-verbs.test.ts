import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const values = (text: string) => rows(text, "2011", "2012-03-01").map((r) => Number(r.split("@")[0]));

describe("a number after any verb of change and 'by' is the change, not a level", () => {
  it.each([
    ["The number of deportations has grown by 1,639, from 9,453 in 2010 to 11,092 in 2011.", 1639, 11092],
    ["Deportations have risen by 412, from 2,310 in 2010 to 2,722 in 2011.", 412, 2722],
    ["Asylum applications have fallen by 830, from 4,100 in 2010 to 3,270 in 2011.", 830, 3270],
    ["The number of work permits issued climbed by 960, from 5,040 in 2010 to 6,000 in 2011.", 960, 6000],
    ["Deportations jumped by 1,205, from 3,300 in 2010 to 4,505 in 2011.", 1205, 4505],
    ["The number of identified victims plummeted by 64, from 120 in 2010 to 56 in 2011.", 64, 56],
    [
      "Remittances surged by $310 million, from $1,200 million in 2010 to $1,510 million in 2011.",
      310000000,
      1510000000
    ],
    ["Arrivals of migrants slipped by 2,450, from 51,000 in 2010 to 48,550 in 2011.", 2450, 48550],
    ["The number of detained migrants shrank by 318, from 1,400 in 2010 to 1,082 in 2011.", 318, 1082],
    ["Residence permits issued soared by 7,820, from 20,100 in 2010 to 27,920 in 2011.", 7820, 27920]
  ])("%s", (text, change, level) => {
    const read = values(text);
    expect(read).toContain(level);
    expect(read).not.toContain(change);
  });

  it("still reads a level reached after a verb of change", () => {
    expect(values("Deportations rose to 2,722 in 2011.")).toContain(2722);
  });
});
