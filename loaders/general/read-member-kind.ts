/**
 * "half of identified victims (64) were members of ethnic minority communities", "12 were members of the
 * Rohingya community": a predicate of membership names the group a part belongs to.
 */
const MEMBERS =
  /^\s*\)?\s*(?:were|was|are|is)\s+(?:all\s+)?(?:an?\s+)?(?:members?\s+of|from|belonged\s+to)\s+(?:an?\s+|the\s+)?((?:[A-Za-z][a-z-]*\s+){0,2}?(?:ethnic|indigenous|religious|linguistic|minority|tribal|hill|nomadic)(?:\s+[a-z-]+){0,2}?)(?:\s+(?:communities|community|groups?|populations?|peoples?|tribes?))?(?=\s*(?:[,;.)]|and\b|$))/;

/** The group a membership predicate after a count names, or null. */
export function memberKind(after: string): string | null {
  return MEMBERS.exec(after)?.[1].trim() ?? null;
}
