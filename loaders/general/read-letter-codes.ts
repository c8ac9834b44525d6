/**
 * "769 C and D visas", "1,200 H-2A and H-2B visas", "310 EB-5 visas", "45 B1/B2 visas": codes of a kind
 * (capital letters, perhaps with digits) between a number and its head noun name the category counted.
 */

const CODE = String.raw`[A-Z]{1,2}(?:-?\d{1,2}[A-Z]?)?`;
// Two or more codes joined by commas, slashes, "and" or "or"; one code alone only when it holds a digit.
const LIST = new RegExp(String.raw`^(${CODE}(?:(?:\s*,\s*|\s*/\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)${CODE})+)\s+`);
const SINGLE = new RegExp(String.raw`^([A-Z]{1,2}-?\d{1,2}[A-Z]?)\s+`);

/** The codes at `at` and where the text after them starts, or null when none stand there. */
export function letterCodes(text: string, at: number): {codes: string; end: number} | null {
  const rest = text.slice(at);
  const m = LIST.exec(rest) ?? SINGLE.exec(rest);
  return m ? {codes: m[1], end: at + m[0].length} : null;
}
