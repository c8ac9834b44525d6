import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value category citizenship" of one paragraph's observations. */
const read = (text: string) =>
  observations(text, "2019", "2020-01-10").map((o) => `${o.value} ${o.category ?? "-"} ${o.citizenship ?? "-"}`);

describe("citizens of a regional community are a category, as EU nationals are", () => {
  it.each<[string, string]>([
    ["In 2019, 133 CARICOM nationals were not allowed to enter the country.", "133 CARICOM nationals -"],
    ["In 2019, 450 ECOWAS citizens were deported.", "450 ECOWAS citizens -"],
    ["In 2019, 1,200 SADC nationals were granted work permits.", "1200 SADC citizens -"],
    ["In 2019, 90 CIS citizens were detained.", "90 CIS citizens -"],
    ["In 2019, 75 ASEAN nationals were refused entry.", "75 ASEAN nationals -"],
    ["In 2019, 310 GCC nationals were refused entry.", "310 GCC nationals -"],
    ["In 2019, 64 Mercosur nationals were deported.", "64 Mercosur nationals -"],
    ["In 2019, 2,100 EAC citizens were granted residence permits.", "2100 EAC citizens -"],
    ["In 2019, 1,200 EU nationals were refused entry.", "1200 EU nationals -"],
    ["In 2019, 40 EEA nationals were refused entry.", "40 EU nationals -"]
  ])("%j", (text, row) => expect(read(text)).toContain(row));

  it("names no category for citizens of one state", () => {
    expect(read("In 2019, 133 Jamaican nationals were refused entry.")).toContain("133 - Jamaica");
  });
});
