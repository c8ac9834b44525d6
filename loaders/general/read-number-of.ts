/**
 * Reads the subject of a count stated as a predicate: "the number of citizenship applications reached 1,876",
 * "the total number of foreigners registered at their place of stay was 12,345", "the number of calls
 * amounted to 4,512". The head after "number of" is what the number counts, whatever nouns follow it.
 */
import {readCounted, type Counted} from "./read-counted.js";
import {
  CHANGE_VERBS,
  LEVEL_PHRASES,
  NUMBER_OF_VERBS,
  RAISING_VERBS,
  STEADY_VERBS,
  STEADY_WORDS
} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";
import {peopleCounted} from "./read-number-of-people.js";

const NUMBER_OF = /(?<![\p{L}])(?:the\s+)?(?:overall\s+|total\s+)?numbers?\s+of\s+/giu;

/** The last "the number of" or "numbers of" in `text` (what it counts follows it), or null. */
export function lastNumberOf(text: string): RegExpExecArray | null {
  return [...text.matchAll(NUMBER_OF)].at(-1) ?? null;
}
// "remained fairly stable at 81,000": a level held, with a word of steadiness (and its adverb) before "at".
const HELD_LEVEL = String.raw`(?:${alternation(STEADY_VERBS)})\s+(?:[a-z]+ly\s+)?(?:${alternation(STEADY_WORDS)})\s+at`;
// "reached a record high of 392,196": a level's own words may stand between the verb and the number.
const PREDICATE = new RegExp(
  `(?<![a-z])(?:${alternation(NUMBER_OF_VERBS)}|${HELD_LEVEL})\\s+(?:(?:${alternation(LEVEL_PHRASES)})\\s+)?(?:(?:a\\s+total\\s+of|about|around|approximately|nearly|almost|over|more\\s+than|less\\s+than|some)\\s+)?$`,
  "i"
);

// "decreased by 210 to 1,980", "increased by 6%, to 64 800", "grew by 12% and reached 28,450", "increased from 165,000
// to 197,500": the figures of a change, the earlier one after "from" and the new one after "to".
const CHANGED_TO = new RegExp(
  String.raw`(?<![a-z])(?:${alternation(CHANGE_VERBS)})\s+(?:(?:by|from)\s+(?:[^,;]|,(?=\d)){1,30}?,?\s+(?:to|and\s+reached|reaching|and\s+amounted\s+to|amounting\s+to)|from)\s+$`,
  "i"
);

// "this brought the total number of illegal immigrants deported to their home countries … to 18,225": a clause takes
// the number of what it names, past any place it went to, to the number after the last "to".
const RAISED_TO = new RegExp(
  String.raw`(?<![a-z])(?:${alternation(RAISING_VERBS)})\s+(?:the|its|their)\s+(?:overall\s+|total\s+|cumulative\s+)?numbers?\s+of\s+[^.;:()]{1,160}?\s+to\s+(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?$`,
  "i"
);

/** Whether the words before a number state it as a level or a change's new level ("reached", "fell from 3,100 to"). */
export function statesLevel(lead: string): boolean {
  return PREDICATE.test(lead) || CHANGED_TO.test(lead) || RAISED_TO.test(lead);
}

/** The head counted by "the number of X <verb>" right before `at`, read from `from` on; null when the lead is no such phrase. */
export function numberOfSubject(text: string, from: number, at: number): Counted | null {
  const lead = text.slice(from, at);
  if (!statesLevel(lead)) return null;
  const last = lastNumberOf(lead);
  if (!last) return null;
  const head = from + last.index + last[0].length;
  let counted = readCounted(text, head);
  if (!counted.noun) counted = peopleCounted(text, head) ?? counted;
  // "work permit applications": of nouns written together, the last is the head.
  for (let n = 0; counted.noun && n < 2; n++) {
    const next = readCounted(text, counted.end);
    const span = text.slice(counted.end, next.end);
    if (!next.noun || !/^\s/.test(span) || !next.noun.forms.includes(span.trim().toLowerCase())) break;
    counted = {...next, breakdown: {...counted.breakdown, ...next.breakdown}};
  }
  return counted.noun && counted.end <= at ? counted : null;
}

/** Whether a number is the predicate of "the number of X <verb>" in its sentence (then it is a count, not an age). */
export function statesNumberOf(text: string, at: number): boolean {
  // The lead runs from the last count before the number; a share or a change on the way ("increased by 12% and
  // reached", "decreased by 210 to") is no count.
  let from = 0;
  for (const m of text.slice(0, at).matchAll(/\d(?:[\d,.]*\d)?(\s*(?:%|per\s?cent\b|percent\b))?/gi))
    if (!m[1] && !/\bby\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) from = m.index + m[0].length;
  return numberOfSubject(text, from, at) !== null;
}
