import {describe, expect, it} from "vitest";
import {changeFromPeriod} from "../../loaders/general/resolve-change-from.js";
import {parsePeriodLabel, parseReportingPeriod} from "../../loaders/periods/parse-period.js";

const months = parseReportingPeriod("2021-01..2021-09")!;
const at = (text: string, value: string) => [text.indexOf(value), text.indexOf(value) + value.length] as const;

describe("changeFromPeriod", () => {
  it("dates the figure after 'from' to the same months a year before", () => {
    const text = "The number of visas fell from 4,200 to 3,100.";
    expect(changeFromPeriod(text, ...at(text, "4,200"), months)?.label).toBe("2020-01-01..2020-09-30");
    expect(changeFromPeriod(text, ...at(text, "4,200"), parsePeriodLabel("2021")!)?.label).toBe("2020");
  });

  it("leaves the figure after 'to', a start of a range and a stock alone", () => {
    const text = "The number of visas fell from 4,200 to 3,100.";
    expect(changeFromPeriod(text, ...at(text, "3,100"), months)).toBeNull();
    const range = "Visas were issued to persons aged from 18 to 65.";
    expect(changeFromPeriod(range, ...at(range, "18"), months)).toBeNull();
    const stock = {...parsePeriodLabel("2021-03-01/2021-03-01")!, stock: true};
    expect(changeFromPeriod(text, ...at(text, "4,200"), stock)).toBeNull();
  });
});
