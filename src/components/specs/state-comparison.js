// The overview's comparison of states: for every indicator (and unit) whose yearly totals two or more states
// state, one panel with a bar per state and period, coloured by state. Pure: no DOM, importable from Node.
import {multiples} from "./builders.js";
import {indicatorLabel} from "./labels.js";
import {isFlow} from "./periods.js";
import {dimensionsOf} from "./family-charts.js";
import {stateName} from "./states.js";

/** @param {Record<string, any>} row */
const isStatedTotal = (row) => row.state != null && row.state !== "" && isFlow(row) && dimensionsOf(row).length === 0;

/**
 * The rows the comparison shows: totals over a year or less (no breakdown) of the indicators that two or more
 * states state, keyed by indicator and unit.
 * @param {Record<string, any>[]} rows
 */
export function comparableRows(rows) {
  const totals = rows.filter(isStatedTotal);
  const states = new Map();
  for (const row of totals) {
    const key = `${row.indicator}|${row.unit}`;
    states.set(key, (states.get(key) ?? new Set()).add(String(row.state)));
  }
  return totals.filter((r) => states.get(`${r.indicator}|${r.unit}`).size > 1);
}

const ID = "overview-states";
const TITLE = "The same indicators in several states";

// A chart builder with the properties chart(), citations and tables read (as charts.js's `define` gives them).
export const STATE_COMPARISON = Object.assign(
  (/** @type {Record<string, any>[]} */ rows, /** @type {Record<string, any>} */ options = {}) =>
    multiples(rows, {
      ...options,
      id: ID,
      title: TITLE,
      panel: (row) => `${indicatorLabel(row.indicator)} (${row.unit})`,
      series: (row) => stateName(row.state)
    }),
  {
    id: ID,
    title: TITLE,
    page: "/",
    exportWidth: 640,
    select: comparableRows,
    matches: isStatedTotal
  }
);
