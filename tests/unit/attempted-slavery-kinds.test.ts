import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-06-25");

describe("attempted trafficking and slavery and servitude are kinds of exploitation the vocabulary names", () => {
  it.each([
    [
      "In 2019, authorities identified 698 victims, including 42 victims of attempted trafficking.",
      "[attempted trafficking]"
    ],
    [
      "In 2019, 30 victims were identified, including 12 victims of attempted human trafficking.",
      "[attempted trafficking]"
    ],
    ["In 2019, police identified 15 victims of attempted trafficking.", "[attempted trafficking]"],
    [
      "In 2019, of the 22 trafficking victims, 20 were in sex trafficking and two in “slavery and servitude”.",
      "[slavery and servitude]"
    ],
    [
      "In 2019, of the 40 victims, 25 were in forced labor and two in slavery and servitude.",
      "[slavery and servitude]"
    ],
    ["In 2019, the government identified 14 trafficking victims exploited in slavery.", "[slavery and servitude]"],
    ["In 2019, the government identified 6 victims of slavery or servitude.", "[slavery and servitude]"],
    ["In 2019, 11 victims of slavery were identified.", "[slavery and servitude]"],
    ["In 2019, courts convicted 4 traffickers for attempted trafficking.", "[attempted trafficking]"],
    ["In 2019, of the 9 trafficking victims, 8 were subjected to slavery.", "[slavery and servitude]"]
  ])("%s", (text, kind) => {
    expect(read(text).some((r) => r.endsWith(kind))).toBe(true);
  });

  it("keeps domestic servitude its own kind", () => {
    expect(
      read("In 2019, of the 9 trafficking victims, 5 were in domestic servitude.").some((r) =>
        r.endsWith("[domestic servitude]")
      )
    ).toBe(true);
  });
});
