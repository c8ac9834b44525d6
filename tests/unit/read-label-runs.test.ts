import {describe, expect, it} from "vitest";
import {readLabelRuns} from "../../loaders/general/read-label-runs.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const cells = (raw: string) =>
  readLabelRuns(raw, 0, raw.length).flatMap((t) =>
    t.cells.map((c) => ({value: c.value, period: c.period?.label ?? null, ...c.breakdown}))
  );
const lines = (...parts: string[]) => parts.join("\n\n");

/** The general reader's observations of a whole text read as one paragraph. */
const observe = (raw: string, reporting = "2016") =>
  extractStatements(raw, [{number: "", start: 0, end: raw.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate: "2017",
    claimed: []
  }).observations.map((o) => ({
    value: o.value,
    period: o.period.label,
    sex: o.sex,
    age_group: o.age_group,
    category: o.category,
    rule: o.spec_id
  }));

describe("labels then as many values, one cell per line", () => {
  it("reads age bands after a title line with their values", () => {
    const raw = lines("Age of victims", "Under 16", "16 - 30", "31 and over", "5", "1 204", "17");
    expect(cells(raw)).toEqual([
      {value: 5, period: null, age_group: "under 16"},
      {value: 1204, period: null, age_group: "16-30"},
      {value: 17, period: null, age_group: "31 and over"}
    ]);
  });

  it("reads plain labels only when as many labels as values stand between prose and the values", () => {
    const raw = lines("The shelters received the following.", "Bishkek", "Osh", "12", "30");
    expect(cells(raw)).toEqual([
      {value: 12, period: null, category: "bishkek"},
      {value: 30, period: null, category: "osh"}
    ]);
  });

  it("reads nothing when the labels and values are not as many", () => {
    expect(cells(lines("Under 18", "18 - 25", "Above 25", "9", "43"))).toEqual([]);
    expect(cells(lines("Title", "Bishkek", "Osh", "12", "30"))).toEqual([]);
    expect(cells(lines("Under 18", "18 - 25", "9", "43", "23"))).toEqual([]);
  });

  it("gives the cells the count, period and breakdown of the sentence that introduces them with a colon", () => {
    const raw = lines(
      "In the first half of 2016, there were 40 female victims, distributed as follows:",
      "Age, in years",
      "Under 18",
      "18 - 30",
      "Above 30",
      "10",
      "25",
      "5",
      "In 2015, a total of 90 persons were convicted of trafficking."
    );
    const rows = observe(raw);
    expect(rows.filter((r) => r.rule === "general:label-run")).toEqual([
      {value: 10, period: "2016H1", sex: "female", age_group: "under 18", category: null, rule: "general:label-run"},
      {value: 25, period: "2016H1", sex: "female", age_group: "18-30", category: null, rule: "general:label-run"},
      {value: 5, period: "2016H1", sex: "female", age_group: "above 30", category: null, rule: "general:label-run"}
    ]);
    expect(rows.find((r) => r.value === 90)?.period).toBe("2015");
  });
});

describe("years then rows of a label and one value per year", () => {
  const table = lines(
    "Type of request",
    "2014",
    "2015",
    "2016",
    "1.",
    "Legal advice",
    "12",
    "1 040",
    "9",
    "2.",
    "Return home",
    "4",
    "7",
    "2"
  );

  it("reads each row's values for the years of the header, named by the row's label", () => {
    expect(cells(table)).toEqual([
      {value: 12, period: "2014", category: "legal advice"},
      {value: 1040, period: "2015", category: "legal advice"},
      {value: 9, period: "2016", category: "legal advice"},
      {value: 4, period: "2014", category: "return home"},
      {value: 7, period: "2015", category: "return home"},
      {value: 2, period: "2016", category: "return home"}
    ]);
  });

  it("reads no table when a row has fewer or more values than years, or there is one row only", () => {
    expect(cells(lines("2014", "2015", "2016", "Legal advice", "12", "40", "Return home", "4", "7", "2"))).toEqual([]);
    expect(cells(lines("2014", "2015", "Legal advice", "12", "40", "Return home", "4", "7", "2"))).toEqual([]);
    expect(cells(lines("2014", "2015", "Legal advice", "12", "40"))).toEqual([]);
  });

  it("starts a sentence after the table, past a paragraph number glued to its first word", () => {
    const raw = `${table}\n\n12.Over 2016, the office received 30 requests.`;
    const rows = observe(raw, "2014-2016");
    expect(rows.find((r) => r.value === 30)?.period).toBe("2016");
    expect(rows.filter((r) => r.rule === "general:label-run")).toHaveLength(6);
  });
});

describe("requests in a list", () => {
  const sentence =
    "In 2015, the office received 40 oral requests and 60 written requests, for a total of 100 involving the following: housing (30); legal matters (50), and action of officials (20).";

  it("reads oral and written counts, the total after 'for a total of', and each bracketed item's words as its category", () => {
    const rows = observe(sentence);
    const by = (v: number) => rows.find((r) => r.value === v);
    expect(by(40)?.category).toBe("oral");
    expect(by(60)?.category).toBe("written");
    expect(by(100)).toMatchObject({category: null, period: "2015", rule: "general:total"});
    expect(by(30)?.category).toBe("housing");
    expect(by(50)?.category).toBe("legal matters");
    expect(by(20)?.category).toBe("action of officials");
  });

  it("takes no category from a noun, a country or a comparison before a bracketed number", () => {
    const rows = observe(
      "In 2015, police identified 50 trafficking victims (40), Uzbek citizens (12) and 8 children (3 in 2014)."
    );
    for (const v of [40, 12, 3]) expect(rows.find((r) => r.value === v)).toMatchObject({category: null});
  });
});

describe("bracketed numbers that are no list items", () => {
  it("takes no category from a time or a whole before the bracket", () => {
    const rows = observe(
      "In 2015, the office received 80 requests, compared with the previous year (150), and in total (230)."
    );
    expect(rows.find((r) => r.value === 150)).toMatchObject({category: null});
  });
});

describe("the Total of a table printed one cell per line", () => {
  it("reads the Total column and row as the whole, with no breakdown", () => {
    expect(cells(lines("The shelters housed these residents.", "Women", "Girls", "Total", "14", "6", "20"))).toEqual([
      {value: 14, period: null, sex: "female", age_group: "adult"},
      {value: 6, period: null, sex: "female", age_group: "child"},
      {value: 20, period: null}
    ]);
    const rows = cells(lines("2015", "2016", "Returns", "4", "7", "Total", "9", "12"));
    expect(rows.slice(2)).toEqual([
      {value: 9, period: "2015"},
      {value: 12, period: "2016"}
    ]);
  });
});
