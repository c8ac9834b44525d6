/**
 * "65 of the incoming deportees were classified as “criminal deportees”", "12 were categorised as high-risk cases":
 * the class a part was put in by the counting office names the part.
 */
const CLASSIFIED_AS =
  /^\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:officially\s+|formally\s+)?(?:classified|classed|categori[sz]ed|labell?ed|designated)\s+as\s+(?:an?\s+)?[“"‘']?([a-z][a-z -]{1,40}?)[”"’']?(?=\s*(?:[,;.)]|while\b|whereas\b|and\b|but\b|$))/i;

/** The class the words after a count's noun say its people were put in, or null. */
export function classifiedAs(after: string): string | null {
  return CLASSIFIED_AS.exec(after)?.[1].trim() ?? null;
}
