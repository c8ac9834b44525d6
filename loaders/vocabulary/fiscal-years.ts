/**
 * The months a state's government year covers, keyed by ISO 3166 alpha-3 code: a release that counts
 * "in 2020/21" or "in the last financial year" counts in that state's year, not a calendar year.
 */
export interface FiscalCalendar {
  /** The month (1–12) and day the year opens on. */
  month: number;
  day: number;
  /** Whether "FY2019" names the year by the calendar year it ends in (most states) or the one it opens in. */
  namedBy: "start" | "end";
}

const APRIL: FiscalCalendar = {month: 4, day: 1, namedBy: "end"};
const JULY: FiscalCalendar = {month: 7, day: 1, namedBy: "end"};
const OCTOBER: FiscalCalendar = {month: 10, day: 1, namedBy: "end"};
const JANUARY: FiscalCalendar = {month: 1, day: 1, namedBy: "end"};

export const FISCAL_YEARS: Record<string, FiscalCalendar> = {
  // April to March.
  BWA: APRIL,
  CAN: APRIL,
  GBR: APRIL,
  HKG: APRIL,
  IND: APRIL,
  JPN: {...APRIL, namedBy: "start"},
  KWT: APRIL,
  LSO: APRIL,
  NAM: APRIL,
  SGP: APRIL,
  SWZ: APRIL,
  ZAF: APRIL,
  // July to June.
  AUS: JULY,
  BGD: JULY,
  EGY: JULY,
  KEN: JULY,
  MUS: JULY,
  NZL: JULY,
  PAK: JULY,
  SSD: JULY,
  TZA: JULY,
  UGA: JULY,
  // Mid-July (1 Shrawan), as Nepal's releases gloss it.
  NPL: {month: 7, day: 15, namedBy: "end"},
  // 1 Hamle of the Ethiopian calendar.
  ETH: {month: 7, day: 8, namedBy: "end"},
  // October to September.
  THA: OCTOBER,
  USA: OCTOBER,
  // The calendar year.
  ARE: JANUARY,
  AUT: JANUARY,
  BEL: JANUARY,
  BRA: JANUARY,
  CHE: JANUARY,
  CHN: JANUARY,
  CZE: JANUARY,
  DEU: JANUARY,
  ESP: JANUARY,
  FRA: JANUARY,
  IDN: JANUARY,
  IRL: JANUARY,
  ITA: JANUARY,
  KOR: JANUARY,
  MEX: JANUARY,
  MYS: JANUARY,
  NGA: JANUARY,
  NLD: JANUARY,
  PHL: JANUARY,
  POL: JANUARY,
  RUS: JANUARY,
  SAU: JANUARY,
  SWE: JANUARY,
  TWN: JANUARY
};

/** Words that mark a year as the government's year: "the 2024/25 financial year", "FY2019", "fiscal 2020". */
export const FISCAL_MARKERS: string[] = ["financial year", "fiscal year", "budget year", "budgetary year", "fiscal"];

/** Words that make a split year ("2019/20") some other year than the government's: a school year, a season. */
export const OTHER_SPLIT_YEARS: string[] = [
  "academic",
  "school",
  "university",
  "season",
  "winter",
  "summer",
  "semester",
  "term",
  "harvest",
  "intake"
];
