/**
 * Where the counts of a ranking of destinations or origins went or came from, when the place is not next to the
 * number: "Saudi Arabia and Qatar followed, with 11,809 and 11,785 workers, respectively", "The UAE was the top
 * destination, with 17,541 Nepalis travelling there", and whether a sentence continues the ranking of the one
 * before it ("Other destinations included Kuwait (4,695)").
 */
import {canonicalCountry} from "../specs/countries.js";
import {properName} from "./proper-name.js";

/** The span of a number and of the noun read with it, in one sentence. */
export interface Placed {
  start: number;
  end: number;
  /** Where the noun counted by the number ends (the number's end when it has none). */
  countedEnd: number;
}

export interface PlaceOfCount {
  country?: string;
  citizenship?: string;
}

/** How demonyms end ("Ukrainian", "Vietnamese", "Filipino", "Cypriot", "Czech", "Greek", "Swiss"); no country's own name does. */
const DEMONYM_END = /(?:ian|ese|ish|i|an|ino|ina|ch|ot|ic|ean|ek|ss|ite|ede|ole)s?$/;

/** A country by its name or abbreviation ("Romania", "UAE"), not by a demonym ("Nepali" names citizens). */
export function placeName(name: string): string | null {
  const c = canonicalCountry(name);
  if (!c) return null;
  if (c === name || /^[A-Z]{2,}$/.test(name)) return c;
  return DEMONYM_END.test(name) ? null : c;
}

/** Capitalised word runs of a text with their offsets: the places a sentence may name. */
function capitalisedRuns(text: string): {words: string[]; starts: number[]}[] {
  const runs: {words: string[]; starts: number[]}[] = [];
  const re = /(?<![\p{L}’'-])[A-Z][\p{L}’'-]*/gu;
  let last: {words: string[]; starts: number[]} | null = null,
    lastEnd = -1;
  for (const m of text.matchAll(re)) {
    const start = m.index!;
    if (last && /^\s+$/.test(text.slice(lastEnd, start))) {
      last.words.push(m[0]);
      last.starts.push(start);
    } else runs.push((last = {words: [m[0]], starts: [start]}));
    lastEnd = start + m[0].length;
  }
  return runs;
}

/** The places a text names, in order, each by its longest name ("Saudi Arabia", not "Arabia"). */
export function placesIn(text: string): {place: string; start: number}[] {
  const found: {place: string; start: number}[] = [];
  for (const run of capitalisedRuns(text)) {
    let i = 0;
    while (i < run.words.length) {
      let matched = 0;
      for (let n = Math.min(3, run.words.length - i); n > 0 && !matched; n--) {
        const c = placeName(run.words.slice(i, i + n).join(" "));
        if (c) {
          found.push({place: c, start: run.starts[i]});
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
  return found;
}

/** Going somewhere, said of people counted: "heading there", "travelling there", "moving to that country". */
const GOING_THERE =
  /^\s+(?:(?:who|that)\s+)?(?:(?:were|are|have|had)\s+(?:been\s+)?)?(?:heading|headed|travell?ing|travell?ed|moving|moved|going|gone|went|leaving|departing|departed|migrating|migrated|sent|bound)\s+(?:there|to\s+(?:that|this)\s+country)\b/i;

/** "with 17,541 Nepalis traveling there": "there" is the one place the sentence named before the count. */
export function placeThere(text: string, count: Placed): string | null {
  if (!GOING_THERE.test(text.slice(count.countedEnd))) return null;
  const places = new Set(placesIn(text.slice(0, count.start)).map((p) => p.place));
  return places.size === 1 ? [...places][0] : null;
}

const NAME = properName(2, {oneLetter: true});
const NAME_LIST = new RegExp(String.raw`(?<![\p{L}])${NAME}(?:\s*,\s*${NAME})*\s*,?\s+(?:and|or)\s+${NAME}`, "gu");

/** The names of a coordinated list ("Saudi Arabia and Qatar", "Ukrainian, Belarusian and Moldovan") as places or peoples. */
function listedNames(list: string): {names: string[]; citizens: boolean} | null {
  const names = list.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter(Boolean);
  // "In Georgia and Armenia": a capitalised word opening the sentence is no part of the first name.
  if (names.length && !placeName(names[0]) && !canonicalCountry(names[0])) names[0] = names[0].replace(/^\S+\s+/, "");
  const places = names.map((n) => placeName(n) ?? placeName(n.replace(/^The\s+/, "")));
  if (places.every(Boolean)) return {names: places as string[], citizens: false};
  const peoples = names.map((n) => canonicalCountry(n.replace(/s$/, "")) ?? canonicalCountry(n));
  if (peoples.every(Boolean)) return {names: peoples as string[], citizens: true};
  return null;
}

/**
 * "Saudi Arabia and Qatar followed, with 11,809 and 11,785 workers, respectively", "1,727 and 1,696 permits went to
 * Ukrainian and Russian citizens respectively": the n-th number of a coordinated run is of the n-th name of a
 * coordinated list of as many places (or peoples) in the same sentence. Returns a place per number of the run.
 */
export function respectivePlaces(text: string, counts: Placed[]): Map<number, PlaceOfCount> {
  const out = new Map<number, PlaceOfCount>();
  if (!/\brespectively\b/i.test(text)) return out;
  // Runs of numbers joined by commas and "and": "11,809 and 11,785", "12, 15 and 20".
  const runs: number[][] = [];
  for (let i = 0; i < counts.length; i++) {
    const between = i > 0 ? text.slice(counts[i - 1].countedEnd, counts[i].start) : null;
    if (between !== null && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(between)) runs.at(-1)!.push(i);
    else runs.push([i]);
  }
  const lists = [...text.matchAll(NAME_LIST)].map((m) => ({at: m.index!, end: m.index! + m[0].length, m: m[0]}));
  for (const run of runs) {
    if (run.length < 2) continue;
    const runStart = counts[run[0]].start,
      runEnd = counts[run.at(-1)!].countedEnd;
    const fitting = lists
      .filter((l) => l.end <= runStart || l.at >= runEnd)
      .map((l) => ({l, read: listedNames(l.m)}))
      .filter((x) => x.read && x.read.names.length === run.length);
    // Two lists of as many names leave it open which one the numbers follow.
    if (fitting.length !== 1) continue;
    const {l, read} = fitting[0];
    const lead = text.slice(Math.max(0, l.at - 20), l.at);
    const citizens = read!.citizens || /\b(?:from|citizens\s+of|nationals\s+of)\s+(?:the\s+)?$/i.test(lead);
    run.forEach((index, n) => out.set(index, citizens ? {citizenship: read!.names[n]} : {country: read!.names[n]}));
  }
  return out;
}

/**
 * "Other destinations included Kuwait (4,695), Japan (1,472) …", "Saudi Arabia and Qatar followed, with …": a sentence
 * that goes on with the ranking of the sentence before it counts what that sentence counted.
 */
export function continuesRanking(text: string): boolean {
  return (
    /^(?:the\s+)?(?:other|remaining)\s+(?:[a-z]+\s+)?(?:destinations|destination\s+countries|countries|nationalities|source\s+countries|countries\s+of\s+origin)\s+(?:included|include|were|are)\b/i.test(
      text
    ) || /\b(?:followed|came\s+next|ranked\s+next)\s*,?\s+with\s+(?:[a-z]+\s+)?\d/i.test(text)
  );
}

/** "The maximum number of Nepalis (19,783) …", "The greatest number of permits, 1,727, …": the largest part of a ranking. */
const RANKED_COUNT =
  /\b(?:the\s+)?(?:maximum|greatest|largest|highest|biggest)\s+(?:number|share)\s+of\s+[^,;()]{1,50}?\s*(?:\(|,)\s*$/i;
const PLACE_AFTER = new RegExp(
  String.raw`^[^;.]*?\b(?:is|was|are|were|went|go|goes|going)\s+(?:(?:issued|granted|given|sent)\s+)?(?:for|to|in)\s+(?:the\s+)?(${NAME})`,
  "u"
);
const CITIZENS_AFTER = new RegExp(
  String.raw`^[^;.]*?\b(?:issued|granted|given)\s+to\s+(?:(?:citizens|nationals)\s+of\s+(?:the\s+)?(${NAME})|(${NAME})\s+(?:citizens|nationals))`,
  "u"
);

/** "The maximum number of Nepalis (19,783) … is for Malaysia", "…, 1,727, were issued to citizens of Ukraine": where the largest part went. */
export function rankedPlace(text: string, count: Placed): PlaceOfCount | null {
  if (!RANKED_COUNT.test(text.slice(0, count.start))) return null;
  const after = text.slice(count.countedEnd);
  const citizens = CITIZENS_AFTER.exec(after);
  const people = citizens && canonicalCountry(citizens[1] ?? citizens[2]);
  if (people) return {citizenship: people};
  const place = PLACE_AFTER.exec(after);
  const country = place && (placeName(place[1]) ?? placeName(place[1].split(/\s+/)[0]));
  return country ? {country} : null;
}
