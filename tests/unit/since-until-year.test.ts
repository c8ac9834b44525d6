import {describe, expect, it} from "vitest";
import {sinceUntil} from "../../loaders/general/resolve-period.js";
import {parseReportingPeriod} from "../../loaders/periods/parse-period.js";
import {observations} from "./read-paragraph.js";

describe("the day 'since 2019' runs to in an item dated by its year alone", () => {
  it.each([
    ["Since 2019, IOM in Niger has facilitated the voluntary return of over 66,619 migrants.", "2019-2023"],
    ["Since 2019, the agency has repatriated 12,300 migrants.", "2019-2023"],
    ["Since 2020, police have rescued 410 trafficking victims.", "2020-2023"],
    ["Since 2021 some 3,100 migrants were deported.", "2021-2023"],
    ["The ministry has issued 9,870 work permits since 2019.", "2019-2023"],
    ["More than 2,045 refugees have been resettled since 2020.", "2020-2023"],
    ["Since the start of 2022, 640 smugglers were arrested.", "2022-2023"],
    ["Since 2019, 77 shelters assisted 5,400 victims.", "2019-2023"],
    ["Niger has returned 1,204 Malians since 2021.", "2021-2023"],
    ["Since 2019, 18,000 asylum applications were lodged.", "2019-2023"]
  ])("%j runs %s", (text, label) =>
    expect(observations(text, "2019-2023", "2024").map((o) => o.period.label)).toContain(label)
  );

  it.each([
    // An item dated by its year whose reporting period reaches into it: that period's end.
    ["2020", "2020-01..2020-06", "2020-06-30"],
    // An item dated to the day: that day.
    ["2024-03-05", "2019-2023", "2024-03-05"],
    // A reporting period ending two years before: the item's own year.
    ["2024", "2019-2022", "2024"],
    // A reporting period not ending on a year's last day.
    ["2024", "2023-01..2023-11", "2024"],
    // No reporting period.
    ["2024", null, "2024"]
  ])("an item of %s reporting on %s counts to %s", (date, reporting, until) =>
    expect(sinceUntil(date, reporting ? parseReportingPeriod(reporting) : null)).toBe(until)
  );
});
