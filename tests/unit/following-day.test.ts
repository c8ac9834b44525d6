import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

// A wire item of 4 June 2025 whose first sentence dates its event to a day.
const read = (text: string) =>
  observations(`On 1 June, 688 migrants arrived in Assamaka. ${text}`, "2025", "2025-06-04").map(
    (o) => `${o.value}@${o.period.label}`
  );

describe("'the following day' and its kin are counted from the last day the text named", () => {
  it.each([
    ["The following day, 778 Nigeriens were returned.", "2025-06-02"],
    ["The next day, 778 migrants were deported.", "2025-06-02"],
    ["A day later, 778 migrants were deported.", "2025-06-02"],
    ["One day later, 778 migrants were deported.", "2025-06-02"],
    ["On the following day, 778 migrants were expelled.", "2025-06-02"],
    ["The day after, 778 migrants were returned.", "2025-06-02"],
    ["Two days later, 778 migrants were deported.", "2025-06-03"],
    ["Three days later, 778 migrants were deported.", "2025-06-04"],
    ["The day before, 778 migrants were deported.", "2025-05-31"],
    ["The previous day, 778 migrants were deported.", "2025-05-31"]
  ])("%s", (text, day) => {
    expect(read(text)).toEqual(["688@2025-06-01", `778@${day}`]);
  });

  it("counts from a day named earlier in the same sentence, after a semicolon", () => {
    expect(
      observations(
        "On 1 June, 688 migrants were deported; the next day, 778 migrants were returned.",
        "2025",
        "2025-06-04"
      ).map((o) => `${o.value}@${o.period.label}`)
    ).toEqual(["688@2025-06-01", "778@2025-06-02"]);
  });

  it.each([
    // Inside a clause it would outbid the day named before the count it follows.
    [
      "On 1 June, 688 migrants were deported, and on the following day another 778.",
      ["688@2025-06-01", "778@2025-06-01"]
    ],
    // No day named before: nothing to count from.
    ["In 2025, 688 migrants arrived. The following day, 778 migrants were deported.", ["688@2025", "778@2025"]],
    // "ten days later" is beyond a week's step.
    ["On 1 June, 688 migrants arrived; ten days later 778 migrants were deported.", ["688@2025-06-01", "778@2025"]]
  ])("leaves alone: %s", (text, expected) => {
    expect(observations(text, "2025", "2025-06-04").map((o) => `${o.value}@${o.period.label}`)).toEqual(expected);
  });
});
