import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator" of each count of a sentence in a report on 2016. */
const read = (text: string) => observations(text, "2016", "2017-06-20").map((o) => `${o.value} ${o.indicator}`);

describe("a list item hedged by 'about' or 'almost' still shares the predicate after the list", () => {
  it.each([
    ["More than 8,800 Afghans and almost 6,800 Iraqis were returned to their countries.", 8800],
    ["Some 1,200 Syrians and about 300 Iraqis were resettled in 2016.", 1200],
    ["A total of 18 illegal workers, about seven employers and nearly four overstayers were arrested.", 18],
    ["Around 400 men and over 150 women were deported.", 400],
    ["Nearly 2,000 Afghans and more than 1,500 Syrians were resettled.", 2000],
    ["120 women, 45 girls and around 30 boys were rescued.", 120],
    ["120 women, 45 girls and around 30 boys were rescued.", 45],
    ["3,100 students and some 900 family members were granted residence permits.", 3100],
    ["Over 500 Ukrainians and nearly 200 Moldovans applied for asylum.", 500],
    ["1,400 foreigners and almost 300 stateless persons were naturalized.", 1400],
    ["About 75 suspects and nearly 40 accomplices were prosecuted.", 75]
  ])("%s (%d)", (text, value) => {
    const rows = read(text);
    const last = rows.at(-1)!.split(" ")[1];
    // Without the shared predicate the first items are read with no event at all.
    expect(rows).toContain(`${value} ${last}`);
  });

  it("reads each item's own people under the shared verb", () => {
    expect(
      read("More than 8,800 Slovenian citizens and almost 6,800 foreign citizens emigrated from the country.")
    ).toEqual(["8800 emigrants", "6800 emigrants"]);
  });

  it("leaves an item with a predicate of its own to it", () => {
    expect(read("12 victims were identified, and nearly 40 suspects were arrested.")).toEqual([
      "12 victims_identified",
      "40 suspects_arrested"
    ]);
    expect(read("Police identified 12 victims, and nearly 40 suspects were arrested.")[0]).toBe(
      "12 victims_identified"
    );
  });

  it("does not take a hedge that follows no list separator as an item", () => {
    expect(read("The 640 victims were interviewed by about 90 officers.")).not.toContain("90 victims_screened");
  });
});
