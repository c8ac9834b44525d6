import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const amounts = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => `${q.value} ${q.kind}${q.unit && q.kind === "money" ? ` ${q.unit}` : ""}`);

describe("a short scale set apart from an amount a currency opens", () => {
  it.each([
    ["The top sources are at USD 9.5 M and AUD 8.09 M respectively.", ["9500000 money USD", "8090000 money AUD"]],
    ["The figure has dropped to Nu 870 M this year.", ["870000000 money BTN"]],
    ["Over Nu 1.2bn was remitted.", ["1200000000 money BTN"]],
    ["AUD 24.17 M was remitted into the country.", ["24170000 money AUD"]],
    ["Inflows reached US$ 3 M.", ["3000000 money USD"]],
    ["Receipts totalled EUR 4.5 Mn in March.", ["4500000 money EUR"]],
    ["The fund holds USD 1.2 Bn.", ["1200000000 money USD"]],
    ["Transfers came to GBP 12 M, against GBP 10 M.", ["12000000 money GBP", "10000000 money GBP"]],
    ["Nu. 320 M was remitted in January.", ["320000000 money BTN"]],
    ["The government allocated USD 2.5 MLN for shelters.", ["2500000 money USD"]]
  ])("%s", (text, expected) => expect(amounts(text)).toEqual(expected));

  it.each([
    // No currency before the amount, or a letter that is no scale.
    ["The group M 12 had 40 members.", ["12 count", "40 count"]],
    ["Road M 5 was closed to 300 trucks.", ["5 count", "300 count"]],
    ["Some 9.5 M people live abroad.", ["9.5 count"]],
    ["USD 9.5 Mio was spent.", ["9.5 money USD"]],
    ["USD 9.5 M2 of floor space.", ["9.5 money USD"]]
  ])("%s", (text, expected) => expect(amounts(text)).toEqual(expected));
});
