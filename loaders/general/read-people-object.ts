/**
 * "the government has repatriated 11,303 to their home countries", "police arrested 45 in the raid": a number with
 * no noun of its own, taken as object by a verb whose object is always people, counts people.
 */
import {alternation} from "./alternation.js";
import {AFTER_PEOPLE_OBJECT, OBJECT_VERB_ADVERBS, PEOPLE_OBJECT_VERBS} from "../vocabulary/people-verbs.js";
import {APPROX_BEFORE} from "../vocabulary/quantities.js";

const VERB_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(PEOPLE_OBJECT_VERBS)})\s+(?:(?:${alternation(OBJECT_VERB_ADVERBS)})\s+)?(?:(?:a\s+total\s+of|(?:${alternation(APPROX_BEFORE)}))\s+)?$`,
  "i"
);
// A passive ("were deported 300 times") has no object.
const PASSIVE_BEFORE = /\b(?:were|was|been|being|be|is|are|get|got)\s+(?:[a-z]+ly\s+)?$/i;
const WORD_AFTER = new RegExp(String.raw`^(?:\s*(?:[,.;:)]|$)|\s+(?:${alternation(AFTER_PEOPLE_OBJECT)})\b)`, "i");

/** True when the number between `before` and `after` is the bare object of a verb of people. */
export function countsPeopleObject(before: string, after: string): boolean {
  const verb = VERB_BEFORE.exec(before);
  return Boolean(verb) && WORD_AFTER.test(after) && !PASSIVE_BEFORE.test(before.slice(0, verb!.index));
}
