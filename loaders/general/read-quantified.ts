/**
 * "nearly all of whom (240) were Ghanaian women", "most (92) were foreign nationals", "with the majority (7 393)
 * being from Zimbabwe", "most of them (7,393) from Zimbabwe": a quantifier whose number follows in brackets counts the
 * part its predicate names; and "In their sex trafficking cases, police identified
 * 97 victims": the kind of cases a sentence opens on is the kind of every count in it.
 */
import type {Breakdown} from "../types.js";
import {qualifiersIn} from "./read-counted.js";

const QUANTIFIER = String.raw`(?:(?:nearly|almost|virtually|practically)\s+all|all|most|the\s+(?:vast\s+|great\s+|overwhelming\s+)?majority|a\s+(?:large\s+)?majority|(?:about|over|more\s+than|nearly|almost)?\s*half|many|some|several|a\s+few|the\s+(?:rest|remainder|others))`;
// A year in brackets dates the quantifier; only a count restates it.
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)`;
// "(25,700 or 45.2 percent)": the share after the count restates it.
const SHARE = String.raw`(?:\s*(?:or|,)\s*\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b))?`;
const BRACKETED = new RegExp(
  String.raw`\b${QUANTIFIER}(\s+of\s+(?:whom|them|which|these|those|the\s+(?:[^()\[\];:.]|\.(?=\d)){1,80}?))?\s*\(\s*((?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s\d{3}(?!\d))*(?:\s+(?:thousand|million))?|${NUMBER_WORD})${SHARE}\s*\)(?=\s+(?:were|was|are|is|had|have|came|remained|being|from|[a-z]+ed)\b)`,
  "gi"
);

/**
 * The sentence with every "QUANTIFIER (N)" blanked down to its number, the same length so offsets hold:
 * "nearly all of whom (240) were" reads as "of whom 240 were", "nearly all (92) were" as "92 were".
 */
export function unbracketQuantified(text: string): string {
  return text.replace(BRACKETED, (whole: string, of: string | undefined, n: string) => {
    const at = whole.lastIndexOf(n);
    const blank = (s: string) => " ".repeat(s.length);
    // The number keeps its place; "of whom" moves to just before it, the rest is blanked.
    // "half of the 56,900 asylum seekers in 2015 (25,700)" reads as "of the 56,900 asylum seekers in 2015 25,700".
    if (of && /^\s+of\s+the\s/i.test(of)) {
      const q = whole.indexOf(of);
      return (
        blank(whole.slice(0, q)) + of + blank(whole.slice(q + of.length, at)) + n + blank(whole.slice(at + n.length))
      );
    }
    const lead = of ? of.trim() : "";
    const before = blank(whole.slice(0, at)).slice(lead.length + 1) + (lead ? `${lead} ` : " ");
    return before + n + blank(whole.slice(at + n.length));
  });
}

const KIND_OPENER =
  /^(?:In|For|Among|Across|Of)\s+(?:(?:their|its|his|her|the|these|those|all|such)\s+)?((?:[a-z-]+\s+){1,3}?)(?:cases|investigations|prosecutions|operations|raids|proceedings)\s*,/i;

/** The form of exploitation the sentence opens on ("In their sex trafficking cases, …"), or null. */
export function openingKind(text: string): string | null {
  const m = KIND_OPENER.exec(text);
  if (!m) return null;
  const q: Breakdown = qualifiersIn(m[1]);
  return q.category ?? null;
}
