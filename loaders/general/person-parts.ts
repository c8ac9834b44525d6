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
