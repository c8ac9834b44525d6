import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const money = (text: string) =>
  findQuantities(text)
    .filter((q) => q.kind === "money" && !q.excluded)
    .map((q) => `${q.value} ${q.unit}`);

describe("a currency code takes no word between it and its amount", () => {
  it.each([
    ["5,366 arrivals since 1 January 2018 Funding USD 20.1 M required for 2018", ["20100000 USD"]],
    ["Arrivals since 1 March 2019 Funding USD 12 M requested", ["12000000 USD"]],
    ["Situation as of 31 December 2020 Funding USD 48.5 M", ["48500000 USD"]],
    ["Registered since 5 May 2017 Requirements USD 30 M", ["30000000 USD"]],
    ["Updated 1 June 2021 Budget EUR 4.2 M", ["4200000 EUR"]],
    ["Figures to 30 April 2019 Funding USD 7 M received", ["7000000 USD"]],
    ["As of 15 August 2018 Appeal USD 90 M", ["90000000 USD"]],
    ["Data as at 1 October 2022 Funding USD 3.5 M", ["3500000 USD"]],
    ["New arrivals since 1 January 2016 Funding USD 120 M", ["120000000 USD"]],
    ["Relocated by 19 January 2019 Funding USD 15 M", ["15000000 USD"]],
    ["Since 1 July 2020 Requirements GBP 2 M", ["2000000 GBP"]]
  ])("%s", (text, expected) => expect(money(text)).toEqual(expected));

  it.each([
    // A currency written as a word may carry its country's adjective.
    ["25.97 million Kazakhstani Tenge", ["25970000 KZT"]],
    ["a grant of 400 USD to the returnee", ["400 USD"]]
  ])("%s", (text, expected) => expect(money(text)).toEqual(expected));
});

// "FUNDING 2016 USD 19.4 M": a code an amount follows at once opens that amount, whatever number stands before it.
describe("a currency code between two numbers opens the second", () => {
  it.each([
    ["FUNDING 2016 USD 19.4 M Requested for the operation", ["19400000 USD"]],
    ["FUNDING 2016\nUSD 19.4 M\nRequested for the operation", ["19400000 USD"]],
    ["Funding 2019 USD 48 M requested", ["48000000 USD"]],
    ["REQUIREMENTS 2020 USD 7.5 M", ["7500000 USD"]],
    ["Budget 2021 EUR 4.2 M", ["4200000 EUR"]],
    ["APPEAL 2018 USD 90 M", ["90000000 USD"]],
    ["Funding 2017 GBP 2 M received", ["2000000 GBP"]],
    ["Requirements 2024 USD 66 M", ["66000000 USD"]],
    ["Funded 2014 USD 3 M", ["3000000 USD"]],
    ["Funding 2015 USD 12.3 M requested for the response", ["12300000 USD"]],
    ["Total 2023 USD 5 M", ["5000000 USD"]]
  ])("%j", (text, expected) => expect(money(text)).toEqual(expected));

  it.each([
    // A code closing an amount with no figure after it stays the amount's.
    ["a grant of 400 USD to the returnee", ["400 USD"]],
    ["They received 250 EUR, then 300 EUR in 2019", ["250 EUR", "300 EUR"]]
  ])("%j", (text, expected) => expect(money(text)).toEqual(expected));
});
