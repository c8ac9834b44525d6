import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value sex/age citizenship" of one paragraph of a report on 2019. */
const people = (text: string) =>
  observations(text, "2019", "2020-06-20").map(
    (o) => `${o.value} ${o.sex ?? "-"}/${o.age_group ?? "-"} ${o.citizenship ?? "-"}`
  );

describe("paired ages or sexes before a noun ('adult and minor females') qualify it and name neither age nor sex", () => {
  it.each([
    [
      "There were 33 adult and minor Venezuelan females identified as victims of sex trafficking.",
      ["33 female/- Venezuela"]
    ],
    ["In 2019, there were 33 adult and minor females identified as victims of sex trafficking.", ["33 female/- -"]],
    ["In 2019, the police identified 33 adult and child victims.", ["33 -/- -"]],
    ["In 2019, there were 33 male and female victims identified.", ["33 -/- -"]],
    ["In 2019, the Commission assisted 26 adult and child victims.", ["26 -/- -"]],
    ["In 2019, IOM assisted 478 adult and child migrants repatriated to Haiti.", ["478 -/- Haiti"]],
    ["In 2019, the government identified 40 male and female victims of forced labor.", ["40 -/- -"]],
    ["In 2019, the government identified 40 adult and minor Nigerian women as victims.", ["40 female/- Nigeria"]],
    ["In 2019, authorities repatriated 15 adult or minor Ghanaian victims.", ["15 -/- Ghana"]],
    ["In 2019, the government identified 40 female and male victims of trafficking.", ["40 -/- -"]]
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("still reads counts of each age or sex joined by 'and' as parts", () => {
    expect(people("In 2019, 12 adults and 4 children were identified as victims.")).toEqual([
      "12 -/adult -",
      "4 -/child -"
    ]);
    expect(people("In 2019, the government identified 33 adult victims.")).toEqual(["33 -/adult -"]);
  });
});
