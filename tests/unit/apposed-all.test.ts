import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value sex/age" of one paragraph of a report on 2021. */
const people = (text: string) =>
  observations(text, "2021", "2022-06-20").map((o) => `${o.value} ${o.sex ?? "-"}/${o.age_group ?? "-"}`);

describe("an apposition saying what all of a count were ('…, both girls') gives the count its sex or age", () => {
  it.each([
    ["NGOs identified two additional sex trafficking victims, both girls.", ["2 female/child"]],
    [
      "The government referred 11 additional child sex trafficking victims, all girls, to NGOs for support.",
      ["11 female/child"]
    ],
    ["The government identified 14 victims, all women.", ["14 female/adult"]],
    ["Police identified 5 victims of forced labor, all men, in 2021.", ["5 male/adult"]],
    ["The government identified 14 victims, all of them women.", ["14 female/adult"]],
    ["The government identified 14 trafficking victims, all boys, in 2021.", ["14 male/child"]],
    ["The government repatriated 6 victims of trafficking, all children.", ["6 -/child"]],
    ["The government identified 9 victims of sex trafficking, all female.", ["9 female/-"]],
    ["Authorities identified 9 trafficking victims, all adults, and referred them to shelters.", ["9 -/adult"]],
    ["The government identified 3 victims of labor trafficking, all of whom were men.", ["3 male/adult"]]
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("reads no sex or age from an apposition about something else", () => {
    expect(people("The government identified 14 victims, all from rural areas.")).toEqual(["14 -/-"]);
    expect(people("The government identified 14 victims, all women's shelters reported.")).not.toContain(
      "14 female/adult"
    );
  });
});
