/**
 * The ground that sets a part apart, as its category: a legal ground after "under" in a list of permits ("1,297 for
 * study, 106 under an international agreement"; not an age limit, "under 18"), and the ground a decision names after
 * its count ("36 migrant workers were denied entry due to medical reasons", "120 were deported on grounds of public
 * order").
 */
import {eventsIn} from "./resolve-indicator.js";
const UNDER =
  /^under\s+(?:an?\s+|the\s+)?(?!age\b|\d|one\b|two\b|three\b|five\b|ten\b)((?:[a-z-]+\s+){0,4}?(?:agreement|treaty|scheme|programme|program|procedure|quota|law|act|article|section|provision|regime|convention|arrangement|clause|rule|rules|regulation|regulations|directive|visa\s+waiver))(?=\s*(?:[,;.)(]|and\b|$))/i;

/** The ground words after "under" at the start of `text`, or null when they name no ground. */
export function groundUnder(text: string): string | null {
  return UNDER.exec(text)?.[1].toLowerCase() ?? null;
}

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
