/**
 * "…, from 9,453 in 2010 to 11,092 in 2011, whereas …: substantially in the case of readmissions, from 1,959 to
 * 1,278; marginally for returns, from 7,297 to 7,064": a change written "from … to …" without its periods, after
 * one written with them in the same sentence, runs between the same periods.
 */
import type {FoundPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";

const FIGURE = String.raw`(?:about\s+|around\s+|some\s+|nearly\s+)?\S{0,4}\d[\d.,]*(?:\s*(?:thousand|million|billion))?`;
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\S{0,4}$`, "i");
const TO_AFTER = new RegExp(
  String.raw`^[\d.,]*(?:\s*(?:thousand|million|billion))?\s+to\s+${FIGURE}(?=\s*(?:[,;.)]|and\b|$))`,
  "i"
);
const TO_BEFORE = new RegExp(
  String.raw`\bfrom\s+${FIGURE}\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\S{0,4}$`,
  "i"
);
const FIRST_OF_PAIR = new RegExp(String.raw`\bfrom\s+${FIGURE}\s+(?:in|during)\s+$`, "i");
const SECOND_OF_PAIR = new RegExp(String.raw`^\s+to\s+${FIGURE}\s+(?:in|during)\s+$`, "i");

/** The periods of the last dated "from X in P1 to Y in P2" before `at`, if any. */
function datedPair(text: string, periods: FoundPeriod[], at: number): [Period, Period] | null {
  let pair: [Period, Period] | null = null;
  for (let i = 0; i + 1 < periods.length; i++) {
    const [a, b] = [periods[i], periods[i + 1]];
    if (b.end > at) break;
    if (
      FIRST_OF_PAIR.test(text.slice(Math.max(0, a.start - 60), a.start)) &&
      SECOND_OF_PAIR.test(text.slice(a.end, b.start))
    )
      pair = [a.period, b.period];
  }
  return pair;
}

/** The period of the count at `at` when it is one end of an undated "from … to …" after a dated one; null otherwise. */
export function parallelChangePeriod(text: string, periods: FoundPeriod[], at: number): Period | null {
  const lead = text.slice(Math.max(0, at - 80), at);
  const tail = text.slice(at, at + 80);
  if (FROM_BEFORE.test(lead) && TO_AFTER.test(tail)) return datedPair(text, periods, at)?.[0] ?? null;
  if (TO_BEFORE.test(lead) && !/^[\d.,]*(?:\s*(?:thousand|million|billion))?\s+(?:in|during)\s/i.test(tail))
    return datedPair(text, periods, at)?.[1] ?? null;
  return null;
}
