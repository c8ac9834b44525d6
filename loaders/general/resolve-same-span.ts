/**
 * "35 were reported in the first quarter of this year compared to only one in 2017", "dropped from 131 last year to
 * 17 this year" (in a half-year's release): a whole year set against part of another year is that part of it.
 */
import type {FoundPeriod} from "../periods/parse-period.js";
import {periodFromBounds} from "../periods/parse-period.js";
import type {Period} from "../types.js";

const isWholeYear = (p: Period) =>
  !p.stock && p.start.slice(0, 4) === p.end.slice(0, 4) && p.start.endsWith("-01-01") && p.end.endsWith("-12-31");

const isPartOfYear = (p: Period) =>
  !p.stock &&
  /^\d{4}-\d\d-\d\d$/.test(p.start) &&
  p.start.slice(0, 4) === p.end.slice(0, 4) &&
  !isWholeYear(p) &&
  // A month or a day is compared with the same month elsewhere; only spans of several months carry over.
  p.start.slice(0, 7) !== p.end.slice(0, 7);

const isMonthOfYear = (p: Period) =>
  !p.stock && /^\d{4}-\d\d-01$/.test(p.start) && p.start.slice(0, 7) === p.end.slice(0, 7) && p.end.slice(8) >= "28";
const SAME_MONTH = /\bsame\s+month\s+(?:of|in|last)\s+(?:the\s+year\s+)?$/i;

// What joins the two figures: a comparison, or the "from … to" of a change.
const LINK =
  /\b(?:compared\s+(?:to|with)|as\s+against|against|versus)\b|\bto\s+(?:US\$|\$)?(?:[\d.,]+(?:\s+[a-z]+)?\s*)?$|\b(?:up|down)\s+from\s+(?:US\$|\$)?\s?$|\b(?:more|less|higher|lower)\s+than\s+(?:the\s+)?(?:US\$|\$)?\s?$/i;
// A bracket closing or a new coordinated clause between them: the figures are not set against each other.
const APART = /[.;)]\s|\)|,\s+and\b/;
// "all of 2018", "the whole of 2017": the year itself, not a part of it.
const WHOLE_BEFORE = /\b(?:all|whole|entire|full|total)\s+(?:of\s+)?(?:the\s+)?(?:year\s+)?(?:in\s+)?$/i;

/** The part of the stated whole year `p` (the figure at `start`) that matches the part of a year it is set against. */
export function sameSpanOfYear(text: string, periods: FoundPeriod[], start: number, p: Period): Period | null {
  const own = periods.find((f) => f.period === p);
  if (!isWholeYear(p)) return own ? sameSpanOfSplitYear(text, periods, own, p, start) : null;
  if (own && WHOLE_BEFORE.test(text.slice(Math.max(0, own.start - 20), own.start))) return null;
  // The words between the figure and the other period, whichever comes first.
  const between = (f: FoundPeriod) => (f.end <= start ? text.slice(f.end, start) : text.slice(start, f.start));
  // "$344 million in the same month of 2017": a month set against the same month of another year carries over too.
  const sameMonth = own && SAME_MONTH.test(text.slice(Math.max(0, own.start - 30), own.start));
  const other = periods
    .filter(
      (f) =>
        (isPartOfYear(f.period) || (sameMonth && isMonthOfYear(f.period))) &&
        f.period.start.slice(0, 4) !== p.start.slice(0, 4) &&
        // Set against the year before or after, or "the same month of" any year: a year further off is written whole
        // ("from 1,354 in 2014 to 12,177 in the first nine months of 2018").
        (sameMonth || Math.abs(Number(f.period.start.slice(0, 4)) - Number(p.start.slice(0, 4))) === 1)
    )
    .filter((f) => !APART.test(between(f)) && LINK.test(between(f)))
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
  if (!other) return null;
  const year = p.start.slice(0, 4);
  const day = (iso: string) => `${year}${iso.slice(4)}`;
  const end = day(other.period.end).endsWith("-02-29") ? `${year}-02-28` : day(other.period.end);
  return periodFromBounds(day(other.period.start), end);
}

// "compared with the same period in 2018/19": a year split across two calendar years, named after "the same period".
const SAME_PERIOD = /\bsame\s+(?:period|months|time)\s+(?:in|of|last)\s+(?:the\s+)?$/i;
const SPLIT_LABEL = /^((?:19|20)\d\d)\/(?:\d\d){1,2}$/;
const COMPARED_FIGURE =
  /\b(?:compared\s+(?:with|to)|as\s+against|against|versus|(?:up|down)\s+from)\s+(?:(?:approximately|about|some|around|nearly)\s+)?\S{0,4}$/i;

/**
 * "65,797 arrivals from 1 September 2019 to 29 February 2020, … compared with the same period in 2018/19, when 55,017
 * …": the span of the sentence that crosses a year's end, moved back to the split year named.
 */
function sameSpanOfSplitYear(
  text: string,
  periods: FoundPeriod[],
  own: FoundPeriod,
  p: Period,
  start: number
): Period | null {
  const split = SPLIT_LABEL.exec(p.label);
  if (!split || !SAME_PERIOD.test(text.slice(Math.max(0, own.start - 30), own.start))) return null;
  // The figure is the one set against: "compared with 4,329 in …", or "…, when 55,017 …" after the period.
  const compared =
    start > own.end
      ? /^,?\s+when\b/i.test(text.slice(own.end, own.end + 8))
      : COMPARED_FIGURE.test(text.slice(Math.max(0, start - 40), start));
  if (!compared) return null;
  const other = periods.find(
    (f) =>
      f !== own &&
      f.end <= own.start &&
      Number(f.period.end.slice(0, 4)) === Number(f.period.start.slice(0, 4)) + 1 &&
      !f.period.stock
  );
  if (!other) return null;
  const shift = Number(other.period.start.slice(0, 4)) - Number(split[1]);
  if (shift <= 0) return null;
  const back = (iso: string) => `${Number(iso.slice(0, 4)) - shift}${iso.slice(4)}`;
  const end = back(other.period.end);
  // A leap day moved to a year without one is the month's last day.
  const last = /-02-29$/.test(end) && !isLeap(Number(end.slice(0, 4))) ? end.replace(/29$/, "28") : end;
  return periodFromBounds(back(other.period.start), last);
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * "During January-June 2023, remittances were 632.9 million euros. Compared to 555.4 million euros in 2022, …": a
 * figure a sentence opening on a comparison dates by a whole year is of the same part of that year as the figure it is
 * set against.
 */
export function spanInYear(p: Period, against: Period | null): Period | null {
  if (!against || against.stock || !/^\d{4}$/.test(p.label)) return null;
  const [ys, ye] = [Number(against.start.slice(0, 4)), Number(against.end.slice(0, 4))];
  const shift = ys - Number(p.label);
  if (ys !== ye || shift === 0 || (against.start.endsWith("-01-01") && against.end.endsWith("-12-31"))) return null;
  const back = (iso: string) => `${Number(iso.slice(0, 4)) - shift}${iso.slice(4)}`;
  const end = back(against.end);
  return periodFromBounds(
    back(against.start),
    /-02-29$/.test(end) && !isLeap(Number(end.slice(0, 4))) ? end.replace(/29$/, "28") : end
  );
}
