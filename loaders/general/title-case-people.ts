/**
 * A headline in title case counts people in capitalised words: "IOM Assists 144 Gambian Migrants to Return Home",
 * "66,700 Vulnerable Migrants Returned". Capitalised words after a number name something ("919 Call Center") unless
 * their last word is a plural noun of people.
 */
import {COUNTED_NOUNS} from "../vocabulary/nouns.js";

const PEOPLE = new Set(
  COUNTED_NOUNS.filter((n) => n.person)
    // "asylum seekers": the head noun of a form of two words.
    .flatMap((n) => n.forms.map((f) => f.split(" ").pop()!))
    .filter((f) => /s$/.test(f))
);
// "47,680 Work Permits were granted": a plural noun of any counted thing, capitalised as a bulletin writes it.
const COUNTED_PLURALS = new Set(
  COUNTED_NOUNS.flatMap((n) => n.forms.map((f) => f.split(" ").pop()!)).filter((f) => /s$/.test(f))
);
// Up to three capitalised words right after the number.
const CAPITALISED = /^\s+((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)\b/u;

/** Whether the capitalised words after a number end on a plural noun of people it counts. */
export function titleCasePeople(after: string): boolean {
  const m = CAPITALISED.exec(after);
  if (!m) return false;
  return m[1].split(/\s+/).some((w) => PEOPLE.has(w.toLowerCase()));
}

/** Whether the capitalised words after a number end on a plural noun of anything counted ("Work Permits", "Visas"). */
export function titleCaseCounted(after: string): boolean {
  const m = CAPITALISED.exec(after);
  if (!m) return false;
  return COUNTED_PLURALS.has(m[1].split(/\s+/).pop()!.toLowerCase());
}
