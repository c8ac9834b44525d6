/**
 * "32 of the 71 victims of sex trafficking were adults, 19 children": a part of a stated whole is of the
 * whole's kind and of the age or sex its predicate gives; the counts listed after the predicate are the
 * whole's other parts.
 */
import type {Breakdown} from "../types.js";
import {qualifiersIn, readCounted} from "./read-counted.js";

const definedIn = (b: Breakdown): Breakdown => Object.fromEntries(Object.entries(b).filter(([, v]) => v));

// "… victims of sex trafficking were adults": the whole's "of" wording stands before the predicate.
const OF = String.raw`(?:\s+of\s+[a-z-]+(?:\s+[a-z-]+){0,3}?)?`;
const PREDICATE = new RegExp(String.raw`^${OF}\s+(?:were|was|are|is)\s+(?:all\s+)?([a-z]+)(?=\s*(?:[,;.]|and\b|$))`);
const AFTER_PREDICATE = new RegExp(String.raw`^${OF}\s+(?:were|was|are|is)\s+[a-z]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)$`);

/** "… were adults": the age or sex the one-word predicate after the whole gives its part, or null. */
export function partQualifiers(afterWhole: string): Breakdown | null {
  const m = PREDICATE.exec(afterWhole);
  if (!m) return null;
  // "were girls": a person noun says its sex and age together.
  const q = {...readCounted(` ${m[1]}`, 0).noun?.implies, ...definedIn(qualifiersIn(m[1]))};
  return q.sex || q.age_group ? {sex: q.sex, age_group: q.age_group} : null;
}

/** Whether the words between a whole and a count ("were adults, ") list it as the whole's next part. */
export function listedAfterPredicate(between: string): boolean {
  return AFTER_PREDICATE.test(between);
}

/** Whether a count follows the one before it in the same list ("19 children, and 3 of unknown age"). */
export function listedNext(between: string): boolean {
  return /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(between);
}
