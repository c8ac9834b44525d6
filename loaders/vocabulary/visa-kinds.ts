/**
 * Kinds of visa a release counts apart ("2,465 dependent visas and 929 business visas", "422 student visas"): a word
 * of this list before "visas" names the count's category.
 */
export const VISA_KINDS: string[] = [
  "business",
  "dependent",
  "dependant",
  "diplomatic",
  "employment",
  "family",
  "humanitarian",
  "investor",
  "journalist",
  "marriage",
  "medical",
  "official",
  "religious",
  "resident",
  "seasonal",
  "special",
  "student",
  "study",
  "tourist",
  "transit",
  "visitor",
  "work"
];
