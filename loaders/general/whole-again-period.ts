/**
 * "As many as 1410 migrants were expelled over 2016. … The figure is 77% bigger than 2015. Of the 1410 non-EU
 * migrants, 413 were forcefully returned": a sentence opening on a whole the document counted before speaks of
 * that count's period, not of the last period the text named.
 */
import type {Period} from "../types.js";

// "Of the 1410 …", "Out of these 64 …", "Among those 170 …": the whole opens the sentence.
const OPENS_ON_WHOLE = /^\W*(?:of|out\s+of|among)\s+(?:the|these|those)\s+(?:total\s+of\s+)?$/i;

/** The period of the latest earlier count of the value a sentence opens on as its whole, when there is one. */
export function wholeAgainPeriod(
  lead: string,
  value: number,
  earlier: readonly {value: number; period: Period}[]
): Period | null {
  if (!OPENS_ON_WHOLE.test(lead)) return null;
  for (let k = earlier.length - 1; k >= 0; k--) if (earlier[k].value === value) return earlier[k].period;
  return null;
}
