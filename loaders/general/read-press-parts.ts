/**
 * Small readings of press items: "a large part of them (11,052) were Afghans" (a bracketed count whose predicate
 * names the people), "these four countries" (a group named again, no new count), and "Before 2015, … 3,000 a year"
 * (a time before a year is no period of that year).
 */
import {canonicalCountry} from "../specs/countries.js";
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
  return /\b(?:these|those)\s+$/i.test(text.slice(Math.max(0, start - 7), start));
}

/** "Before 2015", "prior to 2015": the year bounds a time it is not part of. */
export function beforeYear(text: string, period: FoundPeriod | undefined): boolean {
  return (
    period?.pattern === "year" &&
    /\b(?:before|prior\s+to)\s+$/i.test(text.slice(Math.max(0, period.start - 10), period.start))
  );
}
