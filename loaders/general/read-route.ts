/**
 * "11,043 refugees and migrants in Europe through the central Mediterranean route", "14,326 arrivals by sea in Spain
 * via the western Mediterranean route": the route a count of crossings took names its category.
 */
const ROUTE =
  /^[^.;()\d]{0,80}?\b(?:through|via|along|on|by|using)\s+the\s+((?:[A-Za-z-]+\s+){0,3}?(?:route|corridor))\b/;

/** The route named in the words after a count (up to the next figure), as "central Mediterranean route". */
export function routeAfter(tail: string): string | null {
  const m = ROUTE.exec(tail);
  return m ? m[1].replace(/\s+/g, " ") : null;
}
