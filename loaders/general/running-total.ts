/**
 * "56,276 people received protection in 2022, bringing the total number of recognised refugees to 547,102": a
 * total a clause's flow brings a count to is the count standing at the end of that clause's period, not a flow in it.
 */
import type {FoundPeriod} from "../periods/parse-period.js";

const TOTAL_TO =
  /\b(?:bringing|raising|taking|pushing|lifting|brings|raises|takes|pushes|lifts)\s+(?:the|its|their)\s+(?:overall\s+|cumulative\s+|grand\s+)?(?:total|tally)\b[^.;:()]{0,80}?\s+to(?=\s+(?:(?:over|more\s+than|about|around|nearly|almost|some|close\s+to)\s+)?(?:\d|half\s+a\s+million|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand|million)))/gi;

/** The stock days "bringing the total to" names, each the last day of the period the clause before it names. */
export function runningTotals(text: string, periods: FoundPeriod[]): FoundPeriod[] {
  if (!/\b(?:total|tally)\b/i.test(text)) return [];
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(TOTAL_TO)) {
    const before = periods.filter((p) => p.end <= m.index).at(-1);
    // A day already stands on itself; a span ending in the future is no total yet.
    if (!before || before.period.start === before.period.end) continue;
    const day = before.period.end;
    out.push({
      period: {label: day, start: day, end: day, partial: false, stock: true},
      start: m.index,
      end: m.index + m[0].length,
      pattern: "stock_day"
    });
  }
  return out;
}
