import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The indicator of the first count of a sentence in a report on 2020 dated 10 February 2021. */
const first = (text: string) => observations(text, "2020", "2021-02-10")[0]?.indicator;

describe("asylum seekers a place hosts, or who live there, are people there, not applications", () => {
  it.each([
    "As of 30 November, the country hosts 54,011 refugees and asylum-seekers, primarily from Chad.",
    "Uganda hosted 1.4 million refugees and asylum seekers at the end of 2020.",
    "The country is hosting some 12,000 asylum seekers from Eritrea.",
    "7,999 Mozambican asylum seekers living in Zimbabwe were profiled.",
    "As of June, 3,400 asylum seekers were living in reception centres.",
    "Some 2,100 asylum-seekers are living in urban areas.",
    "The camp hosts 8,500 refugees and asylum seekers.",
    "About 900 asylum seekers live in the capital.",
    "An estimated 4,300 asylum-seekers reside in the city.",
    "Malta hosts 5,200 refugees and asylum seekers."
  ])("%s", (text) => expect(first(text)).toBe("refugees_hosted"));

  it("reads those hosted on a register as the register's stock", () => {
    expect(first("Jordan hosts 752,000 refugees and asylum-seekers registered with UNHCR.")).toBe(
      "refugees_registered_present"
    );
  });

  it("keeps asylum seekers who applied, or were registered, as applications", () => {
    expect(first("In 2020, 3,000 asylum seekers applied for protection.")).toBe("asylum_applications");
    expect(first("In 2020, 3,000 asylum seekers were registered.")).toBe("asylum_applications");
    expect(first("In 2020, 1,200 asylum seekers lodged claims in the country.")).toBe("asylum_applications");
  });
});

describe("a place 'home to' asylum seekers holds them, as one that hosts them does", () => {
  it.each([
    "By the end of 2020, Costa Rica was home to over 150,000 asylum seekers.",
    "The country is home to some 12,000 asylum seekers from Eritrea.",
    "Uganda was home to 1.4 million refugees and asylum seekers at the end of 2020.",
    "Malta is home to 5,200 asylum-seekers.",
    "The camp was home to 8,500 asylum seekers and refugees.",
    "Greece has been home to 60,000 asylum seekers, most of them on the islands.",
    "As of 30 November, the capital was home to 3,400 asylum seekers.",
    "The two settlements are home to 21,000 asylum seekers.",
    "The island was home to 2,000 asylum-seekers in 2020.",
    "The city were home to about 900 asylum seekers, the ministry said.",
    "Chad is home to nearly 1,000 asylum seekers from the Central African Republic."
  ])("%s", (text) => expect(first(text)).toBe("refugees_hosted"));

  it.each([
    // Going home is a movement, not a stay.
    "In 2020, 170 asylum seekers returned home to Guinea.",
    // Applications lodged in a place that is home to others are still applications.
    "In 2020, 3,000 asylum seekers applied for protection."
  ])("leaves %s alone", (text) => expect(first(text)).not.toBe("refugees_hosted"));
});

describe("asylum seekers said in the present tense to be there are a stock, not applications", () => {
  const stock = (text: string) => {
    const o = observations(text, "2020", "2021-02-10")[0];
    return o ? `${o.indicator} ${o.period.stock ? "stock" : "flow"}` : "";
  };
  it.each([
    "As of December 31, the number of asylum seekers in the country is 2,222.",
    "The number of asylum-seekers in Greece is about 60,000.",
    "The total number of asylum seekers in Kenya is 21,000.",
    "The number of asylum seekers in Chad is more than 5,000.",
    "The number of asylum seekers in the capital is 900.",
    "The number of asylum seekers in the camps is now 3,300.",
    "As of 30 June, the number of asylum seekers in Zambia is over 4,000.",
    "The number of asylum-seekers in Malta is approximately 4,100.",
    "The number of asylum seekers in the country is at least 1,500.",
    "The number of asylum seekers in Costa Rica is some 150,000.",
    "The number of asylum-seekers in urban areas is around 7,000."
  ])("%s", (text) => expect(stock(text)).toBe("protection_claimants_remaining stock"));

  it.each([
    "The number of asylum seekers who applied in 2020 is 3,000.",
    "The number of asylum applications is 3,000.",
    "In 2020, 3,000 asylum seekers applied for protection."
  ])("keeps %s as applications", (text) => expect(stock(text)).toBe("asylum_applications flow"));
});
