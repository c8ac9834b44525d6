/**
 * Reads which service a count of people received: from the predicate after the counted noun ("two
 * victims received health care") or from the provider that is the subject of an assisting verb before
 * the number ("the NGO-run shelter assisted 19 newly-identified victims"). The words come from
 * vocabulary/services.
 */
import {alternation} from "./alternation.js";
import {NEWLY, PROVIDE_VERBS, PROVIDERS, RECEIVE_VERBS, SERVICES} from "../vocabulary/services.js";

const labelOf = (table: {label: string; forms: string[]}[], form: string) => {
  const key = form.toLowerCase().replace(/\s+/g, " ");
  return table.find((t) => t.forms.includes(key))?.label ?? null;
};

const SERVICE_AFTER = new RegExp(
  `^\\s+(?:(?:also|each|all|only|then)\\s+)?(?:${alternation(RECEIVE_VERBS)})\\s+(?:(?:free|free-of-charge|the|some|any|state-funded|government-funded)\\s+)?(${alternation(SERVICES.flatMap((s) => s.forms))})(?![\\p{L}-])`,
  "iu"
);
const PROVIDER_BEFORE = new RegExp(
  `(?<![\\p{L}])(${alternation(PROVIDERS.flatMap((p) => p.forms))})\\s+(?:(?:also|jointly|together)\\s+)?(${alternation(PROVIDE_VERBS)})\\s+(?:a\\s+total\\s+of\\s+)?$`,
  "iu"
);
const NEWLY_RE = new RegExp(`(?<![\\p{L}])(${alternation(NEWLY.flatMap((n) => n.forms))})(?![\\p{L}])`, "iu");

/** The label of the service a count's predicate says its people received, or null. */
export function serviceReceived(text: string, from: number): string | null {
  const m = SERVICE_AFTER.exec(text.slice(from, from + 120));
  return m ? labelOf(SERVICES, m[1]) : null;
}

/** The provider (and its verb) that is the subject of the assisting verb right before a number, or null. */
export function providerBefore(before: string): {label: string; verb: string} | null {
  const m = PROVIDER_BEFORE.exec(before);
  if (!m) return null;
  const label = labelOf(PROVIDERS, m[1]);
  return label ? {label, verb: m[2].toLowerCase()} : null;
}

/** "newly-identified" between a number and its noun: which part of the provider's people it counts. */
export function newlyReached(span: string): string | null {
  const m = NEWLY_RE.exec(span);
  return m ? (labelOf(NEWLY, m[1].replace(/-/g, " ")) ?? labelOf(NEWLY, m[1])) : null;
}
