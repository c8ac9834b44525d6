/**
 * "the government has repatriated 11,303 to their home countries", "police arrested 45 in the raid": a number with
 * no noun of its own, taken as object by a verb whose object is always people, counts people; so does one that is
 * the bare subject of a verb whose subject is always people ("In 2017, 413 were deported", "300 crossed the border").
 */
import {alternation} from "./alternation.js";
import {
  AFTER_PEOPLE_OBJECT,
  OBJECT_VERB_ADVERBS,
  PEOPLE_ACTIVE_VERBS,
  PEOPLE_OBJECT_VERBS,
  PEOPLE_SUBJECT_VERBS
} from "../vocabulary/people-verbs.js";
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

// "413 were forcefully returned", "87 have been released": the passive of a verb of people right after the number.
const PASSIVE_AFTER = new RegExp(
  String.raw`^\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:(?:${alternation(OBJECT_VERB_ADVERBS)})\s+)?(?:${alternation(PEOPLE_SUBJECT_VERBS)})\b`,
  "i"
);
// The number opens its clause: the sentence, or a clause after a comma, a semicolon or "and" ("In 2017, 413 were …"),
// or a period the sentence opens on without a comma ("Last year 1,250 were …", "So far this year 1,200 have returned").
const CLAUSE_OPENS = new RegExp(
  String.raw`(?:^|[,;:]|\band|\bwhile|\bwhereas|\bbut|^\s*(?:(?:in|during)\s+(?:19|20)\d\d|(?:last|this|that)\s+(?:year|month|week)))\s*(?:(?:a\s+total\s+of|(?:${alternation(APPROX_BEFORE)}))\s+)?$`,
  "i"
);

// "300 crossed the border", "161,279 have applied for refugee status": a verb whose active subject is always people.
const ACTIVE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:have|has|had)\s+)?(?:(?:${alternation(OBJECT_VERB_ADVERBS)})\s+)?(?:${alternation(PEOPLE_ACTIVE_VERBS)})\b`,
  "i"
);

/** True when the number between `before` and `after` is the bare subject of a verb of people, passive or active. */
export function countsPeopleSubject(before: string, after: string): boolean {
  return (PASSIVE_AFTER.test(after) || ACTIVE_AFTER.test(after)) && CLAUSE_OPENS.test(before);
}
