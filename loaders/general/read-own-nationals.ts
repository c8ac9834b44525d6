/**
 * "Ethiopia has repatriated 43,061 nationals from Saudi Arabia", "brought home 310 citizens from Lebanon": bare
 * "nationals" or "citizens" brought back from abroad, with no people named, are the reporting state's own.
 */

// The counted words between the number and "from": nothing but a bare word for one's own citizens.
const OWN =
  /^\s*(?:(?:of\s+)?(?:its|our|their|the\s+country['’]s)\s+)?(?:own\s+)?(?:nationals|citizens|compatriots)\s*$/i;

/** The reporting state as the citizenship of a count of bare "nationals" returned from another country, else null. */
export function ownNationals(counted: string, place: string | undefined, state: string | undefined): string | null {
  if (!state || !place || place === state) return null;
  return OWN.test(counted) ? state : null;
}
