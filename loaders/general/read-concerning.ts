/**
 * Reads what counted things were about: "4,512 calls, 312 of which concerned trafficking in persons", "215
 * appeals related to labour migration", "40 of them regarding employment". The topic names the part's category.
 */
import {CATEGORIES, CONCERNING_MARKERS, WHERE_NOT_TOPIC} from "../vocabulary/nouns.js";
import {alternation} from "./alternation.js";

// The topic: up to six words, to the clause's next stop.
const TOPIC = String.raw`((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)(?=\s*(?:[,;.)(]|and\b|while\b|whereas\b|$))`;
const CONCERNING = new RegExp(
  `^\\s*(?:of\\s+(?:which|whom|them|these|those)\\s+)?(?:${alternation(CONCERNING_MARKERS)})\\s+(?:the\\s+)?(?:issues?\\s+of\\s+|matters?\\s+of\\s+|questions?\\s+of\\s+)?${TOPIC}`,
  "iu"
);

// "…, 96 were related to trafficking and 310 to labour migration", "… employed in construction and 540 in trade": a
// later part leaves the marker out.
const GAPPED = new RegExp(`^\\s+(?:to|in)\\s+(?:the\\s+)?${TOPIC}`, "iu");

/**
 * The topic named right after a count (its noun read), as a category: a known category's label, else the words.
 * With `gapped`, a bare "to X" after the count names it too (a part after one whose marker ended in "to").
 */
export function concerningCategory(text: string, at: number, gapped = false): string | null {
  const m = CONCERNING.exec(text.slice(at, at + 120)) ?? (gapped ? GAPPED.exec(text.slice(at, at + 120)) : null);
  if (!m) return null;
  // A capitalised name ("employed in Baku") is a place or a body, not a topic.
  if (/\d/.test(m[1]) || /^[A-Z]/.test(m[1])) return null;
  const topic = m[1].toLowerCase();
  if (WHERE_NOT_TOPIC.includes(topic)) return null;
  return CATEGORIES.find((c) => c.forms.includes(topic))?.label ?? topic;
}
