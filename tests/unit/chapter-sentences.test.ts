import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {precedingPeriod} from "../../loaders/general/preceding-period.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** Reads one paragraph as a document of the given reporting period would be read: values, periods, breakdowns. */
const read = (text: string, reporting = "2016", documentDate = "2017") =>
  extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate,
    claimed: []
  }).observations.map(({value, period, sex, age_group, category, indicator}) => ({
    indicator,
    value,
    period: period.label,
    sex,
    age_group,
    category
  }));
const row = (rows: ReturnType<typeof read>, value: number) => rows.find((r) => r.value === value);

describe("each item of a list of categories keeps its own", () => {
  it("reads forms the vocabulary knows after 'were victims of' and after an elided 'of'", () => {
    const rows = read(
      "In 2015, 40 were victims of sex trafficking, 12 of labor trafficking, 7 were victims of forced captivity, and one of child soldiering."
    );
    expect(row(rows, 7)?.category).toBe("forced captivity");
    expect(row(rows, 1)?.category).toBe("child soldiering");
    // A category's own words name no age group.
    expect(row(rows, 1)?.age_group).toBeNull();
  });

  it("reads an unknown form as printed, not the neighbour's", () => {
    const rows = read(
      "The ministry assisted 81 victims of sex trafficking, 30 victims of labor trafficking, and 14 victims of bonded servitude."
    );
    expect(row(rows, 30)?.category).toBe("labor trafficking");
    expect(row(rows, 14)?.category).toBe("bonded servitude");
  });

  it("gives a restated 'victims of trafficking' no category, neither the neighbour's nor the crime's", () => {
    const rows = read("The ministry assisted 81 victims of sex trafficking and 14 victims of trafficking.");
    expect(row(rows, 81)?.category).toBe("sex trafficking");
    expect(row(rows, 14)?.category).toBeNull();
  });

  it("lets the form after the noun outrank how sure the count is", () => {
    const rows = read(
      "Border guards referred 55 potential victims of trafficking and 21 potential victims of illegal recruitment."
    );
    expect(row(rows, 55)?.category).toBe("potential");
    expect(row(rows, 21)?.category).toBe("illegal recruitment");
  });
});

describe("two numbers joined by 'and', each with its own qualifier", () => {
  it("reads confirmed and potential victims apart, and both together as the whole", () => {
    const rows = read(
      "The police identified three confirmed and 57 potential trafficking victims, compared with 70 confirmed and potential victims in 2015."
    );
    expect(row(rows, 3)?.category).toBe("confirmed");
    expect(row(rows, 57)?.category).toBe("potential");
    expect(row(rows, 70)).toMatchObject({period: "2015", category: null});
  });

  it("reads a total of two qualifiers that opens a sentence, and its parts with their predicate", () => {
    const rows = read(
      "Of the 60 confirmed and potential victims the police identified in 2016, 48 victims, including 9 children, were sexually exploited."
    );
    expect(row(rows, 60)).toMatchObject({period: "2016", category: null});
    expect(row(rows, 48)?.category).toBe("sex trafficking");
    expect(row(rows, 9)).toMatchObject({category: "sex trafficking", age_group: "child"});
  });

  it("does not join qualifiers that are no categories", () => {
    const rows = read("The police identified 12 female and male victims.");
    expect(row(rows, 12)?.category ?? null).toBeNull();
  });
});

describe("a part keeps its whole's category", () => {
  it("keeps the whole's form for 'including one minor' and 'of whom'", () => {
    const rows = read(
      "The hotline identified six labor trafficking victims, including one minor. The agency assisted 40 sex trafficking victims, 11 of whom were children."
    );
    expect(row(rows, 1)).toMatchObject({category: "labor trafficking", age_group: "child"});
    expect(row(rows, 11)).toMatchObject({category: "sex trafficking", age_group: "child"});
  });

  it("gives no category to a part of a whole that has none, nor to a comparison in brackets", () => {
    const rows = read(
      "The agency assisted 40 victims, 11 of whom were children (9 labor trafficking victims in 2015)."
    );
    expect(row(rows, 11)?.category).toBeNull();
  });
});

describe("comparisons with the period before", () => {
  it("reads 'the prior year' as the year before the reporting year", () => {
    const rows = read(
      "The ministry assisted 81 victims of sex trafficking and 30 victims of labor trafficking, compared with 70 victims of sex trafficking and 25 victims of labor trafficking the prior year.",
      "2018",
      "2019"
    );
    expect(row(rows, 81)?.period).toBe("2018");
    expect(row(rows, 70)?.period).toBe("2017");
    expect(row(rows, 25)?.period).toBe("2017");
  });

  it("steps back from a year the sentence names rather than the reporting year", () => {
    const rows = read(
      "In 2014, the police identified 50 victims, compared with 41 victims the prior year.",
      "2016",
      "2017"
    );
    expect(row(rows, 41)?.period).toBe("2013");
  });

  it("reads 'the preceding period' as the period as long as the reporting period just before it", () => {
    expect(
      row(read("Missions identified 900 potential victims (610 in the preceding period).", "2019", "2020"), 610)?.period
    ).toBe("2018");
    const half = read("Missions identified 900 potential victims (610 in the preceding period).", "2019H1", "2019");
    expect(row(half, 610)?.period).toBe("2018H2");
  });

  it("computes the preceding period of years, halves, quarters and day spans", () => {
    expect(precedingPeriod(parsePeriodLabel("2018")!)?.label).toBe("2017");
    expect(precedingPeriod(parsePeriodLabel("2013-2018")!)?.label).toBe("2007-2012");
    expect(precedingPeriod(parsePeriodLabel("2019H1")!)).toMatchObject({start: "2018-07-01", end: "2018-12-31"});
    expect(precedingPeriod(parsePeriodLabel("2019Q1")!)).toMatchObject({start: "2018-10-01", end: "2018-12-31"});
    expect(precedingPeriod(parsePeriodLabel("2019-01-10/2019-01-19")!)).toMatchObject({
      start: "2018-12-31",
      end: "2019-01-09"
    });
    // A date has no length to step back by.
    expect(
      precedingPeriod({label: "2019-06-30", start: "2019-06-30", end: "2019-06-30", partial: false, stock: true})
    ).toBeNull();
  });
});

describe("a comparison in brackets that does not repeat its year", () => {
  const sentence =
    "Police identified 120 victims (95 in 2015); 70 were female and 50 were male (60 females and 35 males); 30 were children (12 in 2015).";

  it("takes the period the sentence's other bracketed comparisons name, and no age group from 'females'", () => {
    const rows = read(sentence);
    expect(row(rows, 60)).toMatchObject({period: "2015", sex: "female", age_group: null});
    expect(row(rows, 35)).toMatchObject({period: "2015", sex: "male", age_group: null});
    expect(row(rows, 70)?.period).toBe("2016");
  });

  it("leaves a bracket of fewer counts than its clause a part of the clause's period", () => {
    const rows = read("Police identified 120 victims (95 in 2015); 70 were female (60 women and 10 girls).");
    expect(row(rows, 60)?.period).toBe("2016");
  });

  it("leaves an undated bracket alone when the other brackets name different periods or none", () => {
    const mixed = read(
      "Police identified 120 victims (95 in 2015); 70 were female and 50 were male (60 females and 35 males); 30 were children (12 in 2014)."
    );
    expect(row(mixed, 60)?.period).toBe("2016");
    const none = read("Police identified 120 victims; 70 were female and 50 were male (60 females and 35 males).");
    expect(row(none, 60)?.period).toBe("2016");
  });

  it("still reads 'women' as adult women", () => {
    expect(row(read("Police identified 14 women."), 14)).toMatchObject({sex: "female", age_group: "adult"});
  });
});

describe("a bracketed comparison after a count", () => {
  it("keeps a period carried from an earlier sentence off a count the bracket compares with that period", () => {
    const rows = read(
      "In 2015, 30 were victims of sex trafficking. Staff interviewed 900 potential victims (700 in 2015)."
    );
    expect(row(rows, 900)?.period).toBe("2016");
    expect(row(rows, 700)?.period).toBe("2015");
  });

  it("keeps the carried period when the bracket names another one or none", () => {
    const other = read(
      "In 2015, 30 were victims of sex trafficking. Staff interviewed 900 potential victims (700 in 2014)."
    );
    expect(row(other, 900)?.period).toBe("2015");
    // A look back on the year before the report's own frames no later sentence that names no year of its own.
    const none = read(
      "In 2015, 30 were victims of sex trafficking. Staff interviewed 900 potential victims (700 women)."
    );
    expect(row(none, 900)?.period).toBe("2016");
  });
});

describe("categories joined before one noun, and the crime itself", () => {
  it("reads two forms joined by 'and' as both, and two kinds of identification together as the whole", () => {
    expect(row(read("Police identified 25 sex and labor trafficking victims."), 25)?.category).toBe(
      "sex trafficking and labor trafficking"
    );
    expect(row(read("Police identified 31 confirmed or potential victims."), 31)?.category).toBeNull();
  });

  it("reads no category from 'victims of' a wording of the crime", () => {
    const rows = read("Police identified 12 victims of trafficking offences and 5 victims of human trafficking.");
    expect(row(rows, 12)?.category).toBeNull();
    expect(row(rows, 5)?.category).toBeNull();
  });
});

describe("people screened for signs of trafficking", () => {
  it("counts potential victims interviewed or screened apart from victims identified", () => {
    const rows = read(
      "Migration officers interviewed 4,100 potential trafficking victims (3,800 in 2015) and screened 950 migrants."
    );
    expect(row(rows, 4100)).toMatchObject({indicator: "trafficking_potential_victims_screened", period: "2016"});
    expect(row(rows, 950)?.indicator).toBe("trafficking_potential_victims_screened");
  });

  it("keeps victims identified as identified", () => {
    const rows = read("Migration officers identified 120 trafficking victims (95 in 2015).");
    expect(row(rows, 120)?.indicator).toBe("trafficking_victims_identified");
  });
});
