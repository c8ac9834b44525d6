import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {localDollar, resolveDollars} from "../../loaders/general/local-dollar.js";

/** The money amounts of a text, as "value unit", before the document's state resolves a bare "$". */
const money = (text: string) =>
  findQuantities(text)
    .filter((q) => q.kind === "money")
    .map((q) => `${q.value} ${q.unit}`);

/** The money amounts of a text as a document of the given state reads them. */
const moneyIn = (state: string, text: string) => {
  const rows = findQuantities(text)
    .filter((q) => q.kind === "money")
    .map((q) => ({unit: q.unit!, value: q.value}));
  resolveDollars(rows, state, text);
  return rows.map((r) => `${r.value} ${r.unit}`);
};

describe("a bare dollar sign is the dollar of the document's state", () => {
  it.each([
    ["SLB", "Total remittances for last year alone stood at $215m, the highest ever.", ["215000000 SBD"]],
    ["WSM", "Samoa received $53.5 million in private remittances for June 2022.", ["53500000 WST"]],
    ["WSM", "Remittances hit $48 million in March.", ["48000000 WST"]],
    ["FJI", "Inward remittances reached $1.2bn last year, the Reserve Bank said.", ["1200000000 FJD"]],
    ["TON", "Remittances to Tonga rose to $420 million in the year to June.", ["420000000 TOP"]],
    ["AUS", "The department spent $12.4 million on offshore processing last quarter.", ["12400000 AUD"]],
    ["NZL", "Migrants sent home $35m through money transfer operators.", ["35000000 NZD"]],
    ["JAM", "Remittance inflows totalled $3.1 billion in 2021.", ["3100000000 JMD"]],
    ["GRD", "The fund paid out $250,000 to returning nationals.", ["250000 XCD"]],
    ["BRN", "Compound fines totalling $303,300 were collected.", ["303300 BND"]],
    ["HKG", "Foreign domestic workers must be paid at least $4,630 a month.", ["4630 HKD"]],
    ["USA", "The agency awarded $2.3 million in grants to service providers.", ["2300000 USD"]],
    ["KEN", "Diaspora remittances reached $4 billion last year.", ["4000000000 USD"]],
    ["SLB", "The migrants sent home 30 million dollars.", ["30000000 SBD"]]
  ])("%s: %j", (state, text, expected) => {
    expect(moneyIn(state, text)).toEqual(expected);
  });

  it("keeps a dollar the text names, whatever the state", () => {
    expect(moneyIn("WSM", "Transfers from the USA reached US$12.5 million.")).toEqual(["12500000 USD"]);
    expect(moneyIn("SLB", "Workers earned A$45m in Australia and NZ$12m in New Zealand.")).toEqual([
      "45000000 AUD",
      "12000000 NZD"
    ]);
    expect(moneyIn("USA", "The fee rose to SI$1,000 for a new passport.")).toEqual(["1000 SBD"]);
    expect(moneyIn("FJI", "They earned 2.5 million Australian dollars.")).toEqual(["2500000 AUD"]);
    expect(moneyIn("GBR", "Remittances to Samoa reached WS$60 million and to Tonga T$90 million.")).toEqual([
      "60000000 WST",
      "90000000 TOP"
    ]);
    expect(moneyIn("JAM", "The ministry allocated J$5 million and EC$300,000.")).toEqual(["5000000 JMD", "300000 XCD"]);
  });

  it("reads a bare dollar as the US dollar where the text converts the state's dollars into it", () => {
    const chapter =
      "The law prescribed fines of up to 100,000 Singapore dollars (SGD) ($74,350). The fund held $2,000.";
    expect(localDollar("SGP", chapter)).toBe("USD");
    expect(localDollar("AUS", "The government allocated AUD 3.5 million ($2.4 million) to NGOs.")).toBe("USD");
    expect(localDollar("CAN", "It provided 1.2 million Canadian dollars (approximately $950,000).")).toBe("USD");
    expect(localDollar("SGP", "A fine of S$10,000 was imposed.")).toBe("SGD");
  });

  it("reads no amount where no currency stands before a glued scale, and no currency in look-alike words", () => {
    expect(money("The 215m high wall ran along the border.")).toEqual([]);
    expect(findQuantities("A 40k run raised awareness.").map((q) => q.value)).toEqual([]);
    expect(money("Migrants came from the top 10 countries of origin.")).toEqual([]);
    expect(money("Remittances from the USA and Australia rose.")).toEqual([]);
    expect(money("Police identified 30 victims in 12 regions.")).toEqual([]);
  });

  it("does not take the Nicaraguan C$ for Canadian dollars", () => {
    expect(moneyIn("NIC", "The fine was C$5,000.").some((m) => m.endsWith("CAD"))).toBe(false);
  });
});
