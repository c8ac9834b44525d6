/**
 * Small readings of press items: "a large part of them (11,052) were Afghans" (a bracketed count whose predicate
 * names the people), "these four countries" (a group named again, no new count), and "Before 2015, … 3,000 a year"
 * (a time before a year is no period of that year).
 */
import {canonicalCountry} from "../specs/countries.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {SCALES} from "../vocabulary/quantities.js";
import type {FoundPeriod} from "../periods/parse-period.js";

// ") were Afghans", ") are Syrian nationals": the people the bracketed count is of.
const BRACKET_PREDICATE = /^\s*\)\s+(?:were|was|are|is)\s+(?:mostly\s+)?([A-Z][\p{L}'’-]+)/u;

/** The citizenship a predicate after a bracketed count names, when it names a people. */
export function bracketPredicatePeople(text: string, end: number): string | null {
  const m = BRACKET_PREDICATE.exec(text.slice(end, end + 60));
  // "Afghans" is the plural of the demonym the country list knows.
  return m ? (canonicalCountry(m[1]) ?? canonicalCountry(m[1].replace(/s$/, ""))) : null;
}

/** "these four countries", "those 12 cases": a group the text named before, counted again. */
export function restatedGroup(text: string, start: number): boolean {
  // "of these 3,180 were negative" counts a part of the group, not the group again.
  const before = text.slice(Math.max(0, start - 10), start);
  if (!/\b(?:these|those)\s+$/i.test(before)) return false;
  // "of these three countries" names the group again; "of these 3,180 were negative" has a verb after the number.
  // "of these 12,662 (70.4 percent) were employees": the share restating the part stands before its verb.
  const verbAfter =
    /^\S+\s+(?:\([^()]*(?:%|percent|per\s?cent)\s*\)\s+)?(?:were|was|are|is|have|has|had|[a-z]+ed)\b/i.test(
      text.slice(start)
    );
  return !(/\bof\s+(?:these|those)\s+$/i.test(before) && verbAfter);
}

/** "Before 2015", "prior to 2015": the year bounds a time it is not part of. */
export function beforeYear(text: string, period: FoundPeriod | undefined): boolean {
  return (
    period?.pattern === "year" &&
    /\b(?:before|prior\s+to)\s+$/i.test(text.slice(Math.max(0, period.start - 10), period.start))
  );
}

/** "583,618 have returned thus far": a running total whose start the text does not state (not "so far this year"). */
export function runningSoFar(text: string): boolean {
  return (
    /\b(?:thus|so)\s+far\b(?![\s,]+(?:this|in\s+the\s+current)\s+year)/i.test(text) &&
    !/\bthis\s+year[\s,]+(?:thus|so)\s+far\b/i.test(text)
  );
}

const NUMBER = String.raw`\d[\d,.]*(?:\s+(?:thousand|million))?`;
// "1,200 or 40 per cent" restates a count as its share; it opens no range.
const RANGE_START = new RegExp(String.raw`^\s+(?:to|or)\s+${NUMBER}\s+(?!per\s?cent\b|percent\b)[a-z]`, "i");
const BETWEEN_START = new RegExp(String.raw`^\s+and\s+${NUMBER}\b`, "i");
// "between 9 and 10 million", "between nine and 10 million": the lower end in figures or in words.
const BETWEEN_END = new RegExp(String.raw`\bbetween\s+(?:\d[\d,.]*|${NUMBER_WORD_SOURCE})\s+and\s+$`, "i");
const RANGE_END = new RegExp(String.raw`(\d[\d,.]*)\s+(?:to|or)\s+$`);
// "from 131 to 17", "by 24 to 48", "up 5 to 40": a change and the level it reached, not a range.
const CHANGE_BEFORE =
  /\b(?:from|by|up|down|rose|fell|increased|decreased|grew|dropped)\s+(?:about\s+|around\s+|some\s+)?$/i;

/**
 * "between 150 and 180 migrants": which end of a range stated with "between … and" a count is, or null. Each end is a
 * bound of the count, read as one (the two keep apart by it).
 */
export function betweenBound(text: string, start: number, end: number): "lower bound" | "upper bound" | null {
  const lead = text.slice(Math.max(0, start - 40), start);
  // "aged between 9 and 18 years": the ends of an age or a span are no counts at all.
  if (/\b(?:aged?|ages)\s+between\s+(?:\d[\d,.]*\s+and\s+)?$/i.test(lead)) return null;
  // "each nationality filed between 24 and 48 applications": a range of each one's counts bounds no total.
  if (
    /\beach\b[^,.;]*$/i.test(text.slice(Math.max(0, start - 60), start)) ||
    /^[^,.;]*\beach\b/i.test(text.slice(end, end + 40))
  )
    return null;
  return betweenEnd(text, start, end);
}

/** Which end of a range stated with "between … and" the number at [start, end) is, or null. */
function betweenEnd(text: string, start: number, end: number): "lower bound" | "upper bound" | null {
  const lead = text.slice(Math.max(0, start - 40), start);
  if (/\bbetween\s+$/i.test(lead) && BETWEEN_START.test(text.slice(end, end + 40))) return "lower bound";
  if (BETWEEN_END.test(lead)) return "upper bound";
  return null;
}

/** "filed 24 to 48 applications", "3,000 or 4,000 asylum seekers": either end of a range of counts is no count. */
export function countRange(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 30), start);
  if (RANGE_START.test(text.slice(end, end + 40))) return !CHANGE_BEFORE.test(lead);
  // "between 24 and 48 applications".
  if (betweenEnd(text, start, end)) return true;
  const before = RANGE_END.exec(text.slice(Math.max(0, start - 40), start));
  // "in the year ending September 2015 to 19,330": a year before "to" dates the change, it opens no range.
  if (!before || /^(?:19|20)\d\d,?$/.test(before[1])) return false;
  const first = Math.max(0, start - 40) + before.index;
  return !CHANGE_BEFORE.test(text.slice(Math.max(0, first - 30), first));
}

/**
 * "between 9 and 10 million", "between nine and 10 million": the lower end written without the multiplier shares the
 * upper end's; the lower value as meant, or null when nothing is shared.
 */
export function sharedMultiplier(
  lower: {value: number; text: string},
  upper: {value: number; text: string}
): number | null {
  if (/\b(?:thousand|million|billion)\b|\d\s*(?:k|m|mn|bn)\b/i.test(lower.text)) return null;
  const word = /\b(thousand|million|billion)\b/i.exec(upper.text);
  if (!word) return null;
  const factor = SCALES[word[1].toLowerCase()];
  const scaled = lower.value * factor;
  return lower.value < 1000 && scaled < upper.value && scaled >= upper.value / 100 ? scaled : null;
}
