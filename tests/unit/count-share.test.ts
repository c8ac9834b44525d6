import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";

const REPORTING = {label: "2020", start: "2020-01-01", end: "2020-12-31", partial: false, stock: false};

/** Each observation as "value unit period breakdown". */
const rows = (text: string) =>
  extractStatements(text, segmentParagraphs(text), {
    reportingPeriod: REPORTING,
    documentDate: "2021-03-01",
    claimed: []
  }).observations.map((o) =>
    `${o.value} ${o.unit === "percent" ? "%" : "n"} ${o.period.label} ${[o.citizenship, o.country, o.sex, o.category].filter(Boolean).join(",")}`.trim()
  );

/** The breakdown and period of the row of a value. */
const of = (read: string[], value: number, unit: "%" | "n") =>
  read.find((r) => r.startsWith(`${value} ${unit} `))?.replace(/^\S+ \S+ /, "");

describe("a share restating the count beside it takes the count's reading", () => {
  it.each([
    "In 2020, 1,245 asylum applications (38.2 percent) were lodged by Syrian nationals.",
    "In 2020, 1,245 asylum applications (38.2%) were lodged by Syrian nationals.",
    "In 2020, 1,245 asylum applications, or 38.2 per cent, were lodged by Syrian nationals.",
    "In 2020, 1,245 asylum applications or 38.2 percent were lodged by Syrian nationals.",
    "In 2020, the largest group of asylum applications came from Syria (1,245 applications, 38.2 %).",
    "In 2020, the largest group of asylum applications came from Syria (1,245 applications, or 38.2%).",
    "In 2020, the largest group of asylum applications came from Syria (1,245 applications or 38.2% of all).",
    "In 2020, 1,245 asylum applications (about 38.2 percent) were lodged by Syrian nationals.",
    "In 2020, 1,245 asylum applications (38.2 per cent) were lodged by Syrians.",
    "In 2020, Syrian nationals lodged 1,245 asylum applications (38.2 percent of the total)."
  ])("reads the share of %s as the count's", (sentence) => {
    const read = rows(sentence);
    const count = of(read, 1245, "n");
    expect(count).toBeDefined();
    expect(of(read, 38.2, "%")).toBe(count);
  });

  it.each([
    "In 2020, the police deported 3,410 foreigners; 22.8 percent (777 persons) were women.",
    "In 2020, 5% of returnees from Iran (1,640 individuals) were assisted by the agency.",
    "In 2020, 12.5 per cent of the returnees (410 persons) were assisted.",
    "In 2020, 40 percent of those deported (1,204 persons) were returned to Albania."
  ])("reads the share before a bracketed count of %s as that count's", (sentence) => {
    const read = rows(sentence);
    const counts = read.filter((r) => / n /.test(r));
    const shares = read.filter((r) => / % /.test(r));
    expect(shares.length).toBe(1);
    expect(counts.map((c) => c.replace(/^\S+ \S+ /, ""))).toContain(shares[0].replace(/^\S+ \S+ /, ""));
  });

  it("reads the share of a part as the part's, not the whole's", () => {
    const read = rows(
      "In 2020, 17 of the 23 persons (73.9 per cent) returned from Canada were deported for overstaying."
    );
    expect(read.some((r) => r.startsWith("73.9 % "))).toBe(read.some((r) => r.startsWith("17 n ")));
  });

  it.each([
    "In 2020, 1,245 asylum applications were lodged, a third of all applications.",
    "In 2020, Albanians lodged 51 applications or a third of all the applications.",
    "In 2020, 1,245 asylum applications were lodged, up 38.2 percent on 2019.",
    "In 2020, 1,245 asylum applications were lodged; the recognition rate was 38.2 percent."
  ])("reads no share of a count from %s", (sentence) => {
    const read = rows(sentence);
    const count = of(read, 1245, "n") ?? of(read, 51, "n");
    const share = read.find((r) => / % /.test(r))?.replace(/^\S+ \S+ /, "");
    expect(share === undefined || share !== count || count === "2020").toBe(true);
  });
});
