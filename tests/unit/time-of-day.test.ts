import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const kept = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);
const reasons = (text: string) => findQuantities(text).map((q) => q.excluded);

describe("times of day", () => {
  it("are no counts", () => {
    expect(kept("Published 27/01/2020 07:37:59")).toEqual([]);
    expect(kept("Updated at 14:05, 212 migrants were rescued")).toEqual([212]);
    expect(kept("at 9:30 the boat with 48 people landed")).toEqual([48]);
    expect(kept("posted 03.05.2021 18:42")).toEqual([]);
    expect(kept("Until 06:00 on Wednesday, 1,204 had crossed")).toEqual([1204]);
    expect(kept("between 22:00 and 23:30 some 35 persons were detained")).toEqual([35]);
    expect(reasons("at 11:45")).toEqual(["time of day", "time of day"]);
    expect(reasons("at 7:15:20")).toEqual(["time of day", "time of day", "time of day"]);
    expect(kept("Last updated 12:00, 640 applications")).toEqual([640]);
    expect(kept("The flight left at 16:20 with 97 returnees")).toEqual([97]);
  });

  it("leave counts and ratios with a colon alone", () => {
    expect(kept("Syria: 89 applications")).toEqual([89]);
    expect(kept("Deportations: 1,581")).toEqual([1581]);
    expect(kept("In 2020: 340 victims")).toEqual([340]);
  });
});
