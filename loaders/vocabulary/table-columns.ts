/**
 * Words of flattened tables' headers and rows that are no row labels of their own: a column of percent
 * change beside the yearly columns, a footnote mark after a header cell, and words that open a row that is
 * a part of the row above it.
 */

/** Words that name a change column when a percent sign or the word percent goes with them ("% Change", "Var. (%)"). */
export const CHANGE_COLUMN_WORDS: string[] = [
  "change",
  "changes",
  "variation",
  "var.",
  "var",
  "difference",
  "diff.",
  "growth",
  "increase/decrease",
  "evolution"
];

/** Words that head a column of the total of the years before it ("2016 2017 2018 Total"). */
export const TOTAL_COLUMN_WORDS: string[] = ["total", "totals", "all years", "overall", "cumulative", "grand total"];

/** Words that open a row counting a part of the row above it ("of which cruise travellers"). */
export const PART_ROW_OPENERS: string[] = ["of which", "of whom", "including", "incl.", "among them", "thereof"];

/** Column headers that break a row down by sex or age, or give its whole ("Total Males Females", "Men Women"). */
export const BREAKDOWN_COLUMN_WORDS: string[] = [
  "total",
  "totals",
  "all",
  "both sexes",
  "male",
  "males",
  "men",
  "female",
  "females",
  "women",
  "boys",
  "girls",
  "adults",
  "children",
  "minors"
];

/** Column headers that name the whole of a row. */
export const WHOLE_COLUMN_WORDS: string[] = ["total", "totals", "all", "both sexes"];

/** Row labels that count a stock on the last day of the table's period ("Population at the end of the quarter"). */
export const PERIOD_END_STOCK: string[] = ["at the end of", "at the close of", "end of period", "end of the period"];

/** Row labels that count a stock on the first day of the table's period ("Population at the start of the quarter"). */
export const PERIOD_START_STOCK: string[] = ["at the start of", "at the beginning of", "beginning of period"];

/** Title words by which a table's rows named by countries are where people went, not their nationality. */
export const DESTINATION_TITLE_WORDS: string[] = [
  "destination",
  "destinations",
  "host country",
  "host countries",
  "deployed",
  "deployment",
  "emigrat",
  "departures",
  "departing",
  "sent to",
  "travelled to",
  "traveled to",
  "disembarkation"
];

/** Words that head the column of row periods, not a column of figures ("Month Arrivals Returns Total"). */
export const PERIOD_COLUMN_WORDS: string[] = ["month", "months", "period", "date", "year", "quarter", "week"];

/** Column headers written short that agencies print for groups of people, with what they stand for. */
export const COLUMN_ABBREVIATIONS: Record<string, string> = {
  UAC: "unaccompanied alien children",
  UAM: "unaccompanied minors",
  UASC: "unaccompanied and separated children",
  IDPs: "internally displaced persons",
  IDP: "internally displaced persons",
  AVR: "assisted voluntary returns",
  VoTs: "victims of trafficking",
  VoT: "victims of trafficking"
};

/** Words that open the places and times after what a listed count counts ("• 5,396 Cuban migrants in fiscal year 2016"). */
export const LEAD_LIST_PREPOSITIONS: string[] = [
  "in",
  "during",
  "for",
  "from",
  "to",
  "at",
  "of",
  "since",
  "between",
  "on",
  "as of",
  "through",
  "until",
  "by",
  "via",
  "into",
  "within",
  "over",
  "throughout",
  "off",
  "near",
  "along",
  "across",
  "aboard"
];
