import {describe, expect, it} from "vitest";
import {anotherOfTheSame, colonGroup, restatesNumber} from "../../loaders/general/read-restated-count.js";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2017", "2018-10-18").map(
    (o) => `${o.value}@${o.period.label}:${o.citizenship ?? "-"}:${o.category ?? "-"}`
  );

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

describe("'another' before a bare number", () => {
  const rowsOf = (text: string) => observations(text, "2016", "2016-07-07").map((o) => `${o.value} ${o.indicator}`);

  it("counts the noun of the count before it, with its own verb", () => {
    const cases: [string, string][] = [
      [
        "In 2016, 122 people were granted asylum, while another 137 received the additional protection status.",
        "137 subsidiary_protection_granted"
      ],
      [
        "In 2016, 122 people were granted asylum, whereas another 12 received the additional protection status.",
        "12 subsidiary_protection_granted"
      ],
      [
        "In 2016, 300 foreigners were granted asylum; another 95 obtained the complementary protection status.",
        "95 subsidiary_protection_granted"
      ],
      [
        "In 2016, 18 persons were granted asylum, while another 7 were given the subsidiary protection status.",
        "7 subsidiary_protection_granted"
      ],
      [
        "In 2016, 61 people were granted refugee status, while another 20 were granted the subsidiary protection status.",
        "20 subsidiary_protection_granted"
      ],
      [
        "In 2016, 230 people were granted asylum; another 410 received the additional protection status.",
        "410 subsidiary_protection_granted"
      ],
      [
        "In 2016, 75 people were granted asylum, while another 33 were granted the additional protection status.",
        "33 subsidiary_protection_granted"
      ],
      [
        "In 2016, 9 people were granted asylum, while another 4 received the additional protection status.",
        "4 subsidiary_protection_granted"
      ],
      [
        "In 2016, 150 people were granted asylum, while another 60 received the additional protection status for a year.",
        "60 subsidiary_protection_granted"
      ],
      [
        "In 2016, 510 people were granted asylum, while another 280 received the additional protection status.",
        "280 subsidiary_protection_granted"
      ]
    ];
    for (const [text, row] of cases) expect(rowsOf(text)).toContain(row);
  });

  it("is read only right before the number", () => {
    expect(anotherOfTheSame("while another ")).toBe(true);
    expect(anotherOfTheSame("another country sent ")).toBe(false);
    expect(anotherOfTheSame("and yet ")).toBe(false);
  });
});
