/**
 * "between January 2 and 9 of this year", "from 3 to 9 March last year", "from March 3 to April 9 this year": a
 * span of days (or of months from the beginning of one to the end of another) written without its year and followed
 * by a year named relative to the document's date. The relative year is spelled out as the year itself, right-aligned
 * in the same number of characters, so every reader of days finds an explicit year and every offset into the sentence
 * stays where it was.
 */
import {MONTH_OR_ABBREVIATION} from "../periods/parse-period.js";
import {parseNumberWords} from "../numbers/parse-number.js";

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const MONTH = MONTH_OR_ABBREVIATION;
const TO = String.raw`\s*(?:-|–|—|to|and|until|till|through)\s*`;
// A span of days, the month before or after the days or with each ("January 2 and 9", "2-9 January", "March 3 to April 9");
// a single day is read with its relative year by resolve-yearless-month.ts.
const DAY_PHRASE = String.raw`(?:${MONTH}\s+${DAY}${TO}(?:${MONTH}\s+)?${DAY}|${DAY}${TO}${DAY}\s+(?:of\s+)?${MONTH}|${DAY}\s+(?:of\s+)?${MONTH}${TO}${DAY}\s+(?:of\s+)?${MONTH})`;
// "between the beginning of April and the end of December last year": months bounded by their first and last days.
const BOUNDED_MONTHS = String.raw`(?:the\s+)?(?:beginning|start)\s+of\s+${MONTH}${TO}(?:the\s+)?(?:end|close)\s+of\s+${MONTH}`;
const RELATIVE_YEAR = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:${DAY_PHRASE}|${BOUNDED_MONTHS})\s*,?\s+)(?:of\s+)?(this|last|the\s+current|the\s+previous|the\s+past)\s+year\b`,
  "giu"
);

// "Ten years ago, 422 permits were issued", "a decade ago": a year counted back from the document's date, read as
// "in <that year>" right-aligned in the same characters.
const YEARS_AGO = /(?<![\p{L}\d-])(an?|\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(years?|decades?)\s+ago\b/giu;

/** The sentence with each relative year after a yearless day replaced by the year, padded to its length. */
export function spellRelativeYears(text: string, documentDate: string | undefined): string {
  if (!documentDate || !/year|decade/i.test(text)) return text;
  const docYear = Number(documentDate.slice(0, 4));
  return text
    .replace(RELATIVE_YEAR, (whole: string, which: string) => {
      const year = /^this|current/i.test(which) ? docYear : docYear - 1;
      return String(year).padStart(whole.length, " ");
    })
    .replace(YEARS_AGO, (whole: string, count: string, unit: string) => {
      const n = /^an?$/i.test(count) ? 1 : /^\d+$/.test(count) ? Number(count) : parseNumberWords(count.toLowerCase());
      if (n === null || !Number.isInteger(n) || n < 1 || n > 50) return whole;
      return `in ${docYear - n * (/^decade/i.test(unit) ? 10 : 1)}`.padStart(whole.length, " ");
    });
}
