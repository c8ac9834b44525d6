/**
 * Which document's value a chart shows when several documents state the same figure (same state,
 * indicator, period, breakdown and unit), and how far their values may differ before a
 * `sources_differ` check warns. The headline is the document of the best-ranked kind (lowest tier);
 * among documents of one tier, the most recent by date; then the smaller doc_id, so the choice is stable.
 */
import {CURRENCIES} from "../vocabulary/quantities.js";

export interface SourceTier {
  tier: number;
  /** The sidecar `kind` values of this tier. */
  kinds: string[];
  /** Why this tier is preferred, in the words a reader sees beside the chosen value. */
  label: string;
}

/** Kinds of document from the most authoritative for a state's own figures to the least. */
export const SOURCE_TIERS: SourceTier[] = [
  {tier: 1, kinds: ["statistical_release", "bulletin"], label: "a national statistical release"},
  {
    tier: 2,
    kinds: ["periodic_report", "common_core_document", "national_action_plan", "agency_release", "state_report"],
    label: "the state's own report"
  },
  {tier: 3, kinds: ["annual_trafficking_chapter", "treaty_body_record", "web_profile"], label: "a third-party report"},
  {tier: 4, kinds: ["press_item"], label: "a press item"}
];

/** The tier of a kind no entry names: after every named kind. */
export const UNRANKED_TIER: SourceTier = {tier: 9, kinds: [], label: "a document of an unranked kind"};

export const tierOf = (kind: string): SourceTier => SOURCE_TIERS.find((t) => t.kinds.includes(kind)) ?? UNRANKED_TIER;

export interface ValueTolerance {
  /** Which units this tolerance applies to. */
  units: (unit: string) => boolean;
  /** Largest difference, as a fraction of the larger value, that is still the same figure rounded. */
  relative: number;
  why: string;
}

const MONEY = new Set([...CURRENCIES.map((c) => c.unit), "currency"]);
const isMoney = (unit: string) => MONEY.has(unit.replace(/^(thousand|million|billion) /, ""));

/**
 * Counts of persons, cases and the like are exact, so any difference is a disagreement; sums of money
 * are often rounded (to thousands, to a tenth of a million), so they may differ by 0.5% of the larger
 * value; percentages are printed to one decimal, so they may differ by 0.05 points (see `absolute`).
 */
export const VALUE_TOLERANCES: (ValueTolerance & {absolute?: number})[] = [
  {units: isMoney, relative: 0.005, why: "sums of money are often rounded"},
  {units: (unit) => unit === "percent", relative: 0, absolute: 0.05, why: "shares are printed to one decimal"}
];

/** The largest difference between two values of a unit that is still one figure rounded two ways. */
export function valueTolerance(unit: string, a: number, b: number): number {
  const rule = VALUE_TOLERANCES.find((t) => t.units(unit));
  if (!rule) return 0;
  return Math.max(rule.absolute ?? 0, rule.relative * Math.max(Math.abs(a), Math.abs(b)));
}
