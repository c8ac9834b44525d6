/**
 * ISO 3166-1 alpha-3 codes, as a sidecar's `state` gives them, to the country names of specs/countries, so the
 * reader knows which people are the reporting state's own citizens; the codes and names are the pages' list of states.
 */
import {countryOfName} from "./countries.js";
import {STATES} from "../../src/components/specs/states.js";

const CODES: Record<string, string> = Object.fromEntries(STATES.map((s) => [s.code, s.name]));

/** The country an alpha-3 code names, in the spelling specs/countries uses, or null for a code it does not know. */
export function countryOfCode(code: string): string | null {
  const name = CODES[code.trim().toUpperCase()];
  return name ? (countryOfName(name) ?? name) : null;
}
