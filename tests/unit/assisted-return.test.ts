import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2018", "2019-01-15").map((o) => `${o.value} ${o.indicator} ${o.country ?? "-"}`);

describe("people assisted, helped or supported to return are returned, from the place they left", () => {
  it.each([
    ["In 2018, 2,882 Burundian refugees were assisted to return from Tanzania.", "2882 returns Tanzania"],
    ["In 2018, 23,890 refugees were assisted to return from Tanzania.", "23890 returns Tanzania"],
    ["In 2018, 1,450 migrants were helped to return from Libya.", "1450 returns Libya"],
    ["In 2018, 832 refugees were supported to return from Kenya.", "832 returns Kenya"],
    ["In 2018, 610 Somali refugees were assisted to return from Yemen.", "610 returns Yemen"],
    ["In 2018, 4,100 Afghans were helped to return from Pakistan.", "4100 returns Pakistan"],
    ["In 2018, some 960 refugees were supported to return from Uganda.", "960 returns Uganda"],
    ["In 2018, 3,300 migrants were assisted to return from Niger.", "3300 returns Niger"],
    ["In 2018, 275 stranded migrants were assisted to return from Malaysia.", "275 returns Malaysia"],
    ["In 2018, 1,020 refugees were helped to return from Rwanda.", "1020 returns Rwanda"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("keeps help that is no return as assistance", () => {
    expect(read("In 2018, 2,882 refugees were assisted with food in Tanzania.")).not.toContainEqual(
      "2882 returns Tanzania"
    );
  });
});
