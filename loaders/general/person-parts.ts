/**
 * "783 men and 722 women", "18 minors and 20 adults": a run of counts each naming only a sex or an age, the shape in
 * which a whole is split by person; its words are the vocabulary's nouns and qualifiers of sex and age.
 */
import {COUNTED_NOUNS, QUALIFIERS} from "../vocabulary/nouns.js";

const FORMS = [
  ...new Set([
    ...COUNTED_NOUNS.filter((n) => n.person && (n.implies?.sex || n.implies?.age_group)).flatMap((n) => n.forms),
    ...QUALIFIERS.filter((q) => q.set.sex || q.set.age_group).flatMap((q) => q.forms)
  ])
]
  .filter((f) => /^[a-z]+$/.test(f))
  .sort((a, b) => b.length - a.length);

/** One count of a sex or an age: "722 women", "five boys". */
export const PERSON_PART = String.raw`(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?:${FORMS.join("|")})\b`;

/** Two or more such counts joined by commas and "and": "46 men, 41 women, 26 boys and 30 girls". */
export const PERSON_PARTS = String.raw`${PERSON_PART}(?:\s*(?:,|and|,\s*and)\s*${PERSON_PART})*`;

// A run of such counts and the words that close it: "… 74 men, seven girls, and five boys in forced labor".
const RUN_THEN_IN = new RegExp(String.raw`(?<![\p{L}\d,.])${PERSON_PARTS}(?=\s+in\s+[a-z])`, "giu");

/** The spans of the runs of counts by sex or age that a phrase after "in" closes, which names all of them. */
export function runsClosedByIn(text: string): [number, number][] {
  return [...text.matchAll(RUN_THEN_IN)].map((m) => [m.index, m.index + m[0].length]);
}
