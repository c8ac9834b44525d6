/**
 * Coordinated counts that share one predicate: in "Of the victims, 12 girls and 40 women were exploited in
 * forced labor" the predicate after the last conjunct names the kind of every count joined to it, so each
 * age or sex part is also a part of that kind (a crossed part); a participle after the last conjunct is shared
 * the same way ("three Namibian children and one Namibian adult exploited in sex trafficking").
 */
import type {Breakdown} from "../types.js";
import {predicateCategory} from "./read-counted.js";

/** The parts of a reading this rule looks at and sets. */
export interface ConjunctPart {
  q: {start: number; end: number; kind: string};
  counted: {end: number; stop: string; copular: boolean};
  noun: {person?: boolean} | null;
  breakdown: Breakdown;
  inParen: boolean;
}

/** Only a comma or "and" joins two conjuncts ("12 girls, 40 women and 3 men"). */
const JOINED = /^\s*,?\s*(?:and\s+)?$/i;
/** The verb a shared predicate opens on. */
// A reduced relative ("… and one Namibian adult exploited in sex trafficking") shares its participle the same way.
const SHARED_VERB =
  /^\s*(?:(?:who\s+|that\s+)?(?:were|was|are|is|have\s+been|had\s+been|became|suffered)\b|(?:exploited|subjected)\s+(?:in|into|to|for)\b)/i;
/**
 * What may come before the first conjunct for the coordination to be a clause's subject (not an object a verb
 * before it governs): the sentence's start, a clause break, or a partitive opening ("of them,", "including").
 */
const SUBJECT_OPENING =
  /(?:^|[,;:]|\b(?:of\s+(?:whom|them|these|those|which)|including|included|includes|comprised|comprises|consisted\s+of|among\s+(?:them|these|those)))\s*(?:while\s+|whereas\s+|and\s+)?$/i;

/**
 * Gives each count of a coordinated subject the category its shared predicate names after the last conjunct;
 * the conjuncts must each count persons of their own noun, and none may name a category already.
 */
export function sharePredicate(text: string, live: ConjunctPart[]): void {
  for (let last = live.length - 1; last > 0; last--) {
    const tail = live[last];
    if (tail.q.kind !== "count" || !tail.noun?.person || tail.inParen || !tail.breakdown.category) continue;
    // The kind must be named after a verb ("… were victims of forced labor"), not in the last conjunct's own words
    // ("eight Portuguese, and four victims of forced begging").
    if (!SHARED_VERB.test(text.slice(tail.counted.end))) continue;
    if (predicateCategory(text, tail.counted.end) !== tail.breakdown.category) continue;
    const chain: ConjunctPart[] = [];
    for (let i = last - 1; i >= 0; i--) {
      const r = live[i],
        next = live[i + 1];
      const joined =
        r.q.kind === "count" &&
        r.noun?.person &&
        !r.inParen &&
        !r.counted.copular &&
        JOINED.test(text.slice(r.counted.end, next.q.start));
      if (!joined) break;
      chain.push(r);
    }
    // "Of the 214 victims, 27 children and …": the subject opens at the outermost conjunct a clause may open on.
    while (chain.length && !SUBJECT_OPENING.test(text.slice(0, chain[chain.length - 1].q.start))) chain.pop();
    for (const r of chain) r.breakdown.category ??= tail.breakdown.category;
    last -= chain.length;
  }
}
