/**
 * What the subject of a list of counts says of every count in it: "Forced labor victims included 17
 * Filipinos, three Mauritians and one Nepali" (each part is of forced labor), "Sixteen of the forced
 * labor victims were male and six were female" (both parts are of forced labor); what a count's own
 * predicate says of it ("16 of the victims were male", "two were female Chinese nationals"); and a
 * bracketed count of those from one source ("(13 from a single case)"), which is no breakdown.
 */
import type {Breakdown} from "../types.js";
import {CATEGORIES} from "../vocabulary/nouns.js";
import {qualifiersIn} from "./read-counted.js";

/** The parts of a reading these rules look at and set. */
export interface SubjectPart {
  q: {start: number; end: number; kind: string; excluded?: string | null};
  counted: {end: number};
  noun: {person?: boolean} | null;
  breakdown: Breakdown;
  inParen: boolean;
  confidence: number;
  agent?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ -]/g, "[\\s-]+");
const FORMS = CATEGORIES.flatMap((c) => c.forms.map((form) => ({form, label: c.label}))).sort(
  (a, b) => b.form.length - a.form.length
);
const FORM_SOURCE = FORMS.map((f) => escape(f.form)).join("|");
const PERSONS = String.raw`(?:victims|survivors|persons|individuals)`;
/** "Forced labor victims included …", "…, while sex trafficking victims comprised …". */
const CARRIER = new RegExp(
  String.raw`(?:^|[;:.]\s*|,\s*(?:and|while|whereas)\s+|\b(?:and|while|whereas)\s+)(?:the\s+)?(${FORM_SOURCE})\s+${PERSONS}\s+(?:identified\s+)?(?:included|include|includes|comprised|comprise|consisted\s+of|were|numbered)\b`,
  "gi"
);
/** "Sixteen of the forced labor victims …", "among the sex trafficking victims, …". */
const PARTITIVE = new RegExp(String.raw`\b(?:of|among)\s+(?:the|these|those)\s+(${FORM_SOURCE})\s+${PERSONS}\b`, "gi");
/** "… were male", "… was a Maltese male sentenced …", "… were female Chinese nationals". */
const PREDICATE = /^\s+(?:were|was)\s+(?:all\s+)?(?:an?\s+)?((?:[A-Za-z][\p{L}-]*\s+){0,2}[A-Za-z][\p{L}-]*)/u;
/** "(13 from a single case)": those that came from one source among a count, no part of any breakdown. */
const ONE_SOURCE = /^\s+(?:were\s+|was\s+)?(?:from|in|of)\s+(?:a\s+single|one\s+single|one|the\s+same)\s+[a-z]+\s*\)/i;

const KIND_PREDICATE = /^\s+(?:were|was)\s+((?:[a-z-]+\s+){1,3})(?:victims|survivors)\b/i;
const STATUS = new Set(CATEGORIES.filter((c) => c.status).map((c) => c.label));
const UNKNOWN_FOR =
  /\b(?:no|without|lacking|missing)\s+(?:information|data|details|record)\s+(?:was\s+available\s+|were\s+available\s+)?(?:on|about|for|regarding|concerning)\s+(?:the\s+)?$/i;

function labelOf(form: string): string {
  const key = form.toLowerCase().replace(/[\s-]+/g, " ");
  return FORMS.find((f) => f.form.toLowerCase().replace(/[\s-]+/g, " ") === key)?.label ?? key;
}

/** "three traffickers convicted for sex trafficking", "12 persons prosecuted under forced labor provisions". */
const PARTICIPLE_KIND = new RegExp(
  String.raw`^\s+(?:were\s+|was\s+)?[a-z]+ed\s+(?:for|of|on|under)\s+(?:charges\s+of\s+)?(${FORM_SOURCE})\b`,
  "i"
);

/** Sets the kind a participle after a count's noun names ("traffickers convicted for sex trafficking"). */
export function participleKinds(text: string, live: SubjectPart[]): void {
  for (const r of live) {
    if (r.q.kind !== "count" || !r.noun || (r.breakdown.category && !STATUS.has(r.breakdown.category))) continue;
    const m = PARTICIPLE_KIND.exec(text.slice(r.counted.end, r.counted.end + 80));
    if (m) r.breakdown.category = labelOf(m[1]);
  }
}

/** Sets the category a subject or partitive names on the person counts after it in its clause. */
export function subjectCategories(text: string, live: SubjectPart[]): void {
  const carriers: {at: number; label: string}[] = [];
  for (const re of [CARRIER, PARTITIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) carriers.push({at: m.index + m[0].length, label: labelOf(m[1])});
  }
  carriers.sort((a, b) => a.at - b.at);
  for (const r of live) {
    if (r.q.kind !== "count" || r.breakdown.category || r.agent || !r.noun?.person) continue;
    const carrier = carriers.filter((c) => c.at <= r.q.start).pop();
    // A semicolon or a sentence's end closes the subject's clause.
    if (!carrier || /[;]/.test(text.slice(carrier.at, r.q.start))) continue;
    r.breakdown.category = carrier.label;
  }
}

/** Fills a count's sex, age group and citizenship from a predicate of its own ("were male", "was a Maltese male"). */
export function ownPredicates(text: string, live: SubjectPart[]): void {
  for (const r of live) {
    if (r.q.kind !== "count" || !r.noun?.person) continue;
    // "88 out of 92 identified victims were Serbian nationals": the predicate is the part's, not the whole's.
    if (
      live.some((p) => p.q.end <= r.q.start && /^\s+(?:out\s+)?of\s+(?:the\s+)?$/.test(text.slice(p.q.end, r.q.start)))
    )
      continue;
    const predicate = PREDICATE.exec(text.slice(r.counted.end, r.counted.end + 80));
    if (!predicate) continue;
    // The predicate ends at a participle or a preposition: "a Maltese male sentenced to …".
    const words: string[] = [];
    for (const w of predicate[1].split(/\s+/)) {
      const kindWord = /^(?:trafficking|begging|soldiering)$/i.test(w);
      if ((/(?:ed|ing)$/.test(w) && !kindWord) || /^(?:to|in|for|by|from|and|of|with|at)$/i.test(w)) break;
      words.push(w);
    }
    const own = qualifiersIn(words.join(" "));
    for (const k of ["sex", "age_group", "citizenship"] as const)
      if (own[k] && !r.breakdown[k]) r.breakdown[k] = own[k];
    // "10 of the presumed victims were sex trafficking victims": the kind the predicate names over the status.
    const kind = KIND_PREDICATE.exec(text.slice(r.counted.end, r.counted.end + 80));
    const named = kind ? qualifiersIn(kind[1]).category : undefined;
    if (named && !STATUS.has(named) && r.breakdown.category && STATUS.has(r.breakdown.category))
      r.breakdown.category = named;
  }
}

/** "no information on four victims": those the attribute listed before is unknown for, kept for review. */
export function unknownAttributes(text: string, live: SubjectPart[]): void {
  for (const r of live)
    if (r.q.kind === "count" && UNKNOWN_FOR.test(text.slice(Math.max(0, r.q.start - 60), r.q.start)))
      r.confidence = Math.min(r.confidence, 0.3);
}

/** Keeps a bracketed count of those from one case or source for review only. */
export function oneSourceAsides(text: string, live: SubjectPart[]): void {
  for (const r of live)
    if (r.q.kind === "count" && r.inParen && ONE_SOURCE.test(text.slice(r.q.end, r.q.end + 60)))
      r.confidence = Math.min(r.confidence, 0.3);
}

/** A quoted term: “illegal marriage”, "forced begging," (the comma US style puts inside the quotes). */
const QUOTED = /[“"]([^”"]{2,60}?),?[”"]/g;

/**
 * "… included “illegal marriage” and “illegal adoption” … (64 and three, respectively, in 2020)": the counts of a
 * bracket read "respectively" name, in order, the quoted terms listed last before it.
 */
export function respectiveQuoted(text: string, live: SubjectPart[]): void {
  for (const m of text.matchAll(/\(([^()]*?)\brespectively\b[^()]*\)/g)) {
    const open = m.index!;
    const parts = live.filter((r) => r.q.kind === "count" && r.q.start > open && r.q.start < open + m[0].length);
    if (parts.length < 2) continue;
    const before = text.slice(0, open);
    const terms = [...before.matchAll(QUOTED)];
    const list = terms.slice(-parts.length);
    if (list.length !== parts.length) continue;
    // The terms must be one list: only commas, "and" or "or" between them.
    const joined = list.every(
      (t, k) =>
        k === 0 || /^[\s,]*(?:and|or)?\s*$/.test(before.slice(list[k - 1].index! + list[k - 1][0].length, t.index))
    );
    if (!joined) continue;
    parts.forEach((r, k) => (r.breakdown.category = list[k][1].trim()));
  }
}

/**
 * "(11 Greeks and 35 foreign citizens in 2016)", "an inflow of foreign nationals (67 400)": people counted as foreigners
 * are of a citizenship, where the count could have held nationals too.
 */
export function foreignParts(live: (SubjectPart & {noun: {lemma?: string} | null; family?: string})[]): void {
  for (const r of live)
    if (
      r.q.kind === "count" &&
      r.noun?.lemma === "foreigner" &&
      FOREIGNERS_A_PART.has(r.family ?? "") &&
      !r.breakdown.citizenship
    )
      r.breakdown.citizenship = "foreign";
}

// Families whose people may be nationals or foreigners; a work permit or a deportation is a foreigner's by definition.
const FOREIGNERS_A_PART = new Set(["trafficking", "border"]);

/** "referred them to one of five regional NGO teams": the size of a standing set of bodies, no count of the period. */
export function setSizes(text: string, live: (SubjectPart & {noun: {unit?: string} | null})[]): void {
  for (const r of live)
    if (
      r.q.kind === "count" &&
      // Bodies stand from year to year; "one of four police operations" counts operations of the period.
      r.noun?.unit === "organisations" &&
      /\b(?:one|each|any|all)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, r.q.start - 16), r.q.start))
    )
      r.confidence = Math.min(r.confidence, 0.3);
}
