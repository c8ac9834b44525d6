import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** Each observation as "value indicator country", read in a report on 2017 dated 2018-02-14. */
const read = (text: string) =>
  observations(text, "2017", "2018-02-14").map((o) => `${o.value} ${o.indicator} ${o.country ?? "-"}`);

describe("amounts gapped after a place that opens its clause are each of their own place", () => {
  it.each([
    [
      "Remittances amounted to $162.28m in 2017. American Samoa totaled $17.63 million tala, United Kingdom $4.22 million tala, Fiji $3.13 million tala.",
      [
        "162280000 remittances -",
        "17630000 remittances American Samoa",
        "4220000 remittances United Kingdom",
        "3130000 remittances Fiji"
      ]
    ],
    [
      "Remittances from abroad reached €800 million in 2017. Germany sent €310 million, France €150 million and Italy €90 million.",
      [
        "800000000 remittances -",
        "310000000 remittances Germany",
        "150000000 remittances France",
        "90000000 remittances Italy"
      ]
    ],
    [
      "Remittances reached $300 million in 2017. New Zealand sent $120 million, the United States $87.88 million and Fiji $3.1 million.",
      [
        "300000000 remittances -",
        "120000000 remittances New Zealand",
        "87880000 remittances United States",
        "3100000 remittances Fiji"
      ]
    ],
    [
      "Australia's inflow of private remittances amounted to $162.28m in 2017 and the United States $87.88 million for the same period.",
      ["162280000 remittances Australia", "87880000 remittances United States"]
    ],
    [
      "New Zealand's remittances totalled $55 million in 2017, Australia $40 million and Guam $2 million.",
      ["55000000 remittances New Zealand", "40000000 remittances Australia", "2000000 remittances Guam"]
    ],
    [
      "In 2017 remittances reached $900 million. The United States sent $410 million, Canada $120 million and the Cook Islands $15 million.",
      [
        "900000000 remittances -",
        "410000000 remittances United States",
        "120000000 remittances Canada",
        "15000000 remittances Cook Islands"
      ]
    ]
  ])("amounts of case %#", (text, rows) => expect(read(text)).toEqual(rows));
});

describe("counts gapped after a state that owns the subject", () => {
  it.each([
    [
      "Spain's returns of migrants reached 3,400 in 2017, Italy 2,100 and Malta 300.",
      ["3400 returns Spain", "2100 returns Italy", "300 returns Malta"]
    ],
    [
      "Germany's deportations totalled 208 in 2017, Sweden 95 and Austria 40.",
      ["208 deportations Germany", "95 deportations Sweden", "40 deportations Austria"]
    ],
    [
      "Italy's arrivals of asylum seekers reached 1,200 in 2017 and Greece 900 for the same period.",
      ["1200 asylum_applications Italy", "900 asylum_applications Greece"]
    ]
  ])("%s", (text, rows) => expect(read(text)).toEqual(rows));
});

describe("a place after the opener of a part is the part's, not the whole's", () => {
  it.each([
    [
      "Total departures increased from 1,777,295 to 1,859,697, of which departures to France amounted to 489.",
      ["1777295 crossings_left -", "1859697 crossings_left -", "489 crossings_left -"]
    ],
    [
      "Total departures reached 1,859,697, of which departures from Rodrigues to Reunion Island amounted to 489.",
      ["1859697 crossings_left -", "489 crossings_left -"]
    ],
    [
      "The office removed 2,300 migrants in 2017, among whom 400 were taken to Albania.",
      ["2300 deportations -", "400 deportations Albania"]
    ],
    ["Italy returned 1,200 migrants, including 300 to Tunisia.", ["1200 returns -", "300 returns Tunisia"]]
  ])("%s", (text, rows) => expect(read(text)).toEqual(rows));
});

describe("what is read as before", () => {
  it("a place before the opener stays the whole's", () => {
    expect(read("Police returned 1,200 migrants to Niger, including 300 women.")).toEqual([
      "1200 returns Niger",
      "300 returns Niger"
    ]);
  });
  it("a gapped list of counts after a state as subject", () => {
    expect(read("Germany deported 208 people in 2017, Sweden 95 and Austria 40.")).toEqual([
      "208 deportations Germany",
      "95 deportations Sweden",
      "40 deportations Austria"
    ]);
  });
  it("a possessive that names a share is no gapped list", () => {
    expect(read("Australia's share of remittances was 40 percent in 2017, New Zealand 30 percent.")).not.toContain(
      "40 remittances Australia"
    );
  });
});
