// Sentence templates filled with random numbers (digits in every grouping, or words), years and months,
// read back by the general statement reader: every figure must come back with its value and period.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const UNITS = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen"
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];

function inWords(n: number): string {
  if (n < 20) return UNITS[n];
  return TENS[Math.floor(n / 10)] + (n % 10 ? `-${UNITS[n % 10]}` : "");
}

function group(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * A count written as a report might: words up to 99, else digits plain or grouped by comma, space or dot.
 * Plain four-digit numbers from 1950 to 2049 are left out: written bare, a report's "2018" is a year, and
 * the reader takes it for one (a count that size is written with a separator, "2,018", or in words).
 */
const yearShaped = (n: number, sep: string) => n >= 1950 && n <= 2049 && sep === "";
// The filter stands outside any chain, so a rejected draw is redrawn whole: a filter inside a chain on one number
// can reject every value of its inner arbitrary, and fast-check then retries without end.
const written = fc.oneof(
  fc.integer({min: 2, max: 99}).map((n) => ({n, text: inWords(n)})),
  fc
    .tuple(fc.integer({min: 2, max: 999_999}), fc.constantFrom("", ",", " ", "."))
    .filter(([n, sep]) => !yearShaped(n, sep))
    .map(([n, sep]) => ({
      n,
      text: n >= 1000 && sep === "." && n < 1_000_000 ? group(n, sep) : group(n, sep === "." ? "," : sep)
    }))
);
const year = fc.integer({min: 1995, max: 2035});
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

function read(text: string, reporting = "2016") {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate: "2017",
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}`);
}

describe("general reader, templates filled at random", () => {
  it("reads an identified count and its year", () => {
    fc.assert(
      fc.property(written, year, (a, y) => {
        expect(read(`In ${y}, the government identified ${a.text} victims of trafficking.`)).toEqual([`${a.n}@${y}`]);
      }),
      {numRuns: 300}
    );
  });

  it("reads a sentence-initial count in words or digits with its year after it", () => {
    fc.assert(
      fc.property(written, year, (a, y) => {
        expect(read(`${capital(a.text)} foreigners were granted work permits in ${y}.`)).toEqual([`${a.n}@${y}`]);
      }),
      {numRuns: 300}
    );
  });

  it("reads a comparison with another year's value", () => {
    fc.assert(
      fc.property(written, written, year, (a, b, y) => {
        expect(
          read(`Authorities investigated ${a.text} trafficking cases in ${y}, compared with ${b.text} in ${y - 1}.`)
        ).toEqual([`${a.n}@${y}`, `${b.n}@${y - 1}`]);
      }),
      {numRuns: 300}
    );
  });

  it("reads a bracketed comparison and falls back to the reporting period", () => {
    fc.assert(
      fc.property(written, written, year, (a, b, y) => {
        expect(read(`The police identified ${a.text} trafficking victims (${b.text} in ${y}).`, "2016")).toEqual([
          `${a.n}@2016`,
          `${b.n}@${y}`
        ]);
      }),
      {numRuns: 300}
    );
  });

  it("reads a month of a year", () => {
    fc.assert(
      fc.property(written, year, fc.integer({min: 0, max: 11}), (a, y, m) => {
        expect(read(`In ${MONTHS[m]} ${y}, ${a.text} foreigners were deported.`)).toEqual([
          `${a.n}@${y}-${String(m + 1).padStart(2, "0")}`
        ]);
      }),
      {numRuns: 300}
    );
  });

  it("never reads a year, an article or an age as a count", () => {
    fc.assert(
      fc.property(year, fc.integer({min: 1, max: 400}), fc.integer({min: 12, max: 21}), (y, art, age) => {
        expect(read(`In ${y}, Article ${art} of the law protected children under ${age} from trafficking.`)).toEqual(
          []
        );
      }),
      {numRuns: 300}
    );
  });
});
