/**
 * The last parts of a breakdown that name no kind of their own: "… and 166 unspecified", "12 unknown", "843 in the
 * United States and 17 in other countries". Each is a part of its own, never the neighbour's kind or country.
 */

const UNSTATED =
  /^\s+(unspecified|unknown|undetermined|unidentified|unclassified|unreported|not\s+specified|not\s+stated|not\s+known)(?=\s*(?:[,;.)—–]|\s-\s|and\b|or\b|$))/i;
const OTHER_PLACES =
  /^\s+(?:[a-z]+\s+){0,2}?(?:in|to|from|into)\s+((?:other|third|various|several|remaining|different|neighbou?ring)\s+(?:countries|states|nations|destinations|locations|regions|provinces))\b/i;

/** The word that says a part's kind was not stated ("166 unspecified"), after a number; or null. */
export function unstatedPart(after: string): string | null {
  return UNSTATED.exec(after)?.[1].replace(/\s+/g, " ").toLowerCase() ?? null;
}

/** The places a part names only as others ("17 in other countries"), after a number; or null. */
export function otherPlaces(after: string): string | null {
  return OTHER_PLACES.exec(after)?.[1].replace(/\s+/g, " ").toLowerCase() ?? null;
}
