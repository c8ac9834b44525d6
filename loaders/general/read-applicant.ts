/**
 * "18 asylum applications were from children unaccompanied by a parent", "212 claims were lodged by women": a
 * count of applications whose predicate names who made them is the part of those applicants (their age, sex,
 * citizenship, and whether children came alone).
 */
import type {Breakdown} from "../types.js";
import {COUNTED_NOUNS} from "../vocabulary/nouns.js";
import {qualifiersIn} from "./read-counted.js";
import {peopleAt} from "./people-word.js";

const PEOPLE = COUNTED_NOUNS.filter((n) => n.person && n.implies)
  .flatMap((n) => n.forms.map((form) => ({form, implies: n.implies!})))
  .sort((a, b) => b.form.length - a.form.length);
const PEOPLE_SOURCE = PEOPLE.map((p) => p.form.replace(/ /g, "\\s+")).join("|");

/** Children who came without a parent: the category of their part. */
const ALONE = /\b(unaccompanied|separated)\b/i;
const APPLICANTS = new RegExp(
  String.raw`^\s*(?:(?:were|was|came)\s+)?(?:(?:made|lodged|filed|submitted|received)\s+)?(?:from|by)\s+(?:the\s+)?((?:[A-Za-z][\p{L}-]*\s+){0,3}?)(${PEOPLE_SOURCE})(?![\p{L}])(\s+(?:unaccompanied|separated)\b)?`,
  "iu"
);

/** "came from Iraqis", "42 from Georgians": applications a people made. */
const BY_PEOPLE =
  /^\s*(?:(?:were|was|came)\s+)?(?:(?:made|lodged|filed|submitted|received)\s+)?(?:from|by)\s+(?:the\s+)?(?=[A-Z])/;

/** The part the applicants named after a count of applications make up, or null when none is named. */
export function applicantPart(after: string): Breakdown | null {
  const by = BY_PEOPLE.exec(after);
  const people = by ? peopleAt(after.slice(by[0].length)) : null;
  // The people must end the phrase: "from Syrians living in Turkey" still counts Syrians; "from Syrian camps" is no people.
  if (people) return {citizenship: people.citizenship};
  const m = APPLICANTS.exec(after);
  if (!m) return null;
  const form = m[2].toLowerCase().replace(/\s+/g, " ");
  const group = PEOPLE.find((p) => p.form === form);
  const part: Breakdown = {...group?.implies, ...qualifiersIn(m[1])};
  const alone = ALONE.exec(`${m[1]} ${m[2]} ${m[3] ?? ""}`);
  if (alone) part.category = alone[1].toLowerCase();
  return part;
}
