/**
 * "599 Ugandan travelers, 477 females and 122 males, attempting to …", "38 Tunisian victims in 2021: 27 women and
 * 11 men": counts set right after a whole by a comma or colon, each naming its sex or age, split that whole, and so
 * are of its citizenship and country.
 */

type Span = {q: {start: number}; counted: {end: number}};

// Between the whole and its first part: a comma, colon or dash, after the year the whole is dated to
// ("38 Tunisian victims in 2021: 27 women and 11 men") or the place it is from ("… victims from Burkina Faso, 18 minors").
const FIRST_PART = /^(?:\s+(?:from|of)\s+[A-Za-z'’ -]{1,30}?)?\s*(?:(?:in|during)\s+(?:19|20)\d\d\s*)?[,:—–]\s*$/;

/** Whether counts[whole + 1 … i] follow the whole as a comma-set run of its parts. */
export function appositiveParts(text: string, counts: Span[], whole: number, i: number): boolean {
  if (whole < 0 || whole >= i) return false;
  if (!FIRST_PART.test(text.slice(counts[whole].counted.end, counts[whole + 1].q.start))) return false;
  for (let j = whole + 2; j <= i; j++)
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(counts[j - 1].counted.end, counts[j].q.start))) return false;
  return true;
}

/** The index of the whole a run of comma-set parts ending at count i splits, or -1. */
export function appositiveWhole(text: string, counts: Span[], i: number): number {
  for (let w = i - 1; w >= 0; w--) if (appositiveParts(text, counts, w, i)) return w;
  return -1;
}

/** Whether the run of comma-set parts after counts[whole] adds up to it ("38 victims, 18 minors and 20 adults"). */
export function partsAddUp(text: string, counts: (Span & {q: {value: number}})[], whole: number): boolean {
  let sum = 0;
  for (let k = whole + 1; k < counts.length && appositiveParts(text, counts, whole, k); k++) sum += counts[k].q.value;
  return sum > 0 && Math.abs(sum - counts[whole].q.value) < 1e-9;
}
