/**
 * Reads what counted things were about: "4,512 calls, 312 of which concerned trafficking in persons", "215
 * appeals related to labour migration", "40 of them regarding employment". The topic names the part's category.
 */
import {CATEGORIES, CONCERNING_MARKERS} from "../vocabulary/nouns.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const CONCERNING = new RegExp(
  `^\\s*(?:of\\s+(?:which|whom|them|these|those)\\s+)?(?:${[...CONCERNING_MARKERS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join(
      "|"
    )})\\s+(?:the\\s+)?(?:issues?\\s+of\\s+|matters?\\s+of\\s+|questions?\\s+of\\s+)?((?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+)(?=\\s*(?:[,;.)(]|and\\b|while\\b|whereas\\b|$))`,
  "iu"
);

/** The topic named right after a count (its noun read), as a category: a known category's label, else the words. */
export function concerningCategory(text: string, at: number): string | null {
  const m = CONCERNING.exec(text.slice(at, at + 120));
  if (!m) return null;
  const topic = m[1].toLowerCase();
  if (/\d/.test(topic)) return null;
  return CATEGORIES.find((c) => c.forms.includes(topic))?.label ?? topic;
}
