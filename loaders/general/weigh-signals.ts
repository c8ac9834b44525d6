/**
 * Weak signals of a general reading, and how much each lowers its confidence: a row that gathers enough of them is
 * kept as a candidate for review rather than charted.
 */

/** What makes a reading of a number less sure than its rule alone says. */
export type Signal =
  | "generated-name"
  | "document-period"
  | "no-noun"
  | "word-number"
  | "in-brackets"
  | "approximate"
  | "round"
  | "far-verb"
  | "long-sentence"
  | "thing-noun"
  | "place-count"
  | "setting-count"
  | "one-or-two"
  | "wordy-category";

/**
 * How much each signal lowers a row's confidence. Each comment gives the precision of the general rows carrying the
 * signal on the 184 documents with hand-checked records (rows, share matching a record; all rows: 1,940, 90.8%), and
 * the precision when the indicator is also not in the registry. A general reading is charted at 0.5: a registry
 * reading stands at 0.75-0.9 and one with a generated name at 0.5-0.6, so a weight of 0.11 keeps for review only the
 * generated readings that carry the signal, and a registry reading keeps its chart. Signals at 0 are measured but
 * would drop more rows matching a record than rows matching none. By rule the precision is: count 87.2% (837 rows),
 * ellipsis 94.0% (468), restated-noun 92.2% (244), copular 95.9% (97), part 96.4% (84), subject 87.1% (62), zero
 * 82.6% (23), label-run 81.0% (21); no rule is weak enough to lower on its own.
 */
export const SIGNAL_WEIGHTS: Record<Signal, number> = {
  // 251 rows, 81.3%; a generated name alone still matches 204 records.
  "generated-name": 0,
  // 654 rows, 89.9%.
  "document-period": 0,
  // 54 rows, 100%: an elided noun continues a neighbour's count.
  "no-noun": 0,
  // 337 rows, 90.5%; generated: 22 rows, 45.5%, but "four employers were arrested" are records too.
  "word-number": 0,
  // 292 rows, 93.8%.
  "in-brackets": 0,
  // 108 rows, 83.3%.
  approximate: 0,
  // 104 rows, 89.4%.
  round: 0,
  // 234 rows, 85.0%.
  "far-verb": 0,
  // 301 rows, 94.0%.
  "long-sentence": 0,
  // 401 rows, 84.8%.
  "thing-noun": 0,
  // 11 rows, 72.7%, all generated; "returned from 14 countries" is a secondary record 8 times.
  "place-count": 0,
  // Shelters, 8 rows, 75.0%; generated: 2 rows, 0%; but "funded one shelter … and two in 2016" is a statistic of a
  // chapter's protection, so they are not weighed on this little evidence.
  "setting-count": 0,
  // One or two things other than shelters: 10 rows, 70.0%; generated: 4 rows, 25.0%, none the only match of a core
  // record. Of people, 94 rows, 93.6%: "two victims received health care" is a chapter's statistic.
  "one-or-two": 0.11,
  // 50 rows, 92.0%.
  "wordy-category": 0
};

/** Counted things that are where a statistic is made, rarely the statistic: "from 14 countries", "two centres". */
const PLACES = new Set(["place"]);
const SETTINGS = new Set(["shelter"]);

export interface SignalInput {
  /** The sentence and where the number and what it counts stand in it. */
  text: string;
  start: number;
  end: number;
  countedEnd: number;
  value: number;
  known: boolean;
  noun: {person?: boolean; lemma: string} | null;
  word: boolean;
  inParen: boolean;
  approx: string | null;
  /** The category the reading gives the row, if any. */
  category?: string | null;
  /** No period is stated in the sentence, and the one taken is the document's own. */
  documentPeriod: boolean;
}

const VERB_NEAR = /\b(?:\w+ed|were|was|are|is|have|has|had|totall?ed|amounted|reached|numbered|stood)\b/i;

/** The weak signals one reading carries. */
export function weakSignals(s: SignalInput): Signal[] {
  const out: Signal[] = [];
  if (!s.known) out.push("generated-name");
  if (s.documentPeriod) out.push("document-period");
  if (!s.noun) out.push("no-noun");
  else if (!s.noun.person) out.push("thing-noun");
  if (s.noun && PLACES.has(s.noun.lemma)) out.push("place-count");
  if (s.noun && SETTINGS.has(s.noun.lemma)) out.push("setting-count");
  // "two victims received health care" and "funded one shelter" are statistics of a chapter; "in one case" rarely is.
  if (s.value >= 1 && s.value <= 2 && s.noun && !s.noun.person && !SETTINGS.has(s.noun.lemma)) out.push("one-or-two");
  if (s.category && s.category.split(/\s+/).length > 3) out.push("wordy-category");
  if (s.word) out.push("word-number");
  if (s.inParen) out.push("in-brackets");
  if (s.approx) out.push("approximate");
  if (s.value >= 1000 && s.value % 1000 === 0) out.push("round");
  const before = s.text.slice(Math.max(0, s.start - 60), s.start);
  const after = s.text.slice(s.countedEnd, s.countedEnd + 60);
  if (!VERB_NEAR.test(before) && !VERB_NEAR.test(after)) out.push("far-verb");
  if (s.text.length > 300) out.push("long-sentence");
  return out;
}

/**
 * The confidence a reading keeps after its weak signals. A reading the registry names keeps its own: with the same
 * signals it matches records as often as any (one or two of a registry indicator: 100 rows, 95.0%).
 */
export function weigh(confidence: number, signals: Signal[]): number {
  if (!signals.includes("generated-name")) return confidence;
  return signals.reduce((c, s) => c - SIGNAL_WEIGHTS[s], confidence);
}

/** The signals that weigh on a reading, named for review ("setting-count, one-or-two"). */
export function weighedSignals(signals: Signal[]): string {
  return signals.filter((s) => SIGNAL_WEIGHTS[s] > 0).join(", ");
}
