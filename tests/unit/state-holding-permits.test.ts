import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** Each observation as "value country/citizenship", read in a report on 2008 dated 2009-02-03. */
const places = (text: string) =>
  observations(text, "2008", "2009-02-03").map((o) => `${o.value} ${o.country ?? "-"}/${o.citizenship ?? "-"}`);

describe("a state that had, received or heads a ranking of permits is their holders' nationality", () => {
  it.each([
    ["China had 4,567 work permits in 2008.", ["4567 -/China"]],
    ["Nepal received 1,200 work permits in 2008.", ["1200 -/Nepal"]],
    ["In 2008, Bangladesh had 640 residence permits.", ["640 -/Bangladesh"]],
    ["India received 2,100 temporary residence permits in 2008.", ["2100 -/India"]],
    [
      "Labor issued 29,700 work permits in 2008 and Vietnam had the largest number with 18,500.",
      ["29700 -/-", "18500 -/Vietnam"]
    ],
    [
      "The office issued 5,000 residence permits in 2008; Syria received the highest number, 1,900.",
      ["5000 -/-", "1900 -/Syria"]
    ],
    ["Thailand had 574 work permits in 2008, compared to 610 in 2007.", ["574 -/Thailand", "610 -/Thailand"]],
    ["Japan received 92 work permits in 2008.", ["92 -/Japan"]],
    ["Jamaica had 709 work permits in 2008.", ["709 -/Jamaica"]],
    ["Guyana received 374 work permits in 2008.", ["374 -/Guyana"]]
  ])("%s", (text, rows) => expect(places(text)).toEqual(rows));
});

describe("a state that gave the permits stays their place", () => {
  it("an issuing state as the subject", () => {
    expect(places("In 2008, South Africa issued 3,100 work permits.")).not.toContain("3100 -/South Africa");
  });
  it("refugees a state had are still hosted there", () => {
    expect(places("Uganda had 1,200,000 refugees in 2008.")).not.toContain("1200000 -/Uganda");
  });
});
