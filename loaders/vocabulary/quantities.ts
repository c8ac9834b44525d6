/**
 * Words around a number that say what kind of number it is: money, a share, an approximation, a
 * zero, or not a statistic at all (a year, an age, a duration, a law, a rank, a change). The general
 * extractor reads these lists; teach it a new wording by adding words here.
 */

/** Currencies as reports write them, before or after the amount, mapped to the unit stored. */
export const CURRENCIES: {unit: string; before?: string[]; after?: string[]}[] = [
  {unit: "USD", before: ["US$", "USD", "$", "U.S. $"], after: ["USD", "US dollars", "U.S. dollars", "dollars"]},
  {unit: "EUR", before: ["€", "EUR"], after: ["euros", "euro", "EUR"]},
  {unit: "manats", before: ["AZN"], after: ["manats", "manat", "AZN"]},
  {unit: "GBP", before: ["£", "GBP"], after: ["pounds", "GBP"]},
  {unit: "SGD", before: ["S$", "SGD"], after: ["Singapore dollars", "SGD"]},
  {unit: "MYR", before: ["RM", "MYR"], after: ["ringgit", "MYR"]},
  {unit: "THB", after: ["baht", "THB"]},
  {unit: "PHP", before: ["PHP", "₱"], after: ["pesos", "PHP"]},
  {unit: "GEL", before: ["GEL"], after: ["lari", "GEL"]},
  {unit: "KZT", before: ["KZT"], after: ["tenge", "KZT"]},
  {unit: "RUB", before: ["RUB"], after: ["rubles", "roubles", "RUB"]},
  {unit: "UAH", before: ["UAH"], after: ["hryvnias", "hryvnia", "UAH"]},
  {unit: "MDL", before: ["MDL"], after: ["lei", "MDL"]},
  {unit: "JOD", before: ["JOD"], after: ["dinars", "JOD"]},
  {unit: "QAR", before: ["QAR"], after: ["riyals", "QAR"]},
  {unit: "INR", before: ["INR", "Rs.", "₹"], after: ["rupees", "INR"]},
  {unit: "MXN", before: ["MXN"], after: ["MXN"]},
];

/** Multipliers written after a number ("1.2 million"). */
export const SCALES: Record<string, number> = {thousand: 1e3, million: 1e6, billion: 1e9, mln: 1e6, bn: 1e9};

/** Words that make a figure approximate; kept in `approx`. */
export const APPROX_BEFORE = ["approximately", "about", "around", "nearly", "almost", "roughly", "some", "more than",
  "over", "at least", "less than", "fewer than", "up to", "an estimated", "estimated", "close to", "just over", "just under"];

/** Shares: a number followed by one of these is a percentage. */
export const PERCENT_AFTER = ["%", "percent", "per cent"];

/**
 * Non-statistics, by the words right before the number (matched at the end of the preceding text,
 * case-insensitive). A number after these is a reference, an age or a rank, not a count.
 */
export const NOT_A_COUNT_BEFORE = [
  // references to texts and their parts
  "article", "articles", "art.", "arts.", "paragraph", "paragraphs", "para.", "paras.", "section", "sections",
  "chapter", "part", "clause", "sub-clause", "item", "point", "annex", "appendix", "page", "pages", "p.", "pp.",
  "no.", "nos.", "number", "law", "decree", "resolution", "decision", "order", "code", "act", "protocol",
  "convention", "regulation", "directive", "table", "figure", "footnote", "recommendation", "recommendations",
  "document", "rule", "rules", "principle", "goal", "target", "report", "session", "meeting", "step", "phase",
  "stage", "level", "tier", "grade", "category", "class", "group", "room", "box", "road", "street", "house",
  "building", "№",
  // ages
  "under", "under the age of", "over the age of", "aged", "age", "ages", "the age of", "ages of", "younger than",
  "older than", "between the ages of", "from the age of", "to the age of", "below the age of", "above the age of",
  // contact numbers
  "hotline", "hot line", "phone", "telephone", "tel.", "tel", "fax", "call", "dial", "sms",
  // changes, not levels
  "increase of", "increased by", "decrease of", "decreased by", "rose by", "fell by", "up by", "down by",
  "grew by", "dropped by", "declined by", "reduction of", "reduced by", "growth of", "increase by", "decrease by",
  // a complement, not the count: "all but five of the victims"
  "all but",
];

/** Non-statistics, by the words right after the number: durations, ages, ordinals, changes. */
export const NOT_A_COUNT_AFTER = [
  "years old", "year old", "-year-old", "-years-old", "year-old", "years of age", "years-old",
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
  "working days", "calendar days", "business days", "working day", "calendar day", "business day", "year's", "years'",
  "or older", "or over", "and older", "and over", "or younger", "or more years", "years and older",
  "fewer", "more than", "less than", "times", "-fold", "fold",
  "st", "nd", "rd", "th", "a.m.", "p.m.", "am", "pm", "o'clock", "km", "kilometres", "kilometers", "square",
];

/** A clause stating that none were counted: the counted noun follows ("did not identify any victims"). */
export const ZERO_BEFORE_NOUN = ["no", "zero", "did not identify any", "did not prosecute any", "did not convict any",
  "did not investigate any", "did not initiate any", "did not identify", "did not convict", "did not prosecute",
  "identified no", "convicted no", "prosecuted no", "not a single"];
