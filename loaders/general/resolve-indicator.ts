/**
 * Maps a statement (its counted noun, the events and terms of its clause, its paragraph's topic) to
 * an indicator of the registry; a combination the registry does not know gets a readable generated
 * name and a family from its topic words.
 */
import type {Family} from "../types.js";
import {INDICATORS, type Indicator} from "../registry/index.js";
import {STOCK_LEVEL} from "../registry/migration.js";
import {EVENTS} from "../vocabulary/events.js";
import type {CountedNoun} from "../vocabulary/nouns.js";
import {withoutNamedPlaces} from "./body-names.js";
import {KEY_FIGURE_OF} from "./key-figure.js";

export interface Resolution {
  indicator: string;
  family: Family;
  known: boolean;
  events: string[];
}

// A people noun ("deportees") is searched as an event of its own, which another event said after the number outranks.
const EVENT_WORDS = [
  ...EVENTS.map((e) => ({id: e.id, forms: e.forms, people: false})),
  ...EVENTS.filter((e) => e.people?.length).map((e) => ({id: e.id, forms: e.people!, people: true}))
];
const ALIKE = new Map(EVENTS.filter((e) => e.alike).map((e) => [e.id, e.alike!]));
const EVENT_RES = EVENT_WORDS.map((e, index) => {
  const source = `(?<![a-z])(?:${e.forms.map((f) => f.replace(/ /g, "\\s+")).join("|")})(?![a-z])`;
  return {
    index,
    id: e.id,
    people: e.people,
    re: new RegExp(source, "i"),
    at: new RegExp(source, "iy"),
    // A form matches only where its first word stands as a whole run of letters: no such word, no search.
    firstWords: e.forms.every((f) => /^[a-z]/i.test(f))
      ? e.forms.map((f) => /^[a-z]+/i.exec(f)![0].toLowerCase())
      : null
  };
});
type EventRe = (typeof EVENT_RES)[number];
/** The events a form of which begins with a word, by that word in lower case. */
const EVENTS_BY_FIRST_WORD = new Map<string, EventRe[]>();
for (const e of EVENT_RES)
  for (const w of new Set(e.firstWords ?? [])) EVENTS_BY_FIRST_WORD.set(w, [...(EVENTS_BY_FIRST_WORD.get(w) ?? []), e]);
const UNINDEXED_EVENTS = EVENT_RES.filter((e) => !e.firstWords);
const LETTER_RUN = /[a-z]+/gi;

/** Event ids whose words occur in a clause, nearest to the number (at `at`) first. */
export function eventsIn(clause: string, at = 0, people = true): string[] {
  const found = eventsFound(clause);
  // "1,505 returnees were assisted": what befell the people is said after them, not by the noun that names them
  // ("Jamaica received 751 deportees" is their deportation); "five reception centres for the returnees" counts no people.
  const alike = new Set(found.filter((e) => e.people).flatMap((e) => ALIKE.get(e.id) ?? []));
  const own =
    !people || found.some((e) => !e.people && e.at > at && !alike.has(e.id)) ? found.filter((e) => !e.people) : found;
  return own
    .slice()
    .sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))
    .map((e) => e.id);
}

// A sentence's clauses are searched for events once per number and per reading of it: each clause is searched once.
const FOUND = new Map<string, {id: string; at: number; people: boolean}[]>();
const FOUND_KEPT = 512;

/** Each event of a clause with its first match, in the vocabulary's order. */
function eventsFound(clause: string): {id: string; at: number; people: boolean}[] {
  let found = FOUND.get(clause);
  if (found) return found;

  // Each event's first match: word starts in order, trying only the events a form of which begins with that word.
  const first: number[] = new Array(EVENT_RES.length).fill(-1);
  for (const e of UNINDEXED_EVENTS) first[e.index] = clause.search(e.re);
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(clause); m; m = LETTER_RUN.exec(clause)) {
    const candidates = EVENTS_BY_FIRST_WORD.get(m[0].toLowerCase());
    if (!candidates) continue;
    for (const e of candidates) {
      if (first[e.index] >= 0) continue;
      e.at.lastIndex = m.index;
      if (e.at.test(clause)) first[e.index] = m.index;
    }
  }
  found = [];
  for (const e of EVENT_RES) if (first[e.index] >= 0) found.push({id: e.id, at: first[e.index], people: e.people});
  if (FOUND.size >= FOUND_KEPT) FOUND.clear();
  FOUND.set(clause, found);
  return found;
}

const PAST: Record<string, string> = {
  identify: "identified",
  investigate: "investigated",
  initiate: "initiated",
  prosecute: "prosecuted",
  convict: "convicted",
  acquit: "acquitted",
  arrest: "arrested",
  assist: "assisted",
  repatriate: "repatriated",
  rescue: "rescued",
  grant: "granted",
  extend: "extended",
  refuse: "refused",
  register: "registered",
  apply: "applied",
  deport: "deported",
  readmit: "readmitted",
  return: "returned",
  enter: "entered",
  leave: "left",
  naturalise: "naturalised",
  screen: "screened",
  distribute: "distributed",
  train: "trained",
  call: "called",
  fund: "funded",
  transfer: "transferred",
  penalise: "penalised",
  marry: "married",
  use: "used",
  prevent: "prevented",
  imprison: "imprisoned",
  resettle: "resettled",
  regularise: "regularised",
  decide: "decided",
  withdraw: "withdrawn",
  book: "booked"
};

/** Family words, in order of precedence, for statements the registry does not name. */
const TOPICS: [Family, RegExp][] = [
  ["trafficking", /traffick|forced labou?r|sexual exploitation/i],
  ["work_permits", /work permit|employment of foreign|labou?r migra/i],
  ["residence", /residen|citizenship/i],
  ["detention", /detention/i],
  ["readmission", /deport|expel|expulsion|readmission|removal/i],
  ["border", /border|smuggl|illegal migra|irregular migra/i],
  ["remittances", /remittance/i]
];

export function topicFamily(text: string): Family {
  return TOPICS.find(([, re]) => re.test(text))?.[0] ?? "other";
}

// A registry term's alternatives ("a|b"), split once: every number is resolved against every indicator.
const ALTERNATIVES = new Map<string, string[]>();
function alternativesOf(term: string): string[] {
  let alternatives = ALTERNATIVES.get(term);
  if (!alternatives) ALTERNATIVES.set(term, (alternatives = term.split("|")));
  return alternatives;
}

function holds(
  ind: Indicator,
  noun: CountedNoun | null,
  money: boolean,
  events: string[],
  clause: string,
  paragraph: string,
  eventWeight = 2
): number {
  const v = ind.vocabulary;
  if (!v) return -1;
  if (Boolean(v.money) !== money) return -1;
  let score = 0;
  if (v.counts) {
    if (!noun) return -1;
    // Victims are people an indicator must name: "86 victims were registered" is no registration of residence.
    // Nor are traffickers the people an indicator of persons counts ("immigration offenders" may be).
    const trafficker = noun.lemma === "trafficker" && clause.includes("traffick");
    const generic = noun.person && noun.lemma !== "victim" && !trafficker && v.counts.includes("person");
    if (!v.counts.includes(noun.lemma) && !generic) return -1;
    score += v.counts.includes(noun.lemma) ? 2 : 1;
  }
  if (v.events) {
    if (!v.events.some((e) => events.includes(e))) return -1;
    score += eventWeight;
  }
  for (const t of v.terms ?? []) {
    if (!alternativesOf(t).some((alt) => clause.includes(alt))) return -1;
    score += 2;
  }
  for (const t of v.excludes ?? []) if (alternativesOf(t).some((alt) => clause.includes(alt))) return -1;
  if (v.topic) {
    if (!v.topic.some((t) => inParagraph(paragraph, t))) return -1;
    score += 1;
  }
  return score;
}

/** Whether an indicator may count this noun, as money or not: the part of `holds` that needs no clause. */
function mayCount(ind: Indicator, noun: CountedNoun | null, money: boolean): boolean {
  const v = ind.vocabulary;
  if (!v || Boolean(v.money) !== money) return false;
  if (!v.counts) return true;
  if (!noun) return false;
  const generic = noun.person === true && noun.lemma !== "victim" && v.counts.includes("person");
  return v.counts.includes(noun.lemma) || generic;
}

// The indicators that may count a noun, in registry order, listed once per noun: most fail on the noun alone.
const BY_NOUN = new WeakMap<CountedNoun, Indicator[][]>();
const WITHOUT_NOUN = [false, true].map((money) => INDICATORS.filter((ind) => mayCount(ind, null, money)));
function indicatorsFor(noun: CountedNoun | null, money: boolean): Indicator[] {
  if (!noun) return WITHOUT_NOUN[money ? 1 : 0];
  let lists = BY_NOUN.get(noun);
  if (!lists) BY_NOUN.set(noun, (lists = [false, true].map((m) => INDICATORS.filter((ind) => mayCount(ind, noun, m)))));
  return lists[money ? 1 : 0];
}

// Whether a paragraph holds a topic word, remembered for the paragraph being read (it is asked per number).
let topicsOf = "";
const topicHits = new Map<string, boolean>();
function inParagraph(paragraph: string, word: string): boolean {
  if (paragraph !== topicsOf) {
    topicsOf = paragraph;
    topicHits.clear();
  }
  let hit = topicHits.get(word);
  if (hit === undefined) topicHits.set(word, (hit = paragraph.includes(word)));
  return hit;
}

let familyOf = "",
  family: Family = "other";
const paragraphFamily = (paragraph: string): Family =>
  paragraph === familyOf ? family : (family = topicFamily((familyOf = paragraph)));

// One paragraph is resolved many times in a row: lower-case it once.
let lastParagraph = "",
  lastLower = "";
const lowerOnce = (paragraph: string) =>
  paragraph === lastParagraph ? lastLower : (lastLower = (lastParagraph = paragraph).toLowerCase());

// What was done to those the noun names: "10 applicants … were granted asylum" were granted it, not applicants anew;
// "251 failed asylum seekers … removed" were removed.
const DECISIONS = new Set(["grant", "refuse", "deport", "decide", "withdraw", "resettle"]);
// What can befall an application itself, so that "316 asylum applications were withdrawn" lodged none anew.
const ON_APPLICATIONS = new Set(["decide", "withdraw", "grant", "refuse"]);
// Nouns naming people by what they did: "applicants", "asylum seekers".
const APPLYING_PEOPLE = /\b(?:applicants?|(?:asylum|protection)[\s-]+seekers?)\b/g;
// "11,357 # of asylum applications granted": a key figure's label stands between the number and its noun.
const COUNTED_APPLYING = new RegExp(
  String.raw`^[\d.,\s]*(?:${KEY_FIGURE_OF})?(?:[a-z]+\s+){0,2}?(?:applicants?|(?:asylum|protection)[\s-]+seekers?)\b`
);
const COUNTED_APPLICATIONS = new RegExp(
  String.raw`^[\d.,\s]*(?:${KEY_FIGURE_OF})?(?:[a-z-]+\s+){0,4}?(?:applicants?|(?:asylum|protection)[\s-]+seekers?|applications?|claims?|requests?)\b`
);

// Words that place people somewhere on a day rather than say what they did ("remain in", "currently", "stood at",
// "hosts 54,011 refugees and asylum-seekers", "was home to over 150,000 asylum seekers", "asylum seekers living in
// the camp"), or say in the present tense that they are there ("there are 2,222 asylum seekers", "the number of
// asylum seekers is 2,222", "30,139 are asylum seekers").
const STILL_THERE =
  /\b(?:remain(?:s|ed|ing)?|still|currently|stood\s+at|stands\s+at|present\s+in|seekers\s+present|host(?:s|ed|ing)?|(?:is|are|was|were|been|being)\s+home\s+to|living\s+in|liv(?:e|es)\s+in|residing\s+in|resid(?:e|es)\s+in|there\s+(?:are|is)|(?:is|are)\s+(?:now\s+)?(?:(?:about|around|some|over|nearly|almost|approximately|more\s+than|at\s+least)\s+)?(?=\d)|\d\s+are)\b/;

/**
 * The events of a clause without "apply" when a decision on the people is stated, or the clause places them somewhere
 * on a day, and the counted noun ("432 applicants", "251 failed asylum seekers") or no word but such nouns names the
 * applying.
 */
function withoutNounEvent(events: string[], clause: string, at: number): string[] {
  // "4,500 asylum seekers remain in the country": people still there are a stock, whatever their noun says they did.
  if (
    events.includes("apply") &&
    STILL_THERE.test(clause) &&
    !eventsIn(clause.replace(APPLYING_PEOPLE, " ")).includes("apply")
  )
    return events.filter((e) => e !== "apply");
  if (!events.includes("apply") || !events.some((e) => DECISIONS.has(e))) return events;
  const counted = (events.some((e) => ON_APPLICATIONS.has(e)) ? COUNTED_APPLICATIONS : COUNTED_APPLYING).test(
    clause.slice(at)
  );
  if (!counted && eventsIn(clause.replace(APPLYING_PEOPLE, " ")).includes("apply")) return events;
  return events.filter((e) => e !== "apply");
}

// "there are currently more than 216,000 Eritrean refugees in Ethiopia": refugees said to be there, on a day.
const THERE_ARE = /\bthere\s+(?:are|were|is|was|remain)\s+(?:currently\s+|now\s+|still\s+)?(?:[a-z]+\s+){0,3}?\d/;

// "299,162 Number of refugees in South Sudan": a factsheet's key figure of the refugees (or IDPs) a country holds.
const KEY_FIGURE_THERE = new RegExp(
  String.raw`(?:^|[^\d.,])[\d.,]+(?:\s+(?:thousand|million))?\s+${KEY_FIGURE_OF}(?:[a-z-]+\s+){0,2}?(?:refugees|idps|internally\s+displaced\s+(?:persons|people))\s+in\s`
);

// "Key figures: 57,144 Malian refugees in Mbera camp": a factsheet's line naming refugees and where they are, with no
// verb, is a stock.
const VERBLESS_IN_PLACE =
  /^(?:[a-z ]{1,30}:\s*)?\W*(?:(?:over|some|about|around|nearly|almost|more\s+than)\s+)?[\d.,]+(?:\s+(?:thousand|million))?\s+(?:[a-z-]+\s+){0,2}?(?:refugees|idps|internally\s+displaced\s+(?:persons|people))(?:\s+from\s+[a-z][a-z' -]*?)?\s+(?:in|at)\s+(?:the\s+)?[a-z][a-z' -]*\s*(?:\([^()]*\)?\s*)?[.;]?\s*$/;
// "4,869 Malian refugees with specific needs (as of 1 December 2016)": a line counting refugees on a day, with no verb.
const VERBLESS_AS_OF =
  /^\W*(?:(?:over|some|about|around|nearly|almost|more\s+than)\s+)?[\d.,]+(?:\s+(?:thousand|million))?\s+(?:[a-z-]+\s+){0,2}?(?:refugees|idps|internally\s+displaced\s+(?:persons|people))\b[^.;()]{0,60}?\(?\s*as\s+(?:of|at)\s+[^()]{3,30}\)?\s*[.;]?\s*$/;
// A verb that says something befell the people, or that they are somewhere: the line is then no bare caption.
export const FINITE_VERB = /\b(?:are|were|is|was|have|has|had|will|remain(?:s|ed)?|live[sd]?|stay(?:s|ed)?)\b/i;

// "The number of refugees … dropped to 4,997": the level refugees stood at, just before the number, nothing befalling them.
const LEVEL_BEFORE = new RegExp(String.raw`\b(?:${STOCK_LEVEL})\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$`);

// "The number of Syrian refugees in Lebanon was 1,011,366": a copula after "the number of" gives the level too.
const NUMBER_OF_COPULA =
  /\bnumbers?\s+of\b[^.;]*?\s(?:was|were|is|are|has\s+been|had\s+been)\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$/;

// "42,458 registered refugees", "the number of registered foreign residents": people on a register, a status they hold
// on a day; "newly registered" ones, and "registered 79 individuals", were entered on it in the period.
const REGISTERED_STATUS =
  /(?<!\b(?:newly|new|were|was|been|be|being|are|is|have|has|had)\s+)\bregistered\s+(?=(?:(?!(?:at|in|on|by|with|as|for|of|to|from|the|an?)\b)[a-z-]+\s+){0,2}?(?:refugees?|asylum[\s-]*seekers?|residents?|foreigners?|foreign\s+nationals|migrants?|idps?|stateless\s+persons)\b)/g;
// "migrants on the islands", "foreigners in the country": people said to be in a place.
const PLACED =
  /\b(?:migrants|foreigners|foreign\s+nationals|immigrants|nationals)\s+(?:currently\s+)?(?:in|on|at)\s+(?:the\s+)?[a-z]/i;
// People a register can hold as a status: refugees, foreigners, migrants.
const PRESENT_PEOPLE = new Set(["refugee", "idp", "foreigner", "migrant", "national"]);

// "IOM recorded the arrival of 11,043 migrants": a verb of record before an event named as a noun only reports it.
const RECORDED_EVENT =
  /\b(?:recorded|registered)\s+(?:the\s+)?(?=(?:arrival|return|deportation|departure|expulsion|removal|repatriation|entry|death|disembarkation)s?\s+of\b)/g;

// "IOM recorded 3,228 migrants entering Yemen": a verb of record before the people and their movement only reports it.
const RECORDED_MOVEMENT =
  /\b(?:recorded|registered)\s+(?:(?:about|some|around|over|nearly|almost|more\s+than|a\s+total\s+of)\s+)?[\d.,]+(?:\s+(?:thousand|million))?\s+(?:[a-z-]+\s+){0,2}?(?=(?:entering|arriving|crossing|transiting)\b)/g;

/** The events of a clause, with "reside" when it says people are there (or on a register) and nothing befell them. */
function present(noun: CountedNoun | null, events: string[], clause: string, at: number): string[] {
  const unregistered = events.includes("register")
    ? clause.replace(REGISTERED_STATUS, "").replace(RECORDED_MOVEMENT, "")
    : clause;
  const status =
    events.includes("register") && !eventsIn(unregistered.replace(RECORDED_EVENT, "")).includes("register");
  // "registered refugees and asylum-seekers": those on the register applied before; the noun alone says no "apply".
  const rest = status ? eventsIn(unregistered.replace(APPLYING_PEOPLE, " ")) : events;
  const happened = status
    ? events.filter((e) => e !== "register" && (e !== "apply" || rest.includes("apply")))
    : events;
  if (happened.length) return happened;
  if (status && noun && PRESENT_PEOPLE.has(noun.lemma)) return ["reside"];
  if (
    (noun?.lemma === "refugee" || noun?.lemma === "idp") &&
    (THERE_ARE.test(clause) ||
      KEY_FIGURE_THERE.test(clause) ||
      LEVEL_BEFORE.test(clause.slice(0, at)) ||
      NUMBER_OF_COPULA.test(clause.slice(0, at)) ||
      ((VERBLESS_IN_PLACE.test(clause) || VERBLESS_AS_OF.test(clause)) &&
        !FINITE_VERB.test(clause.replace(/\([^()]*\)/g, " "))))
  )
    return ["reside"];
  // "the number of migrants on the islands stood at 13,053": the level migrants in a place stood at, nothing befalling them.
  return noun && PRESENT_PEOPLE.has(noun.lemma) && LEVEL_BEFORE.test(clause.slice(0, at)) && PLACED.test(clause)
    ? ["reside"]
    : happened;
}

export function resolveIndicator(
  noun: CountedNoun | null,
  money: boolean,
  clause: string,
  paragraph: string,
  at = 0,
  /** The events of the number's own predicate, when they alone say what happened (the clause still gives the terms). */
  ownEvents?: string[]
): Resolution {
  // "persons without citizenship" are stateless persons: no grant of citizenship is spoken of.
  // "the so-called black list" names something; nobody was called.
  const lower = (text: string) =>
    text
      .toLowerCase()
      .replace(/\b(persons?|people)\s+without\s+citizenship\b/g, "stateless $1")
      .replace(/\bso-called\b/g, "so-named")
      // "In second place came Sudanese refugees with 36,196", "Syrians came first": a rank, not an arrival.
      .replace(/\b(in\s+(?:first|second|third|fourth|fifth|last)\s+place\s+)came\b/g, "$1stood")
      .replace(/\bcame\s+(?=(?:in\s+)?(?:first|second|third|fourth|fifth|last)\b(?!\s+(?:time|arrivals?)))/g, "stood ");
  const lowerClause = lower(clause),
    lowerParagraph = lowerOnce(paragraph);
  // "the Ministry of Enterprise, Training and Employment", "the Detention Centre" name places: their words are no event.
  const eventClause = lower(withoutNamedPlaces(clause));
  const events = present(
    noun,
    withoutNounEvent(ownEvents ?? eventsIn(eventClause, at, noun?.person === true), eventClause, at),
    lowerClause,
    at
  );
  let best: Indicator | null = null,
    bestScore = -1;
  for (const ind of indicatorsFor(noun, money)) {
    // A number's own verb outweighs the words its sentence shares with other counts.
    const s = holds(ind, noun, money, events, lowerClause, lowerParagraph, ownEvents ? 3 : 2);
    if (s > bestScore) {
      best = ind;
      bestScore = s;
    }
  }
  if (best && bestScore >= 0) return {indicator: best.id, family: best.family, known: true, events};
  const own = topicFamily(lowerClause);
  const family = own !== "other" ? own : paragraphFamily(lowerParagraph);
  const what = money ? "amount" : noun ? noun.forms[0].replace(/\s+/g, "_") : "count";
  const event = events[0] ? `_${PAST[events[0]] ?? events[0]}` : "";
  return {indicator: `${what}${event}`.replace(/[^a-z0-9_]/g, ""), family, known: false, events};
}
