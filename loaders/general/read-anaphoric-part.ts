/**
 * Reads a sentence whose count names no noun of its own because it counts a part of what the sentence before
 * counted: "Another 1,100 were released", "The rest, 40, were returned", "More than half of them, about 2,000,
 * are …", "A decision was taken on 512 of these applications", "512 were rejected, while 159 withdrew".
 */
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {readCounted, type Counted} from "./read-counted.js";

const NUMBER = String.raw`(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|roughly|approximately)\s+)?(?:\d[\d,.]*|(?:${NUMBER_WORD_SOURCE})\b)`;

// "Another 1,100 were …", "A further 93 have …": a count added to the one before, of the same noun.
const ANOTHER = new RegExp(
  String.raw`^["“‘']?(?:another|a\s+further)\s+${NUMBER}\s+(?:were|was|are|is|had|have|remain(?:ed)?)\b`,
  "i"
);

// "The rest, 40, were returned", "The remaining 400 were deported", "The other 12 are …": what is left of the count before.
const REST = /^["“‘']?the\s+(?:rest|remainder|remaining|other|others)\b/i;

// "More than half of them, about 2,000, …", "Most of these, 640, …", "Nearly a third of those …": a share named
// with the count it stands for, set off by commas.
const SHARE_OF = /^["“‘']?(?:[a-z-]+\s+){1,4}of\s+(?:them|these|those)\s*,/i;

// "A decision was taken on 512 of these applications": a count of the things the sentence before counted, when no
// count comes before it ("raided 27 bars … and deported 10 of them" counts a part of its own sentence's count).
const OF_THESE = /(?<![\p{L}\p{N}])\d[\d,.]*\s+of\s+(?:these|those|them)\b/iu;
const YEAR = /\b(?:19|20)\d\d\b/g;

function countsOfThese(text: string): boolean {
  const m = OF_THESE.exec(text);
  return Boolean(m) && !/\d/.test(text.slice(0, m!.index).replace(YEAR, ""));
}

// "512 were rejected, while 159 withdrew …": a sentence opening on a bare count and a verb, no noun between.
// "Fifty others were readmitted by border police": a count in words, of others than those counted before, too.
const BARE_VERB = new RegExp(
  String.raw`^["“‘']?(?:\d[\d,.]*|${NUMBER_WORD_SOURCE})\s+(?:others\s+|more\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:either\s+|also\s+|then\s+|later\s+|subsequently\s+|[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b`,
  "i"
);

// "This included three Namibian children and …", "They consisted of 29 adults, …", "The group included five
// unaccompanied children", "The list included ten … citizens": the parts of the count before.
// "All were foreign citizens, including 13 men and four women": the parts of the count before, after what all were.
// "The breakdown in terms of country of origin is 147,999 from Syria; …": so are those a breakdown names.
// "Among the passengers on the flight were 13 unaccompanied minors": and those named among the people just counted.
const INCLUDED =
  /^["“‘']?(?:(?:this|these|they|those|the\s+(?:total|figure|number|group|list|batch|cohort|flight))\s+(?:(?:figure|number|total|group|list|batch)\s+)?(?:included|includes|include|comprised|comprises|comprise|consisted\s+of|consists\s+of)|(?:all|all\s+of\s+them|most|most\s+of\s+them)\s+(?:were|are)\s+[^,;.()\d]{1,60},\s+including|the\s+breakdown(?:\s+(?:by|of|in\s+terms\s+of|according\s+to)\s+[^,;.()\d]{1,40}?)?\s+(?:is|was|are|were|shows|showed)(?:\s+as\s+follows)?:?|among\s+(?:them|these|those|the\s+(?:passengers|returnees|group|people|persons|migrants|arrivals|victims|deportees|evacuees|refugees)(?:\s+[^,;.\d]{1,40}?)?)\s*,?\s+(?:were|was|are|is))\s/i;

/** Whether a sentence opens on, or counts, a part of what the sentence before counted. */
export function readsPartOfPrevious(text: string): boolean {
  return (
    ANOTHER.test(text) ||
    REST.test(text) ||
    SHARE_OF.test(text) ||
    INCLUDED.test(text) ||
    countsOfThese(text) ||
    opensOnBareAct(text)
  );
}

// "By quarter, 229 arrived in the first three months", "In March, 300 left for Libya", "About 186 returned from …":
// a short lead or an approximation, then a bare count.
// "Forty-seven others left without …": a count in words, and of others than those counted before.
const BARE_COUNT_OPENING = new RegExp(
  String.raw`^["“‘']?(?:(?:[A-Z][a-z]+(?:\s+[A-Za-z]+){0,3},|Then|Later|Subsequently|Also)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|approximately)\s+)?(?:\d[\d,.]*|${NUMBER_WORD_SOURCE})(?:\s+others)?(?=\s)`,
  "i"
);

// "Another 186 returned from …", "A further 40 left for …": a count added to the one before, with a verb of its own.
const ANOTHER_COUNT = new RegExp(String.raw`^["“‘']?(?:another|a\s+further)\s+${NUMBER}(?=\s)`, "i");

/** Whether a sentence opens on a bare count that is the subject of an active verb: a part of what came before. */
export function opensOnBareAct(text: string): boolean {
  const m = BARE_COUNT_OPENING.exec(text) ?? ANOTHER_COUNT.exec(text);
  return Boolean(m) && actsAsSubject(text.slice(m![0].length));
}

/** Whether a sentence opens on "This included …", listing the parts of the sentence just before. */
export function opensOnIncluded(text: string): boolean {
  return INCLUDED.test(text);
}

/** Whether a sentence opens on a bare count and a passive verb, a part of the count before whatever it counted. */
export function opensOnBareVerb(text: string): boolean {
  return BARE_VERB.test(text);
}

// "NGOs referred seven (19 in 2017 and 13 in 2016).", "The courts convicted 12.": a short subject, a verb in the past
// and a bare count that ends the clause or opens a comparison in brackets.
const AGENT_BARE_OBJECT = new RegExp(
  String.raw`^["“‘']?(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?\s+(?:also\s+|only\s+)?([a-z]{3,}ed)\s+${NUMBER}(?![.,]?\d)(?=\s*(?:\(|[.;,]|$))`,
  "i"
);

/**
 * The verb of a sentence whose subject did to a bare count what the sentence before counted ("NGOs referred seven"),
 * or null; the caller checks that the verb names an event.
 */
export function agentBareObjectVerb(text: string): string | null {
  return AGENT_BARE_OBJECT.exec(text)?.[1].toLowerCase() ?? null;
}

// "… and 159 voluntarily withdrew their applications", "300 left the country", "229 arrived in the first three
// months": a bare count as the subject of an active verb in the past tense, whose object says what it did.
// "1,696 issued to Russian citizens" is a reduced passive, so only a verb of motion takes a preposition, or an adverb
// that ends its clause ("4,093 returned voluntarily and 5,843 were deported", "310 went home").
const ACTS = new RegExp(
  String.raw`^\s+(?:(?:also|then|later|subsequently|[a-z]+ly)\s+)?(?:(?:[a-z]{3,}ed|withdrew|sought|chose|gave|took|made|won|lost)\s+(?:up\s+|back\s+)?(?:their|his|her|its|themselves|himself|herself|a|an)\b|(?:left|fled|went|moved|travell?ed|returned)\s+(?:to|for|from|the|without)\b|(?:left|fled|went|moved|travell?ed|returned)(?:\s+(?:[a-z]+ly|home|back)){1,2}(?=\s+(?:to|for|from|and|or|while|whereas)\b|\s*[,;.]|\s*$)|(?:arrived|came)\s+(?:to|from|in|at|on|during|by)\b|(?:moved|went|travell?ed|emigrated)\s+(?:out|away|abroad|overseas)\b)`,
  "i"
);

/** Whether the words after a bare count make it the subject of an active verb ("159 withdrew their claims"). */
export function actsAsSubject(after: string): boolean {
  return ACTS.test(after);
}

// "approximately half, 102, were Venezuelan", "Most of them, 640, are women": a share set off by commas with its count.
const SHARE_BEFORE =
  /(?:^|[\s,;(])(?:half|most|(?:a|one|two)[\s-](?:thirds?|quarters?|fifth)|(?:the\s+)?(?:majority|bulk|rest|remainder)|a\s+(?:majority|minority))(?:\s+of\s+(?:them|these|those|whom|which))?\s*,\s*(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than)\s+)?$/i;
const PREDICATE_AFTER = /^\s*,(?=\s+(?:were|was|are|is|had|have|remain(?:ed)?)\b)/;

/**
 * What a count set off by commas after a share is ("approximately half, 102, were Venezuelan"): its predicate's
 * people or kind, read as the count's own; a predicate with a noun of its own ("…, are war refugees") names a
 * new noun instead of a part of the one before, so the words after the number are read as they stand.
 */
export function readAppositive(text: string, start: number, end: number): Counted {
  const close = PREDICATE_AFTER.exec(text.slice(end, end + 40));
  const own =
    close && SHARE_BEFORE.test(text.slice(Math.max(0, start - 60), start))
      ? readCounted(text, end + close[0].length)
      : null;
  return own && !own.noun ? own : readCounted(text, end);
}
