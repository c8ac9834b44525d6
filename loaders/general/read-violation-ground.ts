/**
 * The rule a part broke, as its category: "9,233 for violations of the residency system", "4,271 for border security
 * violations", "604 of them for breaching residence rules", "208 on public order grounds". The rule's name is kept
 * without the words for a body of rules ("system", "law", "regulations").
 */

const RULES = String.raw`(?:system|systems|law|laws|regulations?|rules?|provisions?|act|code|requirements?|offen[cs]es?|violations?)`;
/** Words before the rule's name that only say how many rules. */
const HOW_MANY = /^(?:various|several|different|multiple|other|all|some)\s+/;
const NAME = String.raw`((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)`;
const END = String.raw`(?=\s*(?:[,;.)]|—|(?:and|or|while|whereas|in|during|at)\b|$))`;
const LEAD = String.raw`^\s+(?:of\s+(?:them|whom|these|those)\s+)?(?:(?:were|was)\s+)?`;

/** "for violations of the residency system", "for violating labour laws", "for breaching residence rules". */
const VIOLATING = new RegExp(
  String.raw`${LEAD}for\s+(?:(?:violations?|breach(?:es)?|infringements?)\s+of|violating|breaching|infringing)\s+(?:the\s+|their\s+)?${NAME}${END}`,
  "i"
);
/** "for border security system violations", "for labour law breaches". */
const VIOLATIONS = new RegExp(
  String.raw`${LEAD}for\s+${NAME}\s+(?:violations|breaches|infringements|offences|offenses)${END}`,
  "i"
);
/** "on public order grounds", "on grounds of public order" (the latter read with other grounds elsewhere). */
const GROUNDS = new RegExp(String.raw`${LEAD}on\s+${NAME}\s+grounds${END}`, "i");

/** The rule a part broke or the ground it was decided on, or null. */
export function violationGround(after: string): string | null {
  const m = VIOLATING.exec(after) ?? VIOLATIONS.exec(after) ?? GROUNDS.exec(after);
  if (!m) return null;
  const name = m[1]
    .toLowerCase()
    .replace(HOW_MANY, "")
    .replace(new RegExp(String.raw`(?:\s+${RULES})+$`), "");
  return name && !new RegExp(`^${RULES}$`).test(name) ? name : null;
}
