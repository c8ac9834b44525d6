import {describe, expect, it} from "vitest";
import {colonGroup, restatesNumber} from "../../loaders/general/read-restated-count.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const read = (text: string) =>
  extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2017"),
    documentDate: "2018-10-18",
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}:${o.citizenship ?? "-"}:${o.category ?? "-"}`);

describe("a count restating the group a colon's clause names, and 'the number' again in another period", () => {
  it("takes the group's qualifiers, and the next sentence's bare number repeats the count", () => {
    const cases: [string, string[]][] = [
      [
        "The identification of Dutch victims of sexual exploitation lags behind: in 2015, approximately 365 trafficking victims were reported. In 2017, the number has dropped to 263.",
        ["365@2015:Netherlands:sex trafficking", "263@2017:Netherlands:sex trafficking"]
      ],
      [
        "Romanian victims of forced labour remain hidden: in 2016, 120 trafficking victims were identified. In 2017, the number rose to 150.",
        ["120@2016:Romania:forced labor", "150@2017:Romania:forced labor"]
      ],
      [
        "Nigerian victims seldom come forward: in 2016, 44 trafficking victims were identified. In 2017, the number fell to 31.",
        ["44@2016:Nigeria:-", "31@2017:Nigeria:-"]
      ],
      [
        "Reports on Bulgarian victims of labour exploitation are rare: in 2015, 18 trafficking victims were registered. In 2017, the number increased to 27.",
        ["18@2015:Bulgaria:labor trafficking", "27@2017:Bulgaria:labor trafficking"]
      ],
      [
        "The gap is largest for Hungarian victims of sexual exploitation: in 2016, 75 trafficking victims were identified. In 2017, the number has declined to 60.",
        ["75@2016:Hungary:sex trafficking", "60@2017:Hungary:sex trafficking"]
      ],
      [
        "Polish victims of forced labour stay out of sight: in 2015, 90 trafficking victims were registered.",
        ["90@2015:Poland:forced labor"]
      ],
      [
        "The signals on Chinese victims of forced labour increase: in 2016, 33 trafficking victims were identified. In 2017, the number grew to 41.",
        ["33@2016:China:forced labor", "41@2017:China:forced labor"]
      ],
      [
        "Vietnamese victims of forced criminality are seldom seen: in 2016, 12 trafficking victims were reported.",
        ["12@2016:Vietnam:forced criminality"]
      ],
      [
        "In 2016, 958 trafficking victims were identified. In 2017, the number has fallen to 880.",
        ["958@2016:-:-", "880@2017:-:-"]
      ],
      [
        "In 2016, 410 trafficking victims were registered. In 2017, the total stood at 455.",
        ["410@2016:-:-", "455@2017:-:-"]
      ]
    ];
    for (const [text, expected] of cases) expect(read(text)).toEqual(expect.arrayContaining(expected));
  });

  it("takes nothing from a colon's clause that names no such group, nor from 'the number of'", () => {
    expect(
      colonGroup("The figures are clear: in 2015, 365 trafficking victims were reported.", 29, "victims")
    ).toBeNull();
    expect(colonGroup("In 2015, 365 trafficking victims were reported.", 9, "victims")).toBeNull();
    expect(restatesNumber("In 2017, the number of victims has dropped to ")).toBe(false);
    expect(restatesNumber("In 2017, the number has dropped to ")).toBe(true);
    expect(restatesNumber("In 2017, the police reported ")).toBe(false);
  });
});
