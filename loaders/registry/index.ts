/** The indicator registry: every indicator the extractors may emit, in the order pages show them. */
import type {Indicator} from "./indicator.js";
import {TRAFFICKING} from "./trafficking.js";
import {BORDER, DETENTION, OTHER, READMISSION, REMITTANCES, RESIDENCE, WORK_PERMITS} from "./migration.js";

export type {Indicator, Dimension} from "./indicator.js";

export const INDICATORS: Indicator[] = [
  ...WORK_PERMITS,
  ...RESIDENCE,
  ...BORDER,
  ...DETENTION,
  ...READMISSION,
  ...REMITTANCES,
  ...TRAFFICKING,
  ...OTHER
];

export const INDICATOR_BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));
