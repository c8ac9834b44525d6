import {describe, expect, it} from "vitest";
import {destinationState} from "../../loaders/general/read-receiving-state.js";
import {observations} from "./read-paragraph.js";

// "Taiwan (China) followed with 49,980 workers", "The Republic of Korea came next with 6,940": in a report of people
// who left for work abroad, the state a ranking clause opens on is where they went.
describe("a ranking of the states people left for", () => {
  const whole = "Vietnam sent 132,802 labourers to work abroad in the first 11 months of 2019.";
  const rows = (sentence: string) =>
    observations(`${whole} ${sentence}`, "2019", "2019-12-04").map(
      (o) => `${o.value} ${o.indicator} ${o.country ?? "-"}`
    );
  it.each([
    ["Taiwan (China) followed with 49,980 workers.", "49980", "Taiwan"],
    ["Taiwan followed with 49,980 workers.", "49980", "Taiwan"],
    ["Taiwan followed, with 49,980 workers.", "49980", "Taiwan"],
    ["The Republic of Korea came next with 6,940.", "6940", "Korea"],
    ["The Republic of Korea came second with 6,940 workers.", "6940", "Korea"],
    ["Japan ranked second with 6,940 labourers.", "6940", "Japan"],
    ["Japan was next with 6,940 workers.", "6940", "Japan"],
    ["Japan was the largest market for Vietnamese workers in the period, accounting for 71,156.", "71156", "Japan"],
    ["Japan was the top destination, accounting for 71,156 workers.", "71156", "Japan"],
    ["Japan remained the main destination for Vietnamese workers, with 71,156.", "71156", "Japan"],
    [
      "Among Middle East countries, with Saudi Arabia receiving the highest number of 1,101 people.",
      "1101",
      "Saudi Arabia"
    ],
    ["Malaysia took 4,300 workers.", "4300", "Malaysia"]
  ])("%s", (sentence, value, country) => {
    expect(rows(sentence).find((r) => r.startsWith(`${value} `))).toBe(`${value} workers_departed_abroad ${country}`);
  });

  it.each([
    ["Taiwan followed with ", "Taiwan"],
    ["The Republic of Korea came next with ", "Korea"],
    [", with Saudi Arabia receiving highest number of ", "Saudi Arabia"],
    // A state that only names a source is none of the ranking.
    ["according to the Vietnam Association, ", null],
    // A sentence that ranks no state.
    ["The number rose to ", null]
  ])("destinationState(%j) is %s", (lead, expected) => {
    expect(destinationState(lead)).toBe(expected);
  });

  it("takes no place from a source named after the count", () => {
    const text =
      "Vietnam sent 132,802 labourers to work abroad in 2019, according to the Vietnam Association of Manpower Supply.";
    expect(observations(text, "2019", "2019-12-04").map((o) => o.country)).toEqual([null]);
  });
});
