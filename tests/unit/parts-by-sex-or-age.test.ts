import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2023", "2024-06-01");

// "570 asylum seekers were registered, including 410 women and 160 men": the parts are of the whole's count.
describe("people listed by sex or age after including, under a count of people", () => {
  it.each([
    [
      "In 2023, 570 asylum seekers were registered, including 410 women and 160 men.",
      ["410 asylum_applications", "160 asylum_applications"]
    ],
    [
      "In 2023, 57 victims were identified, including 41 women and 16 men.",
      ["41 victims_identified", "16 victims_identified"]
    ],
    ["In 2023, 820 asylum seekers were registered, including 300 children.", ["300 asylum_applications"]],
    [
      "In 2023, 96 victims were identified, including 60 girls and 36 boys.",
      ["60 victims_identified", "36 victims_identified"]
    ],
    ["In 2023, 350 asylum seekers were registered, including 120 girls.", ["120 asylum_applications"]],
    [
      "In 2023, 44 victims were found, including 30 women and 14 children.",
      ["30 victims_identified", "14 victims_identified"]
    ],
    ["In 2023, 640 asylum seekers were registered, among them 210 minors.", ["210 asylum_applications"]],
    ["In 2023, 133 victims were identified, including 90 minors.", ["90 victims_identified"]],
    ["In 2023, 71 victims were recognised, including 45 women.", ["45 victims_identified"]],
    ["In 2023, 230 asylum seekers were registered, including 80 boys.", ["80 asylum_applications"]],
    ["In 2023, 58 victims were detected, including 20 men.", ["20 victims_identified"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expect.arrayContaining(expected));
  });

  it("leaves a count after the list with its own verb to that verb", () => {
    const found = read("In 2023, 570 migrants arrived, including 410 women; 160 men were deported.");
    expect(found).toContain("160 deportations");
  });
});
