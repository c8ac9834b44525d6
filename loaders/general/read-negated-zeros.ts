/**
 * "The government did not report prosecuting or convicting any alleged sex traffickers", "did not investigate,
 * prosecute, or convict any traffickers": a negated report of several acts states a zero for each act.
 */
import type {Quantity} from "./find-quantities.js";
import {eventsIn} from "./resolve-indicator.js";
import {zeroQuantity} from "./read-comparison.js";
import {qualifiersIn, readCounted} from "./read-counted.js";
import type {Breakdown} from "../types.js";

// An act is a verb, or a light verb and its act ("secure convictions in any … cases").
const ACT = String.raw`[a-z]+(?:\s+(?:${["convictions", "prosecutions", "investigations", "indictments"].join("|")})(?=\s+in\s+any\b))?`;
const NEGATED = new RegExp(
  String.raw`\b(?:did|does|do|has|have|had)\s+not\s+(?:(?:yet|officially)\s+)?(?:report(?:ed)?\s+|record(?:ed)?\s+|initiate\s+)?(${ACT}(?:\s*,\s*(?:or\s+|and\s+|nor\s+)?${ACT})*(?:\s*,?\s+(?:or|and|nor)\s+${ACT})?)\s+(?:in\s+)?any\s+`,
  "gi"
);

export interface NegatedZero {
  zero: Quantity;
  /** Where the zero's counted noun is read: after "any". */
  nounAt: number;
  /** The qualifier that sets this zero apart from the others of a coordination ("any child or asylum-seeker victims"). */
  own?: Breakdown;
}

// "did not identify any child or asylum-seeker trafficking victims": one zero per coordinated qualifier.
const PAIRED =
  /\b(?:did|does|do|has|have|had)\s+not\s+(?:report(?:ed)?\s+)?([a-z]+)\s+any\s+([a-z]+(?:-[a-z]+)*)\s+(?:or|nor)\s+([a-z]+(?:-[a-z]+)*)\s+/gi;

/** One zero per negated act, each spanning its verb (the first from the negation on), sharing the noun after "any". */
export function negatedZeros(text: string): NegatedZero[] {
  const out: NegatedZero[] = [];
  NEGATED.lastIndex = 0;
  for (let m = NEGATED.exec(text); m; m = NEGATED.exec(text)) {
    const listAt = m.index + m[0].indexOf(m[1]);
    const verbs = [...m[1].matchAll(/[a-z]+(?:\s+[a-z]+s(?=\s*$))?/gi)].filter((v) => !/^(?:or|and|nor)$/i.test(v[0]));
    if (verbs.length < 2 || verbs.some((v) => eventsIn(v[0].toLowerCase()).length === 0)) continue;
    const nounAt = m.index + m[0].length;
    for (const [k, v] of verbs.entries()) {
      const start = k === 0 ? m.index : listAt + v.index!;
      out.push({zero: zeroQuantity(start, text.slice(start, listAt + v.index! + v[0].length)), nounAt});
    }
  }
  out.push(...nounListZeros(text).filter((z) => !out.some((n) => n.zero.start === z.zero.start)));
  PAIRED.lastIndex = 0;
  for (let m = PAIRED.exec(text); m; m = PAIRED.exec(text)) {
    if (eventsIn(m[1].toLowerCase()).length === 0 || out.some((n) => n.zero.start === m!.index)) continue;
    // "did not initiate any prosecutions or convict …": an act is no qualifier of the noun after it.
    if (isAct(m[2]) || isAct(m[3]) || /^\s*any\b/i.test(text.slice(m.index + m[0].length - 1))) continue;
    const nounAt = m.index + m[0].length;
    const secondAt = m.index + m[0].lastIndexOf(m[3]);
    const firstEnd = m.index + m[0].indexOf(` ${m[2]} `) + m[2].length + 1;
    const own = (w: string): Breakdown => {
      const q = qualifiersIn(w);
      return Object.values(q).some(Boolean) ? q : {category: w.toLowerCase()};
    };
    out.push({zero: zeroQuantity(m.index, text.slice(m.index, firstEnd)), nounAt, own: own(m[2])});
    out.push({zero: zeroQuantity(secondAt, m[3]), nounAt, own: own(m[3])});
  }
  return out;
}

const isAct = (word: string) => eventsIn(word.toLowerCase()).length > 0;

// "did not report any investigations, prosecutions, or convictions", "no prosecutions or convictions of traffickers".
const NOUN_LIST =
  /\b(?:no|(?:did|does|do|has|have|had)\s+not\s+(?:report(?:ed)?|record(?:ed)?|initiate|conduct|secure|obtain|achieve)\s+any)\s+(?:(?:new|further|additional)\s+)?((?:[a-z-]+\s*,\s*)*[a-z-]+\s*,?\s+(?:or|and|nor)\s+[a-z-]+)\b/gi;

const COMPLICIT_OFFICIALS =
  /^\s+(?:of|against|involving)\s+(?:(?:other|any|complicit)\s+)?(?:(?:government|public|law\s+enforcement|state|police)\s+)?(?:officials|employees|officers|servants)\s+(?:(?:allegedly\s+)?complicit|for\s+(?:alleged\s+)?complicity|involved)\b|^\s+(?:of|against)\s+complicit\s+(?:government\s+)?(?:officials|employees|officers)\b/i;

/** One zero per act a negated list of acts names, each counted by its own noun and qualified by "of …" after the list. */
function nounListZeros(text: string): NegatedZero[] {
  const out: NegatedZero[] = [];
  NOUN_LIST.lastIndex = 0;
  for (let m = NOUN_LIST.exec(text); m; m = NOUN_LIST.exec(text)) {
    const listAt = m.index + m[0].lastIndexOf(m[1]);
    const nouns = [...m[1].matchAll(/[a-z-]+/gi)].filter((w) => !/^(?:or|and|nor)$/i.test(w[0]));
    const acts = (w: string) => readCounted(` ${w}`, 0).noun !== null && eventsIn(w.toLowerCase()).length > 0;
    if (!nouns.every((w) => acts(w[0]))) continue;
    const after = text.slice(m.index + m[0].length);
    const of = /^\s+of\s+([a-z -]{1,40}?)(?=\s*(?:[,.;]|\bin\b|\bduring\b|$))/i.exec(after);
    // "… or convictions of government employees complicit in trafficking": zeros of officials' complicity, never
    // the year's investigations, prosecutions or convictions of all traffickers.
    const own = COMPLICIT_OFFICIALS.test(after) ? {category: "complicit officials"} : of ? qualifiersIn(of[1]) : {};
    for (const [k, w] of nouns.entries()) {
      const at = listAt + w.index!;
      const start = k === 0 ? m.index : at;
      out.push({zero: zeroQuantity(start, text.slice(start, at + w[0].length)), nounAt: at, own});
    }
  }
  return out;
}

/** Where a negated act's clause ends: at the first comma or semicolon after its noun ("…, compared with …"). */
export function negatedClauseEnd(text: string, nounAt: number | undefined): number | null {
  if (nounAt === undefined) return null;
  const stop = text.slice(nounAt).search(/[,;]/);
  return stop < 0 ? text.length : nounAt + stop;
}

interface Read {
  q: Quantity;
  indicator?: string;
  breakdown: {category?: string | null};
}

/**
 * "did not report prosecuting … any alleged sex traffickers, compared with prosecutions of 15 defendants …": the
 * counts the zeros are compared with are of the same kind, unless they name their own.
 */
export function compareLikeZeros(text: string, readings: Read[], zeroStarts: Set<number>): void {
  const zeros = readings.filter((r) => zeroStarts.has(r.q.start) && r.breakdown.category && r.indicator);
  if (zeros.length === 0) return;
  const last = zeros.at(-1)!;
  const compared = /\bcompared\s+(?:with|to)\b/i.exec(text.slice(last.q.end));
  if (!compared) return;
  const from = last.q.end + compared.index;
  const stop = text.slice(from).search(/;/);
  const to = stop < 0 ? text.length : from + stop;
  for (const r of readings) {
    if (r.q.start < from || r.q.start >= to || r.breakdown.category) continue;
    const like = zeros.find((z) => z.indicator === r.indicator);
    if (like) r.breakdown.category = like.breakdown.category;
  }
}
