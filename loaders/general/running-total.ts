/**
 * "56,276 people received protection in 2022, bringing the total number of recognised refugees to 547,102": a
 * total a clause's flow brings a count to is the count standing at the end of that clause's period, not a flow in it.
 */
import type {FoundPeriod} from "../periods/parse-period.js";
import {RAISING_VERBS} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";

const TOTAL_TO = new RegExp(
  String.raw`\b(?:${alternation(RAISING_VERBS)})\s+(?:the|its|their)\s+(?:year['’]s\s+)?(?:overall\s+|cumulative\s+|grand\s+)?(?:total|tally)\b[^.;:()]{0,80}?\s+to(?=\s+(?:(?:over|more\s+than|about|around|nearly|almost|some|close\s+to)\s+)?(?:\d|half\s+a\s+million|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand|million)))`,
  "gi"
);

// "the total for the year", "the total this year", "the year's total so far": a flow's sum since the year began.
const YEAR_SO_FAR = /\b(?:for\s+the\s+(?:current\s+)?year|(?:this|the)\s+year|so\s+far|year[\s-]to[\s-]date)\b/i;

/** The stock days "bringing the total to" names, each the last day of the period the clause before it names. */
export function runningTotals(text: string, periods: FoundPeriod[]): FoundPeriod[] {
  if (!/\b(?:total|tally)\b/i.test(text)) return [];
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(TOTAL_TO)) {
    const before = periods.filter((p) => p.end <= m.index).at(-1);
    // A day already stands on itself; a span ending in the future is no total yet.
    if (!before || before.period.start === before.period.end) continue;
    const day = before.period.end;
    // "bringing the total for the year to 6,400": the flow summed from the year's first day, not a stock.
    if (YEAR_SO_FAR.test(m[0])) {
      const start = `${day.slice(0, 4)}-01-01`;
      out.push({
        period: {label: `${start}..${day}`, start, end: day, partial: true, stock: false},
        start: m.index,
        end: m.index + m[0].length,
        pattern: "year_to_date"
      });
      continue;
    }
    out.push({
      period: {label: day, start: day, end: day, partial: false, stock: true},
      start: m.index,
      end: m.index + m[0].length,
      pattern: "stock_day"
    });
  }
  return out;
}
