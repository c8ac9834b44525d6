/**
 * "Overall emigration is estimated to have reached 76,400", "Immigration to Ireland fell to 42,300": a move across
 * the border named as a mass noun, the subject of a level, counts the people who made it.
 */
import {MOVE_NOUNS} from "../vocabulary/events.js";
import {alternation} from "./alternation.js";
import {statesLevel} from "./read-number-of.js";

// "increased by 6%, to 64 800": the size of a change may stand between the move and its new level.
const CHANGE_BY = String.raw`\bby\s+[\d.,]+\s*(?:%|per\s?cent\b|percent\b)?,?`;
// The move opens the clause (after an opening phrase and its comma), with at most a few words of its own before the verb.
const MOVE_OPENS = new RegExp(
  String.raw`^\s*(?:[^,;]*,\s*)?(?:the\s+)?(?:(?:overall|total|gross|annual|international)\s+)?(${alternation(Object.keys(MOVE_NOUNS))})\b(?:[^,;\d]|${CHANGE_BY}){0,60}$`,
  "i"
);

/** The people ("emigrants") whose move the words before a number name as the subject of its level, or null. */
export function movedSubject(lead: string): string | null {
  const m = MOVE_OPENS.exec(lead);
  return m && statesLevel(lead) ? MOVE_NOUNS[m[1].toLowerCase()] : null;
}
