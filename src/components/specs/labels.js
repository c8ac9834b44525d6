// Human names for the database's families, indicators, units and breakdown values; families, indicators and
// dimensions are named by the registry (loaders/registry/, written out as ./registry.js).
// Pure data and functions: used by the chart specs in Node as well as by the pages.
import {periodText} from "./periods.js";
import {DIMENSIONS, FAMILIES, INDICATORS} from "./registry.js";

/** @typedef {Record<string, any>} Row */

export {FAMILIES, DIMENSIONS} from "./registry.js";

const FAMILY = new Map(FAMILIES.map((f) => [f.id, f]));
const INDICATOR = new Map(INDICATORS.map((i) => [i.id, i]));
const DIMENSION = new Map(DIMENSIONS.map((d) => [d.id, d]));

/** @param {string} id */
export function familyName(id) {
  return FAMILY.get(id)?.name ?? humanise(id);
}

// The registry's entry of an indicator, or undefined for a name the general reader made up ("persons_screened").
export function indicatorInfo(id) {
  return INDICATOR.get(id);
}

/** @param {string} id */
export function indicatorLabel(id) {
  return INDICATOR.get(id)?.label ?? humanise(id);
}

export function dimensionLabel(id) {
  return DIMENSION.get(id)?.label ?? humanise(id);
}

// Axis titles name the unit in full.
/** @type {Record<string, string>} */
const UNITS = {
  "thousand USD": "Thousand US dollars",
  manats: "Manats (AZN)"
};

/** @param {string | null | undefined} unit */
export function unitTitle(unit) {
  if (!unit) return "Value";
  return UNITS[unit] ?? capitalise(unit);
}

/** @type {Record<string, string>} */
const SEX = {female: "Women", male: "Men"};
/** @type {Record<string, string>} */
const AGE = {adult: "adults", child: "children"};
/** @type {Record<string, string>} */
const CITIZENSHIP = {foreign: "Foreign citizens"};

/** @param {string} sex */
export function sexLabel(sex) {
  return SEX[sex] ?? capitalise(sex);
}

/** @param {string} age */
export function ageLabel(age) {
  if (AGE[age]) return capitalise(AGE[age]);
  return /^\d/.test(age) ? `Aged ${String(age).replace("-", "–")}` : capitalise(age);
}

// The breakdown of a row in words ("Women, adults", "Germany", "Aged 15–29"), or "Total".
/** @param {Row} row */
export function breakdownLabel(row) {
  const parts = [];
  if (row.country) parts.push(row.country);
  if (row.citizenship) parts.push(CITIZENSHIP[row.citizenship] ?? `${row.citizenship} citizens`);
  if (row.sex && row.age_group && AGE[row.age_group]) parts.push(`${SEX[row.sex] ?? row.sex} (${AGE[row.age_group]})`);
  else {
    if (row.sex) parts.push(sexLabel(row.sex));
    if (row.age_group) parts.push(ageLabel(row.age_group));
  }
  if (row.category) parts.push(capitalise(row.category));
  return parts.length ? parts.join(", ") : "Total";
}

// A check's description as the extraction wrote it begins, for sums and subsets, with the indicator's internal
// name and the period label ("detention_placements 2013-2018+2019H1: voluntary 4491, …"): those become the
// indicator's label and the period in words ("Placements in detention centres, 2013–2018 + 2019 H1: …").
/** @param {unknown} description */
export function checkTitle(description) {
  const text = String(description ?? "");
  const match = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)+) (\S+): /.exec(text);
  if (!match) return text;
  return `${indicatorLabel(match[1])}, ${periodText(match[2])}: ${text.slice(match[0].length)}`;
}

/** @param {unknown} id */
export function humanise(id) {
  return capitalise(String(id ?? "").replaceAll("_", " "));
}

/** @param {unknown} text */
export function capitalise(text) {
  const s = String(text ?? "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
