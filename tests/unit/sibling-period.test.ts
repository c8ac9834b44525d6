import {describe, expect, it} from "vitest";
import {comparedSibling, namesOtherPart} from "../../loaders/general/sibling-period.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";

const REPORTING = {label: "2020", start: "2020-01-01", end: "2020-12-31", partial: false, stock: false};

/** Each observation as "value period", in text order. */
const rows = (text: string) =>
  extractStatements(text, segmentParagraphs(text), {
    reportingPeriod: REPORTING,
    documentDate: "2020-08-10",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.period.label}`);

describe("an elided sibling set against its antecedent shares its period", () => {
  it.each([
    [
      "The country has since 2017 repatriated 85,209 Burundians from Tanzania, as against 184 from Kenya and 184 from DR Congo.",
      ["85209 2017-01-01..2020-08-10", "184 2017-01-01..2020-08-10", "184 2017-01-01..2020-08-10"]
    ],
    [
      "The agency has since 2018 returned 4,310 Malians from Libya, as against 912 from Algeria.",
      ["4310 2018-01-01..2020-08-10", "912 2018-01-01..2020-08-10"]
    ],
    ["Italy deported 2,406 Tunisians in 2017, compared with 880 Moroccans.", ["2406 2017", "880 2017"]],
    [
      "Officials identified 1,200 women as victims in the first half of 2019, versus 310 men.",
      ["1200 2019H1", "310 2019H1"]
    ],
    [
      "Police rescued 77 Nepali victims in 2016, against 19 from India and 6 from Bangladesh.",
      ["77 2016", "19 2016", "6 2016"]
    ],
    [
      "The border police refused entry to 3,950 Albanians during 2014, compared to 1,020 Kosovars.",
      ["3950 2014", "1020 2014"]
    ],
    [
      "Germany returned 640 Serbians in March 2019, as against 210 Macedonians and 95 Bosnians.",
      ["640 2019-03", "210 2019-03", "95 2019-03"]
    ],
    [
      "Spain has since 2015 expelled 9,870 Moroccans, as against 1,230 Algerians.",
      ["9870 2015-01-01..2020-08-10", "1230 2015-01-01..2020-08-10"]
    ],
    ["Greece relocated 3,400 Syrians in 2016 versus 700 Afghans.", ["3400 2016", "700 2016"]],
    [
      "Niger repatriated 2,100 Guineans in 2019, compared to 1,450 from Mali and 300 from Senegal.",
      ["2100 2019", "1450 2019", "300 2019"]
    ],
    ["The coast guard intercepted 5,000 Haitians in 2018, against 1,800 Cubans.", ["5000 2018", "1800 2018"]]
  ])("%j", (text, expected) => expect(rows(text)).toEqual(expected));

  it.each([
    // The same count at another time borrows nothing: no part of its own.
    ["In 2018 the agency returned 4,310 migrants from Libya, up from 2,900.", "2900 2018", "4310 2018"],
    // A comparison naming its own period keeps it.
    ["In 2018 the agency returned 4,310 Malians from Libya, as against 912 in 2017.", "912 2017", "4310 2018"]
  ])("%j", (text, compared, head) => {
    const out = rows(text);
    expect(out).toContain(head);
    if (!compared.endsWith("2018")) expect(out).toContain(compared);
  });
});

describe("which elided counts are siblings", () => {
  const frame = (text: string, comparisons: number[], clauses: number[] = []) => ({text, comparisons, clauses});
  const TEXT = "returned 85,209 from Tanzania, as against 184 from Kenya";
  const head = {end: 15, breakdown: {country: "Tanzania"}};

  it("takes a count set against its antecedent in the same clause, naming another part", () => {
    expect(comparedSibling(frame(TEXT, [31]), head, {start: 42, breakdown: {country: "Kenya"}})).toBe(true);
  });

  it.each([
    ["no comparison between them", frame(TEXT, []), {country: "Kenya"}],
    ["a clause's end between them", frame(TEXT, [31], [29]), {country: "Kenya"}],
    ["no part of its own", frame(TEXT, [31]), {country: "Tanzania"}],
    ["no breakdown at all", frame(TEXT, [31]), {}]
  ])("leaves one with %s", (_, f, breakdown) => expect(comparedSibling(f, head, {start: 42, breakdown})).toBe(false));

  it("leaves one inside a bracket", () => {
    const text = "returned 85,209 from Tanzania (against 184 from Kenya)";
    expect(comparedSibling(frame(text, [31]), head, {start: 39, breakdown: {country: "Kenya"}})).toBe(false);
  });

  it.each([
    [{citizenship: "Mali"}, {citizenship: "Niger"}, true],
    [{sex: "female"}, {sex: "male"}, true],
    [{country: "Libya"}, {country: "Libya", category: "minors"}, true],
    [{country: "Libya"}, {country: "Libya"}, false],
    [{country: "Libya"}, {}, false]
  ])("%j against %j names another part: %s", (a, b, expected) => expect(namesOtherPart(a, b)).toBe(expected));
});
