/**
 * A count and the share that restates it side by side: "7,564 persons (59.7 percent)", "2,214 persons or
 * 47.7 percent", "21,708, or 3.59 percent of the total", "(283 applications, 17.2 %)", and the share first,
 * "22.8 percent (4,095 persons)", "5% of returnees from Iran (1,640 individuals)". The share is of the same
 * part, on the same day or in the same period, as the count: it takes the count's reading.
 */
import type {Breakdown, Family} from "../types.js";
import {canonicalCountry} from "../specs/countries.js";
import {isPercentChange} from "./read-percent-change.js";

/** The few fields of a reading the pairing looks at and sets. */
export interface ShareReading {
  q: {start: number; end: number; kind: "count" | "money" | "percent"};
  counted: {end: number};
  indicator?: string;
  family?: Family;
  known?: boolean;
  breakdown: Breakdown;
  confidence: number;
  rule: string;
  /** The count a share restates. */
  shareOf?: ShareReading;
}

const HEDGE = String.raw`(?:about|around|some|nearly|almost|approximately|roughly|over|just\s+over|just\s+under)\s+`;
// Between a count (and its noun) and its share: an opening bracket, "or", or the comma of "(283 applications, 17.2 %)".
const COUNT_THEN_SHARE = new RegExp(
  String.raw`^\s*(?:\(|,?\s*or|,\s*(?:or\s+)?(?:that\s+is,?\s*)?)\s*(?:${HEDGE})?$`,
  "i"
);
// After a share restating the count before it: its sign, then the bracket closing or the sentence going on.
const SHARE_SIGN = /^\s?(?:%|per\s?cent\b|percent\b)/i;
// Between a share and the bracketed count restating it: its sign, what it is of, then the bracket.
const SHARE_THEN_COUNT = /^\s?(?:%|per\s?cent\b|percent\b)(?:\s+of\s+[^()%;.]{1,60}?)?\s*\(\s*$/i;

/** The reading of a count the share restates (the count before it or the bracketed one after it), or null. */
export function countOfShare<R extends ShareReading>(text: string, live: R[], i: number): R | null {
  const share = live[i];
  // "or a third of all applications": a fraction in words rounds the share, which is not restated as a figure.
  if (share.q.kind !== "percent" || !/^\d/.test(text.slice(share.q.start, share.q.end))) return null;
  const last = live[i - 1];
  // "17 of the 23 persons (73.9 per cent)": the share is of the part, not of the whole it is taken from.
  const part = live[i - 2];
  const before =
    part?.q.kind === "count" &&
    last &&
    /^\s*(?:out\s+)?of\s+(?:the\s+|all\s+)?$/i.test(text.slice(part.q.end, last.q.start))
      ? part
      : last;
  if (before?.q.kind === "count") {
    // The count's noun ends before the share ("7,564 persons (59.7 percent)"); a share bracket it skipped does not count.
    const noun = before === last ? before : last;
    const from = noun.counted.end <= share.q.start ? Math.max(noun.q.end, noun.counted.end) : noun.q.end;
    const inside = text.lastIndexOf("(", before.q.start) > text.lastIndexOf(")", before.q.start);
    const between = text.slice(from, share.q.start);
    const opened = /^\s*\(/.test(between);
    // "(38.2 percent)", "(38.2 percent of the total)", "(38.2 % of all applications)".
    const closes = /^\s*(?:of\s+(?:the\s+)?(?:total|all|overall)\b[^()]{0,40})?\)/i.test(
      text.slice(share.q.end).replace(SHARE_SIGN, "")
    );
    // A comma joins them only inside one bracket: "(283 applications, 17.2 %)".
    const comma = /^\s*,\s*(?!or\b)/i.test(between) && !/\bor\b/i.test(between);
    if (COUNT_THEN_SHARE.test(between) && (!opened || closes) && (!comma || (inside && closes))) return before;
  }
  const after = live[i + 1];
  if (after?.q.kind === "count" && SHARE_THEN_COUNT.test(text.slice(share.q.end, after.q.start))) {
    const close = text.slice(after.q.end, after.q.end + 40);
    if (/^[^()]*\)/.test(close)) return after;
  }
  return null;
}

// A people, as nationals or citizens or by its plural, that makes up the share after it.
const PEOPLE_SHARE = new RegExp(
  String.raw`\b([A-Z][\p{L}'’-]+)(?:\s+(?:nationals|citizens|migrants|applicants))?\s+(?:represented|represent|accounted\s+for|account\s+for|made\s+up|make\s+up|constituted|constitute|were|are)\s+(?:${HEDGE})?$`,
  "u"
);

function sharePeople(lead: string): string | null {
  const m = PEOPLE_SHARE.exec(lead);
  return m ? (canonicalCountry(m[1]) ?? canonicalCountry(m[1].replace(/s$/, ""))) : null;
}

/** Each share that restates a count takes that count's indicator, part and confidence. */
export function sharesOfCounts<R extends ShareReading>(text: string, live: R[]): void {
  for (const [i, r] of live.entries()) {
    const count = countOfShare(text, live, i);
    if (!count) continue;
    // "Ukrainian nationals represented 82.16% of applicants (398 people)": the people the share is of are the count's too.
    const people = count.q.start > r.q.start ? sharePeople(text.slice(0, r.q.start)) : null;
    if (people) count.breakdown.citizenship ??= people;
    r.shareOf = count;
    r.rule = "share";
    r.breakdown = {...count.breakdown};
    if (!count.indicator) continue;
    // "an increase of 77% (6,117 persons)": the percent of a change restates the change, not a part.
    r.indicator = `${count.indicator}_${isPercentChange(text, r.q.start, r.q.end) ? "change" : "share"}`;
    r.family = count.family;
    r.known = false;
    r.confidence = Math.min(count.confidence, 0.8);
  }
}

/** A share's or change's own indicator is its count's: "deportations_share" is counted on a day when deportations are. */
export function shareBase(indicator: string): string {
  return indicator.replace(/_(?:share|change)$/, "");
}

// "49 percent (339) of identified victims": a share, then its count alone in brackets, then what both are of.
const SHARE_BRACKET_BEFORE = /\d\s*(?:%|per\s*cent|percent)\s*\(\s*$/i;
const OF_AFTER_BRACKET = /^\s*\)\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?(?=[a-z])/i;

/** Where the noun phrase a bare bracketed count after its share is of starts, or -1 ("(339) of identified victims"). */
export function bracketedShareOf(text: string, start: number, end: number): number {
  const of = OF_AFTER_BRACKET.exec(text.slice(end));
  return of && SHARE_BRACKET_BEFORE.test(text.slice(0, start)) ? end + of[0].length : -1;
}
