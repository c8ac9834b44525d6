/**
 * "In 2016 and 2017, 120 and 140 victims were identified, respectively", "repatriated 12, 13, and 14 people on
 * August 5, 6, and 8, respectively": a list of counts and a list of as many periods or days, paired in order.
 * The days of a list after a month ("August 5, 6, and 8") are dates, not counts.
 */
import {MONTHS, monthIndex, periodFromBounds, type FoundPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";
import {releaseYearOf} from "./resolve-yearless-month.js";

interface Span {
  start: number;
  end: number;
}

export interface Respective {
  /** The period of each count of the list, by the count's start offset. */
  periods: Map<number, Period>;
  /** The days of a list of days after a month: dates, not counts. */
  days: Span[];
}

const JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;
const MONTH = `(${MONTHS.join("|")})`;
// "August 5, 6, and 8" or "5, 6 and 8 August", an optional year after either.
const DAY_LIST = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2})\b(?:,?\s+((?:19|20)\d\d))?|\b(\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2})\s+${MONTH}\b(?:,?\s+((?:19|20)\d\d))?`,
  "gi"
);

/** Runs of two or more items joined by commas and "and", in text order. */
function runs<T extends Span>(items: T[], text: string): T[][] {
  const out: T[][] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && JOIN.test(text.slice(last.at(-1)!.end, item.start))) last.push(item);
    else out.push([item]);
  }
  return out.filter((r) => r.length >= 2);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The days of each day list in the text, in the year given or the document's. */
function dayLists(
  text: string,
  documentDate: string | undefined
): {periods: (Span & {period: Period})[]; days: Span[]}[] {
  const out: {periods: (Span & {period: Period})[]; days: Span[]}[] = [];
  for (const m of text.matchAll(DAY_LIST)) {
    const month = monthIndex(m[1] ?? m[5]);
    const year = (m[3] ?? m[6]) ? Number(m[3] ?? m[6]) : releaseYearOf(month, documentDate);
    const list = m[2] ?? m[4];
    const listStart = m.index + m[0].indexOf(list);
    if (!month || !year) continue;
    const items = [...list.matchAll(/\d{1,2}/g)].map((d) => ({
      start: listStart + d.index,
      end: listStart + d.index + d[0].length,
      day: Number(d[0])
    }));
    const periods = items.map((d) => {
      const iso = `${year}-${pad(month)}-${pad(d.day)}`;
      return {start: d.start, end: d.end, period: {...periodFromBounds(iso, iso), stock: false}};
    });
    if (items.every((d) => d.day >= 1 && d.day <= 31)) out.push({periods, days: items});
  }
  return out;
}

export function respectively(
  text: string,
  found: FoundPeriod[],
  counts: Span[],
  documentDate: string | undefined
): Respective {
  const out: Respective = {periods: new Map(), days: []};
  if (!/\brespectively\b/i.test(text)) return out;
  const days = dayLists(text, documentDate);
  const inDays = (s: Span) => days.some((l) => l.days.some((d) => d.start === s.start));
  const periodRuns = [
    ...runs(
      found.filter((p) => p.pattern === "year"),
      text
    ),
    ...days.map((l) => l.periods)
  ];
  const countRuns = runs(
    counts.filter((c) => !inDays(c) && !found.some((p) => c.start < p.end && p.start < c.end)),
    text
  );
  for (const list of countRuns) {
    // Pair with the one list of periods of the same length.
    const matching = periodRuns.filter((p) => p.length === list.length);
    if (matching.length !== 1) continue;
    list.forEach((c, i) => out.periods.set(c.start, matching[0][i].period));
    for (const l of days) if (l.periods === matching[0]) out.days.push(...l.days);
  }
  return out;
}
