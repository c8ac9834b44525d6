import type {Family} from "../types.js";

/**
 * A sentence pattern: a regular expression over a paragraph with its whitespace collapsed, in
 * which placeholders stand for typed values and a space matches any run of whitespace.
 *
 *   {name}          a number: digits in any accepted format, or an English number word,
 *                   optionally preceded by "around", "about", "more than", ... (kept as approx)
 *   {name:period}   one period phrase ("2017", "the first half of 2019", "2013–2018")
 *   {name:country}  a country name, abbreviation or demonym
 *   {name:zero}     "no" or "none", read as 0
 *   {name:all}      "all", read as the value of the emit's `valueFrom` slot
 *   (?<name>...)    any named group; its text can be used in dims as "$name"
 */
export interface SentenceSpec {
  id: string;
  family: Family;
  /** Only paragraphs whose text matches are searched. */
  within?: RegExp;
  pattern: string;
  /** "reversed" where right-to-left extraction wrote digit groups lowest first ("900 8" = 8,900). */
  digitGroups?: "normal" | "reversed";
  emit: Emit[];
  /**
   * Repeated parts that follow the pattern, each starting right after the previous one (commas
   * and "and" between them are skipped); each match emits `items.emit` with the anchor's period.
   */
  items?: {pattern: string; emit: Emit[]};
}

export interface Emit {
  /** The number slot whose value is emitted. */
  slot: string;
  indicator: string;
  unit: string;
  family?: Family;
  /**
   * Breakdown values; "$slot" takes a country slot's canonical name or a named group's text and
   * skips this emit when the slot did not match; "$slot?" leaves the value null instead.
   */
  dims?: {country?: string; citizenship?: string; sex?: string; age_group?: string; category?: string};
  /** For {x:all}: the slot holding the number "all" stands for. */
  valueFrom?: string;
  /**
   * Where the period comes from when the pattern has no {period} slot: "context" (default: the
   * sentence, else the period the paragraph opens with, else the report's reporting period),
   * "sentence_span" (all periods and dates of the sentence taken together) or "paragraph_span"
   * (the same, from the paragraph's start to the end of the sentence) or "document_date" (a
   * running total "since the start", as of the date the document was issued).
   */
  period?: "context" | "sentence_span" | "paragraph_span" | "document_date";
  /** Period slot to use when the pattern has several. */
  periodSlot?: string;
}
