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
    expect(moneyIn("JAM", "They sent 5 million American dollars and 3 million Jamaican dollars.")).toEqual([
      "5000000 USD",
      "3000000 JMD"
    ]);
    expect(moneyIn("GBR", "Remittances to Samoa reached WS$60 million and to Tonga T$90 million.")).toEqual([
      "60000000 WST",
      "90000000 TOP"
    ]);
    expect(moneyIn("JAM", "The ministry allocated J$5 million and EC$300,000.")).toEqual(["5000000 JMD", "300000 XCD"]);
  });

  it.each([
    ["PAK", "Remittances reached Rs 2,000 crore in March.", ["20000000000 PKR"]],
    ["IND", "Workers sent home 1.2 million rupees each quarter.", ["1200000 INR"]],
    ["LKA", "The bureau collected 45 million rupees in registration fees.", ["45000000 LKR"]],
    ["MEX", "Remittances rose to 210 million pesos in the state.", ["210000000 MXN"]],
    ["PHL", "The agency paid 25.13 million pesos in assistance.", ["25130000 PHP"]],
    ["KEN", "Diaspora inflows hit KSh 40 billion in June.", ["40000000000 KES"]],
    [
      "UGA",
      "Labour export earned 1.5 trillion shillings, or 900 billion shillings net.",
      ["1500000000000 UGX", "900000000000 UGX"]
    ],
    ["MWI", "Malawi earned 1.2 billion kwacha from the labour export deal.", ["1200000000 MWK"]],
    ["EGY", "The fund paid 40,000 pounds to each family.", ["40000 EGP"]],
    ["SAU", "Fines of up to 100,000 riyals were imposed on employers.", ["100000 SAR"]],
    ["SEN", "The state spent 300 million francs on returns.", ["300000000 XOF"]],
    ["SWE", "Grants of 30,000 kronor were offered to returnees.", ["30000 SEK"]],
    ["GBR", "Fines of up to 20,000 pounds were issued to employers.", ["20000 GBP"]],
    ["RWA", "Fines of 1 million Rwandan francs ($1,120) were prescribed.", ["1000000 RWF", "1120 USD"]]
  ])("names several states share are the state's own: %s %j", (state, text, expected) => {
    expect(moneyIn(state, text)).toEqual(expected);
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

describe("scales South Asian press counts in", () => {
  it.each([
    ["Over 1.5 lakh workers left for the Gulf in 2022.", 150000],
    ["Some 3 lakhs migrants returned during the lockdown.", 300000],
    ["Nearly 2 lakh Nepali workers received labour permits.", 200000],
    ["The bureau registered 10 lakh emigrants last year.", 1000000],
    ["About 1.25 crore Indians live abroad.", 12500000],
    ["Uganda earned 1.5 trillion shillings from labour export.", 1500000000000]
  ])("%j", (text, value) => {
    expect(findQuantities(text).map((q) => q.value)).toContain(value);
  });

  it("leaves a lakh that is no scale alone", () => {
    expect(findQuantities("Lakh Singh and 40 others were arrested.").map((q) => q.value)).toEqual([40]);
  });
});
