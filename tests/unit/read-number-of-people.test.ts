import {describe, expect, it} from "vitest";
import {gappedPeople, peopleCounted} from "../../loaders/general/read-number-of-people.js";
import {readSentence} from "../../loaders/general/extract-statements.js";

const citizenships = (text: string) =>
  readSentence(text, text)
    .filter((r) => !r.q.excluded)
    .map((r) => `${r.q.value}:${r.breakdown.citizenship ?? "-"}`);

describe("a people counted after 'the number of'", () => {
  it("counts persons of that citizenship, and a gapped 'and of <people>' another people", () => {
    const cases: [string, string[]][] = [
      [
        "The number of Syrians who applied for asylum increased from 27 to 88, and of Iranians from 34 to 84.",
        ["27:Syria", "88:Syria", "34:Iran", "84:Iran"]
      ],
      [
        "The number of Afghans seeking asylum fell from 1,204 to 950, and of Pakistanis from 310 to 122.",
        ["1204:Afghanistan", "950:Afghanistan", "310:Pakistan", "122:Pakistan"]
      ],
      ["The number of Iraqis applying for asylum dropped from 131 to 17.", ["131:Iraq", "17:Iraq"]],
      ["The number of Ukrainians granted asylum rose from 12 to 40.", ["12:Ukraine", "40:Ukraine"]],
      [
        "The number of Georgians who applied for protection grew from 55 to 61, and of Armenians from 20 to 9.",
        ["55:Georgia", "61:Georgia", "20:Armenia", "9:Armenia"]
      ],
      ["The number of Chinese applicants for asylum rose from 60 to 75.", ["60:China", "75:China"]],
      ["The number of Eritreans who lodged applications decreased from 400 to 380.", ["400:Eritrea", "380:Eritrea"]],
      [
        "The number of Moroccans who applied declined from 89 to 70, and of Algerians from 45 to 50.",
        ["89:Morocco", "70:Morocco", "45:Algeria", "50:Algeria"]
      ],
      ["The number of Nigerians seeking asylum increased from 210 to 260.", ["210:Nigeria", "260:Nigeria"]],
      [
        "The number of Somalis who applied for asylum fell from 77 to 31, and the number of Sudanese from 18 to 12.",
        ["77:Somalia", "31:Somalia", "18:Sudan", "12:Sudan"]
      ]
    ];
    for (const [text, expected] of cases) expect(citizenships(text)).toEqual(expected);
  });

  it("reads a people only where one is named", () => {
    expect(peopleCounted("the number of Syrians rose", 14)?.breakdown).toEqual({citizenship: "Syria"});
    expect(peopleCounted("the number of applications rose", 14)).toBeNull();
    expect(peopleCounted("the number of Syria rose", 14)).toBeNull();
    expect(gappedPeople("rose from 27 to 88, and of Iranians from ")).toBe("Iran");
    expect(gappedPeople("rose from 27 to 88, and of applicants from ")).toBeNull();
    expect(gappedPeople("rose from 27 to 88, and of Iran from ")).toBeNull();
  });
});
