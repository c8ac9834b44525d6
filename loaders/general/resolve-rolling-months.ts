/**
 * "The 12 month cumulative remittance inflows … to Sh112.5 billion in February this year": a cumulative or rolling
 * total over N months dated by a month runs over the N months ending with it.
 */
import type {Period} from "../types.js";
import {pad, periodFromBounds} from "../periods/parse-period.js";
import {isWholeMonth} from "./read-period-end-stock.js";
import {parseNumberWords} from "../numbers/parse-number.js";

const SPAN = String.raw`(\d{1,2}|[a-z]+)[-\s]months?`;
const ROLLING = new RegExp(
  String.raw`\b(?:${SPAN}\s+(?:cumulative|rolling|moving)|(?:cumulative|rolling|moving)\s+${SPAN}|(?:in|over|for)\s+the\s+(?:last|past)\s+${SPAN}\s+to)\b`,
  "i"
);

/** The N months ending with the whole month `period`, when the clause before the figure speaks of a rolling span of N months. */
export function rollingMonths(clauseBefore: string, period: Period): Period | null {
  const m = ROLLING.exec(clauseBefore);
  if (!m) return null;
  const word = m[1] ?? m[2] ?? m[3];
  const n = /^\d+$/.test(word) ? Number(word) : (parseNumberWords(word) ?? 0);
  const [ye, me] = period.end.split("-").map(Number);
  if (!isWholeMonth(period) || !Number.isInteger(n) || n < 2 || n > 24) return null;
  const first = ye * 12 + (me - 1) - (n - 1);
  return periodFromBounds(`${Math.floor(first / 12)}-${pad((first % 12) + 1)}-01`, period.end);
}
