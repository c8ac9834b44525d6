/**
 * "DCI’s Transnational Organized Crime Unit (TOCU) proactively identified 144 trafficking victims", "In 2018, the
 * Internal Security Forces (ISF) investigated 45 cases": a named body of the state that opens the sentence as the
 * subject of the count's verb says whose count it is, a part of what the government counted.
 */

/** Head words that make a capitalised name a body of the state. */
const AGENCY_HEADS = [
  "Unit",
  "Units",
  "Force",
  "Forces",
  "Police",
  "Gendarmerie",
  "Guard",
  "Directorate",
  "Department",
  "Ministry",
  "Office",
  "Commission",
  "Agency",
  "Service",
  "Services",
  "Bureau",
  "Inspectorate",
  "Division",
  "Prosecutor",
  "Prosecution",
  "Committee",
  "Council",
  "Centre",
  "Center",
  "Authority"
];

const WORD = String.raw`[A-Z][\p{L}-]*`;
const NAME = String.raw`${WORD}(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?${WORD})*`;
const SUBJECT = new RegExp(
  String.raw`^(?:(?:In|During)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,\s*)?(?:the\s+|The\s+)?(?:${WORD}['’]s\s+)?(${NAME})(?:\s+\([A-Z][A-Za-z]{1,9}\))?\s+(?:[a-z]+ly\s+)?(?:also\s+)?([a-z]+)\s+(?:at\s+least\s+|a\s+total\s+of\s+|approximately\s+)?$`,
  "u"
);
const HEAD = new RegExp(String.raw`\b(?:${AGENCY_HEADS.join("|")})\b`, "u");

/** The body a sentence opens on as the subject of the verb right before its count, or null. */
export function agencySubject(lead: string): string | null {
  const m = SUBJECT.exec(lead.trimStart());
  // A bare "Police" is the police at large, not one body among others.
  if (!m || !HEAD.test(m[1]) || !/\s/.test(m[1]) || !/(?:ed|ght|ew|id)$/.test(m[2])) return null;
  return m[1];
}
