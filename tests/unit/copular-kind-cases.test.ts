import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {readCounted} from "../../loaders/general/read-counted.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";

const REPORTING = {label: "2019", start: "2019-01-01", end: "2019-12-31", partial: false, stock: false};

/** The observation read for the number `n` of a paragraph, as indicator and category. */
const row = (text: string, n: number) => {
  const o = extractStatements(text, segmentParagraphs(text), {
    reportingPeriod: REPORTING,
    documentDate: "2020-06-25",
    claimed: []
  }).observations.find((x) => x.value === n);
  return o && {indicator: o.indicator, category: o.category};
};

describe("a part of a count of persons named as cases of a kind", () => {
  it.each([
    [
      "The government identified 150 victims; 111 were sex trafficking victims, 68 were forced labor cases.",
      68,
      "forced labor"
    ],
    ["The government identified 90 victims in 2019; 40 were forced labor cases.", 40, "forced labor"],
    [
      "Authorities identified 75 victims; 30 were sex trafficking cases and 45 were forced labor cases.",
      30,
      "sex trafficking"
    ],
    [
      "Authorities identified 75 victims; 30 were sex trafficking cases and 45 were forced labor cases.",
      45,
      "forced labor"
    ],
    ["The government identified 60 victims, of whom 12 were forced begging cases.", 12, "forced begging"],
    ["Police identified 52 victims in 2019; 20 were labor trafficking cases.", 20, "labor trafficking"],
    ["The government identified 33 victims; 9 were forced criminality cases.", 9, "forced criminality"],
    ["Officials identified 48 trafficking victims; 17 were forced labour cases.", 17, "forced labour"],
    ["The government identified 80 victims; 25 were child sex trafficking cases.", 25, "child sex trafficking"],
    ["The government identified 72 victims; 70 were sex trafficking cases.", 70, "sex trafficking"]
  ])("reads %s (%i) as victims", (text, n, category) => {
    const whole = row(text, Number(/\d+/.exec(text)![0]));
    const r = row(text, n);
    expect(r?.indicator).toMatch(/victims_identified$/);
    expect(r?.indicator).toBe(whole?.indicator);
    expect(r?.category).toContain(category.replace(/^child /, "").replace("labour", "labor"));
  });

  it.each([
    "12 were forced labor cases",
    "12 were sex trafficking cases",
    "12 were labor trafficking cases",
    "12 were forced begging cases",
    "12 were forced labour cases"
  ])("names no noun in %s", (text) => {
    expect(readCounted(text, 2).noun).toBeNull();
  });

  it.each([
    "12 cases of forced labor",
    "12 forced labor cases",
    "12 were cases",
    "12 were new cases",
    "12 were criminal cases"
  ])("keeps the cases of %s", (text) => {
    expect(readCounted(text, 2).noun?.lemma).toBe("case");
  });
});
