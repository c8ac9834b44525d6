/**
 * A clause's main count is not of the period its comparison names: "In September, 1,797 applications were made,
 * an increase of 21% compared to September 2013" (the month is not of 2013), "Russians lodged the most last year
 * with 2,830, with 1,046 applying this year" (2,830 is not of this year, which another count stands nearer to).
 */
import {COMPARISON_MARKERS} from "../vocabulary/nouns.js";
import type {FoundPeriod} from "../periods/parse-period.js";

// Markers that open a comparison, not the participles of change, which also open a clause's own period ("rising in 2019").
// A bare "from" compares only after a change ("up 66% from 2014"); else it opens a range ("from January to May").
const MARKERS = COMPARISON_MARKERS.filter((m) => !/ing$/.test(m) && m !== "from")
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.]/g, String.raw`\.`).replace(/ /g, String.raw`\s+`));
// "an increase of 695 over last year's figures": a change and its size, then what it is set against.
const CHANGE_OVER = String.raw`(?:increase|decrease|rise|drop|fall|decline|growth|reduction)\s+of\s+[\d.,]+\s*(?:%|per\s*cent|percent)?\s+(?:over|on)`;
// "compared to ", "up 66% from ", "against 640 in ", "than in the same period of ", "6.6 percent year-on-year from the
// $2.4 billion recorded in ": a marker, a change, then the period.
const COMPARED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${MARKERS.join("|")}|(?:%|per\s*cent|percent)\s+(?:(?:year-on-year|year\s+on\s+year)\s+)?from|${CHANGE_OVER})\s+(?:(?:the\s+)?(?:[^\s\d]{1,3}\s?)?[\d.,]+(?:\s*(?:thousand|million|billion|bn|m)\b)?\s*(?:%|per\s*cent|percent)?\s+(?:(?:recorded|registered|reported|posted|seen)\s+)?)?(?:(?:in|during|for|on|over)\s+)?(?:the\s+same\s+(?:period|month|time|months|quarter)\s+(?:of|in)\s+)?$`,
  "iu"
);

/** Where the comparison that names the period starting at `at` opens ("from the year before"), or -1 when none does. */
export function comparedFrom(text: string, at: number): number {
  const from = Math.max(0, at - 60);
  const before = text.slice(from, at);
  const clause = before.lastIndexOf(";") + 1;
  const m = COMPARED_BEFORE.exec(before.slice(clause));
  if (m) return from + clause + m.index;
  const wide = Math.max(0, at - 140);
  const reversed = TO_FROM.exec(text.slice(wide, at)) ?? toOver(text, wide, at);
  return reversed ? wide + reversed.index + reversed[0].search(/\b(?:from|over)\b/i) : -1;
}

// "rose to Sh9.6 billion ($110.42 million) from Sh8.9 billion ($102.4 million) in February last year": the period
// after the figure "from" names is that figure's, not the level reached.
const FIGURE = String.raw`\S{0,4}\d[\d.,]*(?:\s*(?:thousand|million|billion|bn|m)\b)?(?:\s*\([^()]{1,40}\))?`;
const TO_FROM = new RegExp(
  String.raw`\bto\s+(?:reach\s+)?${FIGURE}\s+from\s+${FIGURE}\s+(?:(?:in|during|for)\s+)?(?:the\s+same\s+(?:period|month|quarter)\s+(?:of|in)\s+)?$`,
  "i"
);

// "increased by 1.5 per cent to $164.4 million over the same period of 2020/21": the same period a level reached is
// set "over" is the comparison's ("rose to $9.4 billion over the first half of 2021" is not).
const TO_OVER = new RegExp(
  String.raw`\bto\s+(?:reach\s+)?${FIGURE}\s+over\s+(?:the\s+same\s+(?:period|month|quarter)\s+(?:of|in)\s+)?$`,
  "i"
);

function toOver(text: string, wide: number, at: number): RegExpExecArray | null {
  const m = TO_OVER.exec(text.slice(wide, at));
  return m && (/same\s+\S+\s+\S+\s+$/i.test(m[0]) || /^the\s+same\s/i.test(text.slice(at))) ? m : null;
}

// "(May 2022: 1,176 primary applications)": a bracket that opens on another period and its figure sets it beside the count.
const BRACKET_FIGURE = /^[^():;]{1,25}:\s*(?:about\s+|some\s+)?\d/;

/** Whether the period starting at `at` is what a comparison in its clause sets the count against. */
export const isCompared = (text: string, at: number) =>
  comparedFrom(text, at) >= 0 ||
  (/\(\s*$/.test(text.slice(Math.max(0, at - 3), at)) && BRACKET_FIGURE.test(text.slice(at)));

// A count: digits (not a year, not a share) or a number word before a noun is left to the readers of counts.
const COUNT =
  /(?<![\w.,])\d{1,3}(?:[,.\s]\d{3})+(?![\d%])|(?<![\w.,])\d+(?![\d,.]*\s*(?:%|per\s*cent|percent))(?![\w])/g;
const YEAR = /^(?:19|20)\d\d$/;

// ", with 1,046 applying", ", while 310 …", ", whereas 72 …": a clause of its own opens before the other count.
const OWN_CLAUSE = /,\s*(?:with|while|whereas)\s+(?:only\s+|some\s+|about\s+|nearly\s+|almost\s+|over\s+)?$/i;
// ", including 35,557 that arrived in 2023": a part with a relative clause of its own dates only itself.
const INCLUDED_PART = /,\s*including\s+$/i;
const RELATIVE_AFTER = /^\S*\s+(?:[a-z]+\s+){0,2}(?:that|who|which)\s/;

/**
 * Whether another count, opening a clause of its own, stands between the count at `at` and a period starting at
 * `periodStart`, so that the period is that count's.
 */
export function nearerCount(text: string, at: number, periodStart: number): boolean {
  const end = at + (/^[\p{L}\d]+(?:[.,]\d+)*/u.exec(text.slice(at))?.[0].length ?? 0);
  if (periodStart <= end) return false;
  return [...text.slice(end, periodStart).matchAll(COUNT)].some(
    (m) =>
      !YEAR.test(m[0]) &&
      (OWN_CLAUSE.test(text.slice(end, end + m.index!)) ||
        (INCLUDED_PART.test(text.slice(end, end + m.index!)) &&
          RELATIVE_AFTER.test(text.slice(end + m.index! + m[0].length))))
  );
}

// "the 2015 figure of 985", "last year's total of 1,200": a period that names another figure is that figure's.
// "Kazakhs led in 2018 with 2,496 and Chinese in 2017 with 1,413": so is one a ranking's next figure is given "with".
const NAMES_FIGURE =
  /^(?:(?:['’]s)?\s+(?:figure|total|number|level|tally|count)\s+(?:of|was|stood\s+at|at)\s|\s+with\s+(?:(?:about|around|some|over|nearly|almost|more\s+than)\s+)?\d)/i;

/** Whether the period ending at `end` dates a figure the text names after it, not the count before it. */
export const datesFigure = (text: string, end: number) => NAMES_FIGURE.test(text.slice(end, end + 30));

// ", 1,781 immigrants …" after "than the previous year": the comparison ends with its period, at the comma.
const CLAUSE_GOES_ON = /^\s*,(?!\s*(?:when|where|which|while|whereas|and|or|as|but|with)\b)/i;

// "compared with nine in 2018", "compared to 2,300 in 2018", "compared with 12 prosecutions in 2020": words and one
// figure between the comparison and its period.
const COMPARED_FIGURE = /^(?:[\p{L}\s]|\d(?:[\d,.]*\d)?)*$/u;
// "…, compared with nine in 2018, and prosecuting eight …": "and" with a verb of its own opens the next count's clause.
const NEXT_PREDICATE = /^\s*,(?=\s*and\s+(?:also\s+)?[a-z]+(?:ing|ed)\b)/i;
// "compared with one prosecution in the previous reporting period against three suspects in …, and it continued
// prosecution of two cases": a clause with its own subject and verb, later in the sentence, ends the comparison too.
const LATER_PREDICATE =
  /^[^;.()]{0,160}?,(?=\s*and\s+(?:it|they|the\s+government|authorities|officials)\s+(?:also\s+)?[a-z]{3,}(?:ed|ing)\b)/i;

/** The period of the next figure joined by "and" or a comma to the one ending at `p`, if any. */
function listedPeriod(text: string, p: FoundPeriod, periods: FoundPeriod[]): FoundPeriod | undefined {
  const join = /^\s*(?:,\s*(?:and\s+)?|and\s+)/i.exec(text.slice(p.end));
  if (!join) return undefined;
  const from = p.end + join[0].length;
  return periods.find(
    (f) => f.start >= from && f.start - from <= 30 && COMPARED_FIGURE.test(text.slice(from, f.start))
  );
}

/** Commas that close a comparison naming only a period ("more than the previous year, 1,781 immigrants"). */
export function comparisonEnds(text: string, comparisons: number[], periods: FoundPeriod[]): number[] {
  const ends: number[] = [];
  for (const c of comparisons) {
    // A bare "from" before a period opens a span ("from 13 to 19 January, during which …"), not a comparison.
    if (/^from\b/i.test(text.slice(c))) continue;
    let p = periods.find((f) => f.start >= c && f.start - c <= 45 && COMPARED_FIGURE.test(text.slice(c, f.start)));
    // "compared with 12 prosecutions in 2020 and none in 2019, and reported 18 …": the comparison runs through the
    // figures of other periods joined to its first.
    for (let next = p && listedPeriod(text, p, periods); next; next = listedPeriod(text, next, periods)) p = next;
    const comma = p
      ? (CLAUSE_GOES_ON.exec(text.slice(p.end)) ??
        NEXT_PREDICATE.exec(text.slice(p.end)) ??
        LATER_PREDICATE.exec(text.slice(p.end)))
      : null;
    if (p && comma) ends.push(p.end + comma[0].length - 1);
  }
  return ends;
}
