/**
 * Words around a number that say what kind of number it is: money, a share, an approximation, a
 * zero, or not a statistic at all (a year, an age, a duration, a law, a rank, a change). The general
 * extractor reads these lists; teach it a new wording by adding words here.
 */
import {BARE_DOLLAR, DOLLAR_CURRENCIES, SHARED_NAMES} from "./dollars.js";

/** Currencies as reports write them, before or after the amount, mapped to the unit stored. */
export const CURRENCIES: {unit: string; before?: string[]; after?: string[]}[] = [
  {
    unit: "USD",
    before: ["US$", "USD", "U.S. $", "US $", "U.S.$"],
    after: [
      "USD",
      "US dollars",
      "U.S. dollars",
      "United States dollars",
      "American dollars",
      "US dollar",
      "U.S. dollar"
    ]
  },
  // A bare "$" is the dollar of the document's state, resolved once that state is known; so are shared names.
  {unit: BARE_DOLLAR, before: ["$"], after: ["dollars"]},
  ...SHARED_NAMES.map((n) => ({unit: n.name, before: n.before, after: n.after})),
  ...DOLLAR_CURRENCIES,
  {unit: "EUR", before: ["€", "EUR"], after: ["euros", "euro", "EUR"]},
  {unit: "manats", before: ["AZN"], after: ["manats", "manat", "AZN"]},
  {unit: "GBP", before: ["£", "GBP"], after: ["pounds sterling", "GBP"]},
  {unit: "MYR", before: ["RM", "MYR"], after: ["ringgit", "MYR"]},
  {unit: "THB", after: ["baht", "THB"]},
  {unit: "PHP", before: ["PHP", "₱"], after: ["Philippine pesos", "PHP"]},
  {unit: "GEL", before: ["GEL"], after: ["lari", "GEL"]},
  {unit: "KZT", before: ["KZT"], after: ["tenge", "KZT"]},
  {unit: "RUB", before: ["RUB"], after: ["rubles", "roubles", "RUB"]},
  {unit: "UAH", before: ["UAH"], after: ["hryvnias", "hryvnia", "UAH"]},
  {unit: "MDL", before: ["MDL"], after: ["lei", "MDL"]},
  {unit: "JOD", before: ["JOD"], after: ["Jordanian dinars", "JOD"]},
  {unit: "QAR", before: ["QAR"], after: ["Qatari riyals", "QAR"]},
  {unit: "INR", before: ["INR", "₹"], after: ["Indian rupees", "INR"]},
  {unit: "BTN", before: ["Nu.", "Nu", "BTN"], after: ["ngultrum", "BTN"]},
  {unit: "MXN", before: ["MXN"], after: ["MXN"]},
  // Currencies named with their state's adjective, which no other state shares.
  {unit: "EGP", before: ["EGP"], after: ["Egyptian pounds", "EGP"]},
  {unit: "SDG", before: ["SDG"], after: ["Sudanese pounds", "SDG"]},
  {unit: "LBP", before: ["LBP"], after: ["Lebanese pounds", "LBP"]},
  {unit: "KES", before: ["KES"], after: ["Kenyan shillings", "Kenya shillings", "KES"]},
  {unit: "UGX", before: ["UGX"], after: ["Ugandan shillings", "Uganda shillings", "UGX"]},
  {unit: "TZS", before: ["TZS"], after: ["Tanzanian shillings", "TZS"]},
  {unit: "PKR", before: ["PKR"], after: ["Pakistani rupees", "PKR"]},
  {unit: "LKR", before: ["LKR"], after: ["Sri Lankan rupees", "LKR"]},
  {unit: "NPR", before: ["NPR"], after: ["Nepalese rupees", "Nepali rupees", "NPR"]},
  {unit: "MXN", after: ["Mexican pesos"]},
  {unit: "COP", before: ["COP"], after: ["Colombian pesos", "COP"]},
  {unit: "SAR", before: ["SAR"], after: ["Saudi riyals", "SAR"]},
  {unit: "CHF", before: ["CHF"], after: ["Swiss francs", "CHF"]},
  {unit: "RWF", before: ["RWF", "Frw"], after: ["Rwandan francs", "RWF", "Frw"]},
  {unit: "MWK", before: ["MWK"], after: ["Malawian kwacha", "MWK"]},
  {unit: "ZMW", before: ["ZMW"], after: ["Zambian kwacha", "ZMW"]},
  {unit: "NGN", before: ["NGN", "₦"], after: ["naira", "NGN"]},
  {unit: "GHS", before: ["GHS", "GH₵", "GH¢"], after: ["cedis", "GHS"]},
  // "R52 817 656", "R193 million": South Africa's rand sign, glued to an amount written with groups or a scale.
  {unit: "ZAR", before: ["ZAR", "R"], after: ["rand", "ZAR"]},
  {unit: "ETB", before: ["ETB"], after: ["birr", "ETB"]},
  {unit: "BDT", before: ["BDT", "Tk"], after: ["taka", "BDT"]},
  {unit: "IDR", before: ["IDR", "Rp"], after: ["rupiah", "IDR"]},
  {unit: "CNY", before: ["CNY", "RMB"], after: ["yuan", "renminbi", "CNY"]},
  {unit: "JPY", before: ["JPY", "¥"], after: ["yen", "JPY"]},
  // Currencies of the states trafficking report chapters cover, as those chapters write them.
  {unit: "ALL", after: ["lek", "leke"]},
  {unit: "MKD", before: ["MKD"], after: ["denars", "denar", "MKD"]},
  {unit: "BGN", before: ["BGN"], after: ["leva", "lev", "BGN"]},
  {unit: "TRY", after: ["Turkish lira", "lira", "liras"]},
  {unit: "KGS", before: ["KGS"], after: ["soms", "som", "KGS"]},
  {unit: "TJS", before: ["TJS"], after: ["somoni", "TJS"]},
  {unit: "AMD", before: ["AMD"], after: ["drams", "dram", "AMD"]},
  {unit: "PLN", before: ["PLN"], after: ["zloty", "zlotys", "PLN"]},
  {unit: "HUF", before: ["HUF"], after: ["forints", "forint", "HUF"]},
  {unit: "CZK", before: ["CZK"], after: ["koruna", "CZK"]}
];

/** Multipliers written after a number ("1.2 million"). */
// South Asian press counts in lakhs and crores ("1.5 lakh workers", "Rs 2,000 crore").
export const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mln: 1e6,
  bn: 1e9,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7
};

/** Multipliers glued to an amount of money ("$215m", "US$1.2bn", "€40k"), longest first. */
export const SHORT_SCALES: Record<string, number> = {mln: 1e6, mn: 1e6, bn: 1e9, m: 1e6, b: 1e9, k: 1e3};

/** Words that make a figure approximate; kept in `approx`. */
export const APPROX_BEFORE = [
  "approximately",
  "about",
  "around",
  "nearly",
  "almost",
  "roughly",
  "some",
  "more than",
  "over",
  "at least",
  "less than",
  "fewer than",
  "up to",
  "an estimated",
  "estimated",
  "close to",
  "just over",
  "just under"
];

/** Shares: a number followed by one of these is a percentage. */
export const PERCENT_AFTER = ["%", "percent", "per cent"];

/** Verbs of change, in the forms reports use ("rose", "has fallen", "went up"). */
/** Verbs that set a count above or below another: "by" after them and what they exceed gives the margin ("exceeds June 2018 by 46 people"). */
export const MARGIN_VERBS = [
  "exceeds",
  "exceeded",
  "exceeding",
  "surpasses",
  "surpassed",
  "outnumbers",
  "outnumbered",
  "outstrips",
  "outstripped"
];

export const CHANGE_VERBS = [
  "increased",
  "decreased",
  "rose",
  "risen",
  "fell",
  "fallen",
  "grew",
  "grown",
  "dropped",
  "declined",
  "gained",
  "jumped",
  "surged",
  "soared",
  "plummeted",
  "plunged",
  "tumbled",
  "climbed",
  "slipped",
  "shrank",
  "went up",
  "went down",
  "edged up",
  "edged down",
  // "nearly halved from 20,200 to 11,000", "doubled from 3,200 to 6,400": a change by a factor, stated with both levels.
  "halved",
  "doubled",
  "tripled",
  // "continued to increase from 27,700 to 40,200": a change that went on, its verb after "continued to".
  ...["increase", "rise", "fall", "grow", "decline", "drop"].flatMap((verb) => [
    `continued to ${verb}`,
    `continues to ${verb}`
  ])
];

/** Changes, not levels, by the words right before the number ("decreased by 500", "increase of 12"). */
/**
 * Bare directions before a change's size ("down 6,120 or 13.4%", "up 1,200 on 2007"): a change only when a
 * comparison or a share follows the number ("picked up 1,200 migrants" counts people).
 */
export const BARE_DIRECTIONS = ["up", "down"];

/** Words after a bare direction's number that make it a change's size. */
export const CHANGE_SIZE_AFTER = ["from", "on", "compared", "over", "against", "year-on-year", "year on year"];

export const CHANGE_BEFORE = [
  "increase of",
  "decrease of",
  "up by",
  "down by",
  // "has grown by 1,639", "had fallen by 300": every verb of change with "by".
  ...CHANGE_VERBS.map((verb) => `${verb} by`),
  "reduction of",
  "reduced by",
  "growth of",
  "rise of",
  "drop of",
  "decline of",
  "jump of",
  "surge of",
  // "representing an improvement of US$1.6 million", "a deterioration of 300": a change named by how it is judged.
  "improvement of",
  "deterioration of",
  "increase by",
  "decrease by",
  "increases by",
  "decreases by",
  "rises by",
  "falls by",
  "grows by",
  "drops by",
  "declines by",
  "is reduced by",
  // "saw the number of applications fall by almost 2,000": the verb's base form after "saw", "expected to", "will".
  "fall by",
  "rise by",
  "grow by",
  "drop by",
  "decline by",
  "climb by",
  "jump by",
  "shrink by",
  // "increased by a multiple of 9", "grew by a factor of three": a ratio of two levels, not a count.
  "a multiple of",
  "a factor of",
  "multiplied by"
];

/**
 * Words that open a clause stating a change, which closes with "by" and the amount ("gains in transfers from
 * the USA by $3.5 million"), or that follow an amount a change is measured in ("a $3.0 million increase").
 */
export const CHANGE_NOUNS = [
  "increase",
  "increases",
  "decrease",
  "decreases",
  "rise",
  "rises",
  "fall",
  "drop",
  "drops",
  "decline",
  "declines",
  "gain",
  "gains",
  "loss",
  "losses",
  "growth",
  "reduction",
  "reductions",
  "jump",
  "surge",
  "hike",
  "shortfall",
  "upturn",
  "downturn"
];

/**
 * Non-statistics, by the words right before the number (matched at the end of the preceding text,
 * case-insensitive). A number after these is a reference, an age or a rank, not a count.
 */
export const NOT_A_COUNT_BEFORE = [
  // references to texts and their parts
  "article",
  "articles",
  "art.",
  "arts.",
  "paragraph",
  "paragraphs",
  "para.",
  "paras.",
  "section",
  "sections",
  "chapter",
  "part",
  "clause",
  "sub-clause",
  "item",
  "point",
  "annex",
  "appendix",
  "page",
  "pages",
  "p.",
  "pp.",
  "no.",
  "nos.",
  "number",
  "law",
  "decree",
  "resolution",
  "decision",
  "order",
  "code",
  "act",
  "protocol",
  "convention",
  "regulation",
  "directive",
  "table",
  "figure",
  "footnote",
  "recommendation",
  "recommendations",
  "document",
  "rule",
  "rules",
  "principle",
  "goal",
  "target",
  "report",
  "session",
  "meeting",
  "step",
  "phase",
  "stage",
  "level",
  "tier",
  "grade",
  "category",
  "class",
  "group",
  "room",
  "box",
  "road",
  "street",
  "house",
  "building",
  "№",
  // ages
  "under",
  "under the age of",
  "over the age of",
  "aged",
  // "if they are aged over 18": a hedge between "aged" and the age keeps it an age.
  "aged over",
  "aged under",
  "aged above",
  "aged below",
  "aged at least",
  "aged more than",
  "aged less than",
  "aged up to",
  "age",
  "ages",
  "the age of",
  "ages of",
  "younger than",
  "older than",
  "between the ages of",
  "from the age of",
  "to the age of",
  "below the age of",
  "above the age of",
  // contact numbers
  "hotline",
  "hot line",
  "phone",
  "telephone",
  "tel.",
  "tel",
  "fax",
  "call",
  "dial",
  "sms",
  ...CHANGE_BEFORE,
  // a complement, not the count: "all but five of the victims"
  "all but"
];

/** Non-statistics, by the words right after the number: durations, ages, ordinals, changes. */
export const NOT_A_COUNT_AFTER = [
  "years old",
  "year old",
  "-year-old",
  "-years-old",
  "year-old",
  "years of age",
  "years-old",
  "year",
  "years",
  "month",
  "months",
  "week",
  "weeks",
  "day",
  "days",
  "hour",
  "hours",
  "minute",
  "minutes",
  "second",
  "seconds",
  "hrs",
  // Page furniture of a press item ("| 173 Views", "12 comments"), no statistic.
  "views",
  "comments",
  "shares",
  "likes",
  "followers",
  "subscribers",
  "retweets",
  "min read",
  "min",
  "mins",
  // A station's frequency in a radio site's banner ("88.3 FM | 98.5 FM").
  "FM",
  "MHz",
  "kHz",
  "working days",
  "calendar days",
  "business days",
  "working day",
  "calendar day",
  "business day",
  "year's",
  "years'",
  "or older",
  "or over",
  "and older",
  "and over",
  "or younger",
  "or more years",
  "years and older",
  "fewer",
  "more than",
  "less than",
  "times",
  "-fold",
  "fold",
  "st",
  "nd",
  "rd",
  "th",
  "a.m.",
  "p.m.",
  "am",
  "pm",
  "o'clock",
  "km",
  "kilometres",
  "kilometers",
  "square"
];

/** Verbs (base, participle) that only carry the act their object names: "did not obtain any convictions". */
const LIGHT_VERBS: [string, string][] = [
  ["report", "reported"],
  ["record", "recorded"],
  ["obtain", "obtained"],
  ["secure", "secured"],
  ["achieve", "achieved"],
  ["conduct", "conducted"],
  ["initiate", "initiated"],
  ["register", "registered"],
  ["open", "opened"],
  ["file", "filed"],
  ["carry out", "carried out"]
];

/** A clause stating that none were counted: the counted noun follows ("did not identify any victims"). */
export const ZERO_BEFORE_NOUN = [
  "no",
  "zero",
  "did not identify any",
  "did not prosecute any",
  "did not convict any",
  "did not investigate any",
  "did not initiate any",
  "did not identify",
  "did not convict",
  "did not prosecute",
  "identified no",
  "convicted no",
  "prosecuted no",
  "not a single",
  "did not assist any",
  "did not refer any",
  "did not provide assistance to any",
  "did not report providing assistance to any",
  "did not report assisting any",
  // "did not report identifying any adult male victims": the negated report of one act.
  ...["identifying", "prosecuting", "convicting", "investigating", "referring"].map((v) => `did not report ${v} any`),
  // "did not obtain any convictions", "has not recorded any prosecutions": a light verb before the counted act.
  ...LIGHT_VERBS.flatMap(([base, participle]) => [
    ...["did", "does", "do"].map((aux) => `${aux} not ${base} any`),
    ...["has", "have", "had"].map((aux) => `${aux} not ${participle} any`)
  ])
];

/** Words after "no" that make it an adverb, not a count of none: "could no longer accommodate new arrivals". */
export const NOT_ZERO_AFTER_NO = [
  "longer",
  "later",
  "sooner",
  "less than",
  "more than",
  "fewer than",
  "matter",
  "doubt"
];

/** Modal verbs after a zero's noun that make it a norm or a prospect, not a count: "no person should be detained". */
export const NORM_MODALS = [
  "should",
  "shall",
  "must",
  "may",
  "might",
  "can",
  "cannot",
  "could",
  "would",
  "will",
  "ought to"
];

/** Fractions that state a share of a group ("three quarters of the asylum seekers"), in percent. */
export const FRACTIONS: Record<string, number> = {
  half: 50,
  "one half": 50,
  "a half": 50,
  "a third": 100 / 3,
  "one third": 100 / 3,
  "two thirds": 200 / 3,
  "a quarter": 25,
  "one quarter": 25,
  "three quarters": 75,
  "a fifth": 20,
  "one fifth": 20
};

/** Verbs that state "the number of X" as a figure ("the number of applications reached 1,876"). */
export const NUMBER_OF_VERBS = [
  "was",
  "were",
  "is",
  "are",
  "has been",
  "had been",
  "reached",
  "totalled",
  "totaled",
  "amounted to",
  "stood at",
  // "the total number of Syrian refugees registered in Greater Cairo stands at 37,969": a level now, as "stood at" was.
  "stands at",
  "remained at",
  "remains at",
  "stayed at",
  "stays at",
  "came to",
  "made up",
  "constituted",
  "equalled",
  "equaled",
  "exceeded",
  // "the figure surged to 9,942": every verb of change, with the level it reached.
  ...CHANGE_VERBS.map((verb) => `${verb} to`)
];

/** Verbs by which a figure held its level, before a word of steadiness: "remained fairly stable at 81,000". */
export const STEADY_VERBS = ["remained", "remains", "remain", "stayed", "stays", "held", "holds"];
/** Words of a level that did not move ("held steady at", "remained unchanged at"). */
export const STEADY_WORDS = ["stable", "steady", "unchanged", "constant", "flat", "level"];

/**
 * Verbs by which a clause takes a total to a new level ("bringing the total to 547,102", "this brought the total number
 * of immigrants deported … to 18,225"): the number after "to" is the total's.
 */
export const RAISING_VERBS = [
  "bringing",
  "raising",
  "taking",
  "pushing",
  "lifting",
  "brings",
  "raises",
  "takes",
  "pushes",
  "lifts",
  "brought",
  "raised",
  "took",
  "pushed",
  "lifted"
];

/**
 * Words naming the level a count reached, between its verb and its number ("reached a record high of 392,196", "stood
 * at a peak of 576", "reached its highest point on record at 188,480"): the number is still the subject's count.
 */
export const LEVEL_PHRASES = [
  "a record",
  "a record high of",
  "a new record of",
  "a record level of",
  "a record low of",
  "a peak of",
  "its peak of",
  "a high of",
  "a new high of",
  "an all-time high of",
  "a low of",
  "a new low of",
  "a low point of",
  "its highest level of",
  "its highest level at",
  "its highest point at",
  "its highest point on record at",
  "its lowest level of",
  "its lowest level at",
  "its lowest point at",
  "the highest level of",
  "the lowest level of"
];

/**
 * Words opening a point of a series a sentence before named ("The number of arrivals went through several stages.
 * Starting at 18,517 in 2001, with a peak of 19,176 in 2003 …"): with no noun of their own, the points count it.
 */
export const SERIES_POINTS = [
  "starting at",
  "starting from",
  "beginning at",
  "peaking at",
  "bottoming out at",
  ...LEVEL_PHRASES
];

/** Comparatives written after a number that make it the difference between two counts ("2,473 less", "1,600 more"). */
export const COMPARATIVES = ["more", "fewer", "less", "higher", "lower"];
