import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2020", "2021-03-01");

describe("people a part says they were, of a whole the registry does not name", () => {
  it.each([
    "Of the 450 victims identified in 2020, 300 were women and 150 were children.",
    "In 2020, 450 victims were identified; 300 were women and 150 were children.",
    "Of the 450 persons relocated by the agency in 2020, 300 were women and 150 were children.",
    "In 2020, the agency relocated 450 persons: 300 were women and 150 were children.",
    "In 2020, 450 victims were referred; 300 were women, 150 were children.",
    "Of the 450 victims found in 2020, 300 were women and 150 were boys.",
    "Of the 450 victims identified in 2020, 300 were girls and 150 were boys.",
    "Of the 450 victims identified in 2020, 300 were female and 150 were male.",
    "Of the 450 victims identified in 2020, 300 were adults and 150 were minors.",
    "Of the 450 victims identified in 2020, 300 were men and 150 were women."
  ])("%s", (text) => {
    const found = read(text);
    const whole = found[0]?.split(" ")[1];
    expect(found).toEqual([`450 ${whole}`, `300 ${whole}`, `150 ${whole}`]);
  });

  it("leaves a part that does something of its own to its own event", () => {
    const found = read("In 2020, 450 victims were identified and 300 women were deported.");
    expect(found).toContain("300 deportations");
  });
});
