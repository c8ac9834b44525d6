import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {sectorAfter} from "../../loaders/general/read-label-items.js";

/** The category read for the number `n` of a paragraph. */
const category = (text: string, n: number) =>
  observations(text, "2019", "2020-06-25").find((x) => x.value === n)?.category;

describe("what persons were identified as, or subjected to where, names their part", () => {
  it.each([
    [
      "In April 2019, police raided a restaurant in Mombasa, identified 12 Nepali girls as victims of sex trafficking.",
      12,
      "sex trafficking"
    ],
    ["In 2019, labor inspectors identified 30 workers as victims of forced labor.", 30, "forced labor"],
    ["In 2019, police identified 14 children as victims of forced begging in Nairobi.", 14, "forced begging"],
    ["Officials identified 9 women as victims of sex trafficking in 2019.", 9, "sex trafficking"],
    ["In 2019, the task force identified 41 workers as victims of forced labor.", 41, "forced labor"],
    [
      "The government identified 336 victims, including 159 individuals subjected to trafficking in the fishing industry.",
      159,
      "fishing industry"
    ],
    [
      "The government identified 210 victims, including 75 persons exploited in the construction sector.",
      75,
      "construction sector"
    ],
    ["Police identified 98 victims, including 40 men subjected to forced labor in agriculture.", 40, "forced labor"],
    [
      "The government identified 120 victims, including 33 workers subjected to trafficking in the garment industry.",
      33,
      "garment industry"
    ],
    [
      "Police identified 88 victims, including 21 individuals exploited in the hospitality sector.",
      21,
      "hospitality sector"
    ]
  ])("%s (%i)", (text, n, kind) => {
    expect(category(text, n)).toBe(kind);
  });

  it.each([" subjected to trafficking in the fishing industry.", " exploited in the mining sector,"])(
    "reads a sector in %j",
    (after) => {
      expect(sectorAfter(after)).not.toBeNull();
    }
  );

  it.each([" subjected to trafficking in Malaysia.", " exploited in 2019.", " subjected to abuse in prison."])(
    "reads no sector in %j",
    (after) => {
      expect(sectorAfter(after)).toBeNull();
    }
  );
});
