import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period" of one paragraph of an annual chapter on 2019, published in 2020. */
const read = (text: string) => rows(text, "2019", "2020-06-25").map((r) => r.replace(/ .*$/, ""));

// The paragraph has given figures of 2018, the year between, before the count.
const LATE = "State governments conducted 1,386 investigations in 2018 (compared to 1,340 in 2017). ";

describe("a count compared with the year two before the report's: of the year between", () => {
  it.each([
    ["Police identified 552 suspects for sex trafficking (compared to 523 in 2017).", ["552@2018", "523@2017"]],
    ["Police identified 552 suspects (523 in 2017).", ["552@2018", "523@2017"]],
    ["Authorities identified 30 victims of labor trafficking (compared with 27 in 2017).", ["30@2018", "27@2017"]],
    ["The courts convicted 61 traffickers (compared to 74 in 2017).", ["61@2018", "74@2017"]],
    ["Prosecutors initiated 42 prosecutions (compared with 39 in 2017).", ["42@2018", "39@2017"]],
    ["The government referred 120 victims to care (versus 98 in 2017).", ["120@2018"]],
    ["NGOs assisted 370 victims (compared to 347 in 2017).", ["370@2018", "347@2017"]],
    ["State police opened 386 investigations (compared to 340 investigations in 2017).", ["386@2018", "340@2017"]],
    ["Officials identified 10 suspects for forced begging (compared to two in 2017).", ["10@2018", "2@2017"]],
    ["Authorities reported 67 convictions (up from 54 in 2017).", ["67@2018", "54@2017"]],
    ["Labor inspectors identified 14 victims of forced labor (compared to 11 in 2017).", ["14@2018", "11@2017"]]
  ])("%s", (text, expected) => {
    const got = read(LATE + text);
    for (const e of expected) expect(got, got.join("; ")).toContain(e);
  });

  it.each([
    [
      "a comparison with the year before the report's",
      "Police identified 552 suspects (compared to 523 in 2018).",
      "552@2019"
    ],
    [
      "a bracket naming both earlier years",
      "The government identified 53 victims (46 in 2018 and 75 in 2017).",
      "53@2019"
    ],
    ["a count with its own year", "In 2019, police identified 552 suspects (compared to 523 in 2017).", "552@2019"],
    ["no comparison at all", "Police identified 552 suspects.", "552@2019"],
    [
      "a paragraph that gave no figure of the year between",
      "Police identified 552 suspects (compared to 523 in 2017).",
      "552@2019"
    ]
  ])("%s", (_name, text, expected) => {
    expect(read(text)).toContain(expected);
  });
});
