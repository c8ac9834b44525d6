/**
 * "There are 41 in Dodoma, 19 in Iringa and one in Ruvuma": a sentence whose every figure is a bare count in a
 * named place breaks the count of the sentence before it down by place; each place is its part's category.
 */

// "41", "1,204", "one": a count with no noun of its own.
const COUNT = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)`;
// "in Dodoma", "at the Rosso crossing", "in Upper Nile": a capitalised place after the preposition.
const PLACE = String.raw`(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:crossing|border\s+post|camp|prison|province|region|district|state|county))?`;
const ITEM = String.raw`(?:(?:a\s+further|another|some|about|around|over|nearly|almost)\s+)?${COUNT}\s+${PLACE}`;
const SEP = String.raw`(?:\s*[,;]\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)`;
// "There are …", "Of them, …": the openings such a list may stand after.
const LIST = new RegExp(
  String.raw`^(?:(?:[Tt]here\s+(?:are|were|is|was)|[Oo]f\s+(?:them|these|those)\s*,?)\s+)?${ITEM}(?:${SEP}${ITEM})+\s*[.;]?\s*$`,
  "u"
);

/** Whether a sentence is only a list of bare counts by place, two or more of them. */
export function countsByPlace(text: string): boolean {
  return LIST.test(text.trim());
}
