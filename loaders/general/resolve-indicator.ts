/**
 * Maps a statement (its counted noun, the events and terms of its clause, its paragraph's topic) to
 * an indicator of the registry; a combination the registry does not know gets a readable generated
 * name and a family from its topic words.
 */
import type {Family} from "../types.js";
import {INDICATORS, type Indicator} from "../registry/index.js";
import {EVENTS} from "../vocabulary/events.js";
import type {CountedNoun} from "../vocabulary/nouns.js";

export interface Resolution {
  indicator: string;
  family: Family;
  known: boolean;
  events: string[];
}

const EVENT_RES = EVENTS.map((e) => ({
  id: e.id,
  re: new RegExp(`(?<![a-z])(?:${e.forms.map((f) => f.replace(/ /g, "\\s+")).join("|")})(?![a-z])`, "i")
}));

/** Event ids whose words occur in a clause, nearest to the number (at `at`) first. */
export function eventsIn(clause: string, at = 0): string[] {
  return EVENT_RES.map((e) => ({id: e.id, at: clause.search(e.re)}))
    .filter((e) => e.at >= 0)
    .sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))
    .map((e) => e.id);
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
  use: "used"
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
    const generic = noun.person && noun.lemma !== "victim" && v.counts.includes("person");
    if (!v.counts.includes(noun.lemma) && !generic) return -1;
    score += v.counts.includes(noun.lemma) ? 2 : 1;
  }
  if (v.events) {
    if (!v.events.some((e) => events.includes(e))) return -1;
    score += eventWeight;
  }
  for (const t of v.terms ?? []) {
    if (!t.split("|").some((alt) => clause.includes(alt))) return -1;
    score += 2;
  }
  for (const t of v.excludes ?? []) if (t.split("|").some((alt) => clause.includes(alt))) return -1;
  if (v.topic) {
    if (!v.topic.some((t) => inParagraph(paragraph, t))) return -1;
    score += 1;
  }
  return score;
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
  const lowerClause = clause
      .toLowerCase()
      .replace(/\b(persons?|people)\s+without\s+citizenship\b/g, "stateless $1")
      .replace(/\bso-called\b/g, "so-named"),
    lowerParagraph = lowerOnce(paragraph);
  const events = ownEvents ?? eventsIn(lowerClause, at);
  let best: Indicator | null = null,
    bestScore = -1;
  for (const ind of INDICATORS) {
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
