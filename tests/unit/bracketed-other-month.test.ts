import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value period" of one sentence of a monthly release on June 2022, dated July 2022. */
function read(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2022-06"),
    documentDate: "2022-07-15",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.period.label}`);
}

describe("a bracket opening on another month and its figure does not date the sentence's own month", () => {
  it.each([
    ["In June, 1,726 asylum applications were submitted (May 2022: 1,500).", ["1726 2022-06", "1500 2022-05"]],
    [
      "Of the 1,726 asylum applications submitted in June, 1,387 were primary applications (May 2022: 1,176 primary applications).",
      ["1726 2022-06", "1387 2022-06", "1176 2022-05"]
    ],
    ["In June, 300 asylum seekers were deported (April 2022: 250).", ["300 2022-06", "250 2022-04"]],
    ["In June, 300 asylum applications were rejected (May 2022: about 280).", ["300 2022-06", "280 2022-05"]],
    ["During June, 95 migrants were detained (March 2022: 60).", ["95 2022-06", "60 2022-03"]],
    ["In June, 1,200 asylum applications were lodged (June 2021: 900).", ["1200 2022-06", "900 2021-06"]],
    ["In June, 40 asylum applications were withdrawn (May 2022: 35).", ["40 2022-06", "35 2022-05"]],
    ["In June, 512 asylum applications were decided (May 2022: 498).", ["512 2022-06", "498 2022-05"]],
    ["In June, 77 migrants were returned (February 2022: 12).", ["77 2022-06", "12 2022-02"]],
    ["In June, 64 victims were identified (May 2022: 58).", ["64 2022-06", "58 2022-05"]]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it("still dates a bare month by a month the sentence names as its own", () => {
    expect(read("In April 2022, 300 migrants arrived, up from 250 in March.")).toEqual(["300 2022-04", "250 2022-03"]);
  });
});
