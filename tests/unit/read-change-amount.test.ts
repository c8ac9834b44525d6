import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {isChangeAmount} from "../../loaders/general/read-change-amount.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The values read from one paragraph of an item on 2020 dated in December. */
function values(text: string): number[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2020"),
    documentDate: "2020-12-20",
    state: "Spain",
    claimed: []
  });
  return r.observations.map((o) => o.value);
}

describe("a number with a comparative is a change, not a count", () => {
  it.each([
    ["In 2020, 3,002 people arrived by sea (2,473 less, -45.2%).", 3002, 2473],
    ["In 2020, 1,781 migrants arrived in the islands (1,600 more, +883%).", 1781, 1600],
    ["In 2020, 640 asylum seekers were registered, 85 more than in 2019.", 640, 85],
    ["In 2020, 4,000 migrants were returned, 1,200 fewer than a year earlier.", 4000, 1200],
    ["In 2020, only two more immigrants arrived in Spain, or were rescued near its coasts, than in 2019.", null, 2],
    ["In 2020, 300 more asylum seekers were registered than in 2019.", null, 300],
    ["In 2020, 57 fewer victims of trafficking were identified than in the year before.", null, 57],
    ["In 2020, 912 migrants were detained (140 less than in 2019).", 912, 140],
    ["In 2020, 1,250 foreigners were expelled; that is 310 more.", 1250, 310],
    ["In 2020, 75 victims were identified (12 fewer; -13.8%).", 75, 12],
    ["In 2020, 48 traffickers were convicted, nine more than the previous year.", 48, 9]
  ])("%j", (text, count, change) => {
    const read = values(text);
    if (count !== null) expect(read).toContain(count);
    expect(read).not.toContain(change);
  });
});

describe("what is no change", () => {
  it.each([
    ["more than before the number", "In 2020, more than 300 migrants arrived."],
    ["or more", "In 2020, 300 or more migrants arrived in 12 boats."],
    ["a count with no comparative", "In 2020, 300 migrants arrived and more were expected."],
    ["a comparative of another clause", "In 2020, 300 migrants arrived. More were expected than in 2019."]
  ])("%s", (_, text) => {
    const q = findQuantities(text).find((x) => x.value === 300)!;
    expect(q.excluded).toBeNull();
    expect(isChangeAmount(text.slice(q.end))).toBe(false);
  });
});
