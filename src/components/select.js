// Picking a chart's rows out of the observations, and narrowing them by the page's filters. Rows are plain
// objects in arrays: picking and narrowing are row filters, which need no Arquero (a page that reshapes rows,
// as the remittances page joins shares to totals, imports it itself).
import {CHART} from "./specs/charts.js";

// Keeps rows whose fields equal the chosen values; "" (all) or undefined leaves a field unfiltered,
// an array keeps rows whose field is one of its values.
export function narrow(rows, criteria) {
  const tests = Object.entries(criteria)
    .filter(([, chosen]) => chosen !== "" && chosen != null)
    .map(([field, chosen]) => (Array.isArray(chosen) ? (d) => chosen.includes(String(d[field])) : (d) => String(d[field]) === chosen));
  return tests.length ? rows.filter((d) => tests.every((test) => test(d))) : rows;
}

// The rows of one chart (by id), narrowed by criteria.
export function chartRows(rows, id, criteria = {}) {
  const chart = CHART[id];
  if (!chart) throw new Error(`unknown chart: ${id}`);
  return narrow(
    rows.filter((d) => chart.matches(d)),
    criteria
  );
}

// Rows that none of the given charts shows.
export function notCharted(rows, ids) {
  const charts = ids.map((id) => CHART[id]);
  return rows.filter((d) => !charts.some((chart) => chart.matches(d)));
}
