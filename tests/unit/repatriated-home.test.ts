import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {indicatorsOf} from "./read-paragraph.js";

/** "value:citizenship:country@period" of each observation of a chapter on 2018. */
const rows = (text: string) =>
  extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2018"),
    documentDate: "2019-06-20",
    claimed: []
  }).observations.map((o) => `${o.value}:${o.citizenship ?? ""}:${o.country ?? ""}@${o.period.label}`);

describe("people repatriated to a country are its own; the place they were repatriated from is a place", () => {
  it.each([
    [
      "The government facilitated the repatriations of 177 trafficking victims back to Madagascar.",
      "177:Madagascar:@2018"
    ],
    ["Officials repatriated 12 victims to Nepal.", "12:Nepal:@2018"],
    ["The embassy repatriated 40 trafficking victims home to Guinea.", "40:Guinea:@2018"],
    ["IOM repatriated 61 victims back to Ethiopia.", "61:Ethiopia:@2018"],
    ["Authorities repatriated 9 trafficking victims to Indonesia.", "9:Indonesia:@2018"],
    ["It funded the repatriations of 46 adult women from Kuwait.", "46::Kuwait@2018"],
    ["The repatriation of 23 victims from Oman was completed.", "23::Oman@2018"],
    ["Officials repatriated 14 trafficking victims from Lebanon.", "14::Lebanon@2018"],
    ["The ministry arranged the repatriations of 7 victims from Jordan.", "7::Jordan@2018"],
    ["Police repatriated 30 victims to Cambodia.", "30:Cambodia:@2018"],
    [
      "IOM assisted 190 migrants to return home, 136 migrants returning on a chartered flight to Togo.",
      "136:Togo:@2018"
    ],
    ["The embassy helped 44 trafficking victims return home to Senegal.", "44:Senegal:@2018"]
  ])("%s", (text, expected) => expect(rows(text)).toContain(expected));

  it("keeps where people were deported or moved to as a place", () => {
    expect(rows("Police deported 40 migrants to Sweden.")).toContain("40::Sweden@2018");
    // "home to" after a copula is where people live, not where they were brought.
    expect(rows("In 2018, Lebanon is home to 1.5 million refugees.")).not.toContain("1500000:Lebanon:@2018");
  });

  it('reads "last reporting period" as the period before', () => {
    expect(
      rows(
        "The government assisted 221 trafficking victims, an increase compared to 57 assisted last reporting period."
      )
    ).toEqual(expect.arrayContaining(["221::@2018", "57::@2017"]));
  });
});

describe("people repatriated outside a trafficking context are the registry's repatriations", () => {
  const indicators = (text: string) => indicatorsOf(text, "2018", "2019-06-20");
  it.each([
    ["In 2018, 41,612 migrant workers were repatriated.", "41612 repatriations"],
    ["In 2018, the embassy repatriated 302 nationals from Libya.", "302 repatriations"],
    ["Some 9,000 Venezuelans were repatriated in 2018.", "9000 repatriations"],
    ["In 2018, 1,427 illegal aliens were repatriated.", "1427 repatriations"],
    ["The repatriation of 650 refugees from Chad took place in 2018.", "650 repatriations"]
  ])("%s", (text, expected) => expect(indicators(text)).toContain(expected));

  it("keeps trafficking victims repatriated as trafficking, and other returns as returns", () => {
    expect(indicators("In 2018, the government repatriated 12 trafficking victims.")).toContain(
      "12 trafficking_victims_repatriated"
    );
    expect(indicators("In 2018, 300 migrants returned from Libya.")).not.toContain("300 repatriations");
  });
});

describe("a state whose name elides a particle ('Côte d’Ivoire') is the home people were brought back to", () => {
  it.each([
    ["IOM helped 156 stranded migrants return home to Cote d’Ivoire from Libya.", "156:Cote d'Ivoire:Libya@2018"],
    ["IOM helped 156 stranded migrants return home to Côte d'Ivoire from Libya.", "156:Cote d'Ivoire:Libya@2018"],
    [
      "IOM helped 84 migrants – 70 men and 14 women – return home to Côte d’Ivoire from Niger.",
      "84:Cote d'Ivoire:Niger@2018"
    ],
    ["Officials repatriated 12 victims to Côte d’Ivoire.", "12:Cote d'Ivoire:@2018"],
    ["The embassy repatriated 40 trafficking victims home to Cote d'Ivoire.", "40:Cote d'Ivoire:@2018"],
    ["IOM repatriated 61 victims back to Côte d’Ivoire.", "61:Cote d'Ivoire:@2018"],
    ["In 2018, 320 workers returned home to Côte d’Ivoire from Algeria.", "320:Cote d'Ivoire:Algeria@2018"],
    [
      "In 2018, IOM assisted 165 stranded migrants to return home from Libya to Côte d’Ivoire.",
      "165:Cote d'Ivoire:Libya@2018"
    ],
    ["Police repatriated 30 victims to Cote d’Ivoire.", "30:Cote d'Ivoire:@2018"],
    ["In 2018, 640 victims were repatriated to Côte d'Ivoire from Lebanon.", "640:Cote d'Ivoire:Lebanon@2018"]
  ])("%s", (text, expected) => {
    expect(rows(text)).toContain(expected);
  });

  it("names no home for a return to a place written in lower case", () => {
    expect(rows("IOM helped 156 stranded migrants return home to cote d’ivoire from Libya.")).not.toContainEqual(
      expect.stringMatching(/^156:Cote/)
    );
    expect(rows("IOM helped 156 stranded migrants return home from Libya.")).not.toContainEqual(
      expect.stringMatching(/^156:Cote/)
    );
  });
});
