import type {Family} from "../types.js";
import type {Dimension} from "./dimensions.js";

export type {Dimension};

/**
 * One indicator of the registry: what it counts, in which unit, which breakdowns it may carry, and
 * the vocabulary by which the general extractor recognises a statement of it.
 */
export interface Indicator {
  id: string;
  family: Family;
  label: string;
  unit: string;
  definition: string;
  breakdowns: Dimension[];
  /**
   * A statement maps here when its counted noun's lemma is in `counts` ("person" = any noun naming
   * people), an `events` id occurs in its clause, every `terms` entry (alternatives split by "|")
   * occurs in its clause, and a `topic` word occurs in its paragraph, and no `excludes` entry occurs in its
   * clause (words that name a narrower indicator). Omitted conditions always hold.
   */
  /** Counted on a day (people living somewhere), not over a period: an undated statement takes the last such day named. */
  stock?: boolean;
  vocabulary?: {
    counts?: string[];
    events?: string[];
    terms?: string[];
    excludes?: string[];
    topic?: string[];
    money?: boolean;
  };
}
