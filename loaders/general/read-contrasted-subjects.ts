/**
 * "trial courts convicted 66 traffickers and appellate courts upheld the convictions of 89 traffickers": clauses
 * whose subjects share a head noun and differ by one word before it count the parts those words name.
 */
import type {Breakdown} from "../types.js";

export interface SubjectCount {
  q: {start: number; end: number; kind: string};
  breakdown: Breakdown;
  inParen: boolean;
}

/** Words before a subject's head noun that pick no part out ("the courts", "other courts"). */
const NOT_A_PART = new Set([
  "the",
  "these",
  "those",
  "other",
  "some",
  "all",
  "both",
  "many",
  "most",
  "several",
  "such"
]);

const SUBJECT =
  /(?:^|[,;]\s*|\b(?:and|while|whereas)\s+)(?:(?:in\s+)?(?:19|20)\d\d,\s*)?(?:the\s+)?([a-z]+)\s+([a-z]+s)\s+(?:[a-z]+ly\s+)?(?!(?:of|in|for|to|and|or|were|was|are|is|who|which|that)\b)[a-z]+\b/g;

export function contrastedSubjects<T extends SubjectCount>(text: string, live: T[]): void {
  const subjects = [...text.matchAll(SUBJECT)].filter((m) => !NOT_A_PART.has(m[1]));
  const heads = new Map<string, RegExpMatchArray[]>();
  for (const m of subjects) heads.set(m[2], [...(heads.get(m[2]) ?? []), m]);
  for (const group of heads.values()) {
    if (group.length < 2 || new Set(group.map((m) => m[1])).size !== group.length) continue;
    for (const [k, m] of group.entries()) {
      const from = m.index! + m[0].length;
      const to = group[k + 1]?.index ?? text.length;
      const first = live.find((r) => r.q.kind === "count" && !r.inParen && r.q.start >= from && r.q.start < to);
      if (first && !first.breakdown.category) first.breakdown.category = m[1];
    }
  }
}
