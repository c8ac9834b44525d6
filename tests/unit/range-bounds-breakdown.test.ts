import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2018", "2019").map(
    (o) => `${o.value} ${o.category} ${o.citizenship ?? "-"}/${o.sex ?? "-"}/${o.age_group ?? "-"}`
  );

// "between 22,000 and 25,000 Colombians": the noun after the upper end of a range says who both ends count.
describe("both ends of a range count the people named after it", () => {
  it.each([
    [
      "In 2018, between 3,500 and 4,000 Colombians arrived in the country.",
      ["3500 lower bound Colombia/-/-", "4000 upper bound Colombia/-/-"]
    ],
    ["In 2018, between 200 and 300 Syrians were deported.", ["200 lower bound Syria/-/-", "300 upper bound Syria/-/-"]],
    [
      "Between 40 and 50 Nigerian women were identified as trafficking victims in 2018.",
      ["40 lower bound Nigeria/female/adult", "50 upper bound Nigeria/female/adult"]
    ],
    [
      "In 2018, between 1,000 and 1,200 Afghan children arrived in the country.",
      ["1000 lower bound Afghanistan/-/child", "1200 upper bound Afghanistan/-/child"]
    ],
    [
      "Between 60 and 80 Eritreans were detained in 2018.",
      ["60 lower bound Eritrea/-/-", "80 upper bound Eritrea/-/-"]
    ],
    [
      "In 2018, between 15 and 20 girls were identified as trafficking victims.",
      ["15 lower bound -/female/child", "20 upper bound -/female/child"]
    ],
    [
      "In 2018, between 500 and 700 Haitians were returned.",
      ["500 lower bound Haiti/-/-", "700 upper bound Haiti/-/-"]
    ],
    [
      "Between 2,000 and 2,500 Ethiopian migrants arrived in 2018.",
      ["2000 lower bound Ethiopia/-/-", "2500 upper bound Ethiopia/-/-"]
    ],
    [
      "In 2018, between 30 and 35 Cambodian men were repatriated.",
      ["30 lower bound Cambodia/male/adult", "35 upper bound Cambodia/male/adult"]
    ],
    [
      "In 2018, between 120 and 150 Sudanese refugees were resettled.",
      ["120 lower bound Sudan/-/-", "150 upper bound Sudan/-/-"]
    ],
    [
      "In 2018, between 400 and 450 Somali nationals were deported.",
      ["400 lower bound Somalia/-/-", "450 upper bound Somalia/-/-"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // No people named after the range: neither end has a citizenship.
    ["Between 2,000 and 3,000 migrants were deported in 2018.", ["2000 lower bound -/-/-", "3000 upper bound -/-/-"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
