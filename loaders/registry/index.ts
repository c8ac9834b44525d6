/** The indicator registry: every indicator the extractors may emit, in the order pages show them. */
import type {Indicator} from "./indicator.js";
import {FAMILY_REGISTRY} from "./families.js";
import {TRAFFICKING} from "./trafficking.js";
import {
  BORDER,
  DETENTION,
  OTHER,
  READMISSION,
  REMITTANCES,
  RESIDENCE,
  STATELESSNESS,
  WORK_PERMITS
} from "./migration.js";
import * as reported from "./reported.js";
import {LABOUR_STOCKS} from "./labour-stocks.js";
import {ENFORCEMENT} from "./enforcement.js";
import {PROTECTION} from "./protection.js";
import {REPORTED_VOCABULARY} from "./reported-vocabulary.js";

export type {Indicator, Dimension} from "./indicator.js";
export {FAMILY_REGISTRY} from "./families.js";
export {DIMENSIONS, DIMENSION_IDS} from "./dimensions.js";

const GENERAL: Indicator[] = [
  ...WORK_PERMITS,
  ...LABOUR_STOCKS,
  ...RESIDENCE,
  ...STATELESSNESS,
  ...BORDER,
  ...ENFORCEMENT,
  ...DETENTION,
  ...READMISSION,
  ...PROTECTION,
  ...REMITTANCES,
  ...TRAFFICKING,
  ...OTHER
];

// Indicators specs name, with the vocabulary the general reader recognises some of them by.
const REPORTED: Indicator[] = Object.values(reported)
  .flat()
  .map((i) => (REPORTED_VOCABULARY[i.id] ? {...i, vocabulary: REPORTED_VOCABULARY[i.id]} : i));

/** The indicators the general reader maps statements to, each with its vocabulary. */
export const INDICATORS: Indicator[] = [...GENERAL, ...REPORTED.filter((i) => i.vocabulary)];

/**
 * Every indicator, the general reader's and the ones specs emit by name, grouped by family in the families'
 * order and within a family in the order written: the order of the database's `indicators` table and of the
 * family pages.
 */
export const REGISTRY: Indicator[] = FAMILY_REGISTRY.flatMap((family) => [
  ...GENERAL.filter((i) => i.family === family.id),
  ...REPORTED.filter((i) => i.family === family.id)
]);

export const INDICATOR_BY_ID = new Map(REGISTRY.map((i) => [i.id, i]));

const duplicate = REGISTRY.find((ind, i) => REGISTRY.findIndex((o) => o.id === ind.id) !== i);
if (duplicate) throw new Error(`indicator "${duplicate.id}" is registered twice`);

const unknown = Object.keys(REPORTED_VOCABULARY).find((id) => !REPORTED.some((i) => i.id === id));
if (unknown) throw new Error(`vocabulary for "${unknown}", which no spec reports`);
