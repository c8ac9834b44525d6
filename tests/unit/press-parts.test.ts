import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

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
