/**
 * "investigated 24 new cases involving 35 suspected traffickers, an increase compared with 15 cases involving 33
 * suspects in 2013": a count set against an earlier one, with its own noun but no verb of its own, counts what the
 * count of the same noun before the comparison counts.
 */

/** The parts of a reading this rule looks at and sets. */
export interface ComparedPart {
  q: {start: number; end: number; kind: string};
  noun: {lemma: string; person?: boolean} | null;
  indicator?: string;
  family?: string;
  known?: boolean;
  events?: string[];
  confidence: number;
  inParen: boolean;
}

const MARKER = /\b(?:compared\s+(?:with|to)|than|versus|as\s+against|(?:up|down)\s+from)\s/gi;

const YEAR_BRACKET = /\((?=[^()]*\b(?:in|during)\s+(?:FY\s*)?(?:19|20)\d\d\s*\))/g;

export function comparedCounts<T extends ComparedPart>(text: string, live: T[]): void {
  const markers = [
    ...[...text.matchAll(MARKER)].map((m) => m.index! + m[0].length),
    // "(19 cases involving 34 suspects in 2019)": a bracket that ends on a year sets its counts against the clause's.
    ...[...text.matchAll(YEAR_BRACKET)].map((m) => m.index! + 1)
  ].sort((a, b) => a - b);
  if (!markers.length) return;
  for (const r of live) {
    if (r.q.kind !== "count" || !r.noun || r.known || (r.events?.length ?? 0) > 0) continue;
    const marker = markers.filter((m) => m <= r.q.start).pop();
    // Nothing but the comparison and the counts it lists stands between the marker and the count.
    if (marker === undefined || /[;.]/.test(text.slice(marker, r.q.start))) continue;
    const same = (b: T) =>
      b.noun !== null && (b.noun.lemma === r.noun!.lemma || (Boolean(b.noun.person) && Boolean(r.noun!.person)));
    const earlier = live.filter((b) => b.q.end <= marker && b.known && b.indicator && !b.inParen && same(b));
    // The nearest before the marker of the same noun; a person count takes the person count.
    const anchor = earlier.filter((b) => b.noun!.lemma === r.noun!.lemma).pop() ?? earlier.pop();
    if (!anchor) continue;
    r.indicator = anchor.indicator;
    r.family = anchor.family;
    r.known = anchor.known;
    r.confidence = Math.min(anchor.confidence, 0.85);
  }
}
