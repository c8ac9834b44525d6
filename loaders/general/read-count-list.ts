/**
 * "A total of 18 illegal workers, seven suspected employers and four overstayers were arrested": the counts of a
 * list of different nouns, closed by "and", share the predicate after its last item.
 */
import {APPROX_LEVEL} from "./change-level.js";

// Between two items: the first item's noun (a few words), then a comma, "and", or both, and the next item's "almost".
const ITEM_GAP = new RegExp(
  String.raw`^\s+(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)${APPROX_LEVEL}$`,
  "iu"
);
const CLOSED = new RegExp(String.raw`\band\s+${APPROX_LEVEL}$`, "i");

/**
 * Where the clause of the count `k` of a list ends: after the predicate its last item states, up to `stop` (the next
 * count after the list, or the clause boundary). Null when the count opens no list closed by "and".
 */
export function listClauseEnd(text: string, counts: [number, number][], k: number, stop: number): number | null {
  let last = k;
  while (last + 1 < counts.length && ITEM_GAP.test(text.slice(counts[last][1], counts[last + 1][0]))) {
    last++;
    if (CLOSED.test(text.slice(counts[last - 1][1], counts[last][0]))) break;
  }
  if (last === k || !CLOSED.test(text.slice(counts[last - 1][1], counts[last][0]))) return null;
  const after = counts[last + 1]?.[0] ?? text.length;
  return Math.min(after, stop);
}
