/**
 * "the Children's Act of 1998", "the Immigration Act 1971", "the Labour Code of 2012", "the Convention of 1951": a
 * year that closes the name of a law or treaty dates it, not the clause's statistics.
 */

/** Words that name an enactment when capitalised after a name. */
const ENACTMENTS = [
  "Act",
  "Acts",
  "Code",
  "Law",
  "Decree",
  "Ordinance",
  "Proclamation",
  "Statute",
  "Regulation",
  "Regulations",
  "Constitution",
  "Bill",
  "Directive",
  "Amendment",
  "Resolution",
  "Convention",
  "Protocol"
];

// A capitalised or possessive word before the enactment word makes it a name ("Children's Act", "Immigration Law").
const LAW_NAME_BEFORE = new RegExp(
  String.raw`(?:[A-Z][\p{L}-]*(?:['’]s?)?|\))\s+(?:${ENACTMENTS.join("|")})(?:\s*\([^)]{1,20}\))?(?:\s*,?\s+of\s+|\s*,\s*|\s+)$`,
  "u"
);
// "Law No. 28 of 2010", "Decree No. 5/2012 of 2012": a numbered enactment needs no name before it.
const NUMBERED_LAW_BEFORE = new RegExp(
  String.raw`\b(?:${ENACTMENTS.join("|")})\s+(?:No\.?|Number|no\.)\s*[\dIVX][\w/.()-]*\s*,?\s+of\s+$`,
  "u"
);
// A year in a law's number ("Decree No. 5/2012") is no period either.
const LAW_NUMBER_YEAR = new RegExp(String.raw`\b(?:${ENACTMENTS.join("|")})\s+(?:No\.?|Number|no\.)\s*\d+[/-]$`, "u");

/** Whether the year at `start` closes a law's name ("… Act of 1998"). */
export function closesLawName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return LAW_NAME_BEFORE.test(before) || NUMBERED_LAW_BEFORE.test(before) || LAW_NUMBER_YEAR.test(before);
}

/** Words that name a plan or programme when capitalised after a name ("National Action Plan 2015-2019"). */
const PLANS = ["Plan", "Strategy", "Programme", "Program", "Agenda", "Framework", "Roadmap", "Vision", "Initiative"];
// A capitalised word before the plan word makes it a name; the years after it are its term, not a period counted.
const PLAN_NAME_BEFORE = new RegExp(
  String.raw`[A-Z][\p{L}-]*\s+(?:${PLANS.join("|")})(?:\s+(?:for|on|of|against)(?:\s+[A-Z][\p{L}-]*(?:\s+(?:in|of|and|the))?){1,5})?\s*,?\s+(?:for\s+)?$`,
  "u"
);

/** Whether the year or span of years at `start` closes a plan's name ("… Action Plan 2015–2019"). */
export function closesPlanName(text: string, start: number): boolean {
  return PLAN_NAME_BEFORE.test(text.slice(Math.max(0, start - 120), start));
}

/** Lower-case nouns of a thing a year names by when it was made: "the 2005 anti-trafficking law" (every enactment, and more). */
const DATED_THINGS = [
  ...ENACTMENTS.map((w) => w.toLowerCase()),
  "laws",
  "amendments",
  "agreement",
  "memorandum",
  "legislation",
  "treaty",
  "reform"
];
// The year, at most two modifiers, then the thing; or one case ("a 2004 case", "a 2018 labor trafficking case"), whose
// year is when it opened; "the 2018 law enforcement statistics" count in that year.
const YEAR_OF_THING = new RegExp(
  String.raw`^\s+(?:(?:[a-z]+(?:-[a-z]+)*\s+){0,2}(?:${DATED_THINGS.join("|")})\b(?!\s+(?:enforcement|firms?|schools?|students?|makers?)\b)|(?:[a-z]+(?:-[a-z]+)*\s+){0,3}case\b)`,
  "u"
);
// "its 2014 Criminal Code", "the 2018 Trafficking in Persons Act": a capitalised name ending in an enactment's word.
const YEAR_OF_NAME = new RegExp(
  String.raw`^\s+(?:[A-Z][\p{L}'’-]*\s+(?:(?:in|of|on|and|for|against)\s+)?){0,3}(?:${ENACTMENTS.join("|")})s?\b`,
  "u"
);
const ARTICLE_BEFORE = /\b(?:a|an|the|its|their|his|her|this|that|\p{L}+['’]s)\s+$/iu;

/** Whether the year ending at `end` dates the law, agreement or single case after it ("the 2005 anti-trafficking law"). */
export function datesThing(text: string, start: number, end: number): boolean {
  if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  if (YEAR_OF_NAME.test(text.slice(end, end + 80))) return true;
  const thing = YEAR_OF_THING.exec(text.slice(end, end + 60));
  if (!thing) return false;
  return !/case$/.test(thing[0]) || /\ba\s+$/i.test(text.slice(Math.max(0, start - 3), start));
}
