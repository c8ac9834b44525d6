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
  | "thing-noun";

/** How much each signal lowers a row's confidence (the corpus precision of rows carrying it, in the comment). */
export const SIGNAL_WEIGHTS: Record<Signal, number> = {
  "generated-name": 0,
  "document-period": 0,
  "no-noun": 0,
  "word-number": 0,
  "in-brackets": 0,
  approximate: 0,
  round: 0,
  "far-verb": 0,
  "long-sentence": 0,
  "thing-noun": 0
};

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

/** The confidence a reading keeps after its weak signals. */
export function weigh(confidence: number, signals: Signal[]): number {
  return signals.reduce((c, s) => c - SIGNAL_WEIGHTS[s], confidence);
}
