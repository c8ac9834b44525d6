/**
 * Observations of lists of a year and a figure under a heading (read-year-value-lines.ts): the heading says
 * what every line counts, the people and places it names are every line's breakdown, and an average per
 * month or day is kept in that unit. Lists of money or shares are read by nobody here.
 */
import type {Extracted} from "../extracted.js";
import {canonicalCountry, countryOfName} from "../specs/countries.js";
import {AVERAGE_WORDS} from "../vocabulary/rates.js";
import {alternation} from "./alternation.js";
import {properName} from "./proper-name.js";
import {lastNounIn} from "./read-counted.js";
import type {YearValueList} from "./read-year-value-lines.js";
import {NOT_COUNTS} from "./read-year-header-tables.js";
import {resolveIndicator} from "./resolve-indicator.js";
import {returnPlaceBefore} from "./return-place-before.js";
import {tableCellRow} from "./table-cell-row.js";

type Row = Extracted & {confidence: number};

const AVERAGE = new RegExp(`\\b(?:${alternation(AVERAGE_WORDS)})\\b`, "i");
// The time an average is taken over, as its unit says it: "monthly average", "average per day".
const PER_TIME: [RegExp, string, string][] = [
  [/\b(?:monthly|per\s+month|a\s+month|each\s+month)\b/i, "month", "monthly"],
  [/\b(?:daily|per\s+day|a\s+day|each\s+day)\b/i, "day", "daily"],
  [/\b(?:weekly|per\s+week|a\s+week|each\s+week)\b/i, "week", "weekly"]
];
const RETURN_WORD =
  /\b(?:returnees?|returns?|returned|deportees?|deportations?|deported|repatriat\w+|expelled|expulsions?|removals?|removed)\b/i;
const TO_PLACE = new RegExp(String.raw`\bto\s+(?:the\s+)?(${properName(3)})`, "gu");

/** The unit the heading gives its figures and the average it names, or null when they are no counts (money, shares, an average of no span). */
function unitOf(title: string, noun: string): {unit: string; average: string | null} | null {
  if (!NOT_COUNTS.test(title)) return {unit: noun, average: null};
  if (!AVERAGE.test(title) || NOT_COUNTS.test(title.replace(/\b(?:average|rates?)\b/gi, ""))) return null;
  const span = PER_TIME.find(([re]) => re.test(title));
  return span ? {unit: `${noun} per ${span[1]}`, average: `${span[2]}_average`} : null;
}

/**
 * Returns "to" the reporting state, or from another country in a report on the state, are of its own citizens
 * ("deportees from Mexico to El Salvador", "Salvadorans deported from the US" in an item on El Salvador).
 */
function returnedHome(title: string, country: string | null, state: string | undefined): string | null {
  if (!state || !RETURN_WORD.test(title)) return null;
  if (country && country !== state) return state;
  return [...title.matchAll(TO_PLACE)].some((m) => canonicalCountry(m[1]) === state) ? state : null;
}

/** "deported from US": a country's abbreviation in capitals after "from", which only a whole value names. */
function abbreviatedFrom(title: string): string | null {
  const m = /\bfrom\s+(?:the\s+)?((?:[A-Z]\.){2,}|[A-Z]{2,4})(?![\p{L}.])/u.exec(title);
  return m ? countryOfName(m[1]) : null;
}

export function yearValueRows(lists: YearValueList[], paragraph: string, locator: string, state?: string): Row[] {
  const out: Row[] = [];
  for (const list of lists) {
    const counted = lastNounIn(list.title, 0, list.title.length);
    const noun = counted?.noun ?? null;
    const measure = unitOf(list.title, noun?.unit ?? "persons");
    if (!measure) continue;
    const resolution = resolveIndicator(noun, false, list.title, paragraph);
    const said = counted?.breakdown ?? {};
    const country =
      returnPlaceBefore(list.title, list.title, state) ??
      (RETURN_WORD.test(list.title) ? abbreviatedFrom(list.title) : null);
    const citizenship = said.citizenship ?? returnedHome(list.title, country, state);
    for (const cell of list.cells)
      out.push(
        tableCellRow({
          spec_id: "general:year-value",
          family: resolution.family,
          indicator: measure.average ? `${resolution.indicator}_${measure.average}` : resolution.indicator,
          unit: measure.unit,
          period: cell.period,
          breakdown: {country, citizenship, sex: said.sex, age_group: said.age_group},
          value: cell.value,
          locator,
          table: list,
          cell,
          known: resolution.known
        })
      );
  }
  return out;
}
