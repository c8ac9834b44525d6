// Picking a chart's rows out of the observations with Arquero, and narrowing them by the page's filters.
import {escape} from "../lib/vendor/arquero.js";
import {CHART} from "./specs/charts.js";

// The rows of one chart (by id) from an Arquero table of observations.
export function chartTable(table, id) {
  const chart = CHART[id];
  if (!chart) throw new Error(`unknown chart: ${id}`);
  return table.filter(escape((d) => chart.matches(d)));
}

// Keeps rows whose fields equal the chosen values; "" (all) or undefined leaves a field unfiltered,
// an array keeps rows whose field is one of its values.
export function narrow(table, criteria) {
  const tests = Object.entries(criteria)
    .filter(([, chosen]) => chosen !== "" && chosen != null)
    .map(([field, chosen]) => (Array.isArray(chosen) ? (d) => chosen.includes(String(d[field])) : (d) => String(d[field]) === chosen));
  return tests.length ? table.filter(escape((d) => tests.every((test) => test(d)))) : table;
}

// Rows of a chart as plain objects, narrowed by criteria.
export function chartRows(table, id, criteria = {}) {
  return narrow(chartTable(table, id), criteria).objects();
}

// Rows of a table that none of the given charts shows, as plain objects.
export function notCharted(table, ids) {
  const charts = ids.map((id) => CHART[id]);
  return table.filter(escape((d) => !charts.some((chart) => chart.matches(d)))).objects();
}
