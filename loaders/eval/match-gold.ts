/**
 * When a database row matches a gold record (shared/notes/gold-format.md).
 *
 * A row matches a gold record when
 *   1. the row's doc_id is the gold `doc`, or starts with it (an exact doc_id wins over a prefix);
 *   2. the values are equal (up to floating-point noise) as quantities: a unit that opens on a scale word
 *      ("million USD", "thousands of persons") multiplies its value, so 253 million USD equals 253000000 USD;
 *   3. period_start and period_end are equal (null only equals null);
 *   4. the breakdowns agree under BREAKDOWN_RULE:
 *      - "gold-keys" (the default, as gold-format.md words it): every breakdown key (country, citizenship,
 *        sex, age_group, category) the gold record sets must be set on the row and agree after
 *        normalisation; keys only the row sets do not count, so a gold total also matches a row the
 *        extractor qualified further (e.g. sex=female + age_group=adult for "women"), while a row total
 *        never matches a gold part;
 *      - "strict" (--breakdown-rule strict): a key set on EITHER side must be set on both and agree, so a
 *        row split by sex never matches a gold total of the same value either.
 *      Normalisation: countries and citizenships through the country list of specs/countries (its
 *      whole-value names too); sex words to female/male; age groups by dash, spacing and a few words;
 *      categories case-insensitively on words, punctuation ignored, and one may be a contiguous run of
 *      words of the other ("judges" agrees with "judges (migration law)").
 * Indicator, family, unit, paragraph and tier never take part: the gold names are free.
 * The relation is many-to-many: one row may match several gold records and the reverse.
 */
import type {Breakdown, Observation} from "../types.js";
import {countryOfName} from "../specs/countries.js";
import {PERMIT_GROUNDS} from "../vocabulary/grounds.js";
import {CATEGORIES, COUNTED_NOUNS} from "../vocabulary/nouns.js";
import type {GoldRecord} from "./read-gold.js";
import {DIMENSION_IDS} from "../registry/dimensions.js";
import {SCALES} from "../vocabulary/quantities.js";

export const BREAKDOWN_KEYS = DIMENSION_IDS;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

/** Words for sex in reports and gold files; anything else is not a sex. */
const SEX_WORDS: Record<"female" | "male", string[]> = {
  female: ["female", "females", "woman", "women", "girl", "girls", "f"],
  male: ["male", "males", "man", "men", "boy", "boys", "m"]
};

/** Age-group words that name the same group. */
const AGE_WORDS: Record<string, string[]> = {
  child: ["child", "children", "minor", "minors", "juvenile", "juveniles", "under 18", "0-17"],
  adult: ["adult", "adults", "18+", "18 and over", "18 and older"]
};

const key = (s: string) =>
  s.normalize("NFKC").replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim().toLowerCase().replace(/^the /, "");
const SEX_LOOKUP = new Map(Object.entries(SEX_WORDS).flatMap(([sex, words]) => words.map((w) => [w, sex] as const)));
const AGE_LOOKUP = new Map(
  Object.entries(AGE_WORDS).flatMap(([group, words]) => words.map((w) => [w, group] as const))
);

export function normaliseCountry(text: string): string {
  return countryOfName(text) ?? key(text);
}

/** female, male, or null when the word is no sex word. */
export function normaliseSex(text: string): "female" | "male" | null {
  return (SEX_LOOKUP.get(key(text)) as "female" | "male" | undefined) ?? null;
}

export function normaliseAgeGroup(text: string): string {
  const k = key(text)
    .replace(/[–—−]/g, "-")
    .replace(/\b(years old|year-olds?|years?|aged)\b/g, "")
    .replace(/\s*(and over|and older|or more|and above)\b/g, "+")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  return AGE_LOOKUP.get(k) ?? k;
}

/** American spellings gold writers copy from US reports, read as the British ones the extractor writes. */
const SPELLINGS: Record<string, string> = {
  labor: "labour",
  organization: "organisation",
  organizations: "organisations",
  center: "centre",
  centers: "centres"
};

/** Category words, lower-case, punctuation dropped, one spelling and number per word ("workers" is "worker"). */
export function categoryWords(text: string): string[] {
  return key(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => SPELLINGS[w] ?? w)
    .map((w) => (w.length > 3 && /[^su]s$/.test(w) ? w.slice(0, -1) : w));
}

/** The vocabulary's label for a category written in one of its wordings ("sexual exploitation" is "sex trafficking"). */
function vocabularyLabel(text: string): string | null {
  const t = ` ${categoryWords(text).join(" ")} `;
  let best: {label: string; length: number} | null = null;
  for (const c of [...CATEGORIES, ...PERMIT_GROUNDS])
    for (const f of c.forms) {
      const form = categoryWords(f).join(" ");
      if (t.includes(` ${form} `) && (!best || form.length > best.length)) best = {label: c.label, length: form.length};
    }
  return best?.label ?? null;
}

/**
 * One side's words appear contiguously in the other's (whole words, so "voluntary" never agrees with
 * "involuntary"), or both name the same category of the extraction vocabulary.
 */
export function categoriesAgree(a: string, b: string): boolean {
  const [la, lb] = [vocabularyLabel(a), vocabularyLabel(b)];
  if (la && lb && la === lb) return true;
  const [x, y] = [categoryWords(a), categoryWords(b)];
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, j) => long[i + j] === w)) return true;
  return false;
}

const present = (v: string | null | undefined): v is string => typeof v === "string" && v.trim() !== "";

/** The comparable form of one breakdown value (categories keep their words; containment is checked separately). */
export function normaliseValue(k: BreakdownKey, v: string): string {
  switch (k) {
    case "country":
    case "citizenship":
      return normaliseCountry(v);
    case "sex":
      return normaliseSex(v) ?? key(v);
    case "age_group":
      return normaliseAgeGroup(v);
    case "category":
      return categoryWords(v).join(" ");
  }
}

export type BreakdownRule = "strict" | "gold-keys";

/** The gold format's own wording; "strict" stays available to see how much row-only keys add. */
export const BREAKDOWN_RULE: BreakdownRule = "gold-keys";

// Nouns for people in general ("victims", "nationals"), one word each, as category words write them.
const PERSON_WORDS = new Set(
  COUNTED_NOUNS.filter((n) => n.person)
    .flatMap((n) => n.forms)
    .filter((f) => !/\s/.test(f))
    .flatMap((f) => categoryWords(f))
);

/** Whether a category says only that the people are foreign ("foreign victims", "foreign nationals", "foreigners"). */
export function namesForeigners(category: string): boolean {
  const words = categoryWords(category);
  return (
    words.some((w) => w === "foreign" || w === "foreigner") &&
    words.every((w) => w === "foreign" || w === "foreigner" || PERSON_WORDS.has(w))
  );
}

export function breakdownsAgree(gold: Breakdown, row: Breakdown, rule: BreakdownRule = BREAKDOWN_RULE): boolean {
  // "62 were foreign victims": a gold category that says only "foreign" is the citizenship the extractor writes so.
  if (
    present(gold.category) &&
    !present(gold.citizenship) &&
    namesForeigners(gold.category) &&
    present(row.citizenship)
  )
    if (breakdownsAgree({...gold, category: null, citizenship: "foreign"}, row, rule)) return true;
  return BREAKDOWN_KEYS.every((k) => {
    const [g, r] = [gold[k], row[k]];
    if (!present(g)) return rule === "gold-keys" || !present(r);
    if (!present(r)) return false;
    return k === "category" ? categoriesAgree(g, r) : normaliseValue(k, g) === normaliseValue(k, r);
  });
}

/** Equal up to floating-point noise, so 107.172 read two ways stays one value. */
export function valuesEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export const sameDate = (a: string | null | undefined, b: string | null | undefined) => (a ?? null) === (b ?? null);

const SCALED_UNIT = new RegExp(`^(${Object.keys(SCALES).join("|")})s?(?:\\s+of)?\\s`, "i");

/** The value in the unit's base ("253" in "million USD" is 253000000), so either side may state a scale. */
export function baseValue(v: {value: number; unit?: string | null}): number {
  const scale = SCALED_UNIT.exec(v.unit ?? "");
  return scale ? v.value * SCALES[scale[1].toLowerCase()] : v.value;
}

/** The matching rule, without the document (see resolveGoldDocs). */
export function rowMatchesGold(row: Observation, gold: GoldRecord, rule: BreakdownRule = BREAKDOWN_RULE): boolean {
  return (
    valuesEqual(baseValue(row), baseValue(gold)) &&
    sameDate(row.period_start, gold.period_start) &&
    sameDate(row.period_end, gold.period_end) &&
    breakdownsAgree(gold.breakdown, row, rule)
  );
}

/** A canonical text of a breakdown, for grouping equal statistics. */
export function breakdownKey(b: Breakdown): string {
  return BREAKDOWN_KEYS.map((k) => (present(b[k]) ? `${k}=${normaliseValue(k, b[k]!)}` : ""))
    .filter(Boolean)
    .join(";");
}

export interface GoldDocs {
  byDoc: Map<string, GoldRecord[]>;
  /** Records whose doc names no document of the seed folders. */
  unknown: GoldRecord[];
  /** Records whose doc is a prefix of several doc_ids and none exactly. */
  ambiguous: {record: GoldRecord; candidates: string[]}[];
}

/** Assigns each gold record to the one document its doc names, exactly or as a prefix. */
export function resolveGoldDocs(records: GoldRecord[], docIds: string[]): GoldDocs {
  const byDoc = new Map<string, GoldRecord[]>();
  const unknown: GoldRecord[] = [];
  const ambiguous: GoldDocs["ambiguous"] = [];
  for (const record of records) {
    const candidates = docIds.includes(record.doc) ? [record.doc] : docIds.filter((d) => d.startsWith(record.doc));
    if (candidates.length === 0) unknown.push(record);
    else if (candidates.length > 1) ambiguous.push({record, candidates});
    else byDoc.set(candidates[0], [...(byDoc.get(candidates[0]) ?? []), record]);
  }
  return {byDoc, unknown, ambiguous};
}

export interface DocumentMatch {
  /** For each row, the indexes of the gold records it matches. */
  rowGold: number[][];
  /** For each gold record, the indexes of the rows that match it. */
  goldRows: number[][];
  /** For each row: matched, restated, or unexplained. */
  rowStatus: ("matched" | "restated" | "unexplained")[];
}

/** Same indicator, period, breakdown and value: the same statistic stated again elsewhere in the report. */
export function restatementKey(row: Observation): string {
  return JSON.stringify([row.indicator, row.period_start, row.period_end, breakdownKey(row), row.value]);
}

/** Matches one document's rows against that document's gold records. */
export function matchDocument(
  rows: Observation[],
  gold: GoldRecord[],
  rule: BreakdownRule = BREAKDOWN_RULE
): DocumentMatch {
  const rowGold = rows.map(() => [] as number[]);
  const goldRows = gold.map(() => [] as number[]);
  for (const [i, row] of rows.entries()) {
    for (const [j, g] of gold.entries()) {
      if (rowMatchesGold(row, g, rule)) {
        rowGold[i].push(j);
        goldRows[j].push(i);
      }
    }
  }
  // Under the current rule a restatement matches the same gold record itself; the explicit check keeps
  // gold-format.md's "nor restates one" true should the rule ever narrow (e.g. to one row per record).
  const matchedKeys = new Set(rows.filter((_, i) => rowGold[i].length > 0).map(restatementKey));
  const rowStatus = rows.map(
    (row, i) =>
      (rowGold[i].length > 0
        ? "matched"
        : matchedKeys.has(restatementKey(row))
          ? "restated"
          : "unexplained") as DocumentMatch["rowStatus"][number]
  );
  return {rowGold, goldRows, rowStatus};
}
