import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {bracketSex, citizensOfPredicate} from "../../loaders/general/read-part-citizens.js";
import {observations} from "./read-paragraph.js";

/** Each observation of one paragraph as "value citizenship/sex". */
function read(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2019"),
    documentDate: "2020",
    claimed: []
  });
  return r.observations.map((o) => `${o.value} ${o.citizenship ?? "-"}/${o.sex ?? "-"}`);
}

describe("the citizenship a part's predicate names, and a bracketed sex", () => {
  it.each<[string, string[]]>([
    [
      "In 2019, 63 of the 64 identified trafficking victims are citizens of the Republic of Azerbaijan and 1 is a Tajikistan citizen (female).",
      ["63 Azerbaijan/-", "64 -/-", "1 Tajikistan/female"]
    ],
    ["In 2019, 41 of the 45 identified victims were citizens of Moldova.", ["41 Moldova/-", "45 -/-"]],
    ["In 2019, 12 of the 15 identified victims of trafficking were nationals of Ukraine.", ["12 Ukraine/-", "15 -/-"]],
    ["In 2019, 70 out of 75 identified victims are citizens of the Republic of Moldova.", ["70 Moldova/-", "75 -/-"]],
    ["In 2019, 88 out of 92 identified victims were Serbian nationals.", ["88 Serbia/-", "92 -/-"]],
    ["In 2019, 30 of the 31 identified victims are citizens of Georgia.", ["30 Georgia/-", "31 -/-"]]
  ])("%s", (text, expected) => {
    for (const row of expected) expect(read(text)).toContain(row);
  });

  it.each<[string, string | null]>([
    [" are citizens of the Republic of Azerbaijan and 1 is", "Azerbaijan"],
    [" were nationals of Ukraine.", "Ukraine"],
    [" are all citizens of Georgia", "Georgia"],
    [" were identified in Ukraine", null],
    [" were citizens, 3 of Ukraine", null]
  ])("predicate %j names %s", (after, country) => {
    expect(citizensOfPredicate(after)).toBe(country);
  });

  it.each<[string, string | null]>([
    [" citizen (female).", "female"],
    [" citizen (male)", "male"],
    [" national (a woman)", null],
    [" victims (12 female, 3 male)", null],
    [", one (female)", null]
  ])("bracket %j names sex %s", (after, sex) => {
    expect(bracketSex(after)).toBe(sex);
  });

  it("leaves a whole's own citizenship when its part names none", () => {
    expect(read("In 2019, 20 Ukrainian victims were identified; 12 of them were women.")).toContain("20 Ukraine/-");
  });
});

describe("a people's adjective ending a part's predicate is the part's citizenship, not its whole's", () => {
  const cit = (text: string) =>
    observations(text, "2022", "2023-06-15").map((o) => `${o.value} ${o.citizenship ?? "-"}`);
  it.each([
    [
      "In 2022, the government identified 1,000 trafficking victims. 372 of the 410 identified foreign victims were Ivoirian.",
      ["372 Cote d'Ivoire", "410 foreign"]
    ],
    [
      "In 2022, the government identified 1,000 trafficking victims. 300 of the 400 foreign victims were Nigerian.",
      ["300 Nigeria", "400 foreign"]
    ],
    [
      "In 2022, authorities identified 90 trafficking victims; 60 of the 70 foreign victims were Filipino.",
      ["60 Philippines", "70 foreign"]
    ],
    [
      "In 2022, the government identified 120 trafficking victims. 45 of the 50 foreign victims were Vietnamese.",
      ["45 Vietnam", "50 foreign"]
    ],
    [
      "In 2022, the government identified 120 trafficking victims. 20 of the 30 foreign victims were Romanian.",
      ["20 Romania", "30 foreign"]
    ],
    [
      "In 2022, the police identified 200 trafficking victims. 150 of the 180 foreign victims were Ethiopian.",
      ["150 Ethiopia", "180 foreign"]
    ],
    [
      "In 2022, the government identified 75 trafficking victims. 12 of the 14 foreign victims were Moroccan.",
      ["12 Morocco", "14 foreign"]
    ],
    [
      "In 2022, the government identified 75 trafficking victims. 9 of the 11 foreign victims were Ukrainian.",
      ["9 Ukraine", "11 foreign"]
    ],
    [
      "In 2022, the government identified 75 trafficking victims. 30 of the 40 foreign victims were Chinese.",
      ["30 China", "40 foreign"]
    ],
    [
      "In 2022, the government identified 75 trafficking victims. 5 of the 8 foreign victims were Bangladeshi.",
      ["5 Bangladesh", "8 foreign"]
    ]
  ])("%s", (text, expected) => {
    const rows = cit(text);
    for (const e of expected) expect(rows).toContain(e);
  });

  it("names no people with a state's own name", () =>
    expect(cit("In 2022, 300 of the 400 identified trafficking victims were Tunisia.")).not.toContain("300 Tunisia"));
});
