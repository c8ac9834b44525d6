/**
 * "Russians submitted about 1,200 asylum applications", "Georgians followed with 52 applications", "Citizens of
 * Azerbaijan in second position filed 56 applications": a people that is the subject of the clause counting what
 * they did is the citizenship of what is counted.
 */
import {canonicalCountry, countryOfName} from "../specs/countries.js";

/** The country of a plural demonym ("Iraqis", "Slovaks") or an invariant one ("Chinese"), null for anything else. */
export function countryOfPeople(word: string): string | null {
  // A country's own name ("Georgia", "the Philippines") names a place, not its people.
  const named = canonicalCountry(word);
  if (named && (named === word || named.endsWith(` ${word}`) || countryOfName(word) === word)) return null;
  if (/(?:ese|ss)$/.test(word)) return named;
  return /[a-z]s$/.test(word) ? canonicalCountry(word.slice(0, -1)) : null;
}

// The subject opens the clause (after a leading adverbial phrase ending in a comma, or "and"), then at most a few
// lower-case words ("in second position"), a past or present verb of doing or holding ("Jamaicans, who hold 6,179 work
// permits"), and at most a hedge before the number.
// "Nationals from Trinidad and Tobago", "People of the Bahamas": a state's people named by the state.
const SUBJECT =
  /(?:^|[,;]\s*|\band\s+|^\s*[a-z]+\s+|\b(?:are|were)\s+(?=[A-Z][\p{L}-]+,\s*who\s))(?:[Tt]he\s+)?(?:(?:[Cc]itizens|[Nn]ationals|[Mm]igrants|[Pp]eople)\s+(?:of|from)\s+(?:the\s+)?(?<country>[A-Z][\p{L}’'-]+(?:\s+(?:and\s+)?[A-Z][\p{L}’'-]+){0,3})|(?<people>[A-Z][\p{L}-]+))(?:,\s*who)?\s+(?:(?:also|have|has|had|then|together|alone|in|second|third|fourth|fifth|position|place|turn)\s+){0,4}(?<verb>[a-z]+ed|made|sought|brought|put\s+in|accounted\s+for|hold|holds|held)\s+(?:with\s+|for\s+|in\s+)?(?:(?:about|around|some|over|more\s+than|almost|nearly|roughly|approximately|just\s+(?:over|under)|fewer\s+than|less\s+than|a\s+total\s+of)\s+)?$/u;

/** The citizenship the subject of the clause before a count names, or null when its subject is no people. */
export function subjectPeople(lead: string): string | null {
  const m = SUBJECT.exec(lead);
  if (!m) return null;
  if (m.groups!.country) return canonicalCountry(m.groups!.country);
  return countryOfPeople(m.groups!.people);
}

/** The one people a stretch of text names ("Iraqis", "the Chinese"), or null when it names none or several. */
function onePeopleIn(text: string): string | null {
  const named = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}])[A-Z][\p{L}-]+/gu)) {
    const country = countryOfPeople(m[0]);
    if (country) named.add(country);
  }
  return named.size === 1 ? [...named][0] : null;
}

/**
 * "the Chinese are among the most frequent asylum seekers. They have submitted 60 applications", "Iraqis were not
 * among them …, while this year 130 applications were recorded from them": "they" or "them" stands for the one
 * people named just before, in the same sentence or the one before it.
 */
export function pronounPeople(lead: string, after: string, before: string, previous: () => string): string | null {
  const subject =
    /(?:^|[,;]\s*|\band\s+|\b\d{4}\s+)[Tt]hey\s+(?:(?:have|had|also|then)\s+){0,2}(?:[a-z]+ed|made|sought)\s+(?:(?:about|around|some|over|more\s+than|almost|nearly)\s+)?$/;
  if (!subject.test(lead) && !/^\s+(?:(?:were|was|have\s+been)\s+[a-z]+ed\s+)?(?:from|by)\s+them\b/.test(after))
    return null;
  return onePeopleIn(before) ?? (/\S/.test(before.replace(lead, "")) ? null : onePeopleIn(previous()));
}

/**
 * "the number of applicants from Iraq was almost half of last year's (2007: 327)": a year's figure in brackets
 * restates the sentence's "number of … from <country>" for that year, so it counts that country's citizens.
 */
export function bracketYearOrigin(lead: string, sentence: string): string | null {
  if (!/\(\s*(?:19|20)\d\d\s*:\s*$/.test(lead)) return null;
  const subject =
    /\bnumber\s+of\s+(?:[a-z-]+\s+){1,3}?(?:from|of)\s+(?:the\s+)?([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)/u.exec(
      sentence
    );
  return subject ? canonicalCountry(subject[1]) : null;
}
