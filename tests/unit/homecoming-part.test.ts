import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value indicator [country|citizenship]" of the rows of one paragraph of a 2020 release on `state`. */
function rows(text: string, state: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2020"),
    documentDate: "2020-12-31",
    state,
    claimed: []
  });
  return r.observations.map((o) => `${o.value} ${o.indicator} [${o.country ?? ""}|${o.citizenship ?? ""}]`);
}

describe("parts of people who came home, by the place they left", () => {
  it.each([
    [
      "Since 1 January, the total number of undocumented returnees is 351,744, including 349,873 from Iran and 1,871 from Pakistan.",
      "Afghanistan",
      ["349873 returns [Iran|Afghanistan]", "1871 returns [Pakistan|Afghanistan]"]
    ],
    [
      "In 2020, the number of returnees was 12,400, including 9,100 from Saudi Arabia and 2,300 from Yemen.",
      "Ethiopia",
      ["9100 returns [Saudi Arabia|Ethiopia]", "2300 returns [Yemen|Ethiopia]"]
    ],
    [
      "The total number of returnees reached 8,050 in 2020, including 6,200 from Libya and 1,100 from Algeria.",
      "Niger",
      ["6200 returns [Libya|Niger]", "1100 returns [Algeria|Niger]"]
    ],
    [
      "In 2020, 5,300 returnees were registered, of whom 4,100 were from Malaysia and 700 from Thailand.",
      "Myanmar",
      ["4100 residence_registrations [Malaysia|Myanmar]", "700 residence_registrations [Thailand|Myanmar]"]
    ],
    [
      "In 2020, 3,400 migrants returned home, including 2,900 from Libya and 310 from Niger.",
      "Mali",
      ["2900 repatriations [Libya|Mali]", "310 repatriations [Niger|Mali]"]
    ],
    [
      "In 2020, 2,750 nationals came back home, including 1,800 from Lebanon and 640 from Jordan.",
      "Sudan",
      ["1800 nationals_entered [Lebanon|Sudan]", "640 nationals_entered [Jordan|Sudan]"]
    ],
    // The bracket after "from Iran" splits those who left Iran; the parts are of Iran and of the returnees' state.
    [
      "Since 1 January, the total number of undocumented returnees is 351,744, including 349,873 from Iran (252,604 spontaneous returnees and 97,269 deportees).",
      "Afghanistan",
      ["252604 returns [Iran|Afghanistan]", "97269 deportations [Iran|Afghanistan]"]
    ],
    [
      "In 2020 the number of returnees was 20,500, including 18,000 from Pakistan (11,000 spontaneous returnees and 7,000 deportees).",
      "Afghanistan",
      ["11000 returns [Pakistan|Afghanistan]", "7000 deportations [Pakistan|Afghanistan]"]
    ],
    [
      "In 2020, the number of returnees was 4,600, including 3,900 from Djibouti (2,500 men and 1,400 women).",
      "Ethiopia",
      ["2500 returns [Djibouti|Ethiopia]", "1400 returns [Djibouti|Ethiopia]"]
    ],
    [
      "Overall, 15,000 returnees were recorded in 2020, including 12,000 from Kenya (7,000 spontaneous returnees and 5,000 deportees).",
      "Somalia",
      ["7000 returns [Kenya|Somalia]", "5000 deportations [Kenya|Somalia]"]
    ]
  ])("%j", (text, state, expected) => {
    const read = rows(text, state);
    for (const e of expected) expect(read).toContain(e);
  });
});

describe("parts whose from names their people, or a whole that came to stay", () => {
  it.each([
    [
      "In 2020, 900 asylum seekers were registered, of whom 300 were from Syria and 200 from Iraq.",
      "Greece",
      ["300 asylum_applications [|Syria]", "200 asylum_applications [|Iraq]"]
    ],
    [
      "In 2020, 138 foreign victims were identified; of these, 131 were from Uzbekistan.",
      "Kazakhstan",
      ["131 victims_identified [|Uzbekistan]"]
    ],
    [
      "In 2020, 1,200 migrants arrived, including 700 from Guinea and 300 from Mali.",
      "Italy",
      ["700 border_crossings [|Guinea]", "300 border_crossings [|Mali]"]
    ],
    // A return from the reporting state itself names no place left.
    [
      "In 2020, the number of returnees was 900, including 600 from Greece and 200 from Turkey.",
      "Greece",
      ["200 returns [Turkey|Greece]"]
    ]
  ])("%j", (text, state, expected) => {
    const read = rows(text, state);
    for (const e of expected) expect(read).toContain(e);
  });

  it("never makes the reporting state the place its returnees left", () => {
    const read = rows(
      "In 2020, the number of returnees was 900, including 600 from Greece and 200 from Turkey.",
      "Greece"
    );
    expect(read.some((r) => r.startsWith("600 ") && r.includes("[Greece|"))).toBe(false);
  });
});
