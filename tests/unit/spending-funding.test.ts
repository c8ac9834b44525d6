import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020-06-25");

describe("money spent, expended or allocated on victims is funding for their protection", () => {
  it.each([
    [
      "The CTU reported spending 120,000 TTD ($17,920) on victim protection and assistance in 2019.",
      ["120000 trafficking_victim_funding", "17920 trafficking_victim_funding"]
    ],
    ["The ministry reported spending 45,000 euros on victim assistance in 2019.", ["45000 trafficking_victim_funding"]],
    [
      "In 2019, the government expended 45,000 euros on shelters for trafficking victims.",
      ["45000 trafficking_victim_funding"]
    ],
    ["Government expenditure on victim protection was 45,000 euros in 2019.", ["45000 trafficking_victim_funding"]],
    [
      "Expenditures for trafficking victim assistance totaled 45,000 euros in 2019.",
      ["45000 trafficking_victim_funding"]
    ],
    [
      "The government's allocation for victim protection was 45,000 euros in 2019.",
      ["45000 trafficking_victim_funding"]
    ],
    [
      "Allocations for the protection of trafficking victims amounted to 2.1 million lari in 2019.",
      ["2100000 trafficking_victim_funding"]
    ],
    [
      "In 2019, the government spends 45,000 euros on shelters for trafficking victims.",
      ["45000 trafficking_victim_funding"]
    ],
    [
      "The government continued allocating 45,000 euros to shelters for trafficking victims in 2019.",
      ["45000 trafficking_victim_funding"]
    ],
    [
      "The agency reported spending 203,100 TTD ($30,330) on victim protection in 2018.",
      ["203100 trafficking_victim_funding", "30330 trafficking_victim_funding"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("leaves spending with nothing about victims, and spending of migrants' households, unnamed", () => {
    expect(read("The ministry reported spending 45,000 euros on office renovation in 2019.")).not.toContain(
      "45000 trafficking_victim_funding"
    );
    expect(read("Households spent 45,000 euros of remittances on education in 2019.")).not.toContain(
      "45000 trafficking_victim_funding"
    );
  });
});
