/**
 * "The other 70,201 Nicaraguans left for other destinations", "the remaining 12 victims were repatriated": the rest
 * of a whole the document counted before, which is of that whole's period, not of the last period the text named.
 */
import type {Period} from "../types.js";

const REMAINDER_LEAD = /(?:^|[^a-z])(?:the\s+)(?:other|remaining)\s+$/i;

/** The period of the latest earlier count of the same indicator, and larger, that a remainder's lead refers to. */
export function remainderPeriod(
  lead: string,
  indicator: string,
  value: number,
  earlier: readonly {indicator: string; value: number; period: Period}[]
): Period | null {
  if (!REMAINDER_LEAD.test(lead)) return null;
  for (let k = earlier.length - 1; k >= 0; k--)
    if (earlier[k].indicator === indicator && earlier[k].value > value) return earlier[k].period;
  return null;
}
