/**
 * Every number a sentence states, in digits or words, with its approximation, currency or share
 * sign, and the reason when it is not a statistic (a year, a date, an age, a duration, a reference,
 * a rank, a change). Pure: text in, quantities with sentence-local offsets out.
 */
import {groupAt} from "./read-group-word.js";
import {followsOtherEra} from "./other-era-year.js";
import {opensWithNamedBody} from "./named-body.js";
import {milestone} from "./read-milestone.js";
import {predicateCategory} from "./read-counted.js";
import {statesNumberOf} from "./read-number-of.js";
import {timeOfDay} from "./time-of-day.js";
import {opensWithPeople} from "./people-word.js";
import {titleCaseCounted, titleCasePeople} from "./title-case-people.js";
import {inQuotedTerm} from "./quoted-term.js";
import {secondChange} from "./change-pair.js";
import {isYearShapedCount} from "./year-shaped-count.js";
import {alternation} from "./alternation.js";
import {isChangeAmount} from "./read-change-amount.js";
import {isChangeByWords, restatesPercentChange} from "./read-change-words.js";
import {canonicalCountry, JOINED_COUNTRY_SOURCE} from "../specs/countries.js";

import {NUMBER_DIGITS_SOURCE, NUMBER_WORD_SOURCE, parseNumber, parseNumberWords} from "../numbers/parse-number.js";
import {
  APPROX_BEFORE,
  CURRENCIES,
  NOT_A_COUNT_AFTER,
  NOT_A_COUNT_BEFORE,
  MARGIN_VERBS,
  BARE_DIRECTIONS,
  CHANGE_BEFORE,
  CHANGE_SIZE_AFTER,
  PERCENT_AFTER,
  SCALES,
  SHORT_SCALES
} from "../vocabulary/quantities.js";
import {AVERAGE_RHYTHMS, AVERAGE_WORDS} from "../vocabulary/rates.js";
import {BALANCE_NOUNS, COUNTED_NOUNS, FIGURE_NOUNS, OUTWARD_BALANCE_NOUNS, PART_MARKERS} from "../vocabulary/nouns.js";

// "The number of people entering detention in the year ending March 2020 was 23,075": the count may be named far back,
// though not across a new clause ("…was 71, and the youngest of them was 14").
const FIGURE_BEFORE = new RegExp(String.raw`\b(?:${alternation(FIGURE_NOUNS)})\b(?:(?!,\s+and\b|;)[^.])*$`, "i");
// "net migration of +670", "a net migration: +54", "net migration of −670": a balance with its sign.
const BALANCE_IS = String.raw`\b(?:${alternation(BALANCE_NOUNS)})(?:\s+(?:of|was|is|at|stood\s+at|showed|recorded))?\s*:?\s*`;
const SIGNED_BALANCE = new RegExp(String.raw`${BALANCE_IS}[+−]$`, "i");
// "annual net migration: loss of 11,000", "down from a net loss of 10,100", "net migration of −670", "a migration loss
// of 4 343": a balance of more people leaving than coming, a negative figure.
const NEGATIVE_BALANCE = new RegExp(
  String.raw`(?:${BALANCE_IS}(?:a\s+)?(?:net\s+)?(?:loss|deficit|outflow)\s+of\s+|\bnet\s+(?:migration\s+)?(?:loss|outflow)\s+of\s+|\b(?:${alternation(OUTWARD_BALANCE_NOUNS)})(?:\s+(?:of|was|is|at|stood\s+at))?\s*:?\s*|${BALANCE_IS}−\s*)(?:(?:${alternation(APPROX_BEFORE)})\s+)?$`,
  "i"
);

// "net outward migration among Irish nationals increased from 14,400 …": a balance of leavers named at the head of its
// clause signs the figures the clause gives it, up to another clause or a figure of something else.
const OUTWARD_CLAUSE = new RegExp(
  String.raw`\b(?:${alternation(OUTWARD_BALANCE_NOUNS)})\b(?:(?![,;]\s*(?:and|while|whereas|but)\b|;|\b(?:immigration|immigrants|emigrants|arrivals|departures|inflow|gain)\b)[^.])*$`,
  "i"
);

// A state whose name holds "and" ("Saint Vincent and the Grenadines") before a noun names no thing the number is of.
const JOINED_STATE_BEFORE_NOUN = new RegExp(String.raw`^\s+(?:${JOINED_COUNTRY_SOURCE})\s+[a-z]`, "iu");

export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number;
  kind: "count" | "money" | "percent";
  /** Currency unit for money, "percent" for shares, null for counts (the counted noun gives the unit). */
  unit: string | null;
  approx: string | null;
  word: boolean;
  /** Why this number is not a statistic; null when it is one. */
  excluded: string | null;
}

// "and" joins number words only after a scale ("one hundred and five"); "two and four" are two numbers.
const WORD = `(?:${NUMBER_WORD_SOURCE})(?:(?:\\s+|-|(?<=hundred|thousand|million)\\s+and\\s+)(?:hundred|thousand|million|${NUMBER_WORD_SOURCE}))*`;
const SCALE = `(?:\\s+(?:${Object.keys(SCALES).join("|")})\\b)?`;
// "about a thousand Cameroonians", "a hundred migrants", "half a million": one of a scale, written with the article.
const A_SCALE = String.raw`(?:half\s+)?a\s+(?:hundred|thousand|million)(?:\s+and\s+(?:${NUMBER_WORD_SOURCE})(?:[\s-]+(?:${NUMBER_WORD_SOURCE}))?)?(?!\s+(?:times|years|miles|kilometres|kilometers)\b)`;
const A_SCALES: Record<string, number> = {hundred: 100, thousand: 1000, million: 1_000_000};
// "$215m", "US$1.2bn": a scale glued to an amount, read only after a currency sign.
const SHORT = `(?<short>${Object.keys(SHORT_SCALES).join("|")})`;
// "R52 817 656": a currency sign that is one capital letter, read only before an amount with groups, a decimal or a
// scale ("R2" alone is a code).
const SIGN_LETTERS = CURRENCIES.flatMap((c) => c.before ?? []).filter((f) => /^[A-Z]$/.test(f));
const SIGNED_AMOUNT =
  /^\d{1,3}(?:[ ,]\d{3})+(?!\d)|^\d+\.\d+\s+(?:million|billion)\b|^\d+\s+(?:million|billion)\b|^\d+(?:\.\d+)?(?:bn|m)\b/;
// "Sh9.6 billion", "Rs2,000": a currency prefix with a lower-case letter may be glued to its amount; an upper-case
// code may not ("COP26" is a conference, not 26 pesos).
const GLUED_PREFIX = alternation([
  ...CURRENCIES.flatMap((c) => c.before ?? []).filter((f) => /[a-z]/.test(f) && /[a-z.]$/i.test(f)),
  ...SIGN_LETTERS
]);
// "1,8 million", "2,25 billion": before a scale word one or two digits after a comma are a decimal, as continental
// writers print it; no thousands group has fewer than three.
const DECIMAL_COMMA = String.raw`\d{1,3},\d{1,2}(?=\s+(?:${Object.keys(SCALES).join("|")})\b)`;
const TOKEN = new RegExp(
  String.raw`(?:(?<![\w.,/№-])|(?<=(?<![\w])(?:${GLUED_PREFIX})))(?:(?<digits>${DECIMAL_COMMA}|${NUMBER_DIGITS_SOURCE})(?:${SHORT}|${SCALE})(?![\w/]|[.,]\d)|(?<words>\b(?:${A_SCALE}|${WORD})\b))`,
  "gi"
);

// What an amount is given to each of, after its currency word or its bracketed conversion (or closing that bracket).
const PER_EACH =
  /^\)?\s*(?:[A-Za-z]+\)?\s+)?(?:\([^()]{1,30}\)\s*)?(?:each|apiece|to\s+(?:each|every)|per\s+(?:person|victim|head|capita))\b/i;
// A payment made to each person, by its rhythm: "one-time monetary compensation of", "a monthly allowance of".
const PER_PERSON_PAYMENT =
  /\b(?:one-time|one-off|monthly|weekly|daily)\s+(?:monetary\s+|cash\s+|financial\s+)?(?:compensation|allowance|stipend|benefit|payment|assistance|support)s?\s+(?:of|amounting\s+to)\s+$/i;
// "The amount of benefits provided to victims … has been increased to 700 manats": the size of a payment, not a total.
const PAYMENT_SIZE =
  /\b(?:amount|size|rate|level)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:benefits?|allowances?|stipends?|compensations?|payments?|pensions?)\b[^.;]*$/i;
// "(7,600 – 24%)": a share after a count and a spaced dash.
const SHARE_AFTER_DASH = new RegExp(String.raw`^\s+[-–]\s+\d[\d.,]*\s?(?:${alternation(PERCENT_AFTER)})`, "i");
const YEAR_DASH_BEFORE = /(?<![\d.,/-])(?:19|20)\d\d\s[-–]\s$/;
// "… million 600 thousand": a lower scale's count after a scale word, optionally joined by "and".
const LOWER_SCALE = /^\s+(?:and\s+)?(\d{1,3})\s+([a-z]+)\b/i;
// A short scale one space after an amount, capitalised as releases print it ("9.5 M", "1.2 Bn"), then no more of it.
const SCALE_APART = /^\s(M|Mn|Mln|MLN|Bn|BN|B)(?![\p{L}\d])(?![.,]\d)/u;

// The people a glued scale may count with no currency before it, with up to two words between ("1.2m Syrian refugees").
const PEOPLE_AFTER_SHORT = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:${alternation(
    COUNTED_NOUNS.filter((n) => n.person).flatMap((n) =>
      n.forms.filter((f) => /s$/.test(f) && !/^(?:[a-z]+\s+)?(?:years?|days?)$/.test(f))
    )
  )})\b`,
  "iu"
);

const BEFORE_CURRENCY = CURRENCIES.flatMap((c) => (c.before ?? []).map((f) => [f, c.unit] as const));
const AFTER_CURRENCY = CURRENCIES.flatMap((c) => (c.after ?? []).map((f) => [f, c.unit] as const));
const CURRENCY_BEFORE_RE = new RegExp(`(?:^|[^\\w])(${alternation(BEFORE_CURRENCY.map(([f]) => f))})\\s?$`, "i");
// "25.97 million Kazakhstani Tenge": a currency may carry its country's adjective, though one the list names
// ("Australian dollars") is read whole.
const CURRENCY_AFTER_RE = new RegExp(
  `^\\s?(?:[A-Z][a-z]+\\s+)??(${alternation(AFTER_CURRENCY.map(([f]) => f))})(?![\\w])`,
  "i"
);
const APPROX_RE = new RegExp(`(?:^|[^\\w])(${alternation(APPROX_BEFORE)})\\s+$`, "i");
const PERCENT_RE = new RegExp(`^\\s?(?:${alternation(PERCENT_AFTER)})`, "i");
// "a daily average of 458", "the 548 average daily movements": the words that make the number next to them an average.
const PER = `(?:${alternation(AVERAGE_RHYTHMS)})`;
const AVERAGE = `(?:${alternation(AVERAGE_WORDS)})`;
const AVERAGE_RIGHT_BEFORE = new RegExp(
  String.raw`\b(?:an?|the)\s+(?:${PER}\s+)?${AVERAGE}\s+(?:${PER}\s+)?(?:of\s+)?$`,
  "i"
);
// "(monthly average: 28.5 cases)": an average given as a label and its figure.
const AVERAGE_LABEL = new RegExp(String.raw`\b(?:${PER}\s+)?${AVERAGE}\s*:\s*$`, "i");
const BARE_DIRECTION_BEFORE = new RegExp(String.raw`(?:^|[\s(,;])(?:${alternation(BARE_DIRECTIONS)})\s+$`, "i");
const CHANGE_SIZE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:or\s+[\d.,]+\s*(?:%|per\s*cent|percent)|\(\s*[\d.,]+\s*(?:%|per\s*cent|percent)\s*\)|(?:${alternation(CHANGE_SIZE_AFTER)})\b)`,
  "i"
);
const AVERAGE_RIGHT_AFTER = new RegExp(String.raw`^\s+(?:${AVERAGE}\s+${PER}|${PER}\s+${AVERAGE})\b`, "i");
// "fell by a 1000": the article does not hide the change before it.
const CHANGE_BEFORE_RE = new RegExp(`(?:^|[^\\w])(?:${alternation(CHANGE_BEFORE)})(?:\\s+an?)?\\s*$`, "i");
const MARGIN_BEFORE_RE = new RegExp(`\\b(?:${alternation(MARGIN_VERBS)})\\b[^.;:!?]{0,60}?\\bby\\s*$`, "i");
const NOT_BEFORE_RE = new RegExp(`(?:^|[^\\w])(?:${alternation(NOT_A_COUNT_BEFORE)})\\s*$`, "i");
// "and of this number 18,500 were Filipinos": a part marker naming "number" takes a part of the whole before it.
const PART_OF_NUMBER_RE = new RegExp(
  `\\b(?:${alternation(PART_MARKERS.filter((m) => /\bnumber$/.test(m)))})\\s*,?\\s*$`,
  "i"
);
const HEDGED_BOUND = /\b(?:just|slightly|a\s+little|somewhat)\s+(?:under|over)\s*$/i;
// "aged between", "ages from": what opens an age range, which a second end closes; "aged" alone may stand before one age.
const AGE_RANGE_LEAD = /\b(?:aged?|ages)\s+(?:between|from)\s*$/i;
const AGE_LEAD = /\b(?:aged?|ages)\s+$/i;

/** Whether `q` closes an age range that `prev`, its first end with a unit ("one year and 84"), opens. */
function ageRangeEnd(text: string, prev: Quantity, q: Quantity): boolean {
  const lead = text.slice(Math.max(0, prev.start - 24), prev.start);
  if (!/^\s*(?:years?|months?)(?:\s+old)?\s*(?:and|to|-|–)\s*$/i.test(text.slice(prev.end, q.start))) return false;
  // "aged one year and 40 adults": after "aged" alone the next number is an age only where nothing counted follows it.
  return (
    AGE_RANGE_LEAD.test(lead) ||
    (AGE_LEAD.test(lead) && /^\s*(?:(?:years?|months?)\b|[,.;)]|$)/i.test(text.slice(q.end, q.end + 8)))
  );
}
const NOT_AFTER_RE = new RegExp(`^\\s*(?:${alternation(NOT_A_COUNT_AFTER)})(?![a-z])`, "i");
const MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
const MONTH_BEFORE_RE = new RegExp(`${MONTH}\\.?\\s*$`, "i");
const MONTH_AFTER_RE = new RegExp(
  // "13 January", and "13 to 19 January": the first day of a span sharing the month named after its last.
  `^(?:st|nd|rd|th)?(?:\\s*(?:[-–—]|to|and|until|through)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH}\\b`,
  "i"
);
// The end of a listed amount: the next item, the list's close, or nothing more.
const LIST_END = /^\s*(?:[,;.)]|and\b|or\b|respectively\b|in\s+that\s+order\b|$)/i;
const RANGE_OF_DURATION = /^\s*(?:to|and|-|–|or)\s*(?:\d+|[a-z]+)\s*(?:years?|months?|weeks?|days?|hours?)\b/i;

function currencyOf(list: readonly (readonly [string, string])[], form: string): string {
  const f = form.toLowerCase().replace(/\s+/g, " ");
  return list.find(([x]) => x.toLowerCase() === f)?.[1] ?? "currency";
}

/**
 * Whether a text's bracketed single digits number its items or notes, "(1) … (2) … (3)", in sequence; "Russia (2),
 * Belarus (2), Pakistan (1)" are counts.
 */
function enumerates(text: string): boolean {
  const digits = [...text.matchAll(/\(\s*(\d)\s*\)/g)].map((m) => Number(m[1]));
  return digits.length >= 3 && digits.every((d, i) => i === 0 || d === digits[i - 1] + 1);
}

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let start = m.index,
      end = m.index + m[0].length;
    const word = m.groups!.words !== undefined;
    let value: number | null;
    if (word && /^(?:half\s+)?a\s/i.test(m[0])) {
      // "a hundred and five": the scale, and the number words after its "and"; "half a million" is half of it.
      const [, half, scale, rest] = /^(half\s+)?a\s+(\w+)(?:\s+and\s+(.+))?$/i.exec(m[0])!;
      value = A_SCALES[scale.toLowerCase()] * (half ? 0.5 : 1) + (rest ? (parseNumberWords(rest) ?? 0) : 0);
    } else if (word) value = parseNumberWords(m[0]);
    else {
      const scale = /\s+([a-z]+)$/i.exec(m[0]);
      const digits = m.groups!.digits;
      value = /^\d{1,3},\d{1,2}$/.test(digits)
        ? Number(digits.replace(",", "."))
        : (parseNumber(digits)?.value ?? null);
      // "US$1.468 billion": before a scale a dot and three digits are a decimal, not a thousands separator.
      if (value !== null && (scale || m.groups!.short) && /^\d{1,3}\.\d{3}$/.test(digits)) value = Number(digits);
      if (value !== null && scale && SCALES[scale[1].toLowerCase()])
        value = Math.round(value * SCALES[scale[1].toLowerCase()]);
      const short = m.groups!.short?.toLowerCase();
      if (value !== null && short) value = Math.round(value * SHORT_SCALES[short]);
      // "3 million 600 thousand", "632 million and 900 thousand": lower scales written after a scale word add to it.
      let last = scale ? SCALES[scale[1].toLowerCase()] : undefined;
      for (let lower = last && LOWER_SCALE.exec(text.slice(end)); value !== null && last && lower;) {
        const size = SCALES[lower[2].toLowerCase()];
        if (!size || size >= last) break;
        value += Number(lower[1]) * size;
        end += lower[0].length;
        last = size;
        lower = LOWER_SCALE.exec(text.slice(end));
      }
      // "5 thousand 777", "855 thousand and 200": the hundreds written after the scale word belong to the same number.
      const rest =
        last === 1000
          ? /^\s(?:and\s)?(\d{1,3})(?![\d,.])(?!\s+(?:thousand|million|billion)\b)/i.exec(text.slice(end))
          : null;
      if (value !== null && rest) {
        value += Number(rest[1]);
        end += rest[0].length;
      }
    }
    if (value === null) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    const q: Quantity = {
      start,
      end,
      text: text.slice(start, end),
      value,
      kind: "count",
      unit: null,
      approx: null,
      word,
      excluded: null
    };
    q.excluded = exclusion(q, before, after, text, m.groups!.digits);
    let cb = CURRENCY_BEFORE_RE.exec(before);
    const afterCurrency = CURRENCY_AFTER_RE.exec(after);
    // "1 January 2018 Funding USD 20.1 M": a code such as "USD" takes no word between it and its amount, as
    // "Kazakhstani Tenge" does; the word says the code opens what follows.
    // "FUNDING 2016 USD 19.4 M": a code an amount follows at once opens that amount rather than closing the number before.
    const ca =
      afterCurrency &&
      (/^\s?[A-Z][a-z]+\s+[A-Z]{3}$/.test(afterCurrency[0]) ||
        (/[A-Z]{3}$/.test(afterCurrency[0]) && /^\s*\d/.test(after.slice(afterCurrency[0].length))))
        ? null
        : afterCurrency;
    // "215m" with no currency before it is a length, not an amount; "1m Nicaraguans", "2.5m migrants" count people.
    if (m.groups!.short && !cb && !PEOPLE_AFTER_SHORT.test(after) && !opensWithPeople(after)) continue;
    // "Route R2": a one-letter sign is glued to an amount written as one; "R 5" is no amount.
    const sign = cb && SIGN_LETTERS.includes(cb[1]);
    if (sign && !/\s$/.test(before) && !SIGNED_AMOUNT.test(text.slice(m.index))) continue;
    if (sign && /\s$/.test(before)) cb = null;
    if (cb) {
      q.kind = "money";
      q.unit = currencyOf(BEFORE_CURRENCY, cb[1]);
      start -= cb[1].length + (/\s$/.test(before) ? 1 : 0);
      // "USD 9.5 M", "Nu 870 M": a short scale set apart from an amount a currency opens.
      const apart = !word && !/[a-z]$/i.test(m[0]) ? SCALE_APART.exec(after) : null;
      if (apart) {
        q.value = Math.round(q.value * SHORT_SCALES[apart[1].toLowerCase()]);
        end += apart[0].length;
        q.end = end;
        q.text = text.slice(m.index, end);
      }
    } else if (ca) {
      q.kind = "money";
      q.unit = currencyOf(AFTER_CURRENCY, ca[1]);
    } else if (PERCENT_RE.test(after)) {
      q.kind = "percent";
      q.unit = "percent";
    }
    if (q.kind !== "count" && (q.excluded === "year" || q.excluded === "name")) q.excluded = null;
    if (
      q.kind === "count" &&
      (NEGATIVE_BALANCE.test(before) || OUTWARD_CLAUSE.test(text.slice(Math.max(0, start - 160), start)))
    )
      q.value = -q.value;
    // "gains in transfers from the USA by $3.5 million", "a $3.0 million increase": a change, not a level.
    if (!q.excluded && q.kind !== "percent" && isChangeByWords(text.slice(Math.max(0, start - 160), start), after))
      q.excluded = "change";
    // "surpassed 10,000 for two consecutive years": a level crossed and a run of periods are said of a count.
    if (q.kind === "count") q.excluded ??= milestone(text, start, end, value);
    // "assistance of 400 manats each", "600,000 FCFA ($1,130) to each of the six shelters": an amount per person or
    // per body (its bracketed conversion too), not a total.
    if (q.kind === "money" && PER_EACH.test(after)) q.excluded ??= "average or rate";
    // "one-time monetary compensation of 250,000 drams": what each person gets, not a total spent.
    if (
      q.kind === "money" &&
      (PER_PERSON_PAYMENT.test(text.slice(Math.max(0, start - 60), start)) ||
        PAYMENT_SIZE.test(text.slice(Math.max(0, start - 200), start)))
    )
      q.excluded ??= "average or rate";
    TOKEN.lastIndex = Math.max(TOKEN.lastIndex, end);
    const approx = APPROX_RE.exec(text.slice(Math.max(0, start - 40), start));
    if (approx) q.approx = approx[1].toLowerCase().replace(/\s+/g, " ");
    q.start = start;
    out.push(q);
  }
  // "Articles 166 and 167", "paragraphs 12, 13 and 15": numbers listed after a reference are references too.
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1];
    if (
      prev.excluded === "reference, age or rank" &&
      !out[i].excluded &&
      !statesNumberOf(text, out[i].start) &&
      /^\s*(?:,|and|or|to|-|–)\s*(?:and\s+)?$/i.test(text.slice(prev.end, out[i].start))
    )
      out[i].excluded = prev.excluded;
    // "children aged between one year and 84": the other end of an age range whose first end names its unit.
    else if (prev.excluded && !out[i].excluded && ageRangeEnd(text, prev, out[i])) out[i].excluded = prev.excluded;
  }
  // "by $3.5 million, $2.2 million and $0.8 million in that order": amounts listed after a change are changes too;
  // "by 1.5 per cent (or $2.5 million)" restates a change in another measure.
  for (let i = 1; i < out.length; i++) {
    const [prev, q] = [out[i - 1], out[i]];
    if (q.excluded || q.kind === "percent") continue;
    const between = text.slice(prev.end, q.start);
    const listed =
      prev.excluded === "change" &&
      prev.kind === q.kind &&
      /^\s*(?:,|,?\s*and)\s*$/i.test(between) &&
      LIST_END.test(text.slice(q.end, q.end + 30));
    const restated =
      prev.kind === "percent" &&
      restatesPercentChange(
        text.slice(Math.max(0, prev.start - 160), prev.start),
        between,
        text.slice(q.end, q.end + 12)
      );
    if (listed || restated) q.excluded = "change";
    // "two hundred and thirty-six (236) foreign nationals": figures in brackets confirm the words before them.
    if (
      prev.word &&
      !q.word &&
      prev.value === q.value &&
      /^\s*\(\s*$/.test(between) &&
      /^\s*\)/.test(text.slice(q.end))
    )
      q.excluded = "spelled-out confirmation";
    // "250,000 drams ($515)": an amount's conversion in brackets is what the amount is.
    if (
      !q.excluded &&
      prev.excluded === "average or rate" &&
      q.kind === "money" &&
      /^\s*(?:[\p{L}.]+\s*)?\(\s*$/u.test(between)
    )
      q.excluded = prev.excluded;
  }
  return out;
}

function exclusion(
  q: Quantity,
  before: string,
  after: string,
  text: string,
  digits: string | undefined
): string | null {
  // "increased to 1855 in 2008, 2024 in 2009": a year-shaped figure listed with the year it was counted in is a count.
  if (digits !== undefined && /^(?:19[5-9]\d|20[0-4]\d)$/.test(digits) && !isYearShapedCount(before, after))
    return "year";
  // "in the year 2070 B.S": a year of another calendar.
  if (digits !== undefined && /^\d{4}$/.test(digits) && followsOtherEra(after)) return "year";
  if (MONTH_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after)) return "date";
  // "in ‘07", "since '09": a year cut to its last two digits after an apostrophe, not a quotation ("‘45 migrants’").
  if (
    /^\d\d$/.test(q.text) &&
    /(?:^|[\s(\-–])['‘’]$/.test(before) &&
    !/^[^'‘’\n]{0,60}?[\p{L}.!?]['’](?!\p{L})/u.test(after)
  )
    return "year";
  if (isChangeAmount(text.slice(q.end, q.end + 160))) return "change";
  const dateline = timeOfDay(q.text, before, after);
  if (dateline) return dateline;
  if (inQuotedTerm(before, after)) return "quoted term";
  if (secondChange(before, after)) return "change";
  // "(down 6,120 or 13.4% from the previous year)", "up 1,200 on 2007": a bare direction and a comparison or share.
  if (BARE_DIRECTION_BEFORE.test(before) && CHANGE_SIZE_AFTER_RE.test(after)) return "change";
  if (/^-[a-z]/i.test(after)) return "compound modifier";
  // "1.1." and "2.3 Returns": the numbers of sections, not decimals.
  if (
    /^\d{1,2}\.\d{1,2}$/.test(q.text) &&
    (/^\.(?:\s|$)/.test(after) || (/^\s+[A-Z]/.test(after) && /(?:^|[.:]\s*|\n\s*)$/.test(before)))
  )
    return "section number";
  // "919 Call Center", "101 Hotline Service": a number that names something is not a count.
  // "28,000 South Sudanese refugees", "50 Sri Lankan workers": a two-word people is no name.
  const named = /^\s+([A-Z][a-z]+\s+[A-Z][a-z]+)/.exec(after);
  if (
    named &&
    !/^\s+[A-Z][a-z]+s\b/.test(after) &&
    !canonicalCountry(named[1]) &&
    !opensWithPeople(after) &&
    !titleCasePeople(after) &&
    // "47,680 Work Permits"; a decimal before capitalised words is a table's share, not a count.
    !(titleCaseCounted(after) && !/\.\d/.test(q.text)) &&
    // "90,452 Central Americans": a group of peoples larger than one state.
    !groupAt(after) &&
    // "32 Organisation of Eastern Caribbean States (OECS) nationals": a body's name before what is counted.
    !opensWithNamedBody(text.slice(q.end, q.end + 120)) &&
    // "ten Saint Vincent and the Grenadines citizens": a state's whole name before what is counted.
    !JOINED_STATE_BEFORE_NOUN.test(after)
  )
    return "name";
  // "until the child was 14": a predicate number with no noun is an age or a rank unless a count is named before it.
  if (
    /\b(?:was|is|were|are|turned|turns|reached)\s+$/i.test(before) &&
    // "In 2022 there were 611.": a number that there was is a count, never an age or a rank.
    !/\bthere\s+(?:was|is|were|are)\s+$/i.test(before) &&
    /^\s*(?:[,.;)]|and\b|$)/.test(after) &&
    // "The refugee population has now reached 50,227", "net migration was 1,051": a figure named before is a count.
    !FIGURE_BEFORE.test(text.slice(Math.max(0, q.start - 160), q.start)) &&
    !statesNumberOf(text, q.start)
  )
    return "predicate, not a count";
  // "88 out of 92 victims": a part of a stated count, not a ratio ("one in five", "3 out of 10").
  const partOf = (base: string | undefined) => base !== undefined && Number(base) > 10 && !/^10+$/.test(base);
  // "Four in ten asylum seekers", "nine out of ten applicants": a number word before it makes a ratio too.
  const outOfBefore =
    /\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+(in|out\s+of)\s+(?:every\s+)?$/i.exec(before);
  if (outOfBefore && !(/^out/i.test(outOfBefore[1]) && partOf(q.text.replace(/[,\s]/g, "")))) return "ratio";
  if (
    /\bon\s+average,?\s*$/i.test(before) ||
    // "a daily average of 458 movements", "the 548 average daily movements": an average, whatever period it is of.
    AVERAGE_RIGHT_BEFORE.test(before) ||
    AVERAGE_LABEL.test(before) ||
    AVERAGE_RIGHT_AFTER.test(after) ||
    (/^\s+(?:[a-z]+\s+){0,4}?(?:every|per)\s+(?:day|week|month)\b/i.test(after) && !/\bin\s+total\b/i.test(after))
  )
    return "average or rate";
  if (/^\)/.test(after) && /\(\s*$/.test(before) && q.value < 10 && enumerates(text)) return "footnote number";
  const ratioAfter =
    /^\s+(in|out of)\s+(?:every\s+)?(\d{1,3}(?!\d)|two|three|four|five|six|seven|eight|nine|ten|a hundred)\b/i.exec(
      after
    );
  if (ratioAfter && !(/^out/i.test(ratioAfter[1]) && partOf(ratioAfter[2]))) return "ratio";
  // "Thailand (7,600 – 24%)": a count and its share set apart by a dash are no range (a share's range opens at most at 100).
  // "in 2014 – 740, in 2013 – 945": a year, a spaced dash and a figure that is no year pair the figure with its year.
  if (
    (/^\s*[-–/.]\s*\d/.test(after) && !(q.value > 100 && SHARE_AFTER_DASH.test(after))) ||
    (/\d\s*[-–/]\s*$/.test(before) && !(YEAR_DASH_BEFORE.test(before) && !/^(?:19|20)\d\d$/.test(q.text)))
  )
    return "code or range";
  // "migrant arrivals: 59,600 (± 900)": a margin of error around an estimate, not a count.
  if (/(?:±|\+\/[-−]|\bplus\s+or\s+minus)\s*$/i.test(before)) return "margin of error";
  // "net migration of +670 people": the sign of a balance says which way it goes, no change of it.
  if ((/(?:^|[\s(])[+−]\s*$/.test(before) && !SIGNED_BALANCE.test(before)) || /\(\s*-\s*$/.test(before))
    return "change";
  // "they submitted 127 applications fewer", "30 cases more than last year": a difference between two counts.
  if (/^\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s+(?:fewer|more|less)(?=\s*[.,;)]|\s+(?:than|were|was|have|had)\b)/.test(after))
    return "change";
  // "decreases by approximately 10,000": the approximation does not hide the change before it.
  if (CHANGE_BEFORE_RE.test(before.replace(APPROX_RE, " "))) return "change";
  // "which exceeds June 2018 by 46 people": the margin by which one count exceeds another.
  if (MARGIN_BEFORE_RE.test(before.replace(APPROX_RE, " "))) return "change";
  // The number a part is taken from is no reference number.
  // "While just under 14,000 left": a hedge before "under" makes it a bound of the count, no age.
  if (NOT_BEFORE_RE.test(before) && !PART_OF_NUMBER_RE.test(before) && !HEDGED_BOUND.test(before))
    return "reference, age or rank";
  // "1 (one) business day": the spelled-out confirmation does not hide what follows it.
  // "11 St. Kitts and Nevis nationals": a saint's abbreviation opens a name, not an ordinal's suffix.
  if (
    !/^\s+St\.?\s+\p{Lu}/u.test(after) &&
    (NOT_AFTER_RE.test(after) || NOT_AFTER_RE.test(after.replace(/^\s*\([a-z -]+\)/i, "")))
  )
    return "duration, age, ordinal or change";
  if (RANGE_OF_DURATION.test(after)) return "duration";
  // "1 (one)" confirms the figure before it; "Eritrea (nine)" is a figure of its own.
  if (/^\s*\)/.test(after) && /\d\s*\(\s*$/.test(before) && q.word) return "spelled-out confirmation";
  if (q.start === 0 && /^[.)](?:\s|$)/.test(after) && !q.word) return "list or paragraph number";
  // "… in Italy.2 4. In Japan, …": a flattened report's paragraph number, after a sentence's end and its footnote mark.
  if (
    !q.word &&
    /^\d{1,3}$/.test(q.text) &&
    /[.!?]["”’)]?\d{0,3}\s+$/.test(before) &&
    /^\.(?:\s+["“(]?\p{Lu}|\s*$)/u.test(after)
  )
    return "list or paragraph number";
  // "(1) The number of foreign nationals …", "(b) In 2019 …": a bracketed item number opens a sentence of the list.
  if (
    /\(\s*$/.test(before) &&
    /^\)\s+(?:The|A|An|In|On|For|As|Since|During|Of|To|With|At|By|From|This|These|There|It|According)\s/.test(after) &&
    !q.word &&
    q.value <= 30
  )
    return "list or paragraph number";
  if (/^(?:zero)$/i.test(q.text)) return null;
  if (
    q.word &&
    /^(?:one|a)$/i.test(q.text) &&
    // "(one in 2016)" compares a count with a year's; "one in the region" is a pronoun.
    /^\s+(?:of|another|other|more|by|to|in(?!\s+(?:19|20)\d\d\b)|hand|day|time|another|way)\b/i.test(after) &&
    !predicateCategory(after, 0)
  )
    return "not a count";
  void text;
  return null;
}
