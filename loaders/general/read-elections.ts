/**
 * Counts of voters and polling stations listed election by election ("38 election precincts for 14138 voters …
 * in Presidential elections 2013, 38 election precincts for 15417 voters in national elections (referendum) 2016"):
 * each is of the election named after it, and what the sentence says of them all (abroad, voted) names its indicator.
 */
import type {Breakdown, Family} from "../types.js";
import type {CountedNoun} from "../vocabulary/nouns.js";
import {resolveIndicator} from "./resolve-indicator.js";
import {COUNTED_PER_ELECTION, ELECTION_GLOSSES, ELECTION_KINDS} from "../vocabulary/elections.js";

const ELECTION = new RegExp(
  String.raw`\b(${ELECTION_KINDS.map((k) => k.replace(/ /g, "\\s+")).join("|")})\s+elections?\b(?:\s*\(\s*(${ELECTION_GLOSSES.join("|")})\s*\))?`,
  "i"
);

const name = (m: RegExpExecArray): string => {
  const kind = m[1].toLowerCase().replace(/\s+/g, " ");
  return m[2] ? `${kind} elections (${m[2].toLowerCase()})` : `${kind} elections`;
};

/** The election named first after `from` in the sentence, as "<kind> elections[ (<gloss>)]". */
export function electionAfter(text: string, from: number): string | null {
  const m = ELECTION.exec(text.slice(from));
  return m ? name(m) : null;
}

/** The election named last before `to` ("In the parliamentary elections of 2016, 52 polling stations …"). */
function electionBefore(text: string, to: number): string | null {
  const all = [...text.slice(0, to).matchAll(new RegExp(ELECTION.source, "gi"))];
  return all.length ? name(all[all.length - 1]) : null;
}

/** Whether a counted noun is one a sentence lists election by election. */
export function countedPerElection(lemma: string | undefined): boolean {
  return lemma !== undefined && COUNTED_PER_ELECTION.includes(lemma);
}

interface ElectionReading {
  q: {kind: string; start: number};
  noun: CountedNoun | null;
  counted: {end: number};
  breakdown: Breakdown;
  indicator?: string;
  family?: Family;
  known?: boolean;
  confidence: number;
}

/** Names each count of voters or polling stations by its election and by what the whole sentence says of them. */
export function perElection(text: string, paragraph: string, live: ElectionReading[]): void {
  for (const r of live) {
    if (r.q.kind !== "count" || !countedPerElection(r.noun?.lemma)) continue;
    r.breakdown.category =
      electionAfter(text, r.counted.end) ?? electionBefore(text, r.q.start) ?? r.breakdown.category;
    const resolution = resolveIndicator(r.noun, false, text, paragraph);
    // A rule's threshold or a count the registry has no indicator for is kept for review.
    if (!resolution.known) {
      r.confidence = Math.min(r.confidence, 0.4);
      continue;
    }
    r.indicator = resolution.indicator;
    r.family = resolution.family;
    r.known = true;
    r.confidence = Math.max(r.confidence, 0.85);
  }
}
