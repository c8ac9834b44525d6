/**
 * "6,036 individuals were granted permits on the basis of family ties", "206,814 visas issued for the purpose of
 * study", "3,200 residence permits were issued for family reunification and 1,800 for work": the grounds a permit or
 * visa was given on are a category of its count.
 */
import {PERMIT_GROUNDS} from "../vocabulary/grounds.js";
import {alternation} from "./alternation.js";

const LABEL = new Map(PERMIT_GROUNDS.flatMap((g) => g.forms.map((f) => [f, g.label] as const)));
const FORM = `(${alternation(PERMIT_GROUNDS.flatMap((g) => g.forms))})`;
// Words after the count, before any other figure or clause, up to the grounds.
const LEAD = String.raw`^[^,;:.()\d]{0,80}?\b`;
// "on the basis of", "on grounds of", "for the purpose of", or a bare "for" or "to" right before a word of the
// vocabulary that names no permit of its own ("for work permit holders").
const GROUNDS = new RegExp(
  String.raw`${LEAD}(?:on\s+(?:the\s+)?(?:basis|grounds?)\s+of|for\s+(?:the\s+)?purposes?\s+of|for|to)\s+(?:the\s+)?${FORM}\b(?!\s+(?:permits?|visas?|authori[sz]ations?|holders?|of|for)\b)`,
  "i"
);
// "on humanitarian grounds", "on family grounds".
const ON_GROUNDS = new RegExp(String.raw`${LEAD}on\s+${FORM}\s+grounds\b`, "i");
// What is given on grounds, or done for a reason: a permit, a visa or a right of residence, or a move into the country
// ("190,000 migrants arrived to study"), named in the clause of the count.
const GIVEN =
  /\b(?:permits?|visas?|residence|residency|immigrated|immigrants?|arrived|arrivals|migrated|came\s+to|moved\s+to)\b/i;

// "obtained work permit to go abroad for employment": a permit named by its grounds needs no category for them.
const NAMED_BY_GROUNDS = new RegExp(String.raw`\b${FORM}\s+(?:permits?|visas?)\b`, "i");

/** The label of the grounds the words after a count name, when its clause counts permits, visas or moves; else null. */
export function permitGrounds(clause: string, after: string): string | null {
  if (!GIVEN.test(clause) || NAMED_BY_GROUNDS.test(clause)) return null;
  const m = GROUNDS.exec(after) ?? ON_GROUNDS.exec(after);
  return m ? (LABEL.get(m[1].toLowerCase().replace(/\s+/g, " ")) ?? null) : null;
}
