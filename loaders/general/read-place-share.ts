/**
 * A share in brackets after a place or a people in a ranking of a count: "Kosovo (4.7 %), Albania (3 %) …
 * complete the top 10", "most of them from Eritrea (71%) and Sudan (20%)". The share is of the count the
 * ranking is of (in the sentence, or the one before it), by the place named before the bracket, as a citizenship.
 */
import type {ShareReading} from "./read-count-share.js";
import {canonicalCountry} from "../specs/countries.js";

// The place right before the bracket: one to four words, the first capitalised ("the Democratic Republic of Congo").
const PLACE_BEFORE =
  /(?:^|[\s,;:(])(?:from\s+|and\s+)?(?:the\s+)?([A-Z][\p{L}'’.-]*(?:\s+(?:of\s+)?[A-Z][\p{L}'’.-]*){0,3})\s*\(\s*(?:also\s+|about\s+|some\s+)?$/u;
// The share fills the bracket alone: "(4.7 %)", "(also 2.9%)".
const CLOSES = /^\s?(?:%|per\s?cent\b|percent\b)\s*\)/i;

/** The country a place or people names, in the forms a ranking writes them ("RD Congo", "Afghans"). */
function placeOf(words: string): string | null {
  return (
    canonicalCountry(words) ??
    canonicalCountry(words.replace(/s$/, "")) ??
    canonicalCountry(words.split(/\s+/).reverse().join(" "))
  );
}

/** Reads each bracketed share of a place in a ranking as a share of the count the ranking is of. */
export function placeShares<R extends ShareReading>(text: string, live: R[], previous: R[]): void {
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "percent" || r.shareOf || r.confidence >= 0.5) continue;
    if (!CLOSES.test(text.slice(r.q.end))) continue;
    const place = PLACE_BEFORE.exec(text.slice(Math.max(0, r.q.start - 60), r.q.start));
    const country = place ? placeOf(place[1]) : null;
    if (!country) continue;
    // The count the ranking is of: a count of this sentence before the share, or a share of one, or the sentence before's.
    const earlier = [...live.slice(0, i).reverse(), ...previous];
    // The nearest count only: a ranking is of the last count stated, read or not. A sum of money is left to
    // review: the sum stated before a ranking of senders is seldom the whole the shares are of.
    const base = earlier.find((b) => b.q.kind !== "percent");
    if (!base?.indicator || base.q.kind !== "count" || base.confidence < 0.5) continue;
    r.indicator = `${base.indicator}_share`;
    r.family = base.family;
    // People and what they apply for are ranked by citizenship.
    r.breakdown = {category: base.breakdown.category, citizenship: country};
    // A count of this sentence gives its period; one of the sentence before has its own.
    r.shareOf = live.includes(base) ? base : undefined;
    r.rule = "share";
    r.confidence = Math.min(base.confidence, 0.7);
  }
}
