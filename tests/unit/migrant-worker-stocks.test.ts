import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator period [category] citizenship" of one paragraph's observations. */
const read = (text: string) =>
  observations(text, "2019", "2019-07-15").map(
    (o) => `${o.value} ${o.indicator} ${o.period.label} [${o.category ?? ""}] ${o.citizenship ?? "-"}`
  );

describe("stocks of migrant workers by the nouns releases count them by", () => {
  it.each<[string, string]>([
    [
      "The number of non-resident workers stood at 188,321 at the end of January 2019.",
      "188321 foreign_workers_present 2019-01-31 [] -"
    ],
    [
      "The number of expatriate workers amounted to 52,310 on 31 March 2019.",
      "52310 foreign_workers_present 2019-03-31 [] -"
    ],
    [
      "The number of imported workers totalled 61,200 at the end of 2018.",
      "61200 foreign_workers_present 2018-12-31 [] -"
    ],
    [
      "As of 30 June 2019, the number of nonresident workers reached 171,500.",
      "171500 foreign_workers_present 2019-06-30 [] -"
    ],
    [
      "There were 340,000 foreign domestic helpers in the territory at the end of 2018.",
      "340000 foreign_workers_present 2018-12-31 [domestic helpers] -"
    ],
    [
      "At the end of June 2019, the number of domestic helpers stood at 12,400.",
      "12400 foreign_workers_present 2019-06-30 [domestic helpers] -"
    ],
    [
      "The number of foreign domestic workers amounted to 24,050 on 30 April 2019.",
      "24050 foreign_workers_present 2019-04-30 [domestic helpers] -"
    ],
    ["On 30 April 2019, foreign workers amount to 24,050.", "24050 foreign_workers_present 2019-04-30 [] -"],
    [
      "The number of non-resident workers from the Philippines stood at 31,924 at the end of May 2019.",
      "31924 foreign_workers_present 2019-05-31 [] Philippines"
    ],
    [
      "The number of expat workers from India stood at 8,100 at the end of 2018.",
      "8100 foreign_workers_present 2018-12-31 [] India"
    ],
    ["There are around 17,000 expatriate workers in the country.", "17000 foreign_workers_present 2019-07-15 [] -"]
  ])("%j", (text, row) => expect(read(text)).toContain(row));

  it("gives the parts of a stock of domestic helpers its kind", () => {
    expect(
      read(
        "At the end of June 2019, the number of domestic helpers stood at 12,400, including 7,100 from Indonesia and 3,200 from the Philippines."
      )
    ).toEqual([
      "12400 foreign_workers_present 2019-06-30 [domestic helpers] -",
      "7100 foreign_workers_present 2019-06-30 [domestic helpers] Indonesia",
      "3200 foreign_workers_present 2019-06-30 [domestic helpers] Philippines"
    ]);
  });

  it.each([
    // Workers who left are a flow, not the stock in the country.
    "In 2019, 1,200 domestic helpers left the country.",
    // Permits granted are counted as permits, not as workers present.
    "In 2019, 4,500 non-resident workers were granted permits.",
    // Helpers with no stock level are not a stock.
    "The agency trained 300 domestic helpers in 2019."
  ])("%j is no stock of workers", (text) =>
    expect(read(text).filter((r) => r.includes("foreign_workers_present"))).toEqual([])
  );
});

describe("the share of a people from one state in a whole", () => {
  /** "value citizenship" of the shares read in one paragraph, observations and candidates alike. */
  const shares = (text: string) =>
    observations(text, "2019", "2019-07-15")
      .filter((o) => o.unit === "percent")
      .map((o) => `${o.value} ${o.citizenship ?? "-"}`);

  it.each<[string, string]>([
    [
      "Foreign workers from mainland China accounted for 62 percent of the total number of imported labour.",
      "62 China"
    ],
    ["Workers from Nepal accounted for 12 percent of the total.", "12 Nepal"],
    ["Migrants from Syria made up 41% of all arrivals.", "41 Syria"],
    ["Refugees from South Sudan represented 63 per cent of the total.", "63 South Sudan"],
    ["Foreign nationals from India constituted 18 percent of all residents.", "18 India"],
    ["Migrant workers from Bangladesh account for 9.5 percent of the whole.", "9.5 Bangladesh"],
    ["Victims from Nigeria accounted for 44 percent of the total.", "44 Nigeria"],
    ["Asylum seekers from Afghanistan represented 30 per cent of all applicants.", "30 Afghanistan"],
    ["Students from mainland Tanzania made up 7 percent of all students.", "7 Tanzania"],
    ["Foreigners from Ukraine made up 25% of the total.", "25 Ukraine"]
  ])("%j", (text, row) => expect(shares(text)).toContain(row));
});

// "there were 1,992 foreigners working in the territory": foreigners at work on a day are foreign workers present.
describe("foreigners named as working or employed", () => {
  it.each<[string, string]>([
    ["There were 1,992 foreigners working in the territory at the end of 2018.", "1992"],
    ["There are 5,400 foreign nationals working in the country at the end of 2018.", "5400"],
    ["There were 800 expatriates working in the islands at the end of 2018.", "800"],
    ["There were 2,000 foreigners employed in the country at the end of 2018.", "2000"],
    ["The number of foreign nationals employed in the islands reached 9,300 at the end of 2018.", "9300"],
    ["At the end of 2018 there were 12,400 foreigners working legally in the country.", "12400"],
    ["There were 640 foreign nationals working on the island at the end of 2018.", "640"]
  ])("%s", (text, value) => {
    expect(read(text)[0]).toBe(`${value} foreign_workers_present 2018-12-31 [] -`);
  });

  it("foreigners who did something else are no workers present", () => {
    expect(read("There were 2,000 foreigners deported at the end of 2018.")[0] ?? "").not.toContain(
      "foreign_workers_present"
    );
  });
});

describe("migrant workers named with their trade between, or in the plural, are foreign workers present", () => {
  const indicator = (text: string) => observations(text, "2019", "2019-07-15")[0]?.indicator;
  it.each([
    "There are at least 60,000 migrant domestic workers in Singapore.",
    "As of December 2018 there were 189,000 undocumented migrants workers.",
    "The number of migrant domestic workers stood at 52,000 at the end of June 2019.",
    "There were 14,000 migrant farm workers in the province at the end of 2018.",
    "The number of migrant construction workers reached 33,500 in June 2019.",
    "There are 8,200 migrant agricultural workers in the valley.",
    "As of 30 June 2019, there were 4,100 migrants workers in the zone.",
    "The number of migrant domestic workers amounted to 61,200 at the end of 2018.",
    "There were about 12,000 migrant domestic workers in the capital as of March 2019.",
    "The number of migrants workers in the country stood at 251,000 at the end of May 2019."
  ])("%s", (text) => expect(indicator(text)).toBe("foreign_workers_present"));

  it.each([
    "In 2018, 3,000 migrant domestic workers were deported.",
    "In 2018, 5,200 migrant farm workers arrived under the seasonal scheme."
  ])("leaves what befell them a flow: %s", (text) => expect(indicator(text)).not.toBe("foreign_workers_present"));
});
