/**
 * Parts of a count listed by a label before each number: after a colon, "male children, 233 (8.5%); female
 * children, 688 (25.1%)" labels each part with the words before its comma; and a part named as the subject of
 * "were" ("Victims of inward trafficking were 45; intercepted victims were 1,484") is that kind of the noun.
 */
import type {Breakdown} from "../types.js";
import {lastNounIn, qualifiersIn} from "./read-counted.js";

/** A label of a few lower-case words, then a comma, then the number: one item of a list after a colon. */
const ITEM = /(?:^|[:;]|,\s+and|,\s+or)\s*(?:and\s+|or\s+)?([a-z][a-z' -]{1,40}?)\s*,\s*$/;

/** Words that begin a clause or a time, not a label: "in 2019, 45", "of these, 12", "however, 30". */
const NOT_LABEL =
  /^(?:in|of|on|at|by|for|from|to|with|among|however|thus|then|so|also|overall|total|altogether|including|respectively|that|this|these|those|which|whom|it|they|there|the|a|an|year|month|while|but|last|next|each)\b/;

/** The breakdown an item's label before its number gives it, when the number stands in a list after a colon. */
export function itemLabel(text: string, at: number): Breakdown | null {
  const before = text.slice(0, at);
  const colon = before.lastIndexOf(":");
  if (colon < 0) return null;
  const m = ITEM.exec(before.slice(colon));
  if (!m) return null;
  const label = m[1].trim();
  if (NOT_LABEL.test(label) || label.split(/\s+/).length > 5) return null;
  const breakdown = qualifiersIn(label);
  if (!Object.values(breakdown).some(Boolean)) breakdown.category = label;
  return breakdown;
}

/** Words that open a clause or point to one person; no label of a kind has them. */
const CLOSED_WORD =
  /\b(?:until|till|when|after|before|since|if|as|because|while|his|her|their|its|my|our|your|a|an|one|each|every|this|that)\b/i;

/** A noun phrase the subject of "were", "was", "are" or "is" just before the number. */
const SUBJECT_OF_BE =
  /(?:^|[;:,.]\s*|\band\s+|["“])((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+(?:\s+(?:of|from|into|in)\s+[a-z-]+(?:\s+[a-z-]+)?)?)\s+(?:were|was|are|is|numbered|totalled|totaled)\s+$/;

/**
 * "Victims of inward trafficking were 45", "returned victims from abroad were 251", "intercepted victims were
 * 1,484": the kind of a counted noun the subject names, when the number is its predicate and the subject names more
 * than the bare noun. Null when the subject names no counted noun of persons.
 */
export function kindOfSubject(before: string): {category: string; breakdown: Breakdown} | null {
  const m = SUBJECT_OF_BE.exec(before);
  if (!m) return null;
  const phrase = m[1].replace(/^(?:and|or|but|while)\s+/i, "");
  // "Victims of forced marriage": the head is the noun before "of", not the kind after it.
  const of = phrase.search(/\s(?:of|from|into|in)\s/i);
  const noun = lastNounIn(phrase, 0, of < 0 ? phrase.length : of);
  if (!noun?.noun?.person) return null;
  const at = /[\p{L}-]+$/u.exec(phrase.slice(0, noun.end))?.index ?? -1;
  if (at < 0) return null;
  const lead = phrase
    .slice(0, at)
    .trim()
    .replace(/^(?:the|these|those)\s+/i, "");
  // "until the child was 14", "when her son was 6": a clause about one person's age, not a kind of them.
  if (CLOSED_WORD.test(lead)) return null;
  const tail = phrase
    .slice(noun.end)
    .replace(/^\s*of\s+/i, "")
    .trim();
  const words = `${lead} ${tail}`.trim().toLowerCase();
  // "The victims were 45", "Most victims were 14": nothing sets the part apart.
  if (!words || /^(?:the|most|all|some|these|those|many|few|such|our|their|its|total|other)$/.test(words)) return null;
  const breakdown = qualifiersIn(words);
  return {category: breakdown.category ?? words.replace(/^(?:the|of)\s+/, ""), breakdown};
}

/** Why or how a listed part did what its whole did: "returning on their own choice", "whose visas expired". */
const REASON =
  /^\s+((?:returning|leaving|coming\s+back)\s+(?:on|due|because|without|with|after|for|as)\b[^,;.]*|(?:whose|who\s+(?:are|were|had|have|did))\s[^,;.]*|(?:due\s+to|because\s+of|because|owing\s+to)\s[^,;.]*|(?:discharged|dismissed|laid\s+off|terminated)\s+from\s[^,;.]*)/i;

/** The reason a count's words after it give, as its category ("due to other reasons"), or null. */
export function reasonAfter(after: string): string | null {
  const m = REASON.exec(after);
  return m ? m[1].trim().replace(/\s+/g, " ").toLowerCase() : null;
}

/** Whether a sentence lists at least three counts by reason: a breakdown of the count before it. */
export function listsReasons(text: string, starts: number[], ends: number[]): boolean {
  return ends.filter((e) => reasonAfter(text.slice(e)) !== null).length >= 3 && starts.length >= 3;
}

/**
 * Words of a sector a listed part works in ("220 persons from agriculture and livestock industry", "159
 * individuals subjected to trafficking in the fishing industry").
 */
const SECTOR =
  /^\s+(?:working\s+in|employed\s+in|exploited\s+in|subjected\s+to\s+(?:[a-z-]+\s+){0,2}?in|from|in)\s+(?:the\s+)?((?:[a-z-]+\s+){0,3}?(?:agriculture|livestock|construction|fisheries|fishing|manufacturing|factories|factory|workplaces|plantations|mining|hospitality|services|domestic\s+work|textiles?|garments?|industry|sector|jobs)(?:\s+(?:and|or)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?)(?=\s*(?:[,;.)]|$))/;

/** The sector a count's words after it name, or null. */
export function sectorAfter(after: string): string | null {
  return SECTOR.exec(after)?.[1].trim() ?? null;
}

/** "5,000 were asylum-related", "12 are trafficking-related": the part the predicate's "-related" names. */
export function relatedKind(after: string): string | null {
  return /^\s+(?:were|was|are|is)\s+([a-z]+(?:\s+[a-z]+)?)-related\b/i.exec(after)?.[1].toLowerCase() ?? null;
}
