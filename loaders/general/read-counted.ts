/**
 * What a number counts: the head noun after it ("57 alleged victims"), after a copula ("49 were
 * female victims"), and the qualifiers around it (sex, age, form of exploitation, citizenship).
 * Reads a few words to the right of the number only; a number with no head noun is elliptic and
 * takes its noun from a neighbour.
 */
import {KEY_FIGURE_LABEL} from "./key-figure.js";
import {groupAt} from "./read-group-word.js";
import {namedBody} from "./named-body.js";
import {letterCodes} from "./read-letter-codes.js";
import type {Breakdown} from "../types.js";
import {groundUnder} from "./read-ground.js";
import {
  CATEGORIES,
  COUNTED_NOUNS,
  GENERIC_OF,
  PART_PARTICIPLES,
  QUALIFIERS,
  type CountedNoun
} from "../vocabulary/nouns.js";
import {predicateNoun} from "./predicate-noun.js";
import {nonCitizensOf, nounTail, originAfter} from "./read-origin.js";
import {formsOfWording} from "./read-list-kinds.js";
import {groupSpans} from "./read-group-word.js";
import {canonicalCountry, JOINED_COUNTRY_SOURCE} from "../specs/countries.js";
import {timeAfter} from "./time-after.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {closesPeople, peopleAt} from "./people-word.js";

export interface Counted {
  noun: CountedNoun | null;
  /** Offset just after the head noun, or after the last word read. */
  end: number;
  breakdown: Breakdown;
  /** How the phrase ended when no head was found: the word that stopped the reading. */
  stop: string;
  copular: boolean;
  /** Words between the number and its head that no list knows ("long stay"). */
  modifiers: string;
}

const PERSON = COUNTED_NOUNS.find((n) => n.lemma === "person")!;
const FORMS = COUNTED_NOUNS.flatMap((noun) => noun.forms.map((form) => ({form, noun}))).sort(
  (a, b) => b.form.length - a.form.length
);
const SAINT_STATE = /^St\.?\s+\p{Lu}\p{L}+/u;
const JOINED_STATE = new RegExp(String.raw`^(?:${JOINED_COUNTRY_SOURCE})(?![\p{L}])`, "iu");
const STOP = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "been",
  "be",
  "in",
  "from",
  "to",
  "for",
  "and",
  "or",
  "by",
  "with",
  "at",
  "on",
  "of",
  "during",
  "per",
  "who",
  "which",
  "that",
  "compared",
  "while",
  "whom",
  "as",
  "each",
  "than",
  "the",
  "their",
  "these",
  "those",
  "this",
  "its",
  "his",
  "her",
  "into",
  "under",
  "over",
  "since",
  "between",
  "among",
  "out",
  "did",
  "not",
  "all",
  "but",
  "when",
  "where",
  "after",
  "before",
  "through",
  "until",
  "against",
  "also",
  "whereas",
  "if"
]);
const COPULA =
  /^\s*(?:were|was|are|is|had been|have been|has been)\s+(?:(?:identified|recognized|recognised|found|confirmed|reportedly|also|officially|all)\s+(?:as\s+)?)*/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// One alternation of every form, longest first, so a head is found by one regex step instead of a loop.
const FORM_SOURCE = FORMS.map((f) => escape(f.form)).join("|");
// "NGO-run shelter", "state-funded centre": a noun joined to a participle modifies the head after it.
const NOT_HEAD_END = "(?![a-z]|-(?:run|operated|led|based|funded|owned|managed|supported)(?![a-z]))";
const HEAD_AT = new RegExp(`(?:${FORM_SOURCE})${NOT_HEAD_END}`, "y");
const HEADS = new RegExp(`(?<![a-z])(?:${FORM_SOURCE})${NOT_HEAD_END}`, "g");
const BY_FORM = new Map(FORMS.map((f) => [f.form, f]));
const QUALIFIER_RES = QUALIFIERS.map((q) => ({
  set: q.set,
  re: new RegExp(`[^a-z](?:${q.forms.map(escape).join("|")})[^a-z]`)
}));

// Category forms with the word boundaries they are looked up with, built once.
const PADDED_CATEGORIES = CATEGORIES.map((c) => ({
  label: c.label,
  status: Boolean(c.status),
  forms: c.forms.map((form) => ({form, spaced: ` ${form} `, comma: ` ${form},`}))
}));

/** The stop of a count whose own words name an unknown thing: no stop a reader of ellipsis accepts. */
export const OWN_THING = "#thing";
// Plural-looking endings that are no plural nouns ("status", "bonus", "analysis", "less").
const NOT_PLURAL = /(?:ss|us|is|ous)$/;
const PRONOUN_PLURALS = new Set(["others", "those", "these", "ones", "cases", "times", "persons", "series", "means"]);

/** Whether the words after a number, none of which the vocabulary knows, end on a plural noun or open on a name. */
function ownThing(modifiers: string, breakdown: Breakdown): boolean {
  if (!modifiers || Object.values(breakdown).some(Boolean)) return false;
  const words = modifiers.split(/\s+/);
  const last = words[words.length - 1];
  if (/^[a-z]{3,}s$/.test(last) && !NOT_PLURAL.test(last) && !PRONOUN_PLURALS.has(last)) return true;
  // "six UNMISS Protection": a name written in capitals, not a people's or a place's.
  return /^\p{Lu}{2,}$/u.test(words[0]);
}

/** Whether a head is a person noun in the singular ("migrant", "refugee"), which may qualify the noun after it. */
const singularPerson = (head: {form: string; noun: CountedNoun}): boolean =>
  head.noun.person === true && head.noun.forms.includes(`${head.form}s`);

function headAt(lower: string, at: number): {form: string; noun: CountedNoun} | null {
  HEAD_AT.lastIndex = at;
  const m = HEAD_AT.exec(lower);
  return m ? BY_FORM.get(m[0])! : null;
}

const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap((q) => q.forms));

/**
 * "30 adult women", "two adult male victims", "one adult female Malagasy victim": an age or sex noun right before a
 * person noun (past sex or age words and a demonym) qualifies it.
 */
function qualifiesPersonNoun(lower: string, at: number, form: string): boolean {
  if (!Object.keys(qualifiersIn(form)).length) return false;
  for (let m = /^[ -]+/.exec(lower.slice(at)); m;) {
    const probe = at + m[0].length;
    if (headAt(lower, probe)?.noun.person) return true;
    const word = /^[a-z]+(?=[ -])/.exec(lower.slice(probe));
    // A demonym is written capitalised; `lower` has lost the capital, so it is given back to look the word up.
    const demonym = word && qualifiersIn(word[0][0].toUpperCase() + word[0].slice(1)).citizenship;
    if (!word || !(QUALIFIER_WORDS.has(word[0]) || demonym)) return false;
    at = probe + word[0].length;
    m = /^[ -]+/.exec(lower.slice(at));
  }
  return false;
}

/** "female", "adult": words before a noun that only say sex or age name no category of their own. */
export function onlyQualifiers(modifiers: string): boolean {
  const words = modifiers
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => QUALIFIER_WORDS.has(w));
}

/** Breakdown words within a span of modifiers ("female sex trafficking", "Uzbek", "child"). */
export function qualifiersIn(span: string, into: Breakdown = {}): Breakdown {
  // No words, no qualifiers: most numbers meet their head noun at once.
  if (span.trim() === "") return into;
  // "forced child labor victims", "forced child begging" are of children and of the form: the age word inside is read apart.
  let lower = ` ${span.toLowerCase()} `.replace(
    / forced (child|minor) (labou?r|begging|criminality|marriage) /,
    " $1 forced $2 "
  );
  // The longest category wording wins: "forced labor" over "labor".
  if (!into.category) {
    let best = "";
    let kind = false;
    for (const c of PADDED_CATEGORIES)
      for (const f of c.forms) {
        // "two suspected sex traffickers": a kind of trafficking names the part over a status ("suspected").
        const better = kind === !c.status ? f.form.length > best.length : !c.status;
        if (better && (lower.includes(f.spaced) || lower.includes(f.comma))) {
          best = f.form;
          into.category = c.label;
          kind = !c.status;
        }
      }
    const joined = best ? joinedCategory(lower, best, into.category!) : null;
    if (joined) {
      into.category = joined.label;
      lower = lower.replace(joined.words, " ");
    }
    // A category's own words say nothing more: "child soldiering" names no age group.
    else if (best) lower = lower.replace(` ${best}`, " ");
  }
  const givenSex = into.sex;
  const sexes = new Set<string>();
  for (const q of QUALIFIER_RES)
    if (q.re.test(lower)) {
      if (q.set.sex) sexes.add(q.set.sex);
      Object.assign(into, {...q.set, ...pick(into, q.set)});
    }
  // "boys and girls", "women and men": both sexes named together are no one sex.
  if (!givenSex && sexes.size > 1) delete into.sex;
  if (!into.citizenship) {
    const joined = JOINED_STATE.exec(span.trim());
    if (joined) into.citizenship = canonicalCountry(joined[0]) ?? undefined;
  }
  if (!into.citizenship) {
    // "St. Lucia": a state named after a saint, its name abbreviated; "non-Nigerien migrants" are of no state named.
    // "Samoa-born people", "Polish-born immigrants": the state they were born in is the one they came from.
    for (const named of span.match(/(?<![\p{L}-])(?:St\.\s+)?[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?/gu) ?? []) {
      const w = named.replace(/-born$/i, "");
      const country = canonicalCountry(w) ?? canonicalCountry(w.split(/\s+/)[0]);
      if (country) {
        into.citizenship = country;
        break;
      }
    }
  }
  // "non-Nigerien migrants": people of any state but one are a category of their own, as "non-EU nationals" are.
  const non = /(?<![\p{L}-])non-([A-Z][\p{L}’'-]+)/u.exec(span);
  if (non && !into.category && (canonicalCountry(non[1]) ?? canonicalCountry(non[1].replace(/s$/, ""))))
    into.category = `non-${non[1]}`;
  return into;
}

const ALL_FORMS = CATEGORIES.flatMap((c) => c.forms.map((form) => ({form, label: c.label, status: !!c.status})));

/**
 * Two categories joined by "and"/"or" before one noun: "sex and labor trafficking victims" are of both
 * ("sex trafficking and labor trafficking"); "confirmed and potential victims" are both kinds of
 * identification together, the whole (no category).
 */
function joinedCategory(lower: string, best: string, label: string): {label: string | undefined; words: string} | null {
  if (!lower.includes(" and ") && !lower.includes(" or ")) return null;
  for (const f of ALL_FORMS) {
    if (f.label === label) continue;
    for (const [first, second, labels] of [
      [f.form, best, [f.label, label]],
      [best, f.form, [label, f.label]]
    ] as const) {
      const words = ` ${first} and ${second} `;
      const either = ` ${first} or ${second} `;
      const at = lower.includes(words) ? words : lower.includes(either) ? either : null;
      if (!at) continue;
      const statuses = f.status && isStatusCategory(label);
      return {label: statuses ? undefined : labels.join(" and "), words: at};
    }
  }
  return null;
}

/** True when a category label says how sure an identification is rather than what kind of case it is. */
export function isStatusCategory(label: string | null | undefined): boolean {
  return !!label && CATEGORIES.some((c) => c.status && c.label === label);
}

/** Keeps values already set (a noun's own implication does not overwrite an explicit word). */
function pick(into: Breakdown, set: Breakdown): Breakdown {
  const out: Breakdown = {};
  for (const k of Object.keys(set) as (keyof Breakdown)[]) if (into[k]) out[k] = into[k];
  return out;
}

/** The last counted noun in a span ("Enforced returns ... decreased to 12,193"): the subject a bare number speaks of. */
export function lastNounIn(text: string, from: number, to: number): Counted | null {
  // Only the span is lower-cased; one character before it keeps the word boundary right.
  const base = Math.max(0, from - 1);
  const lower = text.slice(base, to).toLowerCase();
  let best: {at: number; form: string; noun: CountedNoun} | null = null;
  HEADS.lastIndex = from - base;
  for (let m = HEADS.exec(lower); m; m = HEADS.exec(lower))
    best = {at: base + m.index, form: m[0], noun: BY_FORM.get(m[0])!.noun};
  // "Albanians were the most common nationality …, (3,324)": a people named by its demonym is the subject too.
  const span = text.slice(best ? best.at + best.form.length : from, to);
  // "South Americans": a demonym inside a group of peoples names no state; the group is the part counted.
  const groups = groupSpans(span);
  const people = [...span.matchAll(/(?<![\p{L}])([A-Z]\p{L}+)s(?![\p{L}])/gu)]
    .map((m) => ({m, country: canonicalCountry(m[1])}))
    .filter((d) => d.country && !groups.some(([s, e]) => d.m.index >= s && d.m.index < e))
    .at(-1);
  const group = groups.at(-1);
  if (group && (!people || people.m.index < group[0]))
    return {
      noun: PERSON,
      end: to,
      breakdown: {category: span.slice(...group)},
      stop: "",
      copular: false,
      modifiers: ""
    };
  if (people)
    return {noun: PERSON, end: to, breakdown: {citizenship: people.country!}, stop: "", copular: false, modifiers: ""};
  if (!best) return null;
  const lead = /((?:[\p{L}-]+\s+){0,2})$/u.exec(text.slice(from, best.at))?.[1] ?? "";
  const breakdown = qualifiersIn(lead);
  applyImplied(breakdown, best.noun);
  // "Ukrainians accounted for the majority of foreigners … – 76,145": the people the clause opens on are the part counted.
  const opener =
    /^\s*([A-Z]\p{L}+)s\s+(?:accounted|account|accounts|made|make|makes|formed|form|forms|were|are|remained|remain)\b/u.exec(
      text.slice(from, best.at)
    );
  // "Nationals from the Dominican Republic accounted for the largest number of deportees": the same, by state.
  const byState = opener
    ? null
    : /^\s*(?:[Tt]he\s+)?(?:[Nn]ationals|[Cc]itizens|[Mm]igrants|[Pp]eople)\s+(?:from|of)\s+(?:the\s+)?([A-Z][\p{L}'’-]+(?:\s+(?:and\s+)?[A-Z][\p{L}'’-]+){0,3})\s+(?:accounted|account|accounts|made|make|makes|formed|form|forms|were|are|remained|remain)\b/u.exec(
        text.slice(from, best.at)
      );
  const citizens = opener ? canonicalCountry(opener[1]) : byState ? canonicalCountry(byState[1]) : null;
  if (citizens && !breakdown.citizenship) breakdown.citizenship = citizens;
  return {noun: best.noun, end: best.at + best.form.length, breakdown, stop: "", copular: false, modifiers: ""};
}

// People of an age or sex written after a singular person noun that qualifies them ("migrant children").
const PERSON_KIND_AFTER = /^[ -]+(children|boys|girls|women|men|minors|adults)\b/i;

// Two ages or two sexes joined before a noun ("adult and minor", "male and female").
const PAIRED =
  /^(?:adult|minor|child|juvenile|male|female)\s+(?:and|or|and\/or)\s+(?:adult|minor|child|juvenile|male|female)(?=\s+[a-z])/;

/** Clears the age or the sex that qualifiers naming both ages or both sexes ("adult and minor") left set. */
function unpair(breakdown: Breakdown, modifiers: string): void {
  if (/\badult\b/.test(modifiers) && /\b(?:minor|child|juvenile)\b/.test(modifiers)) breakdown.age_group = undefined;
  if (/\bmale\b/.test(modifiers) && /\bfemale\b/.test(modifiers)) breakdown.sex = undefined;
}

// A share just read ("23%", "40 per cent"), and the opening of a bracket after one, holding the count it stands for.
const SHARE_END = /(?:%|\bper\s?cent|\bpercent)$/i;
const SHARE_BRACKET_OPEN = /(?:%|\bper\s?cent|\bpercent)\s*\(\s*(?:about\s+|some\s+)?[\d][\d,.\u00a0 ]*$/i;
// A bracket holding figures, closed, then the words go on: an aside inside a noun phrase.
const FIGURES_CONFIRMING = /^\s*\(\s*\d[\d,.\u00a0 ]*\)/;
const BRACKET_ASIDE = /^\((?=[^()]*\d)[^()]{1,160}\)\s+/;

// "119,601 and 206,958 respectively", "12 altogether": words on how the figures are given, no kind of part.
const DISCOURSE_WORDS =
  /^(?:respectively|approximately|roughly|only|altogether|overall|alone|apiece|each|together|combined|annually|monthly|daily|weekly|yearly)$/i;

export function readCounted(text: string, from: number): Counted {
  const lower = text.toLowerCase();
  let at = from;
  // A change or spelled-out confirmation right after the number ("11 (+3) cases", "1 (one) victim").
  const paren = /^\s*\((?:[+−-]\s*\d+|[a-z -]+)\)/i.exec(text.slice(at));
  if (paren && /[+−-]|^\s*\([a-z -]+\)$/i.test(paren[0]) && !/\b(?:in|during)\b/.test(paren[0])) at += paren[0].length;
  // "one thousand one hundred and sixty-four (1,164) work permits": figures confirming the words before them.
  else if (/\p{L}$/u.test(text.slice(0, from))) at += FIGURES_CONFIRMING.exec(text.slice(at))?.[0].length ?? 0;
  // "40% (480) were women": the share and the count it stands for share the words after the bracket.
  else if (SHARE_END.test(text.slice(Math.max(0, from - 12), from)))
    at += FIGURES_CONFIRMING.exec(text.slice(at))?.[0].length ?? 0;
  else if (SHARE_BRACKET_OPEN.test(text.slice(Math.max(0, from - 40), from)))
    at += /^\s*\)(?=\s+[a-z])/.exec(text.slice(at))?.[0].length ?? 0;
  // "11,853 # of asylum applications adjudicated", "299,162 Number of refugees in South Sudan": a key figure's label.
  const label = KEY_FIGURE_LABEL.exec(text.slice(at));
  if (label) at += label[0].length;
  // "reached 676,142 last year": time words after a number date it; they count nothing.
  if (timeAfter(text.slice(at))) return {noun: null, end: at, breakdown: {}, stop: "", copular: false, modifiers: ""};
  // "17 of those deported were minors", "38 of them were removed", "17,750 of the total were girls": a part of what
  // was just counted.
  const ofThose =
    /^\s+of\s+(?:those|these|them|whom|which|the\s+total)(?:\s+[a-z-]+){0,2}?(?=\s+(?:were|was|are|is|had been|have been)\b)/i.exec(
      text.slice(at)
    );
  if (ofThose) at += ofThose[0].length;
  // "Six of the Kazakhstani victims were …": a part of a group named by its noun within three words.
  else {
    // "2,718 of illegal migrants": the article may be left out, as in translated releases.
    const ofThe = /^\s+of\s+(?:the\s+)?(?=[a-z])/i.exec(text.slice(at));
    if (ofThe) {
      let probe = at + ofThe[0].length;
      for (let n = 0; n <= 3 && probe < lower.length; n++) {
        const head = headAt(lower, probe);
        // Without "the" only people are a group to take a part of: "one of forced marriage", "one of child
        // soldiering" are kinds of a list.
        const plural = head && head.form !== "child" && !head.noun.forms.includes(`${head.form}s`);
        if (head && (/\bthe\s+$/i.test(ofThe[0]) || (head.noun.person && plural))) {
          at += ofThe[0].length;
          break;
        }
        const word = /^[\p{L}’'-]+\s+/u.exec(text.slice(probe));
        if (!word || STOP.has(word[0].trim().toLowerCase())) break;
        probe += word[0].length;
      }
    }
  }
  const copula = COPULA.exec(text.slice(at));
  let copular = false;
  if (copula && copula[0].length > 0) {
    at += copula[0].length;
    copular = true;
  }
  const modifiersStart = at;
  // The modifiers before the head, without any bracketed aside skipped inside them.
  let aside: [number, number] | null = null;
  const modsOf = () =>
    aside ? text.slice(modifiersStart, aside[0]) + text.slice(aside[1], at) : text.slice(modifiersStart, at);
  let words = 0;
  let coded: string | null = null;
  for (;;) {
    while (lower[at] === " " || lower[at] === "-") at++;
    // "33 adult and minor Venezuelan females", "12 male and female victims": paired ages or sexes qualify the noun after.
    const pair = PAIRED.exec(lower.slice(at));
    if (pair) {
      at += pair[0].length;
      continue;
    }
    let head = headAt(lower, at);
    // "10,753 individual work permits": a singular person noun before another head modifies it.
    // "57 forced child labor victims": "child" is singular too, though its plural is no "s" away.
    if (head && (singularPerson(head) || head.form === "child")) {
      // The next head may follow at once ("migrant deaths") or after one word ("individual work permits").
      const next = /^([ -]+)(?:[a-z]+[ -]+)?/.exec(lower.slice(at + head.form.length));
      const later = next
        ? (headAt(lower, at + head.form.length + next[1].length) ??
          headAt(lower, at + head.form.length + next[0].length))
        : null;
      if (
        (later && (!later.noun.person || head.form === "child")) ||
        qualifiesPersonNoun(lower, at + head.form.length, head.form)
      )
        head = null;
      // "860 refugee status": a status of those persons, not a count of them.
      else if (/^[ -]+status\b/.test(lower.slice(at + head.form.length))) head = null;
    }
    if (head) {
      const breakdown = qualifiersIn(modsOf());
      if (mixedPeoples(modsOf())) breakdown.citizenship = undefined;
      // "officially recognized and potential victims" are both kinds of identification together: the whole.
      if (OFFICIALLY_AND.test(modsOf()) && isStatusCategory(breakdown.category)) breakdown.category = undefined;
      // "138 were foreigners": a part described as foreign nationals.
      if (copular && head.noun.lemma === "foreigner" && !breakdown.citizenship) breakdown.citizenship = "foreign";
      applyImplied(breakdown, head.noun);
      listedHeads(text, at + head.form.length, head.noun, breakdown);
      // Both ages or both sexes together name neither, whatever the noun implies ("adult and minor women").
      unpair(breakdown, modsOf().toLowerCase());
      if (coded && !breakdown.category) breakdown.category = `${coded} ${head.form}`;
      let end = at + head.form.length;
      // "1,897 unaccompanied migrant children", "50 refugee women": the people the singular noun qualifies by age or sex.
      const kin = singularPerson(head) ? PERSON_KIND_AFTER.exec(text.slice(end)) : null;
      if (kin) {
        for (const [k, v] of Object.entries(qualifiersIn(kin[1]))) if (v) breakdown[k as keyof Breakdown] ??= v;
        const kinNoun = headAt(lower, end + kin[0].length - kin[1].length)?.noun;
        if (kinNoun) applyImplied(breakdown, kinNoun);
        end += kin[0].length;
      }
      end = readPostHead(text, end, breakdown, head.noun);
      if (head.noun.lemma === "victim") victimsOf(text, end, breakdown);
      participleAfter(text, end, breakdown);
      involvedKind(text, end, breakdown);
      predicateNoun(text, end, breakdown);
      const modifiers = modsOf().trim();
      // "68 were forced labor cases": a part of the counted whole named by its kind, not a count of cases.
      if (copular && head.noun.lemma === "case" && breakdown.category)
        return {noun: null, end, breakdown, stop: "", copular, modifiers: ""};
      return {
        noun: head.noun,
        end,
        breakdown,
        stop: "",
        copular,
        modifiers:
          /^[a-z][a-z -]*$/.test(modifiers) && modifiers.split(" ").length <= 3 && !/(?:ed|ing)\b/.test(modifiers)
            ? modifiers
            : ""
      };
    }
    // "769 C and D visas": codes of a kind before the head name the category counted.
    const codes = letterCodes(text, at);
    if (codes && headAt(lower, codes.end)) {
      coded = codes.codes;
      at = codes.end;
      words++;
      continue;
    }
    // "1,107 trafficking (658 labor, 358 sex trafficking) victims": parts bracketed inside the noun phrase, its head after.
    const bracket: RegExpExecArray | null = words > 0 && !aside ? BRACKET_ASIDE.exec(text.slice(at)) : null;
    if (bracket && headAt(lower, at + bracket[0].length)) {
      aside = [at, at + bracket[0].length];
      at += bracket[0].length;
      continue;
    }
    // "employment/posting approvals": lower-case words joined by a slash are one modifier ("EU/EEA" stays a name).
    const w = /^[\p{L}’'][\p{L}’'-]*(?:\/[a-z][a-z-]*)*/u.exec(text.slice(at));
    // "230,000 Ukrainians": a people named by its demonym is a count of persons of that citizenship.
    // "378 East Timorese", "1,200 Vietnamese": a demonym in -ese or of two words, unless a head noun follows it.
    const demonym = w && /^[A-Z]/.test(w[0]) ? peopleAt(text.slice(at)) : null;
    const people =
      demonym &&
      !headAt(lower, at + demonym.length + 1) &&
      (/s$/.test(w![0]) || closesPeople(text, at + demonym.length))
        ? demonym
        : null;
    if (people) {
      const breakdown = qualifiersIn(text.slice(modifiersStart, at));
      unpair(breakdown, lower.slice(modifiersStart, at));
      breakdown.citizenship = people.citizenship;
      participleAfter(text, at + people.length, breakdown);
      return {noun: PERSON, end: at + people.length, breakdown, stop: "", copular, modifiers: ""};
    }
    // "Mexico deported 90,452 Central Americans": a group of peoples larger than one state is its category.
    const group = w && /^[A-Z]/.test(w[0]) ? groupAt(text.slice(at)) : null;
    // "EU nationals", "third-country nationals" end on a noun of their own, which counts them.
    const endsOnHead = group ? headAt(lower, at + text.slice(at, at + group.length).search(/\S+$/)) : null;
    if (group && !endsOnHead && !headAt(lower, at + group.length + 1)) {
      const breakdown = qualifiersIn(text.slice(modifiersStart, at));
      unpair(breakdown, lower.slice(modifiersStart, at));
      breakdown.category ??= group.label;
      participleAfter(text, at + group.length, breakdown);
      return {noun: PERSON, end: at + group.length, breakdown, stop: "", copular, modifiers: ""};
    }
    // "32 Organisation of Eastern Caribbean States (OECS) nationals": a body's name and acronym modify the head after them.
    const named = w && /^[A-Z]/.test(w[0]) ? namedBody(text.slice(at)) : null;
    if (named && headAt(lower, at + named.length)) {
      at += named.length;
      coded ??= named.acronym;
      words++;
      continue;
    }
    // "ten Saint Vincent and the Grenadines citizens": a state whose name holds "and" modifies the head after it whole.
    const state = w && /^[A-Z]/.test(w[0]) ? JOINED_STATE.exec(text.slice(at)) : null;
    if (state && headAt(lower, at + state[0].length + 1)) {
      at += state[0].length;
      words++;
      continue;
    }
    // "11 St. Lucia nationals": a state named after a saint, abbreviated, modifies the head after it whole.
    const saint = w?.[0] === "St" ? SAINT_STATE.exec(text.slice(at)) : null;
    if (saint && canonicalCountry(saint[0]) && headAt(lower, at + saint[0].length + 1)) {
      at += saint[0].length;
      words++;
      continue;
    }
    // "131 confirmed and potential victims": two categories joined before one head describe the same count.
    const joined = w && /^(?:and|or)$/i.test(w[0]) ? joinedModifiers(text, modifiersStart, at + w[0].length) : 0;
    if (joined) {
      at = joined;
      words++;
      continue;
    }
    if (!w || words >= 6 || STOP.has(w[0].toLowerCase())) {
      const modifiers = text.slice(modifiersStart, at).trim();
      const breakdown = qualifiersIn(modifiers);
      const own = ownThing(modifiers, breakdown);
      // Words no list knows still say what kind of part this is ("three transgender").
      if (
        modifiers &&
        !copular &&
        !Object.values(breakdown).some(Boolean) &&
        /^[a-z][a-z -]*$/.test(modifiers) &&
        words <= 2 &&
        !/(?:ed|ing)\b/.test(modifiers) &&
        !DISCOURSE_WORDS.test(modifiers) &&
        /^(?:[,;.)]|and|$)/.test(w ? w[0].toLowerCase() : (text[at] ?? ""))
      )
        breakdown.category = modifiers;
      // "six camps", "six UNMISS Protection of Civilians sites": words of a thing or a name of its own after the number
      // say it counts something the vocabulary does not know, so it shares no noun with a count before it.
      const stop = own ? OWN_THING : w ? w[0].toLowerCase() : (text[at] ?? "");
      if (stop === "of" || stop === "from") readPostHead(text, at, breakdown);
      // "… 312 to citizens of China": whom a part went to names its citizenship.
      const toWhom =
        stop === "to" &&
        /^to\s+(?:the\s+)?(?:citizens|nationals|natives)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)/u.exec(
          text.slice(at)
        );
      const recipient = toWhom ? (canonicalCountry(toWhom[1]) ?? canonicalCountry(toWhom[1].split(/\s+/)[0])) : null;
      if (recipient && !breakdown.citizenship) breakdown.citizenship = recipient;
      // "63 for highly skilled workers": what a part is for names its category.
      const forWhat = /^for\s+((?:[\p{L}/-]+\s+){0,7}?[\p{L}/-]+)(?=\s*(?:[,;.)(]|and\b|$))/u.exec(text.slice(at));
      // "106 under an international agreement": the legal ground a listed part was granted under names it.
      const underWhat = stop === "under" ? groundUnder(text.slice(at)) : null;
      if (underWhat && !breakdown.category) breakdown.category = underWhat;
      // "471 for Croatia": a country a part is for is where it goes.
      const whereTo = stop === "for" ? destination(text.slice(at)) : null;
      if (whereTo) breakdown.country ??= whereTo;
      else if (stop === "for" && forWhat && !breakdown.category) readForWhat(forWhat[1], breakdown);
      // "34 were refused": a one-word predicate says which part this is.
      return {
        noun: null,
        end: at,
        breakdown,
        stop,
        copular,
        modifiers: copular && /^[a-z]+$/.test(modifiers) ? modifiers : ""
      };
    }
    at += w[0].length;
    words++;
  }
}

const PEOPLE_WORD = /^\s+(foreign|[A-Z][\p{L}’'-]+)\s+/u;
const isPeople = (w: string) => w.toLowerCase() === "foreign" || Boolean(canonicalCountry(w));

/** "336 Indonesian and foreign trafficking victims": where reading resumes past two peoples joined before a head; 0 when not. */
function joinedPeoples(text: string, before: string, afterConjunction: number): number {
  if (!/^(?:foreign|[A-Z][\p{L}’'-]+)$/u.test(before.trim()) || !isPeople(before.trim())) return 0;
  const next = PEOPLE_WORD.exec(text.slice(afterConjunction));
  if (!next || !isPeople(next[1])) return 0;
  const lower = text.toLowerCase();
  const at = afterConjunction + next[0].length;
  if (headAt(lower, at)) return at;
  const crime = /^(?:trafficking|human\s+trafficking)\s+/.exec(lower.slice(at));
  return crime && headAt(lower, at + crime[0].length) ? at + crime[0].length : 0;
}

/** Whether the words before a head join two peoples ("Indonesian and foreign"): the count is of no one citizenship. */
export function mixedPeoples(modifiers: string): boolean {
  const m = /^(foreign|[A-Z][\p{L}’'-]+)\s+(?:and|or)\s+(foreign|[A-Z][\p{L}’'-]+)\b/u.exec(modifiers.trim());
  return Boolean(m && isPeople(m[1]) && isPeople(m[2]));
}

/**
 * Where reading resumes after "and"/"or" when the words before it and the one or two after it each name a
 * category and a head noun follows ("confirmed and potential victims"); 0 when they do not.
 */
/** How sure an identification is, said with an adverb: "officially recognized", "formally identified". */
const OFFICIALLY = /^(?:officially|formally)\s+(?:recogni[sz]ed|identified|confirmed|certified)$/i;
const OFFICIALLY_AND = /^\s*(?:officially|formally)\s+[a-z]+\s+(?:and|or)\s/i;

// A number word, an article or a quantifier: a count of its own ("32 states and one person").
const NUMBER_WORD = new RegExp(String.raw`^(?:${NUMBER_WORD_SOURCE}|an?|hundred|thousand|several|many|some)$`);

function joinedModifiers(text: string, modifiersStart: number, afterConjunction: number): number {
  const before = text.slice(modifiersStart, afterConjunction).replace(/\s+(?:and|or)$/i, "");
  const peoples = joinedPeoples(text, before, afterConjunction);
  if (peoples) return peoples;
  const lower = text.toLowerCase();
  // "80,651 initial and follow-up applications", "new and repeat requests": two plain words before one head qualify it.
  const plain = /^\s+([a-z][a-z-]*)\s+/.exec(lower.slice(afterConjunction));
  // "32 states and one person": a plural noun or a number on either side is a count of its own, not a qualifier.
  const ownCount = (w: string) => /(?<![su])s$/.test(w) || NUMBER_WORD.test(w);
  if (
    /^[a-z][a-z-]*$/.test(before.trim()) &&
    !STOP.has(before.trim()) &&
    plain &&
    !STOP.has(plain[1]) &&
    !ownCount(before.trim()) &&
    !ownCount(plain[1])
  ) {
    // The head may follow a word or two of its own ("new and repeat asylum applications").
    let at = afterConjunction + plain[0].length;
    for (let n = 0; n < 3; n++) {
      if (headAt(lower, at)) return at;
      const word = /^([a-z][a-z-]*)\s+/.exec(lower.slice(at));
      if (!word || STOP.has(word[1])) break;
      at += word[0].length;
    }
  }
  if (!/^[a-z][a-z -]*$/i.test(before.trim()) || !(qualifiersIn(before).category || OFFICIALLY.test(before.trim())))
    return 0;
  for (const re of [/^\s+([a-z-]+\s+[a-z-]+)\s+/, /^\s+([a-z-]+)\s+/]) {
    const next = re.exec(lower.slice(afterConjunction));
    if (!next) continue;
    const at = afterConjunction + next[0].length;
    // "1,118 sex trafficking and aggravated pimping victims": after a kind the vocabulary knows, a kind it does not,
    // in plain words right before the head, is joined to it as well.
    const plainKind = next[1].split(/\s+/).every((w) => !STOP.has(w) && !ownCount(w));
    if (!CATEGORIES.some((c) => c.forms.includes(next[1]))) {
      if (plainKind && headAt(lower, at)) return at;
      continue;
    }
    if (headAt(lower, at)) return at;
    // "potential trafficking victims": the crime's name may stand between the kind and the head.
    const crime = /^(?:trafficking|human\s+trafficking)\s+/.exec(lower.slice(at));
    if (crime && headAt(lower, at + crime[0].length)) return at + crime[0].length;
  }
  return 0;
}

// Single words that name a category only before a noun ("labor quotas", "sex victims"); after a count they say too little.
const BARE_FORMS = new Set([
  "sex",
  "labor",
  "labour",
  "domestic",
  "internal",
  "potential",
  "possible",
  "presumed",
  "suspected",
  "confirmed",
  "oral",
  "verbal",
  "written"
]);
const PREDICATE_FORMS = CATEGORIES.flatMap((c) =>
  c.forms.filter((f) => !BARE_FORMS.has(f)).map((form) => ({form, label: c.label}))
).sort((a, b) => b.form.length - a.form.length);
// Words a predicate may pass over before naming the category: "were subjected to", "became victims of", "- from", "to be",
// "were expelled from the country by court decision", "who were victims of".
const PREDICATE_WORDS =
  /^(?:[-–:]|were|was|are|is|be|been|became|become|subjected|subject|victims?|of|to|in|into|from|for|suffered|forced|both|persons?|people|exploited|deported|returned|repatriated|removed|expelled|sent|the|an?|country|territory|as|who|identified|recognized|recognised|confirmed|considered|classified|registered|[a-z]+ly)$/i;

/**
 * The category a count's own predicate names after it: "five were subjected to forced labor",
 * "221 persons - sexual exploitation", "57 persons were forced into beggary", "one to both sex
 * trafficking and forced labor". Reads up to the clause's next comma, bracket or number.
 */
export function predicateCategory(text: string, from: number): string | null {
  // "127 victims, including 26 children, were sexually exploited": the predicate after a part set off by commas.
  const aside = /^\s*,\s*(?:including|among them|of whom|of which)\s[^,;()]{1,60},/i.exec(text.slice(from));
  if (aside) from += aside[0].length;
  const span = /^[^,;()\d]{0,90}/.exec(text.slice(from))![0].toLowerCase();
  const words = [...span.matchAll(/[-–:]|[\p{L}][\p{L}-]*/gu)];
  for (const w of words) {
    const rest = span.slice(w.index);
    const hit = PREDICATE_FORMS.find((f) => rest.startsWith(f.form) && !/^[a-z'’]/.test(rest.slice(f.form.length)));
    if (hit) {
      // "both sex trafficking and forced labor" names the two together.
      const second = /^\s+and\s+(.*)$/.exec(rest.slice(hit.form.length));
      const other = second && PREDICATE_FORMS.find((f) => second[1].startsWith(f.form));
      return other && /\bboth\s+$/.test(span.slice(0, w.index)) ? `${hit.label} and ${other.label}` : hit.label;
    }
    if (!PREDICATE_WORDS.test(w[0])) return null;
  }
  return null;
}

const PARTICIPLE_RE = new RegExp(
  `^\\s+((?:${PART_PARTICIPLES.join("|")})\\s+(?:abroad|overseas|(?:of|with)\\s+[a-z]+(?:\\s+[a-z]+)?))(?=\\s*(?:[,;.)]|who\\b|and\\b|for\\b|after\\b|in\\s+\\d|$))`
);

/** "four Ukrainians incarcerated abroad", "159 foreigners convicted of crime": a participle phrase after the noun names the part. */
function participleAfter(text: string, at: number, b: Breakdown): void {
  const m = PARTICIPLE_RE.exec(text.slice(at, at + 60));
  if (m && !b.category) b.category = m[1];
}

// "six cases involved forced labor", "cases involving sex trafficking": the kind of exploitation a count involved
// ("related to" and "concerning" name a subject of their own, read as it is written: read-concerning.ts).
const INVOLVED_KIND =
  /^\s+(?:involved|involving|involve)\s+(?:in\s+)?([a-z][a-z -]{2,40}?)(?=\s*(?:[,;.)]|\band\b|\bor\b|\bin\s+\d|$))/i;

/** Sets the kind of exploitation named right after "involved" or "involving" after the counted noun (at `at`). */
function involvedKind(text: string, at: number, b: Breakdown): void {
  if (b.category) return;
  const m = INVOLVED_KIND.exec(text.slice(at, at + 60));
  const kind = m ? qualifiersIn(m[1]).category : undefined;
  if (kind && !isStatusCategory(kind)) b.category = kind;
}

function applyImplied(b: Breakdown, noun: CountedNoun): void {
  for (const [k, v] of Object.entries(noun.implies ?? {})) if (!b[k as keyof Breakdown]) b[k as keyof Breakdown] = v;
}

// Person nouns by their plural forms, with what each implies ("girls": female children).
const IMPLIED_BY_FORM = new Map(
  COUNTED_NOUNS.filter((n) => n.person && n.implies).flatMap((n) => n.forms.map((f) => [f, n.implies!] as const))
);
// Nouns listed right after a head: ", boys and adolescents", " and girls".
const LISTED_HEADS = /^(?:\s*(?:,|,?\s+and|,?\s+or)\s+[a-z-]+)+/i;

/**
 * "17,750 were boys and girls", "girls, boys and adolescents": what the head implies holds only where the person
 * nouns listed with it imply the same; the implied sex (or age) they disagree on is dropped.
 */
function listedHeads(text: string, end: number, head: CountedNoun, b: Breakdown): void {
  if (!head.implies) return;
  const others = (LISTED_HEADS.exec(text.slice(end, end + 60))?.[0] ?? "")
    .toLowerCase()
    .split(/[^a-z-]+/)
    .map((w) => IMPLIED_BY_FORM.get(w));
  if (!others.some(Boolean)) return;
  for (const [k, v] of Object.entries(head.implies))
    if (b[k as keyof Breakdown] === v && others.some((o) => o && o[k as keyof Breakdown] !== v))
      delete b[k as keyof Breakdown];
}

const GENERIC_OF_SET = new Set(GENERIC_OF);
const OF_WORDING =
  /^\s+of\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)(?=\s*(?:[,;.)]|(?:and|or|in|to|from|during|the prior|the previous)\b|$))/;

/**
 * "159 victims of illegal recruitment" when the vocabulary has no such form: the wording as printed names
 * the part (never a neighbour's category); the crime itself ("victims of trafficking") names none.
 */
function victimsOf(text: string, at: number, b: Breakdown): void {
  if (b.category) return;
  const forms = formsOfWording(text.slice(at, at + 80));
  if (forms) b.category = forms;
  const m = OF_WORDING.exec(text.slice(at, at + 60));
  if (!m || forms) return;
  const words = m[1].split(/\s+/);
  // "victims of trafficking offences" still names the crime only.
  const generic = GENERIC_OF_SET.has(m[1]) || words.some((w) => GENERIC_OF_SET.has(w));
  if (generic || words.some((w) => STOP.has(w)) || /^(?:a|an|such|any|some)$/.test(words[0])) return;
  b.category = m[1];
}

/** "one for sex trafficking of a child": what a part was for is its kind, and whom that was of its age or sex. */
function readForWhat(what: string, breakdown: Breakdown): void {
  // "2,300 for the whole year": a stretch of time a figure is for names no part of it.
  if (/^(?:the\s+)?(?:whole\s+|full\s+|entire\s+|same\s+)?(?:year|period|month|quarter|week|half)\b/i.test(what))
    return;
  const of = /^(.+?)\s+of\s+(?:an?\s+)?([a-z]+)$/i.exec(what);
  const whom = of ? qualifiersIn(of[2]) : {};
  if (!of || !(whom.age_group || whom.sex) || Object.keys(whom).some((k) => k !== "age_group" && k !== "sex")) {
    breakdown.category = what.toLowerCase();
    return;
  }
  breakdown.category = of[1].toLowerCase();
  if (whom.age_group && !breakdown.age_group) breakdown.age_group = whom.age_group;
  if (whom.sex && !breakdown.sex) breakdown.sex = whom.sex;
}

/** "work permits for Cyprus", "for the UAE": a country (not a people) after "for" is a destination. */
function destination(rest: string): string | null {
  const m = /^\s*for\s+(?:the\s+)?([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)(?![\p{L}])/u.exec(rest);
  if (!m) return null;
  for (const name of [m[1], m[1].split(/\s+/)[0]]) {
    const c = canonicalCountry(name);
    // Demonyms ("for Ukrainian citizens") name people, not places.
    if (c && (c === name || !/(?:ian|ese|ish|an|i)$/.test(name))) return c;
  }
  return null;
}

/** "victims of sex trafficking", "victims from Uzbekistan", "citizens of Georgia". */
function readPostHead(text: string, at: number, b: Breakdown, noun?: CountedNoun): number {
  const rest = text.slice(at, at + 80);
  const whereTo = destination(rest);
  if (whereTo) {
    b.country ??= whereTo;
    return at;
  }
  // "11 victims of both sex trafficking and forced labor": of the two kinds together.
  const both = /^\s*(?:of|for)\s+both\s/i.test(rest) ? predicateCategory(text, at) : null;
  if (both?.includes(" and ") && !b.category) {
    b.category = both;
    return at;
  }
  // "three investigations into child sex trafficking": what an inquiry is "into" is its kind too.
  const of = /^\s*(?:of|for|into)\s+((?:[a-z]+[\s-]){0,2}[a-z]+)/i.exec(rest);
  if (of) {
    const before = b.category;
    // "92 potential victims of illegal recruitment": the form named after the noun outranks how sure the count is.
    if (isStatusCategory(before)) {
      const own = qualifiersIn(of[1]).category;
      if (own && !isStatusCategory(own)) b.category = own;
    }
    const citizenship = b.citizenship;
    qualifiersIn(of[1], b);
    if (nonCitizensOf(nounTail(text, at), rest)) b.citizenship = citizenship;
    if (b.category !== before) return at;
  }
  // "one permit for a seasonal worker": whom a thing is for names its category.
  const forWhom =
    /^\s*for\s+(?:an?\s+)?(?!(?:the|this|that|these|those|each|every|more|less|up|over|at|all|some|years?|months?|days?)\b)((?:[\p{L}/-]+\s+){0,5}?[\p{L}/-]+)(?=\s*(?:[,;.)("”]|and\b|$))/u.exec(
      rest
    );
  // "convicted 29 persons for trafficking in persons": the offence they were convicted for is the topic, not a part.
  if (
    forWhom &&
    !b.category &&
    !/\b(?:were|was|are|is|be|been|have|has|had)\b/i.test(forWhom[1]) &&
    !/^(?:traffick|smuggl|crimes?\b|offen[cs]es?\b|the\s+crime)/i.test(forWhom[1]) &&
    // "applications for citizenship": what is applied for is the indicator's object, not a part.
    noun?.lemma !== "application"
  )
    b.category = forWhom[1];
  // A named country is more than the bare "foreign" before the noun ("four foreign victims from India").
  const origin = originAfter(rest, nounTail(text, at));
  if (origin && (!b.citizenship || b.citizenship === "foreign")) b.citizenship = origin;
  return at;
}
