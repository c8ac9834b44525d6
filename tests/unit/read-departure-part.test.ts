import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {countryOfCode} from "../../loaders/specs/country-codes.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value [country|citizenship]" of the rows of one paragraph of a 2016 item reported by `state`. */
function rows(text: string, state: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2016"),
    documentDate: "2016-12-31",
    state,
    claimed: []
  });
  return r.observations.map((o) => `${o.value} [${o.country ?? ""}|${o.citizenship ?? ""}]`);
}

describe("a part named by the country its people came from", () => {
  it.each([
    [
      "The number of Indonesian migrant workers repatriated during 2016 is 41,612, of whom 27,877 were from Malaysia, 8,657 from Saudi Arabia.",
      "Indonesia",
      ["27877 [Malaysia|", "8657 [Saudi Arabia|"]
    ],
    [
      "In 2016, 5,200 Filipino workers were repatriated, of whom 3,100 were from Kuwait and 900 from Qatar.",
      "Philippines",
      ["3100 [Kuwait|", "900 [Qatar|"]
    ],
    [
      "In 2016, 640 Nepali migrant workers were repatriated; of them, 410 were from Malaysia and 130 from Qatar.",
      "Nepal",
      ["410 [Malaysia|", "130 [Qatar|"]
    ],
    [
      "In 2016, 4,000 migrants were returned from Germany, 3,000 from Austria and 200 from Italy.",
      "Kosovo",
      ["4000 [Germany|", "3000 [Austria|", "200 [Italy|"]
    ],
    [
      "In 2016, 1,150 migrants were returned from Hungary, 420 from Croatia and 75 from Slovenia.",
      "Serbia",
      ["1150 [Hungary|", "420 [Croatia|", "75 [Slovenia|"]
    ],
    [
      "During 2016, 980 Bangladeshi workers were repatriated, of whom 600 were from Saudi Arabia and 210 from Oman.",
      "Bangladesh",
      ["600 [Saudi Arabia|", "210 [Oman|"]
    ],
    [
      "In 2016, 2,300 Indonesian migrant workers were deported, of whom 1,900 were from Malaysia and 250 from Singapore.",
      "Indonesia",
      ["1900 [Malaysia|", "250 [Singapore|"]
    ],
    [
      "In 2016, 350 Vietnamese workers were repatriated, of whom 200 came from Taiwan and 90 from Japan.",
      "Vietnam",
      ["200 [Taiwan|", "90 [Japan|"]
    ],
    [
      "In 2016, 730 Pakistani migrant workers were repatriated, of whom 400 were from Kuwait and 120 from Jordan.",
      "Pakistan",
      ["400 [Kuwait|", "120 [Jordan|"]
    ],
    [
      "In 2016, 1,500 migrants were returned from Greece, 600 from Italy and 45 from Malta.",
      "Albania",
      ["1500 [Greece|", "600 [Italy|", "45 [Malta|"]
    ]
  ])("%j", (text, state, expected) => {
    const read = rows(text, state);
    for (const e of expected) expect(read.some((r) => r.startsWith(e))).toBe(true);
    // No part takes another's country as its citizenship.
    expect(read.some((r) => /\[[^|]+\|(?!Indonesia|Philippines|Nepal|Bangladesh|Vietnam|Pakistan)[A-Z]/.test(r))).toBe(
      false
    );
  });
});

describe("a part whose from names its people", () => {
  it.each([
    [
      "In 2016, 900 asylum seekers were registered, of whom 300 were from Syria and 200 from Iraq.",
      ["300 [|Syria]", "200 [|Iraq]"]
    ],
    ["In 2016, 138 foreign victims were identified; of these, 131 were from Uzbekistan.", ["131 [|Uzbekistan]"]],
    [
      "In 2016, 45 victims were identified; five were from Romania, seven were from Pakistan.",
      ["5 [|Romania]", "7 [|Pakistan]"]
    ]
  ])("%j", (text, expected) => {
    const read = rows(text, "Portugal");
    for (const e of expected) expect(read).toContain(e);
  });
});

describe("the reporting state from its code", () => {
  it.each([
    ["IDN", "Indonesia"],
    ["ESP", "Spain"],
    ["PAK", "Pakistan"],
    ["NZL", "New Zealand"],
    ["TTO", "Trinidad and Tobago"],
    ["MDA", "Moldova"],
    ["idn", "Indonesia"]
  ])("%s", (code, name) => {
    expect(countryOfCode(code)).toBe(name);
  });

  it("knows no made-up code", () => {
    expect(countryOfCode("XYZ")).toBeNull();
  });
});
