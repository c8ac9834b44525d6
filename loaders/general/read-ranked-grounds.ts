/**
 * A ranking of grounds or kinds with each count in brackets ("Religion was the most common reason given by
 * applicants (16,785), followed by politics (12,502), … and race (3,897)"): each bracketed count is of the item named
 * just before its bracket, the first one of the item the sentence opens with.
 */

/** What a ranking of grounds ranks: "the most common reason", "the main form". */
const GROUNDS = [
  "reasons?",
  "grounds?",
  "motives?",
  "causes?",
  "forms?",
  "types?",
  "kinds?",
  "purposes?",
  "bases",
  "basis"
];
/** "Religion was the most common reason …": a sentence that opens by naming the first of a ranking. */
const FIRST = new RegExp(
  String.raw`^\W*([A-Z][a-z' -]{2,60}?)\s+(?:was|were|is|are|remained|remains)\s+(?:by\s+far\s+)?the\s+(?:most\s+(?:common|frequent|frequently\s+cited|cited)|main|leading|principal|top|primary)\s+(?:${GROUNDS.join("|")})\b[^()]*$`
);
/** ", followed by politics", ", membership in a certain social group", " and race": an item after a bracket. */
const NEXT = /^\s*,?\s*(?:(?:followed\s+by|then|and|or)\s+)?([a-z][a-z' -]{2,60})$/i;

/** The item the bracketed count at `at` of a ranking `text` is of; null when the sentence ranks nothing. */
export function rankedItem(text: string, at: number): string | null {
  if (!/\(\s*$/.test(text.slice(0, at))) return null;
  const lead = text.slice(0, at).replace(/\s*\(\s*$/, "");
  const opener = FIRST.exec(text.slice(0, text.indexOf("(")));
  if (!opener && !/\)\s*,?\s*followed\s+by\b/i.test(text)) return null;
  const close = lead.lastIndexOf(")");
  if (close < 0) return opener && !lead.includes("(") ? opener[1].trim().toLowerCase() : null;
  const item = NEXT.exec(lead.slice(close + 1))?.[1].trim();
  return item && item.split(/\s+/).length <= 6 ? item.toLowerCase() : null;
}
