/**
 * Lists of a year (or a month or quarter of one) and one figure to a line under a heading that says what is counted, as press items and
 * blogs print a chart's data: "Monthly average deportees from Mexico to El Salvador:", then "2017 -- 924",
 * "2016 -- 2596" (in any order, a dash, colon, bar or spaces between). The heading names the indicator, the
 * unit and the breakdown of every line; a list with no heading above it says nothing of what it counts.
 */
import {parseNumber} from "../numbers/parse-number.js";
import {MONTHS, monthOfWord, monthPeriod, yearPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";

export interface YearValueCell {
  period: Period;
  value: number;
  start: number;
  end: number;
}

export interface YearValueList {
  /** Raw offsets from the heading's start to the last figure. */
  start: number;
  end: number;
  /** The heading line, a closing colon dropped. */
  title: string;
  cells: YearValueCell[];
}

const YEAR_SOURCE = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
const MONTH_SOURCE = `(?:${MONTHS.join("|")}|${MONTHS.map((m) => m.slice(0, 3)).join("|")})\\.?`;
// A line's period: a year, a month of a year ("January 2019", "Jan. 2019") or a quarter ("Q1 2019").
const PERIOD = String.raw`(${YEAR_SOURCE}|${MONTH_SOURCE},?\s+${YEAR_SOURCE}|Q[1-4]\s+${YEAR_SOURCE})`;
// One figure: comma- or space-grouped thousands, or plain digits.
const VALUE = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d{1,7})`;
const SEPARATOR = String.raw`(?:[ \t]*(?:--|[-–—:=|])[ \t]*|\t+[ \t]*|[ \t]+)`;
const LINE = new RegExp(String.raw`^[ \t]*${PERIOD}(${SEPARATOR})${VALUE}[ \t]*$`, "i");
// A heading is a short line of words that ends no sentence ("… to El Salvador:", "Deportations by year").
const MAX_HEADING_WORDS = 20;

interface Line {
  text: string;
  start: number;
}

function linesOf(raw: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  let at = start;
  for (const text of raw.slice(start, end).split("\n")) {
    out.push({text, start: at});
    at += text.length + 1;
  }
  return out;
}

/** The period a line opens with. */
function periodOf(text: string): Period | null {
  const [first, year] = [text.split(/\s+/)[0], +text.slice(-4)];
  if (/^\d{4}$/.test(text)) return yearPeriod(+text);
  if (/^q[1-4]$/i.test(first)) return monthPeriod(year, +first[1] * 3 - 2, year, +first[1] * 3);
  const month = monthOfWord(first.replace(/[.,]/g, ""));
  return month ? monthPeriod(year, month) : null;
}

/** The line's period and figure, or null when it is no such line or reads as a span of years ("2015 - 2016"). */
function periodValue(line: Line): YearValueCell | null {
  const m = LINE.exec(line.text);
  if (!m) return null;
  const [, when, separator, figure] = m;
  const period = periodOf(when);
  const value = parseNumber(figure.replace(/ /g, ","))?.value;
  if (!period || value === undefined) return null;
  if (/^\s*[-–—]\s*$/.test(separator) && /^(?:19|20)\d\d$/.test(figure) && /^\d{4}$/.test(when) && +figure > +when)
    return null;
  const at = line.start + m.index + m[0].lastIndexOf(figure);
  return {period, value, start: at, end: at + figure.length};
}

/** The heading above a list: the last non-blank line before `at` (within two lines), when it reads as one. */
function headingBefore(raw: string, at: number): {text: string; start: number} | null {
  const before = raw.slice(0, at).replace(/\s+$/, "");
  const lineStart = before.lastIndexOf("\n") + 1;
  const text = before.slice(lineStart).trim();
  // More than one blank line parts the heading from the list.
  if (/\n[ \t]*\n[ \t]*\n/.test(raw.slice(lineStart, at))) return null;
  if (!/\p{L}/u.test(text) || text.split(/\s+/).length > MAX_HEADING_WORDS) return null;
  if (/[.!?;]$/.test(text) || /\.\s+\p{Lu}/u.test(text)) return null;
  return {text: text.replace(/\s*:$/, ""), start: lineStart + before.slice(lineStart).indexOf(text)};
}

export function readYearValueLines(raw: string, start: number, end: number): YearValueList[] {
  const out: YearValueList[] = [];
  const lines = linesOf(raw, start, end);
  for (let i = 0; i < lines.length; i++) {
    const cells: YearValueCell[] = [];
    const periods = new Set<string>();
    let j = i;
    let blanks = 0;
    for (; j < lines.length; j++) {
      if (!lines[j].text.trim()) {
        if (++blanks > 1 || !cells.length) break;
        continue;
      }
      const cell = periodValue(lines[j]);
      if (!cell || periods.has(cell.period.label)) break;
      blanks = 0;
      periods.add(cell.period.label);
      cells.push(cell);
    }
    // One line alone is a sentence that opens with a year, not a list.
    if (cells.length < 2) continue;
    const heading = headingBefore(raw, lines[i].start);
    if (heading) out.push({start: heading.start, end: cells.at(-1)!.end, title: heading.text, cells});
    i = j - 1;
  }
  return out;
}
