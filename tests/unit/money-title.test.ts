import {describe, expect, it} from "vitest";
import {tableMoney} from "../../loaders/general/money-title.js";

describe("the currency and scale a table's title gives its cells", () => {
  it.each([
    ["* TOP $m", "TOP", 1e6],
    ["USD million", "USD", 1e6],
    ["(in millions of US dollars)", "USD", 1e6],
    ["Remittances (US$ million)", "USD", 1e6],
    ["€ thousand", "EUR", 1e3],
    ["T$ '000", "TOP", 1e3],
    ["Inflows, EUR millions", "EUR", 1e6],
    ["Personal remittances (USD bn)", "USD", 1e9],
    ["Transfers in thousands of euros", "EUR", 1e3],
    ["Amounts, PHP billion", "PHP", 1e9],
    ["£m", "GBP", 1e6]
  ])("%s", (title, unit, scale) => expect(tableMoney(title)).toEqual({unit, scale}));

  it.each([
    // No scale, no currency, or a title too long to be a table's.
    "EUR",
    "Amount in millions",
    "Number of work permits",
    "Percent share of receipts",
    "Top 10 countries, million",
    "The ministry said that remittances sent by workers abroad in USD rose to a record of several million this year"
  ])("none in %s", (title) => expect(tableMoney(title)).toBeNull());
});
