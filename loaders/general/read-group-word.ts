/**
 * "South Americans, more than 324,000", "Asians (27,878)", "the Antilleans, with more than 39,200": a group of
 * peoples larger than one state, named right before its count, is the category of that part of the whole.
 */
import {GROUP_WORDS} from "../vocabulary/groups.js";

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s-]+/g, "[\\s-]+");
const GROUP = [...GROUP_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
const HEDGE = String.raw`(?:(?:about|around|some|over|nearly|almost|roughly|approximately|more\s+than|at\s+least)\s+)?`;
// The group, then a bracket, a comma, "with", "at" or a colon, and at most a hedge before the number.
const BEFORE_COUNT = new RegExp(
  String.raw`(?<![\p{L}-])(?:the\s+)?(${GROUP})\s*(?:\(\s*|,\s*(?:with\s+|at\s+)?|\s+(?:with|at|numbering|totall?ing)\s+|:\s*|[–—-]\s*)${HEDGE}$`,
  "iu"
);
const NAME_BEFORE = /\p{Lu}[\p{L}-]*\s+$/u;
const ANYWHERE = new RegExp(String.raw`(?<![\p{L}-])(${GROUP})(?![\p{L}])`, "giu");

/** The label a group is stored under: its vocabulary form. */
function label(written: string): string {
  const key = written.replace(/[\s-]+/g, " ").toLowerCase();
  return GROUP_WORDS.find((w) => w.replace(/[\s-]+/g, " ").toLowerCase() === key) ?? written;
}

/** The group of peoples named right before a count ("Asians (", "South Americans, more than "), or null. */
export function groupBeforeCount(lead: string): string | null {
  const m = BEFORE_COUNT.exec(lead);
  // The end of a people's name is no group ("63 Central Africans, 1,114 Burundians": "Africans" there).
  return m && !NAME_BEFORE.test(lead.slice(0, m.index)) ? label(m[1]) : null;
}

// "90,452 Central Americans": a group opening the words after a count.
const GROUP_AT = new RegExp(String.raw`^\s*(${GROUP})(?![\p{L}-])`, "iu");

/** The group of peoples `text` opens with, as its stored label and the length it takes, or null. */
export function groupAt(text: string): {label: string; length: number} | null {
  const m = GROUP_AT.exec(text);
  return m ? {label: label(m[1]), length: m[0].length} : null;
}

// "2,799 other Africans": the rest of a list by people, named by the larger group they belong to.
const OTHER_GROUP = new RegExp(String.raw`^\s+other\s+(${GROUP})(?![\p{L}])`, "iu");

/** The group a count's "other …" names right after it ("other Africans"), as its category, or null. */
export function otherGroupAfter(after: string): string | null {
  const m = OTHER_GROUP.exec(after);
  return m ? `other ${label(m[1])}` : null;
}

/** The spans of a text that name groups of peoples, so a demonym inside one ("Americans") names no state. */
export function groupSpans(text: string): [number, number][] {
  return [...text.matchAll(ANYWHERE)].map((m) => [m.index, m.index + m[0].length]);
}

// A people of one state in the same place of a list ("led by Venezuelans, more than 252,000", "Ecuadorians (47,724)").
const PEOPLE_BEFORE_COUNT = new RegExp(
  String.raw`(?<![\p{L}-])([A-Z][\p{L}-]+)\s*(?:\(\s*|,\s*(?:with\s+|at\s+)?|\s+(?:with|at)\s+)${HEDGE}$`,
  "u"
);

/** A list item's own group or people, named right before its count; `lead` runs from the item before. */
export function listedGroup(
  lead: string,
  peopleOf: (word: string) => string | null
): {category?: string; citizenship?: string} | null {
  const group = groupBeforeCount(lead);
  if (group) return {category: group};
  const m = PEOPLE_BEFORE_COUNT.exec(lead);
  const country = m ? peopleOf(m[1]) : null;
  return country ? {citizenship: country} : null;
}

// "Most were …", "The vast majority of them are …", "They were followed by …": a sentence going on about the whole before.
const OPENS_ON_WHOLE =
  /^(?:(?:Most|The\s+(?:vast\s+|great\s+)?majority|The\s+largest\s+(?:group|share))(?:\s+of\s+(?:them|these|those|the\s+[a-z]+|[a-z]+))?\s+(?:were|are|was|is)|(?:They|These|Those)\s+(?:are|were)\s+(?:then\s+)?followed\s+by)\b/;

/** Whether a sentence breaks the count before it down by groups of peoples ("Most were Central Americans, more than 40,100"). */
export function continuesGroupList(text: string): boolean {
  if (!OPENS_ON_WHOLE.test(text.trimStart())) return false;
  const at = text.search(/\d/);
  return at > 0 && groupBeforeCount(text.slice(0, at)) !== null;
}
