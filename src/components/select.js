// Picking a chart's rows out of the observations, and narrowing them by the page's filters. Rows are plain
// objects in arrays: picking and narrowing are row filters, which need no Arquero (a page that reshapes rows,
// as the remittances page joins shares to totals, imports it itself).
import {CHART} from "./specs/charts.js";

/**
 * @typedef {Record<string, any>} Row
 * @typedef {{name: string, noun: string, all: string}} Unapplied
 */

// Keeps rows whose fields equal the chosen values; "" (all) or undefined leaves a field unfiltered,
// an array keeps rows whose field is one of its values.
/**
 * @param {Row[]} rows
 * @param {Record<string, unknown>} criteria
 * @returns {Row[]}
 */
export function narrow(rows, criteria) {
  const tests = Object.entries(criteria)
    .filter(([, chosen]) => chosen !== "" && chosen != null)
    .map(([field, chosen]) =>
      Array.isArray(chosen) ? (d) => chosen.includes(String(d[field])) : (d) => String(d[field]) === chosen
    );
  return tests.length ? rows.filter((d) => tests.every((test) => test(d))) : rows;
}

// The rows of one chart (by id), narrowed by criteria.
/**
 * @param {Row[]} rows
 * @param {string} id
 * @param {Record<string, unknown>} [criteria]
 */
export function chartRows(rows, id, criteria = {}) {
  const chart = CHART[id];
  if (!chart) throw new Error(`unknown chart: ${id}`);
  return narrow(
    rows.filter((d) => chart.matches(d)),
    criteria
  );
}

// Rows that none of the given charts shows.
/**
 * @param {Row[]} rows
 * @param {string[]} ids
 */
export function notCharted(rows, ids) {
  const charts = ids.map((id) => CHART[id]);
  return rows.filter((d) => !charts.some((chart) => chart.matches(d)));
}

// The page filters, by the name they have in the filter bar and the URL: the field of the rows each one
// narrows, and how to say that a chart cannot be narrowed by it.
/** @type {Record<string, {field: string, noun: string, all: string}>} */
export const FILTERS = {
  period: {field: "period_label", noun: "period", all: "every period"},
  sex: {field: "sex", noun: "sex", all: "both sexes"},
  age_group: {field: "age_group", noun: "age group", all: "all age groups"},
  citizenship: {field: "citizenship", noun: "citizenship", all: "all citizenships"},
  country: {field: "country", noun: "country", all: "all countries"}
};

/** @param {unknown} value */
const chosen = (value) => (Array.isArray(value) ? true : value !== "" && value != null);

/**
 * chartSelection(rows, id, filters)
 * The rows of one chart narrowed by every page filter that can apply to it. filters: the filter bar's value
 * ({period: "2018", sex: "female", country: [...]}, by the names of FILTERS). A filter applies when some of
 * the chart's rows are broken down by its field; a chosen filter that cannot apply (the report does not break
 * the chart's figures down by it) leaves the rows as they are and is listed in `unapplied` ([{name, noun, all}]),
 * so that the chart and the sentences about it can say so.
 * @param {Row[]} rows
 * @param {string} id
 * @param {Record<string, unknown>} [filters]
 * @returns {{rows: Row[], unapplied: Unapplied[]}}
 */
export function chartSelection(rows, id, filters = {}) {
  const chart = CHART[id];
  if (!chart) throw new Error(`unknown chart: ${id}`);
  const own = rows.filter((d) => chart.matches(d));
  /** @type {Record<string, unknown>} */
  const criteria = {};
  /** @type {Unapplied[]} */
  const unapplied = [];
  for (const [name, value] of Object.entries(filters)) {
    const filter = FILTERS[name];
    if (!filter || !chosen(value)) continue;
    if (own.some((d) => d[filter.field] != null)) criteria[filter.field] = value;
    else unapplied.push({name, noun: filter.noun, all: filter.all});
  }
  return {rows: narrow(own, criteria), unapplied};
}

// What the unapplied filters mean for the figures: "Not narrowed by sex: the report does not break these figures
// down by sex; they are for both sexes." With `sentence`, the shorter form that follows a sentence about them:
// "Both sexes: the report does not break these figures down by sex."
/**
 * @param {Unapplied[] | null | undefined} unapplied
 * @param {{sentence?: boolean}} [options]
 */
export function unappliedText(unapplied, {sentence = false} = {}) {
  if (!unapplied?.length) return "";
  const nouns = unapplied.map((u) => u.noun);
  const list = nouns.length > 1 ? `${nouns.slice(0, -1).join(", ")} or ${nouns.at(-1)}` : nouns[0];
  const all = unapplied.map((u) => u.all).join(" and ");
  if (sentence)
    return `${all.charAt(0).toUpperCase()}${all.slice(1)}: the report does not break these figures down by ${list}.`;
  return `Not narrowed by ${list}: the report does not break these figures down by ${list}; they are for ${all}.`;
}
