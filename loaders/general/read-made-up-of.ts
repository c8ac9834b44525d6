/**
 * "The illegal workers comprised seven men and three women", "They consisted of 12 girls and 3 boys": a sentence
 * whose subject is the group the sentence before counted, and whose verb says what it is made of, lists parts of
 * that count.
 */

// The subject: a pronoun or a definite noun phrase of a few words; then a verb of composition.
const MADE_UP_OF =
  /^["“‘']?(?:they|these|those|the\s+(?:[a-z-]+\s+){0,2}[a-z-]+s)\s+(?:comprised|comprise|consisted\s+of|consist\s+of|were\s+made\s+up\s+of|are\s+made\s+up\s+of|were\s+composed\s+of|included|include|break\s+down\s+into|broke\s+down\s+into)\s/i;

/** Whether a sentence lists the parts of the group the sentence before it counted. */
export function listsPartsOfGroup(sentence: string): boolean {
  return MADE_UP_OF.test(sentence.trimStart());
}

// "• 732 women (50%) and 729 (50%) men", "43,259 (57%) children": a line of nothing but counts of people by sex or
// age, each with its share, breaks down the count the line before it gave (the next line's bullet may close it).
const SHARE = String.raw`(?:\s*\(\s*\d[\d.,]*\s*(?:%|per\s?cent|percent)\s*\))?`;
const PART = String.raw`\d[\d,.]*${SHARE}\s+(?:women|men|girls|boys|children|minors|adults|females|males)${SHARE}`;
const BARE_PARTS = new RegExp(
  String.raw`^["“‘']?(?:[•·▪‣–—-]\s*)?${PART}(?:\s*,\s*${PART})*(?:\s*,?\s+and\s+${PART})?\s*[.;]?(?:\s*[•·▪‣])?\s*$`,
  "i"
);

/** Whether a sentence is only counts of people by sex or age, the parts of the count the sentence before gave. */
export function listsBareParts(sentence: string): boolean {
  return BARE_PARTS.test(sentence.trim());
}
