/**
 * The ground a decision on a count names after it: "36 migrant workers were denied entry this year due to medical
 * reasons", "120 were deported on grounds of public order", "48 were refused because of forged documents". The
 * ground sets the part apart, as a category.
 */
import {eventsIn} from "./resolve-indicator.js";

const GROUND =
  /\b(?:due\s+to|because\s+of|owing\s+to|on\s+(?:the\s+)?grounds?\s+of|for\s+reasons\s+of)\s+(?:the\s+|their\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s*(?:[,;.)]|$|\s+(?:and|or|while|but|in|at|by|from|under|after|during|this|last|that)\b))/i;

// Decisions a ground may be given for: refusals, deportations, returns, arrests.
const DECISIONS = new Set(["refuse", "deport", "return", "arrest", "readmit"]);

/** The ground named in `after` (a count's words up to the next count), when its clause states a decision; else null. */
export function groundAfter(after: string): string | null {
  const clause = /^[^;.]*/.exec(after)![0];
  const m = GROUND.exec(clause);
  if (!m || /\d/.test(clause.slice(0, m.index))) return null;
  if (!eventsIn(clause.toLowerCase()).some((e) => DECISIONS.has(e))) return null;
  return m[1].toLowerCase();
}
