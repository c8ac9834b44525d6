import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2022", "2023-06-01");

describe("money provided for a purpose is funding", () => {
  it.each([
    ["The government provided 1.2 million euros for victim assistance in 2022.", "1200000 trafficking_victim_funding"],
    ["In 2022, the government devoted 300,000 euros to anti-trafficking efforts.", "300000 trafficking_victim_funding"],
    [
      "In 2022, the ministry earmarked 45,000 euros for shelters for trafficking victims.",
      "45000 trafficking_victim_funding"
    ],
    ["The state invested 80,000 euros in victim protection in 2022.", "80000 trafficking_victim_funding"],
    [
      "In 2022, the government contributed 25,000 euros to the NGO-run shelter for trafficking victims.",
      "25000 ngo_funding_trafficking"
    ],
    [
      "The government dedicated 19,068,600 drams to victim protection efforts in 2022.",
      "19068600 trafficking_victim_funding"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("still reads services provided to people as assistance", () => {
    expect(read("The government provided shelter to 45 trafficking victims in 2022.")).toEqual([
      "45 trafficking_victims_assisted"
    ]);
  });
});

describe("a payment each person receives", () => {
  it.each([
    "one-time monetary compensation of 250,000 drams ($515)",
    "a monthly allowance of 120 euros",
    "a one-off cash payment of 5,000 som",
    "a daily stipend of 10 dollars",
    "weekly financial support amounting to 300 lari",
    "The amount of benefits provided to victims during the reintegration period has been increased to 700 manats",
    "the size of the monthly pension paid to them rose to 250 euros"
  ])("is a rate, not a total: %s", (text) => {
    const money = findQuantities(text).filter((q) => q.kind === "money");
    expect(money.length).toBeGreaterThan(0);
    for (const q of money) expect(q.excluded).toBe("average or rate");
  });

  it("leaves a total given once as a total", () => {
    const [q] = findQuantities("compensation of 250,000 drams was paid to victims").filter((x) => x.kind === "money");
    expect(q.excluded).toBeNull();
  });
});
