import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator category" of one sentence of a 2019 report. */
const read = (text: string) =>
  observations(text, "2019", "2020").map((o) => `${o.value} ${o.indicator} ${o.category ?? "-"}`);

describe("a group of peoples larger than one state, counted", () => {
  it.each([
    ["Mexico deported 90,452 Central Americans from January to July 2019.", "90452 deportations Central Americans"],
    ["In 2019, Mexico deported 90,452 Central Americans.", "90452 deportations Central Americans"],
    ["In 2019, the police deported 1,200 Africans.", "1200 deportations Africans"],
    ["In 2019, 1,200 West Africans were deported.", "1200 deportations West Africans"],
    ["In 2019, 1,200 Sub-Saharan Africans were deported.", "1200 deportations Sub-Saharan Africans"],
    ["In 2019, 1,200 South Americans applied for asylum.", "1200 asylum_applications South Americans"],
    ["In 2019, 1,200 Asians were deported.", "1200 deportations Asians"],
    ["In 2019, 1,200 Eastern Europeans were deported.", "1200 deportations Eastern Europeans"],
    ["In 2019, 1,200 Latin Americans were deported.", "1200 deportations Latin Americans"],
    ["In 2019, 1,200 North Africans were expelled.", "1200 deportations North Africans"],
    ["In 2019, 1,200 Central Asians were deported.", "1200 deportations Central Asians"]
  ])("%s", (text, row) => {
    expect(read(text)).toEqual([row]);
  });

  it("leaves a group before a head noun to qualify it", () => {
    expect(read("In 2019, 1,200 EU nationals were deported.")).toEqual(["1200 deportations EU nationals"]);
  });

  it("does not take a name of two capitalised words for a group", () => {
    expect(read("In 2019, the 1,200 Central Bank staff were trained.")).not.toContain("1200 deportations Central Bank");
    expect(read("In 2019, 1,200 Central Committee members met.").some((r) => r.includes("Central"))).toBe(false);
  });
});
