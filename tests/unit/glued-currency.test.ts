import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value unit" of the amounts (shares left out) of one paragraph of a report on February 2014. */
const amounts = (text: string) =>
  observations(text, "2014-02", "2014-04-01")
    .filter((o) => o.unit !== "percent")
    .map((o) => `${o.value} ${o.unit}`);

describe("a currency prefix written with a lower-case letter may be glued to its amount", () => {
  it.each([
    ["Diaspora remittances rose to Sh9.6 billion in February.", ["9600000000 shillings"]],
    ["Diaspora remittances rose to KSh9.6 billion in February.", ["9600000000 shillings"]],
    ["Diaspora remittances rose to Ksh9.6 billion in February.", ["9600000000 shillings"]],
    ["Diaspora remittances rose to Shs9.6 billion in February.", ["9600000000 shillings"]],
    ["Remittances from migrant workers reached Rs2,000 crore in February.", ["20000000000 INR"]],
    ["Remittances from migrant workers reached Rs.2,000 crore in February.", ["20000000000 INR"]],
    ["Remittances from migrant workers reached Rp3.5 trillion in February.", ["3500000000000 IDR"]],
    ["Remittances from migrant workers reached Tk1,500 crore in February.", ["15000000000 BDT"]],
    ["Remittances from migrant workers reached Nu1.7 billion in February.", ["1700000000 BTN"]],
    ["Remittances from migrant workers reached Frw12 billion in February.", ["12000000000 RWF"]]
  ])("%s", (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it("never reads an upper-case code glued to a number as money, nor a word ending in a prefix's letters", () => {
    expect(
      observations("At COP26, 12 migrants were arrested in February.", "2014-02", "2014-04-01").map((o) => o.unit)
    ).not.toContain("COP");
    expect(
      observations("Flights MSh9 carried 40 migrants in February.", "2014-02", "2014-04-01").map((o) => o.value)
    ).not.toContain(9);
  });
});
