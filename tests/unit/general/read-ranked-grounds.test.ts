import {describe, expect, it} from "vitest";
import {rankedItem} from "../../../loaders/general/read-ranked-grounds.js";

const itemOf = (text: string, number: string) => rankedItem(text, text.indexOf(`(${number})`) + 1);

// Each bracketed count of a ranking is of the item named just before its bracket.
describe("a ranking of grounds with bracketed counts", () => {
  const grounds =
    "Political opinion was the most common ground cited by claimants (2,940), followed by religion (1,815), sexual orientation (604) and ethnicity (388).";
  it.each([
    [grounds, "2,940", "political opinion"],
    [grounds, "1,815", "religion"],
    [grounds, "604", "sexual orientation"],
    [grounds, "388", "ethnicity"],
    [
      "Labour exploitation was the main form of trafficking reported (412), followed by sexual exploitation (167) and forced begging (23).",
      "23",
      "forced begging"
    ],
    [
      "Family reunion was the leading reason for first permits (8,150), followed by employment (6,020) and study (2,730).",
      "6,020",
      "employment"
    ],
    [
      "Debt bondage was the most frequent type of case (57), followed by domestic servitude (31), then forced criminality (9).",
      "9",
      "forced criminality"
    ],
    [
      "Overstaying remained the main cause of removal (1,204), followed by illegal entry (688) or document fraud (97).",
      "97",
      "document fraud"
    ],
    [
      "Persecution for clan membership was the most common ground (734), followed by forced recruitment (512).",
      "734",
      "persecution for clan membership"
    ],
    [
      "Medical treatment was the primary purpose of visas refused (140), followed by tourism (96) and transit (41).",
      "41",
      "transit"
    ]
  ])("%j: (%s) is of %j", (text, number, item) => {
    expect(itemOf(text, number)).toBe(item);
  });

  it.each([
    // A people or a place ranked is read as citizenship or country, not as a ground.
    ["Albanians were the most common nationality entering detention (3,324), and Iranians were next.", "3,324"],
    // No ranking: a bracketed count restating a total.
    ["In 2021 the office decided 2,210 claims (2,210 in 2020), and granted protection in 904 cases.", "2,210"],
    ["The number of victims identified (77) rose against 2020.", "77"]
  ])("%j: (%s) is no ranked item", (text, number) => {
    expect(itemOf(text, number)).toBeNull();
  });
});
