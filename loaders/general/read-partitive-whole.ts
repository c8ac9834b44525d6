/**
 * "Of the 22 forced labor victims, 16 were male and six were female": a sentence that opens on a whole of one
 * kind breaks it down, so every part after it is of that kind as well as of its own sex, age or citizenship.
 */
import type {Breakdown} from "../types.js";
import {CATEGORIES} from "../vocabulary/nouns.js";

/** The parts of a reading this rule looks at and sets. */
export interface WholePart {
  q: {start: number; kind: string};
  noun: unknown;
  breakdown: Breakdown;
  inParen: boolean;
}

/** Kinds of the vocabulary a whole may be of ("forced labor"), not how sure its identification is. */
const KINDS = new Set(CATEGORIES.filter((c) => !c.status).map((c) => c.label));
/** "Of the", "Among these": the partitive a sentence opens on. */
const OPENING = /^\s*(?:of|among)\s+(?:the|these|those)\s+$/i;

/** Gives the parts after a partitive whole of a kind that kind, where they name none of their own. */
export function partitiveWhole(text: string, live: WholePart[]): void {
  const [whole, ...parts] = live.filter((r) => r.q.kind === "count" && !r.inParen);
  if (!whole?.noun || !OPENING.test(text.slice(0, whole.q.start))) return;
  const kind = whole.breakdown.category;
  if (!kind || !KINDS.has(kind)) return;
  for (const r of parts) r.breakdown.category ??= kind;
}
