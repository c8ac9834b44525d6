/**
 * The words that date a number to the day it was stated ("there are currently 1,953 …", "the backlog now stands at
 * 718"), and whether such a number has no known day in a document not dated to the day: a date later in the sentence
 * ("… left in January 2020") is no date of that stock.
 */
import {NOT_NOW, NOW_MARKERS} from "../vocabulary/now.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {alternation} from "./alternation.js";

const NOW = new RegExp(`(?<![a-z])(?:${alternation([...NOW_MARKERS, "now"])})(?![a-z])`, "gi");

/** True when the "now" at `at` stands inside one of the phrases where it dates nothing ("from now", "now that"). */
function notNow(text: string, at: number): boolean {
  return NOT_NOW.some((phrase) => {
    const k = phrase.toLowerCase().indexOf("now");
    const around = text
      .slice(Math.max(0, at - k - 3), at + phrase.length - k + 3)
      .replace(/\s+/g, " ")
      .toLowerCase();
    return around.includes(phrase.toLowerCase());
  });
}

// A figure or a number word.
const COUNT = new RegExp(String.raw`\d|\b(?:${NUMBER_WORD_SOURCE})\b`, "i");

/**
 * A bare "now" dates a count that follows it in its clause or stands just before it ("2,300 migrants are now
 * held"), not one a long way back ("2 of the victims were prepared for exams and are now students").
 */
function nearCount(text: string, start: number, end: number): boolean {
  const after = /^[^;.]*/.exec(text.slice(end))![0];
  const before = text
    .slice(Math.max(0, start - 40), start)
    .split(/[;.]\s/)
    .at(-1)!;
  return COUNT.test(after) || COUNT.test(before);
}

/** The "now" words of `text` ("currently", "to date", "now" but not "now that"), each with its offsets. */
export function nowWords(text: string): {start: number; end: number; word: string}[] {
  const out: {start: number; end: number; word: string}[] = [];
  for (const m of text.matchAll(NOW)) {
    if (/^now$/i.test(m[0]) && (notNow(text, m.index) || !nearCount(text, m.index, m.index + 3))) continue;
    out.push({start: m.index, end: m.index + m[0].length, word: m[0]});
  }
  return out;
}

/**
 * True when a "now" word stands before offset `at` in `text`, no period is named before that word
 * (`periodStarts` are the offsets of the sentence's periods), and `documentDate` is not a day.
 */
export function undatedNow(
  text: string,
  at: number,
  periodStarts: number[],
  documentDate: string | undefined
): boolean {
  if (/^\d{4}-\d\d-\d\d$/.test(documentDate ?? "")) return false;
  const m = nowWords(text.slice(0, at))[0];
  return m !== undefined && periodStarts.every((p) => p > m.start);
}

/**
 * The periods of a sentence without the document's day read from a bare "now" where the document reports on a period
 * that ended before that day: a release on a month gone by states its running totals at the month's end.
 */
export function withoutLateNow<T extends {start: number; end: number; pattern: string}>(
  periods: T[],
  text: string,
  reporting: {end: string} | null,
  documentDate: string | undefined
): T[] {
  if (!reporting || !documentDate || reporting.end >= documentDate) return periods;
  return periods.filter((p) => p.pattern !== "stock_today" || !/^now$/i.test(text.slice(p.start, p.end)));
}
