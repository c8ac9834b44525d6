/**
 * Counts named by the people they went to, in the order a press item lists them: "Migrants from India were granted
 * 460 employment visas", "Nigerian migrants were the recipients of 112 visas", and items that put the people before
 * the number ("followed by Indonesians 252, Malaysians 126, and Cuban migrants 38").
 */
import {canonicalCountry, countryOfName} from "../specs/countries.js";
import {peopleAt} from "./people-word.js";

// The people nouns a group of one nationality is named by.
const PEOPLE_NOUN = String.raw`(?:migrants|nationals|citizens|workers|applicants|immigrants|foreigners|persons|people|labou?rers|professionals|employees)`;
const COUNTRY = String.raw`(?<country>[A-Z][\p{L}’'-]+(?:\s+(?:[A-Z][\p{L}’'-]+|and|of)){0,3})`;
const DEMONYM = String.raw`(?<demonym>[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)`;
// Being given what is counted, in the passive or as receivers.
const RECEIVED = String.raw`(?:(?:were|was|have\s+been|had\s+been)\s+(?:granted|issued|given|awarded|allocated|approved\s+for|(?:the\s+)?recipients\s+of)|received|obtained|got)`;
const HEDGE = String.raw`(?:(?:about|around|some|over|more\s+than|almost|nearly|roughly|approximately|a\s+total\s+of)\s+)?`;
const RECIPIENT = new RegExp(
  String.raw`(?:^|[,;]\s*|\band\s+|\bwhile\s+)(?:[Tt]he\s+)?(?:(?:[Mm]igrants|[Nn]ationals|[Cc]itizens|[Ww]orkers|[Aa]pplicants|[Ii]mmigrants|[Pp]ersons|[Pp]eople)\s+(?:from|of)\s+(?:the\s+)?${COUNTRY}|${DEMONYM}(?<noun>\s+${PEOPLE_NOUN})?)\s+${RECEIVED}\s+${HEDGE}$`,
  "u"
);

/** The citizenship of the people the clause before a count says received it, or null. */
export function recipientPeople(lead: string): string | null {
  return namedPeople(RECIPIENT.exec(lead));
}

/** The citizenship a match names: a state after "citizens of", or a demonym alone or before a people noun. */
function namedPeople(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  if (m.groups!.country) return canonicalCountry(m.groups!.country);
  const words = m.groups!.demonym;
  // "Nigerian migrants": an adjective with its noun; "Indonesians", "Chinese": the people alone.
  return m.groups!.noun ? adjectiveCountry(words) : (peopleAt(words)?.citizenship ?? null);
}

/** The country of a demonym used as an adjective ("Nigerian", "Sri Lankan"), not of a country's own name. */
function adjectiveCountry(words: string): string | null {
  const country = canonicalCountry(words);
  return country && country !== words && !country.endsWith(` ${words}`) ? country : null;
}

// A list item whose people come before its number: after a list's comma, "and" or "followed by".
const ITEM_PEOPLE = new RegExp(
  String.raw`(?:^|,|;|:|\band|\bfollowed\s+by|\bthen)\s+(?:by\s+)?${DEMONYM}(?<noun>\s+${PEOPLE_NOUN})?\s*$`,
  "u"
);
// What may follow the item's number: the list goes on or ends.
const ITEM_END = /^\s*(?:[,;.)]|and\b|or\b|$)/;

// A ranked item: a people or a state, then "with", "at" or "accounted for" before its number ("followed by Chinese
// with 1,785 persons", "the least is Ghana with 58 persons", "from Zimbabwe at 2,214 persons").
const RANKED_ITEM = new RegExp(
  String.raw`(?:^|,|;|:|\band|\bfollowed\s+by|\bthen|\bwhile)\s+(?:by\s+)?(?:the\s+(?:least|smallest|fewest|lowest|last)\s+(?:is|was|were|being)\s+)?(?:(?:were|was|are|is|mostly|mainly)\s+)*(?:from\s+)?(?<of>(?:nationals|citizens)\s+of\s+)?(?:the\s+)?(?<name>[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2})(?:\s+in\s+(?:19|20)\d\d)?\s+(?:with|at|accounted\s+for|accounting\s+for|numbering)\s+${HEDGE}$`,
  "u"
);
// What may follow a ranked item's number: a plain noun of persons, a bracket, or the list going on.
const RANKED_END = /^\s*(?:(?:persons|people|individuals)\b)?\s*(?:[(,;.)]|and\b|or\b|$)/;

const PERSONS_AFTER = /^\s*(?:persons|people|individuals)\b/;

/** A state named by its own name ("Ghana", "South Africa"), not by a demonym. */
function ownName(words: string): string | null {
  const country = canonicalCountry(words);
  return country && (country === words || country.endsWith(` ${words}`) || countryOfName(words) === words)
    ? country
    : null;
}

/**
 * The citizenship of the people a list item names before its number ("…, Malaysians 126, …"), or null; `placed`
 * when the count already has a country, which a state's own name before it then names again.
 */
export function peopleBeforeCount(lead: string, after: string, placed = false): string | null {
  const ranked = RANKED_END.test(after) ? RANKED_ITEM.exec(lead) : null;
  const people = ranked ? peopleAt(ranked.groups!.name)?.citizenship : null;
  if (people) return people;
  // A state's own name is whose the persons are only when they are said to be from it, its nationals, or counted as
  // persons ("from Zimbabwe at 2,214", "nationals of Myanmar at 808", "Ghana with 58 persons"); in "followed by Spain
  // at 30,000" it is where they went.
  if (ranked && !placed && (/\bfrom\s/.test(ranked[0]) || ranked.groups!.of || PERSONS_AFTER.test(after)))
    return ownName(ranked.groups!.name);
  if (!ITEM_END.test(after)) return null;
  return namedPeople(ITEM_PEOPLE.exec(lead));
}

// "those categorized as Other Africa accounted for 436 persons": the rest of a region, listed after its states.
const OTHER_REGION = new RegExp(
  String.raw`\b(?:the\s+)?(?<name>(?:[Oo]ther|[Rr]est\s+of)\s+(?:[A-Z][\p{L}-]+\s+)?(?:Africa|Asia|Europe|America|Americas|Oceania|Middle\s+East|Caribbean))\s+(?:with|at|accounted\s+for|accounting\s+for|numbering)\s+${HEDGE}$`,
  "u"
);

/** The rest of a region a ranked item names before its number ("Other Africa accounted for"), as its category. */
export function otherRegionBefore(lead: string): string | null {
  return OTHER_REGION.exec(lead)?.groups!.name.replace(/\s+/g, " ") ?? null;
}

// "…, with 1,696 issued to Russian citizens", "given to workers from the Philippines": an elided count of what was
// given, named by the people it went to.
const GIVEN_TO = new RegExp(
  String.raw`^\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:issued|granted|given|awarded|allocated|went)\s+to\s+(?:the\s+)?(?:(?:(?:citizens|nationals)\s+of|${PEOPLE_NOUN}\s+from)\s+(?:the\s+)?${COUNTRY}|${DEMONYM}(?<noun>\s+${PEOPLE_NOUN})?)(?![\p{L}])`,
  "u"
);

/** The citizenship of the people a count right after its number says it went to ("issued to Russian citizens"). */
export function givenTo(after: string): string | null {
  return namedPeople(GIVEN_TO.exec(after));
}
