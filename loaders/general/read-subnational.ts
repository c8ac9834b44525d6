/**
 * "INM in Chiapas detained approximately 90,601 persons", "86,206 persons were deported from Tapachula", "from
 * Bago Region": a place inside a country where a count was made is a part of the national count, named as its
 * category, never the nation's total. Two readers: one by the clause's verb and preposition (`subnationalPlace`), one by
 * a unit's kind after its name in a list of parts ("860 to Sagaing Region", "1,306 Kayin State": `subnationalPart`).
 */
import {canonicalCountry} from "../specs/countries.js";
import {properName} from "./proper-name.js";
import {SUBJECT_LEVEL_END} from "./subject-level.js";

const ADMIN_UNITS =
  "state|province|region|district|department|governorate|municipality|county|prefecture|oblast|canton|city|town|port|border\\s+crossing";
// The words that, after a capitalised name, make it a unit inside a country ("Bago Region", "Kayin State").
const ADMIN_SUFFIX =
  "Region|State|Province|District|Division|Department|Governorate|County|Prefecture|Oblast|Canton|Municipality|Council\\s+territory|Territory";
const NAME = properName(2);
const UNIT_OF = String.raw`(?:the\s+(?:${ADMIN_UNITS})\s+of\s+)?`;

// "INM in Chiapas detained approximately": the place of the subject before its verb and the count.
const PLACE_BEFORE = new RegExp(
  String.raw`\b(?:in|at)\s+${UNIT_OF}(${NAME})\s*,?\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|caught|held)\s+(?:(?:approximately|about|around|some|nearly|almost|over|more\s+than|at\s+least|a\s+total\s+of)\s+)?$`,
  "u"
);
// "… persons were deported from Tapachula", "… migrants were detained in Chiapas", "… people have arrived in the Peninsula",
// "… while 10 were at Abu Salim detention centre": the place of the count's own clause, its participle left out or not.
const PLACE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|remained|stayed)\s+(?:(?:[a-z]+ly\s+)?[a-z]+ed\s+)?|(?:have|has|had)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+)(?:from|in|at)\s+${UNIT_OF}(?:the\s+(?=[A-Z]))?(${NAME})`,
  "u"
);
// "… and 12,000 from Mexico City", "551 of them in the Canary Islands": an elided part named by its place alone;
// "30 in Chiang Mai province", "15 in Siem Reap and Kampot provinces": the kind of unit may follow in lower case.
const BARE_PLACE = new RegExp(
  String.raw`^\s+(?:of\s+(?:them|these|those|whom)\s+)?(?:from|in|at|to)\s+${UNIT_OF}(?:the\s+(?=[A-Z]))?(${NAME})(?:\s+(?:${ADMIN_UNITS})s?)?(?=\s*(?:[,;.)]|and\b|or\b|$))`,
  "u"
);
// "45 victims in Bangkok, 30 in Chiang Mai": a list of places goes on after the first.
// "… and a further 5,261 in South Kordofan": the next item may be joined by "and" and set apart as a further one.
const LIST_GOES_ON =
  /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:a\s+further|another|an\s+additional)\s+)?\S+\s+(?:from|in|at)\s+(?:the\s+)?[A-Z]/;
// "45 victims in Bangkok, 30 in Chiang Mai and a further 12 in": the clause before the last item opened the list.
const LIST_WENT_ON =
  /\d(?:\s+[a-z]+){0,2}?\s+(?:from|in|at)\s+(?:the\s+)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:a\s+further|another|an\s+additional)\s+)?$/u;

// "16,088 individuals are awaiting registration in Greater Cairo, 1,454 in Alexandria": the place the first item's
// clause ends on, when the items after it are named by their place alone.
const CLAUSE_PLACE = new RegExp(
  String.raw`^[^,;.()]{0,60}?\s(?:from|in|at)\s+${UNIT_OF}(?:the\s+(?=[A-Z]))?(${NAME})(?:\s+(?:${ADMIN_UNITS})s?)?(?=\s*(?:[,;]|and\b))`,
  "u"
);

/** "45 victims in Bangkok, 30 in …": the place of a counted noun that opens a list of counts by place (`next` follows `tail`). */
function listedPlace(tail: string, next: string, lead = ""): string | undefined {
  const m = BARE_PLACE.exec(tail);
  if (m && (LIST_GOES_ON.test(tail.slice(m[0].length) + next) || LIST_WENT_ON.test(lead))) return m[1];
  const ending = CLAUSE_PLACE.exec(tail);
  return ending && LIST_GOES_ON.test(tail.slice(ending[0].length) + next) ? ending[1] : undefined;
}
// "In the state of Chiapas, authorities detained …": the unit the sentence opens on.
const UNIT_OPENER = new RegExp(String.raw`^(?:In|At|From)\s+the\s+(?:${ADMIN_UNITS})\s+of\s+(${NAME})\s*,`, "u");
// "from Bago Region", "in Mon State": a name the kind of unit follows.
const SUFFIXED = new RegExp(String.raw`\b(?:from|in|at)\s+((?:[A-Z][\p{L}’'-]+\s+){1,2}(?:${ADMIN_SUFFIX}))\b`, "u");

// "refugees registered in Greater Cairo stands at 37,969": the place in the subject of a level or a change.
const SUBJECT_PLACE = new RegExp(
  String.raw`\b(?:in|at)\s+${UNIT_OF}(?:the\s+(?=[A-Z]))?(${NAME})(?:\s+(?:${ADMIN_UNITS}))?\s+${SUBJECT_LEVEL_END}`,
  "u"
);
// "From Sindh the number of registered workers grew from …": the place a sentence on a number's level opens on.
const NUMBER_OF_OPENER = new RegExp(
  String.raw`^(?:From|In)\s+${UNIT_OF}(?:the\s+(?=[A-Z]))?(${NAME})(?:\s+(?:${ADMIN_UNITS}))?\s*,?\s+the\s+(?:total\s+)?numbers?\s+of\b`,
  "u"
);
const LEVEL_END = new RegExp(String.raw`\s${SUBJECT_LEVEL_END}`, "u");
// "In Yida, UNHCR registered 1,016 new arrivals": the place a sentence opens on, set off by its comma, is where its
// counts were made.
const PLACE_OPENER = new RegExp(
  String.raw`^(?:In|At)\s+${UNIT_OF}(?:the\s+(?=[A-Z]))?(${NAME})(?:\s+(?:${ADMIN_UNITS}))?\s*,`,
  "u"
);

/** The place a sentence's subject names when the number is a level that subject stood at or changed between. */
function subjectPlace(sentenceLead: string): string | undefined {
  const lead = sentenceLead.trimStart();
  if (!LEVEL_END.test(lead)) return undefined;
  return SUBJECT_PLACE.exec(lead)?.[1] ?? NUMBER_OF_OPENER.exec(lead)?.[1];
}

/**
 * Capitalised words that are not places: months, days, bodies, continents and headings, and the words that make a
 * "State" or "Region" after them no place inside a country ("Member State", "Dublin State").
 */
const NOT_PLACES = new Set(
  (
    "January February March April May June July August September October November December Monday Tuesday " +
    "Wednesday Thursday Friday Saturday Sunday Europe Africa Asia America Americas Oceania Latin Mediterranean " +
    "Balkans Sahel Caribbean Government Parliament Ministry Court Courts Police Office Department Council Committee Commission " +
    "Service Services Agency Centre Center House Assembly Senate Congress Union Republic Kingdom Federation English " +
    "French Spanish Arabic The This That These Those Total Article Section Chapter Annex Table Figure Law Act Code Tier " +
    "Phase Part Paragraph Appendix Schedule Register Registry Database System Programme Program Fund Network " +
    "Project Unit Board Authority Institute Organization Organisation Report Plan Strategy Convention Protocol " +
    "Member Federal United Islamic Dublin Third Sovereign Nation Arab Independent Home Host Receiving Sending Transit Origin Destination Partner Contracting Requesting Requested EU Schengen European Economic Administrative Special Each Every Any Another Our Its Their Migration Immigration Border Labour Labor School Health Customs Military Judicial Electoral Addition Particular Summary General Practice Response Conclusion Short Brief Fact Contrast Comparison Light View Terms Line Accordance Order Turn"
  ).split(" ")
);

// A compass word alone names a direction; before a name it is part of one ("South Kordofan", "East Darfur").
const COMPASS = /^(?:Central|North|South|East|West|Northern|Southern|Eastern|Western)$/;

function isPlace(name: string, state?: string): boolean {
  const words = name.split(/\s+/);
  if (COMPASS.test(words.at(-1)!)) return false;
  // "January-June" names months, not a place.
  // "NGOs", "IOM": an acronym, plural or not, names a body.
  if (words.some((w) => w.split("-").some((p) => NOT_PLACES.has(p)) || /^[A-Z]{2,}s?$/.test(w))) return false;
  // A country is a country or a citizenship, read elsewhere; a name that opens on one is its body ("Ghana Police"),
  // except its capital city ("Mexico City").
  const opensOnCountry = words.some(
    (_, k) => k < words.length - 1 && canonicalCountry(words.slice(0, k + 1).join(" "))
  );
  if (words.some((_, k) => canonicalCountry(words.slice(k).join(" "))) || (opensOnCountry && words.at(-1) !== "City"))
    return false;
  return !state || canonicalCountry(name) !== state;
}

/**
 * The place inside a country a count was made in: `lead` is its clause up to the number, `tail` its words after
 * what it counts up to the next number; a place alone after the number names an elided part only ("and 12,000 from
 * Mexico City").
 */
export function subnationalPlace(
  lead: string,
  tail: string,
  state?: string,
  elided = false,
  next = "",
  sentenceLead = lead
): string | null {
  const named =
    PLACE_BEFORE.exec(lead)?.[1] ??
    subjectPlace(sentenceLead) ??
    PLACE_AFTER.exec(tail)?.[1] ??
    (elided ? BARE_PLACE.exec(tail)?.[1] : listedPlace(tail, next, lead)) ??
    UNIT_OPENER.exec(lead.trimStart())?.[1];
  // "576 at Al Karoob FMP": a site's acronym after its name is no part of the place's name.
  const site = named?.replace(/\s+[A-Z]{2,5}$/, "");
  if (site && isPlace(site, state)) return site;
  const suffixed = SUFFIXED.exec(tail.split(/[;,.]/)[0]) ?? SUFFIXED.exec(lead);
  const name = suffixed?.[1].replace(/\s+/g, " ");
  if (name && isPlace(name.replace(new RegExp(String.raw`\s+(?:${ADMIN_SUFFIX})$`), ""), state)) return name;
  // The place the sentence opens on, when the clause's own words name none ("… were registered in January").
  const opener = PLACE_OPENER.exec(sentenceLead.trimStart())?.[1];
  return opener && isPlace(opener, state) ? opener : null;
}

/** A capitalised name and the word that makes it a place inside a country. */
const PLACE = String.raw`((?:[A-Z][\p{L}'’-]+\s+){1,3}(?:${ADMIN_SUFFIX}))(?![\p{L}])`;

const AFTER = new RegExp(
  String.raw`^\s*(?:(?:persons?|people|workers|migrants|returnees)\s+)?(?:(?:wishing|wanting|registered)\s+to\s+return\s+)?(?:(?:to|from|in|of)\s+)?(?:the\s+)?${PLACE}`,
  "u"
);
const BEFORE = new RegExp(
  String.raw`\b(?:from|in|to|of)\s+(?:the\s+)?${PLACE}(?!(?:[^;.]|\.\d)*\b(?:from|to|in)\s+[A-Z])(?:[^;.]|\.\d)*$`,
  "u"
);

function named(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const place = m[1].replace(/\s+/g, " ").trim();
  return NOT_PLACES.has(place.split(" ")[0]) ? null : place;
}

/** The place inside a country a count is of: the one right after it, else one its clause named before it. */
export function subnationalPart(after: string, before: string): string | null {
  return named(AFTER.exec(after)) ?? named(BEFORE.exec(before));
}

// "North Sumatra (129 individuals), followed by West Java (24)": a name, then its count in brackets.
const BRACKET_ITEM = new RegExp(String.raw`(?:^|[\s,;:])(?:the\s+)?(${NAME})\s+\(\s*(?:\d|[a-z]+\))`, "gu");

/**
 * "The majority of them are from North Sumatra (129 individuals), followed by West Java (24), …": in a list of two or
 * more bracketed counts, the place inside a country named before the count at `at` (a country is read elsewhere).
 */
export function bracketedPlace(sentence: string, at: number, state?: string): string | null {
  const items = [...sentence.matchAll(BRACKET_ITEM)];
  if (items.length < 2) return null;
  const item = items.find((m) => {
    const open = sentence.indexOf("(", m.index! + m[0].indexOf(m[1]) + m[1].length);
    return /^\(\s*$/.test(sentence.slice(open, at));
  });
  // "Jakarta (11)" is a place; "IOM (12)" or "January (40)" is none.
  return item && isPlace(item[1], state) ? item[1] : null;
}
