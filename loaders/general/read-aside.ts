/**
 * "In 2018 29 people, 7 of which children, have received support …", "12 victims, including three children, were
 * placed in shelters", "64,284 people, including 58,447 men and 5,837 women, obtained": a part set off by commas
 * between a count and its verb (a thousands comma inside it sets off nothing); the count's clause runs on past it.
 */

const ASIDE =
  /^(?:\s+of\s+[a-z ]{1,30}?)?\s*,\s*(?:[\d,.]+|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:which|whom|them)\s+(?:were\s+)?[^,;()]{1,40},|^(?:\s+of\s+[a-z ]{1,30}?)?\s*,\s*(?:including|among\s+them|of\s+(?:which|whom))\s+(?:\d,(?=\d{3})|[^,;()]){1,50},/i;

/** The end of an aside right after `at`, or null when none follows or no verb comes after it. */
export function asideAfter(text: string, at: number): number | null {
  const m = ASIDE.exec(text.slice(at));
  if (!m) return null;
  const end = at + m[0].length;
  // Only a verb after the aside makes it an aside: "29 people, 7 of which children, have received".
  return /^\s*(?:have|has|had|were|was|are|is|received|[a-z]+ed)\b/i.test(text.slice(end)) ? end : null;
}
