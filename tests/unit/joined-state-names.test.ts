import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) => countryRows(text, undefined, "2022", "2023-01-10");

describe("a state whose name holds 'and' before what is counted", () => {
  it.each([
    ["In 2022, ten Saint Vincent and the Grenadines citizens were deported.", "10 -/Saint Vincent and the Grenadines"],
    ["In 2022, 10 Saint Vincent and the Grenadines nationals were deported.", "10 -/Saint Vincent and the Grenadines"],
    ["In 2022, 12 Trinidad and Tobago nationals were deported.", "12 -/Trinidad and Tobago"],
    ["In 2022, four Antigua and Barbuda citizens were deported.", "4 -/Antigua and Barbuda"],
    ["In 2022, nine Saint Kitts and Nevis nationals were deported.", "9 -/Saint Kitts and Nevis"],
    ["In 2022, 31 Bosnia and Herzegovina citizens applied for asylum.", "31 -/Bosnia and Herzegovina"],
    ["In 2022, 6 Sao Tome and Principe nationals were deported.", "6 -/Sao Tome and Principe"],
    [
      "In 2022, 32 nationals were removed. The list included ten Saint Vincent and the Grenadines citizens and five Jamaicans.",
      "10 -/Saint Vincent and the Grenadines"
    ],
    ["In 2022, 3 Saint Vincent and the Grenadines residents were deported.", "3 -/Saint Vincent and the Grenadines"],
    ["In 2022, eleven Trinidad and Tobago citizens were repatriated.", "11 -/Trinidad and Tobago"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("still reads a number that names something as no count", () => {
    expect(read("In 2022, the 919 Call Center received calls.").some((r) => r.startsWith("919"))).toBe(false);
  });
});
