import type {Period} from "../types.js";

/**
 * Period phrases, one pattern each (chrono-style): years, half years, ranges, ranges plus a half
 * year, academic years and stock dates. Each returns a Period with ISO bounds.
 */

const YEAR = String.raw`(?:19[89]\d|20\d\d)`;
/** The ordinals a quarter is named by, in words and in digits. */
export const QUARTER_ORDINALS = ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"];
/** A quarter's number (1–4) from its ordinal ("second", "2nd") or its code ("Q2"); 0 when it names none. */
export function quarterNumber(word: string): number {
  const w = word.toLowerCase();
  if (/^q[1-4]$/.test(w)) return Number(w[1]);
  const i = QUARTER_ORDINALS.indexOf(w);
  return i < 0 ? 0 : (i % 4) + 1;
}
const DASH = String.raw`\s*[–—-]\s*`;
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
const MONTH = `(?:${MONTHS.join("|")})`;
/** A month's name or its abbreviation ("Aug.", "Sept"), as a pattern source with no group of its own. */
export const MONTH_OR_ABBREVIATION = String.raw`(?:${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`;
/** The month (1–12) a name or abbreviation stands for; 0 when it stands for none. */
export const monthOfWord = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1;
const MONTH_RE = new RegExp(MONTH, "i");
const MONTH_OR_ABBREVIATION_RE = new RegExp(`\\b${MONTH_OR_ABBREVIATION}`, "i");
// Every period phrase holds a year.
const HAS_YEAR = new RegExp(YEAR);
const HALF = String.raw`(?:(?:the\s+)?(?:1st|first)\s+half\s+of|(?:(?:in\s+)?the\s+)?(?:first\s+)?(?:6|six)\s+months\s+of)\s+(?:the\s+)?(?:year\s+)?`;

interface PeriodPattern {
  name: string;
  source: string;
  build: (m: RegExpExecArray) => Period | null;
  /** A word every match holds: a text without it is not scanned with the pattern. */
  needs?: RegExp;
}

/** A month or day number written with two digits. */
export const pad = (n: number) => String(n).padStart(2, "0");
/** The number of days in month `m` (1–12) of year `y`. */
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** The ISO day `days` after (or, negative, before) the ISO day `day`. */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The last day an item dated `date` (a day, a month or a year) can speak of: its day, else its month's or year's end. */
export function lastDayOf(date: string): string {
  if (date.length >= 10) return date.slice(0, 10);
  const [y, m] = date.split("-").map(Number);
  return m ? `${date.slice(0, 7)}-${pad(lastDay(y, m))}` : `${y}-12-31`;
}
export const yearPeriod = (y: number): Period => ({
  label: String(y),
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  partial: false,
  stock: false
});
export const halfPeriod = (y: number): Period => ({
  label: `${y}H1`,
  start: `${y}-01-01`,
  end: `${y}-06-30`,
  partial: true,
  stock: false
});
const rangePeriod = (a: number, b: number): Period | null =>
  b > a ? {label: `${a}-${b}`, start: `${a}-01-01`, end: `${b}-12-31`, partial: false, stock: false} : null;
const rangePlusHalf = (a: number, b: number, h: number): Period | null =>
  b > a && h === b + 1
    ? {label: `${a}-${b}+${h}H1`, start: `${a}-01-01`, end: `${h}-06-30`, partial: false, stock: false}
    : null;
/** The days from one date to a later one, both printed; null when a date does not exist or runs backwards. */
const dayRange = (y: number, m: number, d: number, y2: number, m2: number, d2: number): Period | null => {
  if (m < 1 || m2 < 1 || d < 1 || d2 < 1 || d > lastDay(y, m) || d2 > lastDay(y2, m2)) return null;
  const [start, end] = [`${y}-${pad(m)}-${pad(d)}`, `${y2}-${pad(m2)}-${pad(d2)}`];
  return end > start ? periodFromBounds(start, end) : null;
};
const stockDate = (y: number, monthName: string, d: number): Period | null => {
  const m = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  if (m < 1 || d < 1 || d > lastDay(y, m)) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return {label: iso, start: iso, end: iso, partial: false, stock: true};
};

// Longest, most specific patterns first: the finder keeps the first match at each position.
const PATTERNS: PeriodPattern[] = [
  {
    name: "range_and_half",
    needs: /half|months/i,
    source: String.raw`(?:from\s+)?(${YEAR})(?:${DASH}|\s+to\s+)(${YEAR}),?\s+(?:as\s+well\s+as\s+|and\s+)(?:in\s+)?${HALF}(${YEAR})`,
    build: (m) => rangePlusHalf(+m[1], +m[2], +m[3])
  },
  {name: "half_year", source: String.raw`${HALF}(${YEAR})`, build: (m) => halfPeriod(+m[1]), needs: /half|months/i},
  {
    name: "second_half_year",
    needs: /half/i,
    source: String.raw`(?:the\s+)?(?:2nd|second)\s+half\s+of\s+(?:the\s+)?(?:year\s+)?(${YEAR})`,
    build: (m) => periodFromBounds(`${m[1]}-07-01`, `${m[1]}-12-31`)
  },
  // "from 1 November 2003 to 31 August 2004", "between 1 March and 30 June 2020": a span to the day.
  {
    name: "day_range",
    source: String.raw`(?:from|between)\s+(\d{1,2})\s+(${MONTH}),?\s+(?:(${YEAR})\s+)?(?:to|until|till|through|and)\s+(\d{1,2})\s+(${MONTH}),?\s+(${YEAR})`,
    build: (m) => dayRange(+(m[3] ?? m[6]), monthIndex(m[2]), +m[1], +m[6], monthIndex(m[5]), +m[4])
  },
  // "between January 1, 2020 and June 30, 2022", "from March 15th to April 15th 2019": the month written first.
  {
    name: "day_range",
    needs: MONTH_RE,
    source: String.raw`(?:from|between)\s+(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(${YEAR}),?\s+)?(?:to|until|till|through|and)\s+(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(${YEAR})`,
    build: (m) => dayRange(+(m[3] ?? m[6]), monthIndex(m[1]), +m[2], +m[6], monthIndex(m[4]), +m[5])
  },
  // "(November 2017 – 31 August 2019)", "from March 2020 to 15 May 2021": a whole month to a day.
  {
    name: "day_range",
    needs: MONTH_RE,
    // A day before the month ("31 February 2004 to …") makes it a day of its own, not a whole month.
    source: String.raw`(?:(?:from|between)\s+)?(?<!\d\s{0,3})(${MONTH}),?\s+(${YEAR})(?:${DASH}|\s+(?:to|until|till|through|and)\s+)(\d{1,2})\s+(${MONTH}),?\s+(${YEAR})`,
    build: (m) => dayRange(+m[2], monthIndex(m[1]), 1, +m[5], monthIndex(m[4]), +m[3])
  },
  {
    name: "stock_date",
    needs: /(?:as|data)\s+(?:of|at)/i,
    source: String.raw`(?:as\s+of|as\s+at|data\s+of)\s+(${MONTH})\s+(\d{1,2}),?\s+(${YEAR})`,
    build: (m) => stockDate(+m[3], m[1], +m[2])
  },
  // "as at 30 September 2019": day first, as British and European releases write it.
  {
    name: "stock_date",
    needs: MONTH_RE,
    source: String.raw`(?:as\s+of|as\s+at|on)\s+(\d{1,2})\s+(${MONTH}),?\s+(${YEAR})`,
    build: (m) => stockDate(+m[3], m[2], +m[1])
  },
  // "the year ending September 2019": the twelve months up to that month.
  {
    name: "year_ending",
    needs: MONTH_RE,
    source: String.raw`(?:the\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:ending|ended|to)\s+(?:(?:the\s+)?\d{1,2}\s+)?(${MONTH}),?\s+(${YEAR})`,
    build: (m) => {
      const mo = monthIndex(m[1]);
      return monthPeriod(mo === 12 ? +m[2] : +m[2] - 1, mo === 12 ? 1 : mo + 1, +m[2], mo);
    }
  },
  // Arabic: "العام الدراسي 2022-2023" (the academic year), "بين عامي 2016 و2023" (between the years).
  {
    name: "academic_year_ar",
    needs: /عام/,
    source: String.raw`العام\s+الدراسي\s+(${YEAR})\s*-\s*(${YEAR})`,
    build: (m) =>
      +m[2] === +m[1] + 1
        ? {label: `${m[1]}/${m[2]}`, start: `${m[1]}-09-01`, end: `${m[2]}-08-31`, partial: false, stock: false}
        : null
  },
  {
    name: "range_ar",
    needs: /عام/,
    source: String.raw`(?:الفترة\s+)?بين\s+عامي\s+(${YEAR})\s+و\s*(${YEAR})`,
    build: (m) => rangePeriod(+m[1], +m[2])
  },
  {
    name: "academic_years",
    needs: /academic/i,
    source: String.raw`(${YEAR})${DASH}(${YEAR})\s+academic\s+years?`,
    build: (m) =>
      +m[2] === +m[1] + 1
        ? {label: `${m[1]}/${m[2]}`, start: `${m[1]}-09-01`, end: `${m[2]}-08-31`, partial: false, stock: false}
        : null
  },
  {
    name: "academic_year",
    needs: /\//,
    source: String.raw`(${YEAR})\s*[/]\s*(${YEAR})`,
    build: (m) =>
      +m[2] === +m[1] + 1
        ? {label: `${m[1]}/${m[2]}`, start: `${m[1]}-09-01`, end: `${m[2]}-08-31`, partial: false, stock: false}
        : null
  },
  {
    name: "range",
    // "from 1992 to the end of 2020", "from 2015 through 2018": both years whole.
    source: String.raw`(?:from\s+)?(${YEAR})(?:${DASH}|\s+(?:to|until|till|through)\s+(?:the\s+end\s+of\s+)?)(${YEAR})`,
    build: (m) => rangePeriod(+m[1], +m[2])
  },
  // "in 2010-13": a span whose last year keeps its last two digits; "2019-20" is left alone, often a fiscal year.
  {
    name: "range",
    source: String.raw`(${YEAR})[-–](\d\d)(?![\d./:-])`,
    build: (m) => {
      const end = +m[1] - (+m[1] % 100) + +m[2];
      return end >= +m[1] + 2 && end <= +m[1] + 10 ? rangePeriod(+m[1], end) : null;
    }
  },
  // "between 2015 and 2019": both years in the span, as "from 2015 to 2019".
  {
    name: "range",
    source: String.raw`between\s+(?:the\s+years\s+)?(${YEAR})\s+and\s+(${YEAR})`,
    build: (m) => rangePeriod(+m[1], +m[2])
  },
  // "mid-January to mid-February, 2023": the 15th of the first month to the 14th of the last.
  {
    name: "mid_month_range",
    needs: /mid/i,
    source: String.raw`(?:from\s+)?mid-?(${MONTH})(?:${DASH}|\s+(?:to|through|until)\s+)mid-?(${MONTH}),?\s+(?:of\s+)?(${YEAR})`,
    build: (m) => midMonthPeriod(+m[3], monthIndex(m[1]), monthIndex(m[2]))
  },
  // "the first half of May 2017": the 1st to the 15th; "the second half of May 2017": the 16th to the month's end.
  {
    name: "month_half",
    needs: /half/i,
    source: String.raw`(?:the\s+)?(first|second)\s+half\s+of\s+(${MONTH}),?\s+(${YEAR})`,
    build: (m) => {
      const month = String(monthIndex(m[2])).padStart(2, "0");
      const last = new Date(Date.UTC(+m[3], monthIndex(m[2]), 0)).getUTCDate();
      return /^first$/i.test(m[1])
        ? periodFromBounds(`${m[3]}-${month}-01`, `${m[3]}-${month}-15`)
        : periodFromBounds(`${m[3]}-${month}-16`, `${m[3]}-${month}-${last}`);
    }
  },
  // "between January and October 2013": both months in the span, as "from January to October 2013".
  {
    name: "month_range",
    needs: /between/i,
    source: String.raw`between\s+(${MONTH})\s+and\s+(${MONTH}),?\s+(?:of\s+)?(${YEAR})`,
    build: (m) => monthPeriod(+m[3], monthIndex(m[1]), +m[3], monthIndex(m[2]))
  },
  // "in January and February 2023": two months in a row named together count over both; "in January and March" does not.
  {
    name: "month_range",
    needs: /\sand\s/i,
    source: String.raw`(?<=\b(?:in|during|for|over)\s+)(${MONTH})\s+and\s+(${MONTH}),?\s+(?:of\s+)?(${YEAR})`,
    build: (m) =>
      monthIndex(m[2]) === monthIndex(m[1]) + 1 ? monthPeriod(+m[3], monthIndex(m[1]), +m[3], monthIndex(m[2])) : null
  },
  // "January–June 2021", "from January to September 2019", "Jul-Oct 2020" (abbreviated, as releases print ranges)
  {
    name: "month_range",
    needs: MONTH_OR_ABBREVIATION_RE,
    source: String.raw`(?:from\s+)?\b(${MONTH_OR_ABBREVIATION})(?:${DASH}|\s+(?:to|through|until)\s+)(${MONTH_OR_ABBREVIATION}),?\s+(?:of\s+)?(${YEAR})`,
    build: (m) => monthPeriod(+m[3], monthOfWord(m[1]), +m[3], monthOfWord(m[2]))
  },
  {
    name: "quarter",
    needs: /quarter/i,
    // "the first quarter of 2011", "the 1st Quarter 2011", "the fourth quarter, 2019"
    source: String.raw`(?:the\s+)?(${QUARTER_ORDINALS.join("|")})\s+quarter(?:\s+of\s+(?:the\s+year\s+)?|,?\s+)(${YEAR})`,
    build: (m) => quarterPeriod(+m[2], quarterNumber(m[1]))
  },
  // "Q1 2011", "Q3/2019", "Q2-2020", "Q4 of 2018"; "2011 Q1", "2011-Q1": a quarter by its statistical code.
  {
    name: "quarter",
    needs: /q[1-4]/i,
    source: String.raw`(?:Q([1-4])(?:\s+of\s+|\s*[/-]\s*|\s+)(${YEAR})|(${YEAR})(?:\s*-\s*|\s+)Q([1-4]))(?![\w])`,
    build: (m) => (m[1] ? quarterPeriod(+m[2], +m[1]) : quarterPeriod(+m[3], +m[4]))
  },
  {
    name: "months_of",
    needs: /months/i,
    source: String.raw`(?:the\s+)?first\s+(three|nine|3|9|ten|eleven)\s+months\s+of\s+(?:the\s+year\s+)?(${YEAR})`,
    build: (m) =>
      monthPeriod(
        +m[2],
        1,
        +m[2],
        ({three: 3, "3": 3, nine: 9, "9": 9, ten: 10, eleven: 11} as Record<string, number>)[m[1].toLowerCase()]
      )
  },
  // "between June 2020 and December 2021", "from March 2019 to February 2020": whole months across years.
  {
    name: "month_range",
    needs: MONTH_RE,
    source: String.raw`(?:between\s+(${MONTH}),?\s+(?:of\s+)?(${YEAR})\s+and\s+|(?:from\s+)?(${MONTH}),?\s+(?:of\s+)?(${YEAR})(?:${DASH}|\s+(?:to|through|until|till)\s+))(${MONTH}),?\s+(?:of\s+)?(${YEAR})`,
    build: (m) =>
      +(m[2] ?? m[4]) <= +m[6] ? monthPeriod(+(m[2] ?? m[4]), monthIndex(m[1] ?? m[3]), +m[6], monthIndex(m[5])) : null
  },
  // "in July 2021", "During August, 2017"; not a day's date ("July 5, 2021" is read as a date first)
  {
    name: "month",
    needs: MONTH_RE,
    source: String.raw`(${MONTH}),?\s+(?:of\s+)?(${YEAR})`,
    build: (m) => monthPeriod(+m[2], monthIndex(m[1]))
  },
  {name: "year", source: String.raw`(${YEAR})`, build: (m) => yearPeriod(+m[1])}
];

/** Regex source matching any period phrase (for templates); no capture groups of its own. */
export const PERIOD_SOURCE = PATTERNS.map((p) => `(?:${p.source.replace(/\((?!\?)/g, "(?:")})`).join("|");

const COMPILED = PATTERNS.map((p) => ({
  ...p,
  whole: new RegExp(`^(?:${p.source})$`, "i"),
  global: new RegExp(String.raw`(?<![\w.])(?:${p.source})(?![\w])`, "gi")
}));

/** Parses a whole phrase ("the first half of 2019", "2013–2018") into a Period, or null. */
export function parsePeriod(phrase: string): Period | null {
  const text = phrase.trim().replace(/\s+/g, " ");
  for (const p of COMPILED) {
    const m = p.whole.exec(text);
    if (m) return p.build(m);
  }
  // Leading prepositions carry no meaning ("in 2017", "during 2016–2018").
  const stripped = text.replace(/^(?:in|during|for|by|of|the|period|years|year|from|over)\s+/i, "");
  return stripped !== text ? parsePeriod(stripped) : null;
}

export interface FoundPeriod {
  period: Period;
  start: number;
  end: number;
  pattern: string;
}

/** All period phrases in a text, non-overlapping, preferring the longest at each position. */
export function findPeriods(text: string): FoundPeriod[] {
  const found: FoundPeriod[] = [];
  if (!HAS_YEAR.test(text)) return found;
  for (const p of COMPILED) {
    if (p.needs && !p.needs.test(text)) continue;
    p.global.lastIndex = 0;
    for (let m = p.global.exec(text); m; m = p.global.exec(text)) {
      const period = p.build(m);
      if (period) found.push({period, start: m.index, end: m.index + m[0].length, pattern: p.name});
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  // Every kept period starts at or before f, so a non-empty f overlaps one exactly when it starts before the furthest end.
  const kept: FoundPeriod[] = [];
  let reach = -Infinity;
  for (const f of found) {
    const overlaps = f.end > f.start ? f.start < reach : kept.some((k) => f.start < k.end && k.start < f.end);
    if (overlaps) continue;
    kept.push(f);
    reach = Math.max(reach, f.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const BARE_DATE = new RegExp(
  String.raw`(${MONTH})\s+(\d{1,2}),?\s+(${YEAR})|(\d{1,2})\s+(${MONTH}),?\s+(${YEAR})`,
  "gi"
);

/** Calendar dates written out ("September 1, 2014"), as stock periods; used to bound spans. */
export function findDates(text: string): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  if (!MONTH_RE.test(text) || !HAS_YEAR.test(text)) return out;
  BARE_DATE.lastIndex = 0;
  for (let m = BARE_DATE.exec(text); m; m = BARE_DATE.exec(text)) {
    const period = m[1] ? stockDate(+m[3], m[1], +m[2]) : stockDate(+m[6], m[5], +m[4]);
    if (period) out.push({period, start: m.index, end: m.index + m[0].length, pattern: "date"});
  }
  return out;
}

/** The canonical label of a span: "2017", "2019H1", "2019H2", "2019Q1", "2019-03", "2013-2018", "2013-2018+2019H1", or "start..end". */
export function periodFromBounds(start: string, end: string): Period {
  const [ys, ms, ds] = start.split("-").map(Number);
  const [ye, me, de] = end.split("-").map(Number);
  const fromJan1 = ms === 1 && ds === 1;
  const toDec31 = me === 12 && de === 31;
  const toJun30 = me === 6 && de === 30;
  const base = {start, end, stock: false};
  if (start === end) return {...base, label: start, partial: false, stock: true};
  if (fromJan1 && toDec31) return {...base, label: ys === ye ? String(ys) : `${ys}-${ye}`, partial: false};
  if (fromJan1 && toJun30)
    return ys === ye
      ? {...base, label: `${ys}H1`, partial: true}
      : {...base, label: ye - 1 === ys ? `${ys}+${ye}H1` : `${ys}-${ye - 1}+${ye}H1`, partial: false};
  // Whole months of one year keep the labels releases are filed under: "2019-03", "2019Q1", "2019H2".
  const toMonthEnd = de === lastDay(ye, me);
  if (ds === 1 && toMonthEnd && ys === ye) {
    if (ms === me) return {...base, label: `${ys}-${pad(ms)}`, partial: true};
    if (me - ms === 2 && ms % 3 === 1) return {...base, label: `${ys}Q${(ms + 2) / 3}`, partial: true};
    if (ms === 7 && me === 12) return {...base, label: `${ys}H2`, partial: true};
  }
  const days = (Date.parse(end) - Date.parse(start)) / 86400000 + 1;
  return {...base, label: `${start}..${end}`, partial: days < 365};
}

/** The smallest span covering all the given periods. */
export function unionPeriod(periods: Period[]): Period | null {
  if (periods.length === 0) return null;
  if (periods.length === 1) return periods[0];
  const start = periods.map((p) => p.start).sort()[0];
  const end = periods
    .map((p) => p.end)
    .sort()
    .at(-1)!;
  return periodFromBounds(start, end);
}

const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
/** One calendar month, or the months from one to another ("January–June 2021" is 2021H1 by its bounds). */
export const monthPeriod = (y: number, m: number, y2 = y, m2 = m): Period | null =>
  m >= 1 && m <= 12 && m2 >= 1 && m2 <= 12 && (y2 > y || (y2 === y && m2 >= m))
    ? y === y2 && m === m2
      ? {label: `${y}-${pad(m)}`, start: `${y}-${pad(m)}-01`, end: monthEnd(y, m), partial: true, stock: false}
      : periodFromBounds(`${y}-${pad(m)}-01`, monthEnd(y2, m2))
    : null;
/** A quarter of a year (1–4), null for any other number. */
export const quarterPeriod = (y: number, q: number): Period | null =>
  q >= 1 && q <= 4
    ? {label: `${y}Q${q}`, start: `${y}-${pad(q * 3 - 2)}-01`, end: monthEnd(y, q * 3), partial: true, stock: false}
    : null;
/** Mid-month to mid-month of one year: the 15th of the first month to the 14th of the last, null when backwards. */
export const midMonthPeriod = (y: number, from: number, to: number): Period | null =>
  from >= 1 && to > from ? periodFromBounds(`${y}-${pad(from)}-15`, `${y}-${pad(to)}-14`) : null;
/** A month's number from its English name, 0 when it is none. */
export const monthIndex = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

/** Reads a canonical label back ("2017", "2019H1", "2019Q2", "2019-03", "2013-2018", "2013-2018+2019H1", "2018-10/2019-09", "start/end"). */
export function parsePeriodLabel(label: string): Period | null {
  let q = /^(\d{4})Q([1-4])$/.exec(label);
  if (q) return quarterPeriod(+q[1], +q[2]);
  q = /^(\d{4})H2$/.exec(label);
  if (q) return periodFromBounds(`${q[1]}-07-01`, `${q[1]}-12-31`);
  q = /^(\d{4})-(\d\d)$/.exec(label);
  if (q) return monthPeriod(+q[1], +q[2]);
  q = /^(\d{4})-(\d\d)\/(\d{4})-(\d\d)$/.exec(label);
  if (q) return monthPeriod(+q[1], +q[2], +q[3], +q[4]);
  q = /^(\d{4}-\d\d-\d\d)\/(\d{4}-\d\d-\d\d)$/.exec(label);
  if (q) return q[1] <= q[2] ? periodFromBounds(q[1], q[2]) : null;
  let m = /^(\d{4})$/.exec(label);
  if (m) return yearPeriod(+m[1]);
  m = /^(\d{4})H1$/.exec(label);
  if (m) return halfPeriod(+m[1]);
  m = /^(\d{4})-(\d{4})$/.exec(label);
  if (m) return rangePeriod(+m[1], +m[2]);
  m = /^(\d{4})-(\d{4})\+(\d{4})H1$/.exec(label);
  if (m) return rangePlusHalf(+m[1], +m[2], +m[3]);
  return null;
}

/**
 * A sidecar's reporting_period: a canonical label (above), or a second half year ("2019H2"), a quarter
 * ("2019Q1"), a month ("2019-03") or a span of months ("2019-01..2019-06"), each labelled as periodFromBounds
 * labels its bounds. Null when the text is none of these or its months do not run forwards.
 */
export function parseReportingPeriod(text: string): Period | null {
  const span = /^(\d{4}-\d\d(?:-\d\d)?)\.\.(\d{4}-\d\d(?:-\d\d)?)$/.exec(text);
  return parsePeriodLabel(span ? `${span[1]}/${span[2]}` : text);
}
