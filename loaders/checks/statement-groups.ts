/**
 * The general reader's rows grouped by the sentence that stated them, so parts it reads in one statement
 * are checked against their total as a sentence spec's parts are.
 */
import type {Extracted} from "../extracted.js";
import type {MatchGroup} from "../sentences/extract-sentences.js";

export function statementGroups(rows: Extracted[]): MatchGroup[] {
  const bySentence = new Map<number, Extracted[]>();
  for (const o of rows) {
    if (!o.spec_id.startsWith("general:")) continue;
    const list = bySentence.get(o.quote_start);
    if (list) list.push(o);
    else bySentence.set(o.quote_start, [o]);
  }
  return [...bySentence.values()].map((observations) => ({spec_id: "general", observations}));
}
