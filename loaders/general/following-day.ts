/**
 * "On Sunday, 688 migrants arrived … The following day, 778 Nigeriens were returned": "the following day", "the next
 * day", "a day later", "two days later" and "the day before" name a day counted from the last event day the text
 * named before them.
 */
import {addDays, type FoundPeriod} from "../periods/parse-period.js";
import {COUNTS} from "./read-past-months.js";

// "a day later", "two days later" … "seven days later": a step of up to a week.
const WORDS = ["a", "one", ...COUNTS.slice(0, 6)];
const FOLLOWING = new RegExp(
  String.raw`\b(?:(?:on\s+)?the\s+(following|next|previous|preceding)\s+day|the\s+day\s+(after|before)|(${WORDS.join("|")}|[1-7])\s+days?\s+(later|earlier|before|after)(?!\s+(?:the|that|this|its|their)\b))\b`,
  "gi"
);

/** The last single day of a sentence's periods ("on 1 June", "on Sunday", "as of 1 June"), as an ISO date. */
export function lastDayOf(periods: FoundPeriod[]): string | null {
  const last = [...periods]
    .reverse()
    .find((p) => p.period.start === p.period.end && /^\d{4}-\d\d-\d\d$/.test(p.period.start));
  return last?.period.start ?? null;
}

/** How many days a match steps, forward or back. */
function stepOf(m: RegExpMatchArray): number {
  const [, relative, around, count, direction] = m;
  if (relative) return /^(?:following|next)$/i.test(relative) ? 1 : -1;
  if (around) return /^after$/i.test(around) ? 1 : -1;
  const n = /^\d$/.test(count) ? Number(count) : Math.max(1, WORDS.indexOf(count.toLowerCase()));
  return /^(?:later|after)$/i.test(direction) ? n : -n;
}

/** The sentence's periods with each "following day" read from the last event day named before it. */
export function withFollowingDays(text: string, periods: FoundPeriod[], lastDay: string | null): FoundPeriod[] {
  if (!/\bday/i.test(text)) return periods;
  const out = [...periods];
  for (const m of text.matchAll(FOLLOWING)) {
    const [start, end] = [m.index, m.index + m[0].length];
    // Only a day that opens its sentence or clause frames the counts after it ("The following day, 778 …"); inside a
    // clause ("688 were deported, and on the following day another 778") it would outbid the day named before.
    if (!/(?:^|;)\W*$/.test(text.slice(0, start))) continue;
    if (out.some((p) => p.start < end && start < p.end)) continue;
    // A day named earlier in the same sentence (before a semicolon) is the one it counts from.
    const base = lastDayOf(out.filter((p) => p.end <= start)) ?? lastDay;
    if (!base) continue;
    const day = addDays(base, stepOf(m));
    out.push({
      period: {label: day, start: day, end: day, partial: false, stock: false},
      start,
      end,
      pattern: "day_following"
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
