/**
 * The body that did what a count counts ("The police reported identifying 56 victims", "An NGO identified and
 * assisted 415", "five identified by law enforcement", "MOL prosecuted five cases, compared to one"): where a
 * document counts one thing as done by two bodies or more, each body's count is a part that body names.
 */
import {ACTING_BODIES, BODY_HEADS, WHOLE_STATE_ACTORS} from "../vocabulary/body-heads.js";
import {IRREGULAR_PASTS} from "../vocabulary/events.js";
import {COMPARISON_MARKERS, MORE_MARKERS, TOTAL_MARKERS} from "../vocabulary/nouns.js";
import {APPROX_BEFORE} from "../vocabulary/quantities.js";
import type {Extracted} from "../extracted.js";
import {alternation} from "./alternation.js";

// A body named by a common noun, or standing for the state ("the police", "NGOs", "authorities"), any case.
const COMMON_HEAD = new RegExp(
  String.raw`(?:^|\s)(?:${alternation([...ACTING_BODIES, ...WHOLE_STATE_ACTORS])})$`,
  "iu"
);
// A name headed by a body's word ("the Ministry of Labor", "the Anti-Trafficking Unit"), or an acronym ("MOL").
const NAMED_HEAD = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(BODY_HEADS)})(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\p{L}’'-]*(?:\s+(?:and\s+)?[A-Z][\p{L}’'-]*)*)?$|^[A-Z]{2,6}s?$`,
  "u"
);
// The subject's words: an article, then up to eight words of a name, with the acronym it goes by.
const SUBJECT = String.raw`((?:(?:the|an?|its|their)\s+)?(?:[\p{L}’'-]+\s+){0,8}?[\p{L}’'-]+(?:\s+\([A-Z]{2,8}\))?)`;
// A verb in the past or a report of doing it ("reported identifying"), with an adverb before it.
const VERB = String.raw`(?:(?:also|further|reportedly|jointly|additionally|[a-z]+ly)\s+)?(?:(?:reported|reports|began|continued)\s+)?(?:[a-z]{3,}(?:ed|ing)|${alternation(IRREGULAR_PASTS)})(?:\s+and\s+[a-z]{3,}(?:ed|ing))?`;
// What may stand between the verb and its count: what was given to them ("provided shelter to", "providing services to"),
// and the count's own modifiers ("an additional", "at least", "a total of").
const VERB_TAIL = String.raw`(?:\s+[a-z]+\s+to)?(?:\s+(?:${alternation([...MORE_MARKERS, ...TOTAL_MARKERS, ...APPROX_BEFORE, "only"])}))*`;
// The clause the subject opens: the start of the text, after a semicolon, a colon or a comma, or after "and" ("… (46 in
// 2018) and NGOs identified 12").
const ACTIVE = new RegExp(
  String.raw`(?:^|[;:,]\s*(?:and\s+|while\s+|whereas\s+)?|\b(?:and|while|whereas)\s+)${SUBJECT}\s+${VERB}${VERB_TAIL}\s+$`,
  "u"
);
// Names before the subject, each closed by a comma, the last by "and": "The EOCO, the Bureau of …, and".
const BODY_LIST = /^\s*(?:[^,;:.\d]+,\s*)+(?:and\s+)?$/;
// "five identified by law enforcement (11 in 2017)": the body after a participle, with "by".
const PASSIVE = new RegExp(
  String.raw`^\s+(?:[a-z-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\s+by\s+${SUBJECT}(?=\s*(?:[,;.)(]|and\b|in\b|during\b|were\b|was\b|$))`,
  "u"
);
const WHOLE_STATE = new RegExp(String.raw`(?:^|\s)(?:${alternation(WHOLE_STATE_ACTORS)})$`, "i");
// Words that open a clause about something else, not a body: pronouns, determiners of what is counted.
const NOT_A_BODY =
  /^(?:it|they|we|he|she|this|that|these|those|which|who|there|all|each|both|some|most|many|of|in|on|by|for|with|among|including)\b/i;

// "Last year the police identified 5", "Meanwhile NGOs assisted 12": words of time before the subject.
const LEADING_TIME =
  /^(?:(?:last|this|that|next|previous|same|year|month|week|meanwhile|however|moreover|furthermore|additionally|separately|similarly|[a-z]+ly)\s+)+/i;

/** The body the clause before a count names as having done it, without its article; null when none is named. */
export function actingBody(before: string, after = ""): string | null {
  const passive = PASSIVE.exec(after);
  if (passive && bodyName(passive[1])) return bodyName(passive[1]);
  const active = ACTIVE.exec(before);
  if (!active) return null;
  // "The EOCO, the Bureau of National Intelligence, and the Department of Social Welfare identified 27": all of them.
  const list = before.slice(0, active.index + active[0].indexOf(active[1]));
  const named = bodyName(active[1]);
  return named &&
    BODY_LIST.test(list) &&
    list
      .split(",")
      .map((b) => b.replace(/^\s*(?:and\s+)?/, ""))
      .filter((b) => b.trim())
      .every((b) => bodyName(b))
    ? `${list.replace(/^\s*(?:the\s+)?/i, "")}${active[1]}`.replace(/\s+/g, " ")
    : named;
}

/** The subject's name when it names a body, without its leading article. */
function bodyName(subject: string): string | null {
  const name = subject
    .replace(LEADING_TIME, "")
    .replace(/^(?:the|an?|its|their)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
  const bare = name.replace(/\s+\([A-Z]{2,8}\)$/, "");
  if (NOT_A_BODY.test(bare) || !(COMMON_HEAD.test(bare) || NAMED_HEAD.test(bare))) return null;
  return bare;
}

/** Whether a body stands for the state as a whole ("the government", "authorities"). */
export function isWholeState(body: string): boolean {
  return WHOLE_STATE.test(body);
}

// "MOL prosecuted five cases, compared to one": a figure set against another is of the body that gave the first.
const SET_AGAINST = new RegExp(String.raw`(?:\(|\b(?:${alternation(COMPARISON_MARKERS)}))\s*$`, "i");
// "(46 in 2018 and 75 in 2017)": the figures set against it go on within one bracket or clause.
const LIST_GOES_ON = /^[^().;]*(?:,|\band\b)[^().;]*$/;

/**
 * Names, as its category, the body each count was done by, where the document counts one thing as done by two
 * bodies or more ("The police identified 56 victims … An NGO identified 415", "The government identified 53 … and
 * NGOs identified 12", the government's count a part too); a count of one body alone keeps no category.
 */
export function nameActingBodies(raw: string, rows: Extracted[]): void {
  const bodies = new Map<Extracted, string>();
  const setAgainst = new Set<Extracted>();
  const sorted = [...rows].sort((a, b) => a.value_start - b.value_start);
  for (const [i, r] of sorted.entries()) {
    if (r.value_start < r.quote_start || r.value_end > r.quote_end) continue;
    const body = actingBody(raw.slice(r.quote_start, r.value_start), raw.slice(r.value_end, r.quote_end));
    const previous = sorted[i - 1];
    const between = previous ? raw.slice(previous.value_end, r.value_start) : "";
    if (body) bodies.set(r, body);
    else if (
      previous &&
      previous.quote_start === r.quote_start &&
      previous.indicator === r.indicator &&
      bodies.has(previous) &&
      (SET_AGAINST.test(between) || (setAgainst.has(previous) && LIST_GOES_ON.test(between)))
    ) {
      bodies.set(r, bodies.get(previous)!);
      setAgainst.add(r);
    }
  }
  const byIndicator = new Map<string, Set<string>>();
  for (const [r, body] of bodies) {
    const seen = byIndicator.get(r.indicator) ?? new Set<string>();
    seen.add(isWholeState(body) ? "" : body.toLowerCase());
    byIndicator.set(r.indicator, seen);
  }
  for (const [r, body] of bodies)
    if (!r.category && (byIndicator.get(r.indicator)?.size ?? 0) > 1)
      // "Authorities" opening a sentence is the same body as "authorities" inside one.
      r.category = isWholeState(body) ? body.toLowerCase() : body;
}
