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
const AUGUST: FiscalCalendar = {month: 8, day: 1, namedBy: "end"};
const OCTOBER: FiscalCalendar = {month: 10, day: 1, namedBy: "end"};
const JANUARY: FiscalCalendar = {month: 1, day: 1, namedBy: "end"};

export const FISCAL_YEARS: Record<string, FiscalCalendar> = {
  // April to March (Bermuda, Gibraltar, the Isle of Man, Montserrat, St Helena and the Turks and Caicos Islands keep
  // the United Kingdom's year).
  BLZ: APRIL,
  BMU: APRIL,
  BRB: APRIL,
  BRN: APRIL,
  BWA: APRIL,
  CAN: APRIL,
  GBR: APRIL,
  GIB: APRIL,
  HKG: APRIL,
  IMN: APRIL,
  IND: APRIL,
  JAM: APRIL,
  KWT: APRIL,
  LCA: APRIL,
  LSO: APRIL,
  MSR: APRIL,
  NAM: APRIL,
  SGP: APRIL,
  SHN: APRIL,
  SWZ: APRIL,
  TCA: APRIL,
  ZAF: APRIL,
  JPN: {...APRIL, namedBy: "start"},
  // July to June.
  AUS: JULY,
  BGD: JULY,
  BHS: JULY,
  BTN: JULY,
  DMA: JULY,
  EGY: JULY,
  FLK: JULY,
  KEN: JULY,
  LBR: JULY,
  MUS: JULY,
  NRU: JULY,
  NZL: JULY,
  PAK: JULY,
  PRI: JULY,
  RWA: JULY,
  SSD: JULY,
  TON: JULY,
  TZA: JULY,
  UGA: JULY,
  WSM: JULY,
  // August to July, since 2016.
  FJI: AUGUST,
  // Mid-July (1 Shrawan, 16 July in most years), as Nepal's releases gloss it.
  NPL: {month: 7, day: 16, namedBy: "end"},
  // 1 Hamle of the Ethiopian calendar.
  ETH: {month: 7, day: 8, namedBy: "end"},
  // October to September; the states in free association with the United States and its territories keep its year.
  FSM: OCTOBER,
  GUM: OCTOBER,
  HTI: OCTOBER,
  MHL: OCTOBER,
  PLW: OCTOBER,
  THA: OCTOBER,
  TTO: OCTOBER,
  USA: OCTOBER,
  // The calendar year.
  AGO: JANUARY,
  ALB: JANUARY,
  ARE: JANUARY,
  ARG: JANUARY,
  ARM: JANUARY,
  AUT: JANUARY,
  AZE: JANUARY,
  BEL: JANUARY,
  BGR: JANUARY,
  BHR: JANUARY,
  BIH: JANUARY,
  BLR: JANUARY,
  BOL: JANUARY,
  BRA: JANUARY,
  CHE: JANUARY,
  CHL: JANUARY,
  CHN: JANUARY,
  COL: JANUARY,
  CRI: JANUARY,
  CYP: JANUARY,
  CZE: JANUARY,
  DEU: JANUARY,
  DNK: JANUARY,
  DOM: JANUARY,
  DZA: JANUARY,
  ECU: JANUARY,
  ESP: JANUARY,
  EST: JANUARY,
  FIN: JANUARY,
  FRA: JANUARY,
  GEO: JANUARY,
  GHA: JANUARY,
  GRC: JANUARY,
  GTM: JANUARY,
  HND: JANUARY,
  HRV: JANUARY,
  HUN: JANUARY,
  IDN: JANUARY,
  IRL: JANUARY,
  ISL: JANUARY,
  ISR: JANUARY,
  ITA: JANUARY,
  JOR: JANUARY,
  KAZ: JANUARY,
  KGZ: JANUARY,
  KHM: JANUARY,
  KOR: JANUARY,
  LBN: JANUARY,
  LKA: JANUARY,
  LTU: JANUARY,
  LUX: JANUARY,
  LVA: JANUARY,
  MAR: JANUARY,
  MDA: JANUARY,
  MEX: JANUARY,
  MKD: JANUARY,
  MLT: JANUARY,
  MNE: JANUARY,
  MNG: JANUARY,
  MOZ: JANUARY,
  MYS: JANUARY,
  NGA: JANUARY,
  NIC: JANUARY,
  NLD: JANUARY,
  NOR: JANUARY,
  OMN: JANUARY,
  PAN: JANUARY,
  PER: JANUARY,
  PHL: JANUARY,
  POL: JANUARY,
  PRT: JANUARY,
  PRY: JANUARY,
  ROU: JANUARY,
  RUS: JANUARY,
  SAU: JANUARY,
  SEN: JANUARY,
  SLV: JANUARY,
  SRB: JANUARY,
  SVK: JANUARY,
  SVN: JANUARY,
  SWE: JANUARY,
  TJK: JANUARY,
  TUN: JANUARY,
  TUR: JANUARY,
  TWN: JANUARY,
  UKR: JANUARY,
  URY: JANUARY,
  UZB: JANUARY,
  VNM: JANUARY,
  ZMB: JANUARY,
  ZWE: JANUARY
};

/**
 * Bodies of the United States federal government: a "Fiscal Year 2016" or "FY 2016" they count in is the US
 * government's year (October to September), whichever country the item reports on.
 */
export const US_FEDERAL_BODIES: string[] = [
  "U.S. Coast Guard",
  "US Coast Guard",
  "United States Coast Guard",
  "Customs and Border Protection",
  "U.S. Border Patrol",
  "US Border Patrol",
  "United States Border Patrol",
  "Immigration and Customs Enforcement",
  "Department of Homeland Security",
  "Homeland Security Department",
  "Citizenship and Immigration Services",
  "Office of Refugee Resettlement",
  "Executive Office for Immigration Review",
  "U.S. Department of State",
  "US State Department",
  "U.S. State Department",
  "U.S. Department of Labor",
  "U.S. Department of Justice",
  "Bureau of Population, Refugees, and Migration"
];

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

/**
 * The months of Nepal's calendar in the order of its government year (from Shrawan), with their spellings; each
 * runs from about the 15th of a Gregorian month, as Nepal's releases gloss them ("Shrawan, mid-July to mid-August").
 */
export const NEPALI_MONTHS: string[][] = [
  ["shrawan", "srawan", "saun", "shravan"],
  ["bhadra", "bhadau"],
  ["asoj", "ashwin", "aswin", "ashoj"],
  ["kartik"],
  ["mangsir", "mangshir"],
  ["poush", "paush"],
  ["magh"],
  ["falgun", "phalgun", "fagun", "phagun"],
  ["chaitra", "chait"],
  ["baisakh", "baishakh", "vaisakh"],
  ["jestha", "jeth", "jesth"],
  ["asar", "ashad", "asadh", "ashadh"]
];
