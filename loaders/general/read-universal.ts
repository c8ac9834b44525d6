/**
 * "All were foreign victims in 2016 and 2017", "all were female in 2019 and 2018", "Of the official victims, all
 * were victims of forced labor", "215 female victims, all but two of whom were victims of domestic servitude": a
 * universal statement about counted people states, with no number of its own, that the whole count (less the
 * exceptions) has one attribute. The part is the whole's value, read for every year the statement names.
 */
import type {Breakdown} from "../types.js";
import type {Extracted} from "../extracted.js";
import {parseNumber, parseNumberWord} from "../numbers/parse-number.js";
import {qualifiersIn} from "./read-counted.js";
import {CATEGORIES} from "../vocabulary/nouns.js";

export interface Universal {
  /** Where "all" stands in the sentence. */
  start: number;
  end: number;
  /** The exceptions of "all but N". */
  but: number;
  /** "all of whom", "all but two of whom": the whole is the count just before. */
  whose: boolean;
  /** The words of "Of the official victims, all …" that name the whole. */
  of: string | null;
  attribute: Breakdown;
  /** The years the statement is made for ("in 2016 and 2017"); empty when it names none. */
  years: string[];
}

const YEAR = "(?:19|20)\\d\\d";
const UNIVERSAL = new RegExp(
  `(?:\\b[Oo]f\\s+(?:the|these|those)\\s+(?<of>[a-z][\\p{L}\\s-]{0,40}?)\\s*,\\s*)?(?<![\\p{L}])(?<all>[Aa]ll)(?:\\s+but\\s+(?<but>\\d[\\d,]*|[a-z]+(?:-[a-z]+)?))?(?<whose>\\s+of\\s+(?:whom|them|these|those))?\\s+(?:were|was|are)\\s+(?<pred>[^;,()]{1,80}?)(?<years>\\s+(?:in|during)\\s+${YEAR}(?:\\s*(?:,|and|or|,\\s*and)\\s*${YEAR})*)?(?=\\s*(?:[;,.()]|$))`,
  "gud"
);
/** Words a predicate of attributes may hold besides the attribute's own. */
const FILLER =
  /^(?:victims?|persons?|people|individuals|nationals|citizens|of|from|the|both|and|subjected|to|trafficking|exploitation|[A-Z][\p{L}’'-]*)$/u;

/** Every universal statement of a sentence whose predicate names an attribute. */
export function findUniversals(text: string): Universal[] {
  const found: Universal[] = [];
  for (const m of text.matchAll(UNIVERSAL)) {
    const g = m.groups!;
    const pred = g.pred.trim();
    const words = pred.split(/\s+/);
    const attribute = qualifiersIn(singular(pred));
    // "all were convicted", "all were released": a predicate of events is no attribute.
    if (!Object.values(attribute).some(Boolean)) continue;
    const rest = qualifierFree(pred);
    if (rest.some((w) => !FILLER.test(w))) continue;
    // "all were women and children": two attributes at once split the whole in no one way.
    if (/\b(?:and|or)\b/.test(pred) && !attribute.category?.includes(" and ")) continue;
    const but = g.but ? (parseNumber(g.but)?.value ?? parseNumberWord(g.but)) : 0;
    if (but === null || but === undefined) continue;
    // "All but 15 … were from Kazakhstan" counts the others; that number is read as it stands.
    if (but && (attribute.citizenship || attribute.country || /\bexploited\b/.test(pred))) continue;
    if (words.length > 8) continue;
    const start = m.indices!.groups!.all![0];
    const of = g.of && !/^(?:whom|them)$/.test(g.of) ? g.of.trim() : null;
    found.push({
      start,
      end: start + g.all.length,
      but,
      whose: Boolean(g.whose) && /whom/.test(g.whose),
      of,
      attribute,
      years: g.years ? [...g.years.matchAll(new RegExp(YEAR, "g"))].map((y) => y[0]) : []
    });
  }
  return found;
}

/** The predicate's words less those of the vocabulary's categories and qualifiers. */
function qualifierFree(pred: string): string[] {
  let rest = ` ${pred} `;
  for (const form of CATEGORY_FORMS) rest = rest.replace(form, " ");
  return rest
    .split(/\s+/)
    .filter(Boolean)
    .filter((w) => !Object.values(qualifiersIn(singular(w))).some(Boolean));
}

const CATEGORY_FORMS = CATEGORIES.flatMap((c) => c.forms)
  .sort((a, b) => b.length - a.length)
  .map((f) => new RegExp(` ${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `, "gi"));
/** "minors", "adults": the vocabulary lists qualifiers in the singular. */
const singular = (words: string) => words.replace(/\b(minor|adult|girl|boy|juvenile|woman|female|male)s\b/gi, "$1");

/** The words after a number up to the first mark or conjunction: the noun phrase it counts. */
function nounPhraseAfter(raw: string, at: number): string[] {
  const m = /^[^,;.()]*?(?=\s+(?:and|or|in|were|was|while)\b|[,;.()]|$)/.exec(raw.slice(at, at + 60));
  return (m?.[0] ?? "").toLowerCase().split(/\s+/);
}

/** A number that is not a year. */
const COUNT_BEFORE = /(?<![\d.,])(?!(?:19|20)\d\d(?![\d,]))\d[\d,]*/;

const KEYS = ["country", "citizenship", "sex", "age_group", "category"] as const;
const isTotal = (r: Extracted) => KEYS.every((k) => !r[k]);

export interface SentencePlace {
  text: string;
  /** Raw offsets of a span of the sentence. */
  toRaw: (start: number, end: number) => [number, number];
  quote: [number, number];
}

/**
 * The rows a sentence's universal statements state: the whole each refers to, among the rows read before it in
 * its paragraph, with the attribute added, one per year named.
 */
export function universalRows<T extends Extracted>(sentence: SentencePlace, prior: T[], raw: string): T[] {
  const rows: T[] = [];
  for (const u of findUniversals(sentence.text)) {
    const [as, ae] = sentence.toRaw(u.start, u.end);
    const before = prior.filter((r) => r.value_end <= as && r.unit === "persons");
    let wholes: T[] = [];
    if (u.whose) {
      const last = before.at(-1);
      if (last && last.quote_start === sentence.quote[0]) wholes = [last];
    } else {
      const named = u.of ? u.of.split(/\s+/).filter((w) => w.length > 3) : [];
      const fits = (r: T) =>
        named.length ? named.every((w) => nounPhraseAfter(raw, r.value_end).includes(w.toLowerCase())) : isTotal(r);
      // "98 identified victims, all are citizens of X": a count of the sentence's own before "all" is its whole, so
      // an earlier sentence's count (when this one was read by a spec) is none.
      const ownCount = COUNT_BEFORE.test(sentence.text.slice(0, u.start));
      const candidates = before.filter((r) => fits(r) && (!ownCount || r.quote_start === sentence.quote[0]));
      if (u.years.length)
        wholes = u.years
          .map((y) => candidates.filter((r) => r.period.label === y).at(-1))
          .filter((r): r is T => r !== undefined);
      else if (candidates.length) {
        // With no year named, the statement is of the paragraph's own period, the latest it counts, not a comparison.
        const latest = candidates.reduce((a, r) => (r.period.end > a ? r.period.end : a), "");
        wholes = [candidates.filter((r) => r.period.end === latest).at(-1)!];
      }
    }
    for (const whole of wholes) {
      const value = whole.value - u.but;
      if (value <= 0) continue;
      const row: T = {
        ...whole,
        ...Object.fromEntries(KEYS.map((k) => [k, u.attribute[k] ?? whole[k]])),
        spec_id: "general:universal",
        value,
        quote_start: sentence.quote[0],
        quote_end: sentence.quote[1],
        value_start: as,
        value_end: ae
      };
      const same = (r: Extracted) =>
        r.indicator === row.indicator &&
        r.value === row.value &&
        r.period.label === row.period.label &&
        KEYS.every((k) => r[k] === row[k]);
      if (!prior.some(same) && !rows.some(same)) rows.push(row);
    }
  }
  return rows;
}
