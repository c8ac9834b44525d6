/**
 * The kind a listed part names in its own words, where the vocabulary has no such form: "six in forced
 * labor, 12 in servile marriage, 11 in domestic service" (each item's phrase after "in"), "16 victims of
 * other forms of exploitation" (a "forms of" wording after "victims of").
 */

/** First words of a phrase after "in" that say where, how many or when, not which kind. */
const NOT_A_KIND = new Set([
  "the",
  "a",
  "an",
  "all",
  "each",
  "this",
  "that",
  "these",
  "those",
  "their",
  "its",
  "his",
  "her",
  "which",
  "whom",
  "total",
  "addition",
  "particular",
  "part",
  "general",
  "turn",
  "practice",
  "person",
  "absentia",
  "prison",
  "custody",
  "detention",
  "court",
  "cooperation",
  "coordination",
  "partnership",
  "connection",
  "relation"
]);

/** Words that end the phrase: a verb or a preposition starts another clause. */
const CLAUSE_WORDS = new Set([
  "were",
  "was",
  "are",
  "is",
  "had",
  "have",
  "has",
  "and",
  "or",
  "in",
  "of",
  "to",
  "from",
  "for",
  "by",
  "with",
  "during",
  "since"
]);

const ITEM_KIND = /^\s+(?:in|into)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)(?=\s*(?:[,;.)]|(?:and|or)\b|$))/;

/** "12 in servile marriage, …": the phrase after "in" that names a listed part's kind, or null. */
export function elidedItemKind(after: string): string | null {
  const m = ITEM_KIND.exec(after);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  if (NOT_A_KIND.has(words[0]) || words.some((w) => CLAUSE_WORDS.has(w))) return null;
  return m[1];
}

/** Words before "forms of" that name no part: every form, or forms not told apart. */
const NO_PART = new Set(["all", "any", "such", "some", "these", "those", "the", "many", "several", "various", "its"]);

const FORMS_OF =
  /^\s+of\s+([a-z-]+)\s+((?:forms?|types?|kinds?)\s+of\s+[a-z-]+(?:\s+(?!(?:were|was|are|is|and|or|in|during|to|from|for)\b)[a-z-]+)?)(?=\s*(?:[,;.)]|(?:and|or|in|during)\b|$))/;

/** "victims of other forms of exploitation": the wording of a part named by its forms, or null. */
export function formsOfWording(after: string): string | null {
  const m = FORMS_OF.exec(after);
  if (!m || NO_PART.has(m[1])) return null;
  return `${m[1]} ${m[2]}`;
}
