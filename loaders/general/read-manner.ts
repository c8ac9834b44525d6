/**
 * Reads the manner a part of a count was handled in from the words after its number up to the next comma,
 * number or clause end: "Of these, 4,491 were placed voluntarily and 720 mandatorily" → voluntary, mandatory.
 */
import {MANNERS} from "../vocabulary/manners.js";

const FORMS = MANNERS.flatMap((m) => m.forms.map((form) => ({form, label: m.label}))).sort(
  (a, b) => b.form.length - a.form.length
);
const MANNER_RE = new RegExp(`(?<![a-z])(${FORMS.map((f) => f.form.replace(/ /g, "\\s+")).join("|")})(?![a-z])`, "i");

/** The manner label the words after `from` name before the next comma, semicolon, full stop, bracket or number. */
export function mannerAfter(text: string, from: number): string | null {
  const span = /^[^,;.()\d]{0,80}/.exec(text.slice(from))![0];
  const m = MANNER_RE.exec(span);
  if (!m) return null;
  const said = m[1].toLowerCase().replace(/\s+/g, " ");
  return FORMS.find((f) => f.form === said)!.label;
}
