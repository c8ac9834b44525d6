import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value place" of the counts (shares left out) of one paragraph of a report on 2018. */
const counts = (text: string) =>
  observations(text, "2018", "2019-03-15")
    .filter((o) => !o.indicator.endsWith("_share"))
    .map((o) => `${o.value} ${o.citizenship ?? o.country ?? "-"}`);

describe("a bracketed figure followed by its share is a count of the place before it", () => {
  it.each([
    ["Asylum applications came from Syria (1,200 or 40%) and Iraq (600 or 20%).", ["1200 Syria", "600 Iraq"]],
    ["Asylum applications came from Syria (1,200 or 40.0%) and Iraq (600 or 20.0%).", ["1200 Syria", "600 Iraq"]],
    ["Asylum applications came from Syria (1,200, 40%) and Iraq (600, 20%).", ["1200 Syria", "600 Iraq"]],
    [
      "Asylum applications came from Syria (1,200 or 40 per cent) and Iraq (600 or 20 per cent).",
      ["1200 Syria", "600 Iraq"]
    ],
    [
      "Asylum applications came from Syria (1,200 or 40 percent) and Iraq (600 or 20 percent).",
      ["1200 Syria", "600 Iraq"]
    ],
    ["Residence permits were issued to citizens of India (3,410 or 12.5%).", ["3410 India"]],
    [
      "Deportations were mostly of nationals of Albania (310 or 31%) and Georgia (122 or 12.2%).",
      ["310 Albania", "122 Georgia"]
    ],
    [
      "Victims identified in 2018 were from Nigeria (45 or 60%), Ghana (12 or 16%) and Togo (9 or 12%).",
      ["45 Nigeria", "12 Ghana", "9 Togo"]
    ],
    ["Asylum applications came from Eritrea (2,101 or 25.3%).", ["2101 Eritrea"]],
    ["Asylum applications came from Afghanistan (980 or 9.8 per cent).", ["980 Afghanistan"]]
  ])("%s", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it("keeps a share alone, a range of counts, and a bracket opening with other words from counting the place", () => {
    expect(counts("Asylum applications came mostly from Syria (40%).")).toEqual([]);
    expect(counts("Asylum applications came from Syria (see Table 2 or 40%).")).toEqual([]);
    expect(counts("Asylum applications came from Syria (1,200 or 1,300 applicants).")).toEqual([]);
  });
});
