/**
 * A short sentence that gives the count before it for another period, naming no noun of its own: "In 2016 there
 * were only sixty.", "In 2016, the number was 60.", "The figure for 2018 was 1,204.", "A year earlier it was 412."
 * It goes on from the sentence before, whose count it restates for its own period.
 */

const HEDGE = String.raw`(?:only\s+|just\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|fewer\s+than\s+|less\s+than\s+)?`;
const NUMBER = String.raw`(?:\d[\d,.]*|[a-z]+(?:[- ][a-z]+)?)`;
const WHEN = String.raw`(?:(?:in|during|for|by)\s+(?:19|20)\d\d|(?:a|one)\s+year\s+(?:earlier|before|later)|(?:the\s+)?(?:previous|preceding|following)\s+year|last\s+year)`;
const SAID = String.raw`(?:there\s+(?:were|was|had\s+been)|the\s+(?:number|figure|total|count)\s+(?:was|stood\s+at|reached|amounted\s+to)|it\s+(?:was|stood\s+at|reached)|they\s+(?:were|numbered))`;
const OTHER_PERIOD = new RegExp(
  String.raw`^["“‘']?(?:${WHEN},?\s+${SAID}|the\s+(?:number|figure|total)\s+for\s+(?:19|20)\d\d\s+(?:was|stood\s+at))\s+${HEDGE}${NUMBER}\s*[.;!]?["”’']?\s*$`,
  "i"
);

/** Whether a sentence restates the count before it for another period, with no noun of its own. */
export function restatesForOtherPeriod(text: string): boolean {
  return OTHER_PERIOD.test(text.trim());
}
