import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The indicator of each amount read as an observation (candidates left out). */
const amounts = (text: string) =>
  extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2016-03"),
    documentDate: "2016-04-12",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.indicator}`);

describe("an amount whose own clause names no money indicator takes the one its sentence names before it", () => {
  it.each([
    ["Remittance receipts were higher, reaching an annual high record of $242.3 million.", "242300000 remittances"],
    ["Remittances received continued to rise over the month, to $19.4 million.", "19400000 remittances"],
    ["Remittance inflows kept growing in March, totalling $61.7 million.", "61700000 remittances"],
    ["Remittances sent home by workers abroad stood, at the end, at $12.5 million.", "12500000 remittances"],
    ["Remittance receipts, driven by seasonal workers, came to US$8.2 million.", "8200000 remittances"],
    ["Money transfers from abroad were strong, amounting to $3.4 million.", "3400000 remittances"],
    ["Remittances were again the largest inflow, with $27.1 million recorded.", "27100000 remittances"],
    ["Remittance receipts eased, settling at $17.3 million.", "17300000 remittances"],
    ["Remittances picked up after the holidays, reaching $18.55 million.", "18550000 remittances"],
    ["Workers' remittances, the central bank said, reached a record $9.9 million.", "9900000 remittances"],
    // The amount's subject stands for the remittances the sentence before named.
    [
      "Workers remitted $8.6 million in 2015. The following year, it more than doubled to $17 million.",
      "17000000 remittances"
    ],
    ["Remittances reached $3.1 million in May. In June, the figure rose to $3.4 million.", "3400000 remittances"],
    ["Remittance inflows were $12 million in 2017. This grew to $14.2 million in 2018.", "14200000 remittances"]
  ])("%s", (text, expected) => expect(amounts(text)).toContain(expected));

  it.each([
    // The topic comes only after the amount, or not at all.
    "The ministry spent $2.1 million on a new border post.",
    "The government spent $2.5 million on shelters, the report on remittances said.",
    // An amount per person is no total.
    "Remittance senders paid fees of $12 each."
  ])("no remittances in %s", (text) => expect(amounts(text).filter((a) => a.endsWith("remittances"))).toEqual([]));
});
