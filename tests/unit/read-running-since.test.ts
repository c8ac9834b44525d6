import {describe, expect, it} from "vitest";
import {continuesRun, runningSince} from "../../loaders/general/read-running-since.js";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2017-2021", "2024");

describe("a running total since a year, gone on with in the present perfect", () => {
  it("counts the next sentences of the same subject over the same run", () => {
    const cases: [string, string][] = [
      [
        "In 2021-2022, 54 victims were identified. Since 2003, the centre has assisted 1,000 victims. It has repatriated 400 victims.",
        "400@2003-2024"
      ],
      [
        "In 2020, 30 victims were identified. Since 2010, the shelter has assisted 820 victims. It has also repatriated 95 victims.",
        "95@2010-2024"
      ],
      [
        "In 2021, 12 cases were opened. Since 2015, the hotline has received 6,400 calls. It has referred 310 victims to shelters.",
        "310@2015-2024"
      ],
      [
        "In 2019, 80 persons were returned. Since 2012, the organisation has assisted 2,100 migrants. They have returned 640 migrants home.",
        "640@2012-2024"
      ],
      [
        "In 2022, 7 traffickers were convicted. Since 2008, the agency has identified 530 victims. The agency has repatriated 210 victims.",
        "210@2008-2024"
      ],
      [
        "In 2018, 44 permits were issued. Since 2016, the office has issued 3,000 permits. It has refused 120 applications.",
        "120@2016-2024"
      ],
      [
        "In 2021, 15 victims were sheltered. Since 2005, the foundation has rescued 700 victims. It has reintegrated 350 victims.",
        "350@2005-2024"
      ],
      [
        "In 2020, 60 children were found. Since 2011, the unit has rescued 450 children. It has returned 130 children to their families.",
        "130@2011-2024"
      ],
      [
        "In 2021-2022, 20 cases were tried. Since 2009, the police have investigated 900 cases. They have arrested 410 suspects.",
        "410@2009-2024"
      ],
      [
        "In 2017, 5 victims were assisted. Since 2014, the mission has repatriated 260 victims. It has safely returned 48 victims.",
        "48@2014-2024"
      ]
    ];
    for (const [text, row] of cases) expect(read(text).some((r) => r.startsWith(row))).toBe(true);
  });

  it("ends with a sentence that names its own period, and never reaches a sentence in the past tense", () => {
    const own = read(
      "Since 2003, the centre has assisted 1,000 victims. In 2020, it repatriated 40 victims. It has trained 90 officers."
    );
    expect(own.some((r) => r.startsWith("90@2003-2024"))).toBe(false);
    expect(continuesRun("It repatriated 400 victims.", 15)).toBe(false);
    expect(continuesRun("Officials say 400 victims have been repatriated.", 13)).toBe(false);
    expect(runningSince("In 2003, the centre assisted 1,000 victims.", 3, null)).toBeNull();
  });
});
