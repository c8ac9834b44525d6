import {describe, expect, it} from "vitest";
import {blankTimeOfDay} from "../../../loaders/general/blank-time-of-day.js";
import {flatten} from "../../../loaders/text/flatten.js";
import {rows} from "../read-paragraph.js";

const read = (text: string) => blankTimeOfDay(flatten(text)).text;

describe("a part of a day before a date dates its sentence to that day", () => {
  it.each([
    ["On the night of April 11, IOM repatriated 160 migrants from Libya.", "160@2019-04-11"],
    ["On the morning of 11 April, police arrested 45 migrants.", "45@2019-04-11"],
    ["On the evening of April 9, 120 migrants were deported.", "120@2019-04-09"],
    ["In the early hours of 8 April, the coast guard rescued 63 migrants.", "63@2019-04-08"],
    ["On the afternoon of April 10, 37 migrants were returned to Niger.", "37@2019-04-10"],
    ["On the night of 7th April, 54 migrants were intercepted at sea.", "54@2019-04-07"],
    ["On the morning of April 2, officers detained 18 foreigners.", "18@2019-04-02"],
    ["In the small hours of April 6, 71 migrants were rescued.", "71@2019-04-06"],
    ["On the evening of 4 April, 29 migrants were deported to Mali.", "29@2019-04-04"],
    ["On the early morning of April 3, police arrested 12 smugglers.", "12@2019-04-03"]
  ])("%s", (text, expected) => {
    expect(rows(text, "2019-04", "2019-04-12").map((r) => r.split(" ")[0])).toContain(expected);
  });

  it("keeps every offset and leaves parts of a day before no date", () => {
    const flat = flatten("On the night of April 11");
    expect(blankTimeOfDay(flat).offsets).toBe(flat.offsets);
    expect(read("On the night of April 11")).toBe(`On${" ".repeat(14)}April 11`);
    expect(read("in the early hours of 8 April")).toBe(`on${" ".repeat(20)}8 April`);
    expect(read("the night of the storm")).toBe("the night of the storm");
    expect(read("the morning of their arrival")).toBe("the morning of their arrival");
    expect(read("the evening news of May")).toBe("the evening news of May");
  });
});
