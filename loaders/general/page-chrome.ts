/**
 * Lines of a web page around a press item's text that are no sentence of it: a dateline ("date 2020-04-18",
 * "Tuesday, 23 August 2022 | 17:15", "Sabtu, 31 Desember 2016 23:37 WIB | 173 Views"), and the headline a
 * dateline opens. Each ends where it ends, so the item's first sentence is read on its own, not glued to them.
 */
import {flatIndexOf, type FlatText} from "../text/flatten.js";

const DAY = String.raw`\d{1,2}`;
const MONTH_WORD = String.raw`\p{Lu}\p{Ll}{2,9}\.?`;
const YEAR = String.raw`(?:19|20)\d\d`;
const TIME = String.raw`\d{1,2}[:.]\d\d(?:\s*(?:[AaPp]\.?[Mm]\.?|\p{Lu}{2,4}))?`;
// A date as a page prints it: "2020-04-18", "02/08/2019", "23 August 2022", "August 23, 2022", "Tuesday, 23 August 2022".
const PRINTED_DATE = String.raw`(?:\p{Lu}\p{Ll}+,?\s+)?(?:${YEAR}-\d\d-\d\d|${DAY}[./]\d{1,2}[./]${YEAR}|${DAY}\s+${MONTH_WORD}\s+${YEAR}|${MONTH_WORD}\s+${DAY},?\s+${YEAR})`;
// Items a page sets beside its date: a time, a time zone, a view count, separated by bars or bullets.
const BESIDE = String.raw`(?:\s*(?:[|•·,]\s*)?(?:${TIME}|\d[\d,.]*\s+(?:[Vv]iews?|[Rr]eads?|[Cc]omments?|[Ss]hares?)|\p{Lu}{2,5}))*`;
// "date 2020-04-18 HEADLINE": the dateline a saved page opens with, before the headline on the same line.
const DATE_LABEL = new RegExp(String.raw`^date\s+${YEAR}-\d\d-\d\d\s+`, "u");
const DATELINE = new RegExp(String.raw`^(?:[Dd]ate\s+)?${PRINTED_DATE}(?:\s+${TIME})?${BESIDE}\s*$`, "u");

/** A line's text without the "date 2020-04-18" label a saved page opens it with. */
export function withoutDateLabel(line: string): string {
  return line.replace(DATE_LABEL, "");
}

/** Whether a whole line is a dateline of the page. */
export function isDateline(line: string): boolean {
  const t = line.trim();
  return t.length <= 80 && /\d/.test(t) && (DATELINE.test(t) || /\|\s*\d[\d,.]*\s+views?\s*$/i.test(t));
}

/**
 * Flat offsets at which a new sentence begins after a line of page chrome: a dateline, and a headline the
 * "date" label opens (which holds no stop).
 */
export function chromeBreaks(raw: string, flat: FlatText): number[] {
  const out: number[] = [];
  const head = raw.slice(0, 2000);
  let at = 0;
  for (const line of head.split("\n")) {
    const end = at + line.length;
    const t = line.trim();
    const chrome = isDateline(t) || (DATE_LABEL.test(t) && !/[.!?:;,]$/.test(t));
    if (chrome && end < raw.length) {
      const k = flatIndexOf(flat, end);
      if (k > 0 && k < flat.text.length) out.push(flat.text[k] === " " ? k + 1 : k);
    }
    at = end + 1;
  }
  return out;
}
