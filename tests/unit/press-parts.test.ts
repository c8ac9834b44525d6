import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {indicatorsOf} from "./read-paragraph.js";

/** "value@period [country|citizenship]" of one paragraph of a press item on 2016 about Hungary. */
function read(text: string): {rows: string[]; candidates: string[]} {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2016"),
    documentDate: "2017-02-03",
    state: "Hungary",
    claimed: []
  });
  const show = (o: {value: number; period: {label: string}; country: string | null; citizenship: string | null}) =>
    `${o.value}@${o.period.label} [${o.country ?? ""}|${o.citizenship ?? ""}]`;
  return {rows: r.observations.map(show), candidates: r.candidates.map(show)};
}

describe("a bracketed count whose predicate names a people", () => {
  it.each([
    ["As to asylum seekers, a large part of them (11,052) were Afghans, followed by Syrians (4,979).", "Afghanistan"],
    ["In 2016, most asylum seekers (11,052) were Afghans.", "Afghanistan"],
    ["In 2016, the largest group of asylum seekers (11,052) were Syrians.", "Syria"],
    ["Of the asylum seekers in 2016, the majority (11,052) were Afghans.", "Afghanistan"],
    ["In 2016, a third of the asylum seekers (11,052) were Iraqis.", "Iraq"],
    ["In 2016, many asylum seekers (11,052) were Pakistanis.", "Pakistan"],
    ["In 2016, the biggest group of asylum seekers (11,052) were mostly Afghans.", "Afghanistan"],
    ["In 2016, half of the asylum seekers (11,052) were Iranians.", "Iran"],
    ["In 2016, most asylum seekers (11,052) were Kosovars.", "Kosovo"],
    ["In 2016, the asylum seekers (11,052) were Syrians for the most part.", "Syria"]
  ])("%j", (text, people) => {
    expect(read(text).rows.some((r) => r.startsWith("11052@2016") && r.includes(`|${people}]`))).toBe(true);
  });

  it("names no people when the predicate names none", () => {
    expect(read("In 2016, most asylum seekers (11,052) were men.").rows.some((r) => r.includes("|Afghanistan"))).toBe(
      false
    );
  });
});

describe("a country named before a count set off by a dash", () => {
  it.each([
    "In 2016, most of the illegal migrants arrived from Kosovo – more than 6 thousand people.",
    "In 2016, most of the illegal migrants arrived from Kosovo – over 6 thousand people.",
    "In 2016, most of the illegal migrants arrived from Kosovo – about 6,000 people.",
    "In 2016, most of the illegal migrants came from Kosovo – nearly 6,000 persons.",
    "In 2016, most of the irregular migrants came from Kosovo – 6,000 people.",
    "In 2016, the largest group of illegal migrants came from Kosovo – some 6,000 people.",
    "In 2016, most illegal migrants arrived from Kosovo: more than 6,000 people.",
    "In 2016, most illegal migrants arrived from Kosovo - around 6,000 people.",
    "In 2016, most illegal migrants arrived from Kosovo – almost 6,000 people.",
    "In 2016, most illegal migrants arrived from Kosovo – approximately 6,000 people."
  ])("%j", (text) => {
    expect(read(text).rows.some((r) => r.startsWith("6000@2016") && r.includes("|Kosovo]"))).toBe(true);
  });
});

describe("figures of another state opening a sentence are that state's", () => {
  it.each([
    "In Germany, for example, 745,000 applications were submitted in 2016.",
    "In Germany, 745,000 applications were submitted in 2016.",
    "In Germany 745,000 asylum applications were lodged in 2016.",
    "In Austria, for instance, 745,000 asylum applications were filed in 2016.",
    "In Sweden, 745,000 applications were registered in 2016.",
    "In Germany, by comparison, 745,000 asylum applications were submitted in 2016.",
    "In Italy, for example, 745,000 migrants arrived in 2016.",
    "In Greece, 745,000 migrants arrived by sea in 2016.",
    "In Germany, meanwhile, 745,000 applications were submitted in 2016.",
    "In France, 745,000 asylum applications were lodged in 2016."
  ])("%j", (text) => {
    const rows = read(text).rows;
    expect(rows.some((r) => r.startsWith("745000@2016 [|"))).toBe(false);
  });
});

describe("words that are no counts", () => {
  it.each([
    "In 2016, 745,000 applications were submitted, two thirds of which by people who arrived earlier.",
    "In 2016, 745,000 applications were submitted, two thirds of them by men.",
    "In 2016, 745,000 applications were submitted, three quarters of which were rejected.",
    "In 2016, 745,000 applications were submitted, one third of which were granted.",
    "In 2016, 745,000 applications were submitted, one half of which were rejected."
  ])("a fraction's numerator: %j", (text) => {
    expect(read(text).rows.some((r) => /^(?:1|2|3)@/.test(r))).toBe(false);
  });

  it.each([
    "In 2016, asylum seekers from these four countries represented 70 percent of the illegal migrants.",
    "In 2016, nationals of these three countries made up most asylum seekers.",
    "In 2016, those two countries sent most asylum seekers.",
    "In 2016, these five nationalities accounted for most asylum applications.",
    "In 2016, asylum seekers from those six states made up half of all applicants."
  ])("a group named again: %j", (text) => {
    expect(read(text).rows.some((r) => /^[2-6]@/.test(r))).toBe(false);
  });

  it.each([
    "Before 2015, the number of asylum seekers was stable at 3,000 asylum seekers a year.",
    "Prior to 2015, 3,000 asylum applications were lodged each year.",
    "Before 2015, about 3,000 asylum seekers arrived yearly."
  ])("a time before a year: %j", (text) => {
    expect(read(text).rows.some((r) => r.startsWith("3000@2015"))).toBe(false);
  });
});

/** "value@period" observations and candidates of an item dated `date` reporting `reporting`. */
function dated(text: string, reporting: string, date: string): {rows: string[]; candidates: string[]} {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate: date,
    claimed: []
  });
  return {
    rows: r.observations.map((o) => `${o.value}@${o.period.label}`),
    candidates: r.candidates.map((o) => `${o.value}@${o.period.label}`)
  };
}

describe("'currently' in an item that counts its stocks on a stated day is that day", () => {
  it.each([
    "The country is currently home to 4.7 million legally registered foreigners.",
    "The country currently hosts 4.7 million legally registered foreigners.",
    "Currently, 4.7 million foreigners hold residence permits.",
    "At present, 4.7 million foreigners hold residence permits.",
    "4.7 million foreigners currently hold residence permits."
  ])("%j", (text) => {
    const item = `${text} As of Sept. 28, there are 4.74 million foreigners with legal status.`;
    expect(dated(item, "2023", "2023-10-07").rows).toContain("4700000@2023-09-28");
  });

  it("keeps the item's day when the stated day is long before it", () => {
    const item =
      "There are currently 4.7 million foreigners with a residence permit. As of 1 March, 4.5 million held one.";
    expect(dated(item, "2023", "2023-10-07").rows).not.toContain("4700000@2023-03-01");
  });
});

describe("a running total from no stated start is kept for review", () => {
  it.each([
    "583,618 Syrians have voluntarily returned to their homeland thus far.",
    "So far, 583,618 Syrians have returned voluntarily.",
    "Thus far 583,618 Syrians have gone home voluntarily.",
    "The ministry said 583,618 Syrians had returned so far.",
    "583,618 refugees have been resettled so far."
  ])("%j", (text) => {
    const read = dated(text, "2023", "2023-10-07");
    expect(read.rows.some((r) => r.startsWith("583618@"))).toBe(false);
  });

  it("reads 'so far this year' as the year to date", () => {
    expect(dated("So far this year, 583 Syrians have been deported.", "2023", "2023-10-07").rows).toContain(
      "583@2023-01-01..2023-10-07"
    );
  });
});

describe("a possessive year speaks of one figure and frames no sentence after it", () => {
  it.each(["Last year´s number", "Last year's number", "Last year’s figure"])("%j", (opening) => {
    const text = `In the first six months of the year, 713 foreigners applied for asylum. ${opening} can be ascribed to resettlement. Authorities rejected 615 asylum applications.`;
    expect(dated(text, "2017H1", "2017-07-24").rows).toContain("615@2017H1");
  });

  it("lets 'Last year,' frame the sentence after it", () => {
    const text = "Last year, 1475 foreigners applied for asylum. Authorities rejected 615 asylum applications.";
    expect(dated(text, "2017H1", "2017-07-24").rows).toContain("615@2016");
  });
});

describe("either end of a range of counts is no count; a change to a level is", () => {
  it.each([
    "In 2016, citizens of each Armenia, Syria and Cuba filed 24 to 48 applications.",
    "In 2016, each nationality filed between 24 and 48 applications.",
    "In 2016, 24 to 48 applications were filed by each nationality.",
    "In 2016, the offices received 24 or 48 applications each.",
    "In 2016, each office received 24 to 48 asylum applications."
  ])("%j", (text) => {
    const rows = dated(text, "2016", "2017-02-01").rows;
    expect(rows.some((r) => r.startsWith("24@") || r.startsWith("48@"))).toBe(false);
  });

  it.each([
    "In 2016, asylum applications fell from 131 to 17.",
    "In 2016, asylum applications increased from 24 to 48.",
    "Asylum applications fell from a peak of 2,940 in 2015 to 1,330 in 2016."
  ])("keeps the level a change reached: %j", (text) => {
    const rows = dated(text, "2016", "2017-02-01").rows;
    expect(rows.some((r) => /^(?:17|48|1330)@/.test(r))).toBe(true);
  });
});

describe("another status received after asylum granted is that status", () => {
  const indicators = (text: string) => indicatorsOf(text, "2017H1", "2017-07-24");
  it.each([
    "Asylum was granted to 23 people in January-June and another 67 received complementary protection.",
    "Asylum was granted to 23 people in January-June, and another 67 received subsidiary protection.",
    "In January-June, 23 people were granted asylum and 67 received subsidiary protection.",
    "In January-June, 23 people were granted asylum and 67 were granted subsidiary protection.",
    "In January-June, 23 persons were granted asylum, while 67 received complementary protection.",
    "In January-June, 23 persons were granted asylum, while 67 obtained subsidiary protection.",
    "In January-June, 23 people received asylum and another 67 received complementary protection.",
    "In January-June, 23 people were granted asylum and 67 were given subsidiary protection.",
    "In January-June, asylum was granted to 23 persons and another 67 received additional protection.",
    "In January-June, asylum was granted to 23 persons while another 67 were awarded subsidiary protection."
  ])("%j", (text) => {
    const rows = indicators(text);
    expect(rows).toContain("67 subsidiary_protection_granted");
    expect(rows).not.toContain("67 refugee_status_granted");
  });

  it("keeps asylum granted when the second count is of asylum too", () => {
    expect(
      indicators("In January-June, 23 people were granted asylum and 67 were granted asylum on appeal.")
    ).not.toContain("67 subsidiary_protection_granted");
  });
});
