import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2017", "2018-02-24").map((o) => `${o.value}@${o.period.label} ${o.indicator}`);

describe("migrant workers whose whereabouts are unknown", () => {
  it.each([
    ["The number of unaccounted-for migrant workers declined to 18,209 last year.", "18209@2017"],
    ["In 2016, the number of foreign workers whose whereabouts were unknown stood at 21,708.", "21708@2016"],
    ["The number of missing migrant workers rose to 4,310 in 2017.", "4310@2017"],
    ["The number of runaway foreign workers reached 9,044 last year.", "9044@2017"],
    ["In 2017, 3,120 migrant workers absconded from their employers.", "3120@2017"],
    ["The number of foreign workers who went missing fell to 7,800 in 2017.", "7800@2017"],
    ["The total number of unaccounted-for foreign workers was 12,560 in 2016.", "12560@2016"],
    ["The number of absconding migrant workers totalled 2,415 last year.", "2415@2017"],
    ["In 2015, the number of migrant workers who ran away from their employers was 6,902.", "6902@2015"],
    ["The number of foreign workers reported missing dropped to 11,377 last year.", "11377@2017"]
  ])("%s", (text, row) => {
    expect(read(text)).toEqual([`${row} missing_migrant_workers`]);
  });

  it("does not take other counts of workers or of missing persons", () => {
    expect(read("The number of migrant workers deported rose to 4,310 in 2017.")).not.toContainEqual(
      expect.stringContaining("missing_migrant_workers")
    );
    expect(read("In 2017, 212 migrants went missing at sea.")).not.toContainEqual(
      expect.stringContaining("missing_migrant_workers")
    );
    expect(read("In 2017, 1,200 work permits were issued to migrant workers.")).not.toContainEqual(
      expect.stringContaining("missing_migrant_workers")
    );
  });
});
