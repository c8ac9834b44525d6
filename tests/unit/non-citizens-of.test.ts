import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

describe("non-citizens 'of' a state are of any citizenship but that state's", () => {
  it.each([
    "On 1 January 2021, 233,393 non-citizens of the Republic of Latvia were registered.",
    "On 1 January 2021, 233,393 non-citizens of Latvia were registered.",
    "On 1 January 2021, 233,393 non-citizens of Estonia lived in the country.",
    "In 2021, 233 non-citizens of the Republic of Latvia were naturalised.",
    "In 2021, 233 non-citizens of Latvia received residence permits.",
    "In 2021, 233 non-citizens of Latvia were deported.",
    "In 2021, the register held 233 non-citizens of Latvia.",
    "In 2021, 233 non-citizens of the Republic of Estonia were registered.",
    "On 1 July 2021, 220,491 non-citizens of the Republic of Latvia were registered in the Population Register.",
    "The number of non-citizens of the Republic of Latvia continues to decrease. On 1 January 2021 the number had dropped to 224,670."
  ])("%s", (text) => {
    const rows = countryRows(text, "LVA");
    expect(rows.length).toBe(1);
    expect(rows[0]).toMatch(/ -\/-$/);
  });

  it.each([
    ["In 2021, 233 nationals of Latvia were deported.", "233 -/Latvia"],
    ["In 2021, 233 citizens of Latvia were deported.", "233 -/Latvia"],
    ["In 2021, 233 non-citizens from Russia were registered.", "233 -/Russian Federation"]
  ])("still reads a state the people are of or come from: %s", (text, row) => {
    expect(countryRows(text)).toEqual([row]);
  });
});
