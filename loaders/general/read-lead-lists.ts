/**
 * Lists of counts, one to a line, under a lead sentence that ends in a colon and says what happened, as releases
 * print them: "Coast Guard crews interdicted 4,440 Cubans compared to:", then "• 5,396 Cuban Migrants in Fiscal Year
 * 2016". An item is a count, what it counts, and places or times after a preposition, with no verb of its own: the
 * lead's verb is every item's event, and each item keeps its own period and people. A list of one item is a sentence.
 */
import {parseNumber} from "../numbers/parse-number.js";
import {LEAD_LIST_PREPOSITIONS} from "../vocabulary/table-columns.js";
import {alternation} from "./alternation.js";
import {lineRuns, sentenceAbove} from "./line-runs.js";
import {readCounted, type Counted} from "./read-counted.js";

export interface LeadListItem {
  value: number;
  /** Raw offsets of the item's words (after its bullet) and of its count. */
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
  /** The item's words, its closing mark dropped. */
  text: string;
  counted: Counted;
}

export interface LeadList {
  /** Raw offsets of the first item to the end of the last. */
  start: number;
  end: number;
  /** The lead sentence, its colon dropped. */
  lead: string;
  items: LeadListItem[];
}

const ITEM = /^([ \t]*(?:[•▪●◦■►➢‣⁃*·–—-][ \t]*)?)(\d{1,3}(?:,\d{3})+|\d+)(?=[ \t]+\p{L})(.*?)[ \t]*[;,.]?[ \t]*$/u;
// After what an item counts, only places and times may follow: "in Fiscal Year 2016", "from Iran in 2021".
const TAIL = new RegExp(`^(?:\\s*$|\\s+(?:${alternation(LEAD_LIST_PREPOSITIONS)})\\s)`, "i");
// A verb of the item's own makes it a sentence, which the sentence reader reads with its own event.
const OWN_VERB =
  /\b(?:was|were|is|are|has|have|had|been|being|will|would|did|does|do)\b|\b\p{L}{3,}ed\b(?!\s+(?:by|to|from)\s)/iu;

function itemOf(line: string, at: number): LeadListItem | null {
  const m = ITEM.exec(line);
  if (!m) return null;
  const value = parseNumber(m[2]);
  const text = `${m[2]}${m[3]}`;
  const counted = readCounted(text, m[2].length);
  const tail = text.slice(counted.end);
  if (!value || !counted.noun || !TAIL.test(tail) || OWN_VERB.test(tail)) return null;
  const start = at + m[1].length;
  return {
    value: value.value,
    start,
    end: start + text.length,
    valueStart: start,
    valueEnd: start + m[2].length,
    text,
    counted
  };
}

export function readLeadLists(raw: string, start: number, end: number): LeadList[] {
  const out: LeadList[] = [];
  for (const run of lineRuns(raw, start, end, itemOf)) {
    // The lead ends in a colon that opens the list.
    const above = sentenceAbove(raw, run.start);
    if (run.items.length >= 2 && /:\s*$/.test(above.line))
      out.push({start: run.items[0].start, end: run.items.at(-1)!.end, lead: above.sentence, items: run.items});
  }
  return out;
}
