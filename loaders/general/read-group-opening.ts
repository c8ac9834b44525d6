/**
 * "Of the citizens of Estonia resident in Finland, 520 received Finnish citizenship", "Among Syrian nationals, 4,100
 * were granted asylum": the group a clause opens on is what a number with no noun of its own counts.
 */
import {APPROX_BEFORE} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";
import {readCounted, type Counted} from "./read-counted.js";

const GROUP_OPENS = new RegExp(
  String.raw`(?:^|[;:]\s*|[.!?]\s+)(?:of|among|amongst)\s+(?:the\s+|those\s+)?(?<phrase>[^,;:()\d]{3,80}?),\s*(?:(?:${alternation(APPROX_BEFORE)})\s+)?$`,
  "i"
);

/**
 * The people, named by who they are, the clause before a number opens on ("Of the citizens of Estonia, "), read as a
 * counted phrase, or null.
 */
export function groupOpening(lead: string): Counted | null {
  const m = GROUP_OPENS.exec(lead);
  if (!m) return null;
  const counted = readCounted(` ${m.groups!.phrase}`, 0);
  // "Of the passengers, 147 were detained", "Of the presumed victims, 10 were female": a group not named by whose
  // people, of which sex or of which age it is restates the count before, read elsewhere.
  const {citizenship, sex, age_group} = counted.breakdown;
  return counted.noun?.person && (citizenship || sex || age_group) ? counted : null;
}
