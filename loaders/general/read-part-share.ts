/**
 * A part's share of a whole the sentence names, with no count beside it: "Moroccans represented 26% of those
 * arrested", "Males accounted for 88 per cent of those returned", "Syrian nationals made up 40 percent of all
 * asylum applicants". The part is the subject (a people, a sex, an age); the whole, after "of", says what is
 * counted.
 */
import type {ShareReading} from "./read-count-share.js";
import {qualifiersIn} from "./read-counted.js";
import {resolveIndicator} from "./resolve-indicator.js";
import {canonicalCountry} from "../specs/countries.js";
import {COUNTED_NOUNS} from "../vocabulary/nouns.js";

const PERSON = COUNTED_NOUNS.find((n) => n.lemma === "person")!;
const VERB = String.raw`(?:represented|represent|represents|accounted\s+for|account\s+for|accounts\s+for|made\s+up|make\s+up|makes\s+up|constituted|constitute|constitutes|comprised|comprise)`;
const HEDGE = String.raw`(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|less\s+than|only|just)\s+`;
// The subject right before the share verb: one or two capitalised words, or a word for persons of a sex or age.
const SUBJECT = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:and|while|whereas)\s+)(?:the\s+)?((?:[A-Z][\p{L}'’-]+\s+)?[\p{L}'’-]+)(?:\s+(?:nationals|citizens))?\s+${VERB}\s+(?:${HEDGE})?$`,
  "u"
);
// What the share is of: "of those arrested …", "of all asylum applicants", "of the total number of returnees".
const WHOLE = /^\s?(?:%|per\s?cent\b|percent\b)\s+of\s+((?:those|all|the)\b[^,;.()]{2,80})/i;

/** The part a subject names: a people's citizenship, or a sex or an age. */
function partOf(subject: string): Record<string, string> | null {
  const words = subject.trim();
  const people = canonicalCountry(words) ?? canonicalCountry(words.replace(/s$/, ""));
  if (people && /^[A-Z]/.test(words)) return {citizenship: people};
  const q = qualifiersIn(words);
  const own = Object.fromEntries(
    Object.entries({sex: q.sex, age_group: q.age_group}).filter((e): e is [string, string] => Boolean(e[1]))
  );
  // Only a word that is itself a sex or an age ("males", "women", "children"), not a noun phrase that has one.
  return Object.keys(own).length && words.split(/\s+/).length === 1 ? own : null;
}

/** Reads each share a subject part makes up of a whole named after it, unless another reading took it. */
export function partShares<R extends ShareReading>(text: string, paragraph: string, live: R[]): void {
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "percent" || r.shareOf || r.confidence >= 0.5) continue;
    const lead = text.slice(live[i - 1]?.q.end ?? 0, r.q.start);
    const subject = SUBJECT.exec(lead);
    const whole = WHOLE.exec(text.slice(r.q.end, r.q.end + 120));
    if (!subject || !whole) continue;
    const part = partOf(subject[1]);
    if (!part) continue;
    const resolution = resolveIndicator(PERSON, false, whole[1], paragraph);
    if (!resolution.known) continue;
    r.indicator = `${resolution.indicator}_share`;
    r.family = resolution.family;
    r.breakdown = part;
    r.rule = "share";
    r.confidence = 0.6;
  }
}
