/**
 * Reads the number formats government reports use: space, dot and comma thousands, "88.300.00"
 * money, plain decimals, English number words, Arabic-document digit groups in reversed order, and the South
 * Asian grouping by lakhs and crores ("1,16,29,014").
 */

export interface ParsedNumber {
  value: number;
  format: NumberFormat;
}

export type NumberFormat =
  | "plain"
  | "space_thousands"
  | "dot_thousands"
  | "comma_thousands"
  | "dot_thousands_decimal"
  | "decimal"
  | "word"
  | "reversed_groups"
  | "lakh_groups";

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
};

/** Source of a regular expression matching one number in running text or a table cell. */
export const NUMBER_WORD_SOURCE = `(?:${Object.keys(TENS).join("|")})(?:[- ](?:${Object.keys(UNITS)
  .filter((w) => UNITS[w] > 0 && UNITS[w] < 10)
  .join("|")}))?|${Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|")}`;

// Order matters: the longest grouped forms must be tried before the plain digit run.
export const NUMBER_DIGITS_SOURCE = [
  String.raw`\d{1,3}(?:\.\d{3})+\.\d{2}(?!\d)`, // 88.300.00
  String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)`, // 11,36,556 (South Asian lakh grouping)
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)`, // 29,661 (and "29,661, and")
  String.raw`\d{1,3}(?:\.\d{3})+(?![\d.])`, // 107.172
  String.raw`\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)`, // 2 242 783
  String.raw`\d+(?:\.\d{1,2})?(?![\d])` // 5011, 2.5
].join("|");

/** Parses one number expression; returns null for anything that is not exactly one number. */
export function parseNumber(raw: string, options: {reversedGroups?: boolean} = {}): ParsedNumber | null {
  const text = raw.trim().replace(/\u00a0/g, " ");
  if (text === "") return null;
  const lower = text.toLowerCase();
  const word = parseNumberWord(lower);
  if (word !== null) return {value: word, format: "word"};
  // "1 (one)": a figure confirmed by its spelling; the two must agree.
  const confirmed = /^(\d+)\s*\(([a-z -]+)\)$/.exec(lower);
  if (confirmed) {
    const n = Number(confirmed[1]);
    return parseNumberWord(confirmed[2]) === n ? {value: n, format: "plain"} : null;
  }
  if (/^\d+$/.test(text)) return {value: Number(text), format: "plain"};
  if (/^\d+\.\d{1,2}$/.test(text)) return {value: Number(text), format: "decimal"};
  if (/^\d{1,3}(\.\d{3})+\.\d{2}$/.test(text)) {
    const parts = text.split(".");
    const cents = parts.pop()!;
    return {value: Number(parts.join("") + "." + cents), format: "dot_thousands_decimal"};
  }
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return {value: Number(text.replace(/\./g, "")), format: "dot_thousands"};
  if (/^\d{1,2}(,\d{2})+,\d{3}$/.test(text)) return {value: Number(text.replace(/,/g, "")), format: "lakh_groups"};
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text))
    return {value: Number(text.replace(/,/g, "")), format: "comma_thousands"};
  if (/^\d{1,3}( \d{3})+$/.test(text)) {
    return options.reversedGroups
      ? parseReversedGroups(text)
      : {value: Number(text.replace(/ /g, "")), format: "space_thousands"};
  }
  if (/^\d{3}( \d{3})* \d{1,3}$/.test(text)) return parseReversedGroups(text);
  return null;
}

/** Digit groups written lowest first ("600 86" is 86,600), as right-to-left extraction leaves them. */
export function parseReversedGroups(text: string): ParsedNumber | null {
  const groups = text.trim().split(/\s+/);
  if (groups.length < 2) return null;
  const highest = groups[groups.length - 1];
  if (!/^\d{1,3}$/.test(highest) || groups.slice(0, -1).some((g) => !/^\d{3}$/.test(g))) return null;
  return {value: Number([...groups].reverse().join("")), format: "reversed_groups"};
}

/**
 * English cardinals with hundreds, thousands and millions ("one hundred and twenty-five", "two
 * thousand"); null when the text is not one.
 */
export function parseNumberWords(text: string): number | null {
  const words = text
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== "and");
  if (words.length === 0) return null;
  let total = 0,
    group = 0,
    seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "hundred") {
      if (group === 0 && !seen) group = 1;
      group *= 100;
      continue;
    }
    const scale = w === "thousand" ? 1e3 : w === "million" ? 1e6 : w === "billion" ? 1e9 : 0;
    if (scale) {
      total += (group || 1) * scale;
      group = 0;
      continue;
    }
    const v = Object.hasOwn(UNITS, w) ? UNITS[w] : Object.hasOwn(TENS, w) ? TENS[w] : w === "a" && i === 0 ? 1 : null;
    if (v === null) return null;
    group += v;
    seen = true;
  }
  return total + group;
}

/** English cardinal words up to 99 ("one", "twenty-one"); null when the text is not one. */
export function parseNumberWord(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (Object.hasOwn(UNITS, t)) return UNITS[t];
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(t);
  if (!m || !Object.hasOwn(TENS, m[1])) return null;
  if (m[2] === undefined) return TENS[m[1]];
  const unit = Object.hasOwn(UNITS, m[2]) ? UNITS[m[2]] : undefined;
  return unit !== undefined && unit > 0 && unit < 10 ? TENS[m[1]] + unit : null;
}
