// A query result as an HTML table, built from text nodes; long results show their first rows.
import {el} from "./dom.js";
import {formatCount} from "./format.js";

const number = new Intl.NumberFormat("en", {maximumFractionDigits: 6});

/**
 * @param {any} value a value of a query result (./explore-results.js)
 * @param {string} kind
 */
function cell(value, kind) {
  if (value == null) return el("span", {class: "null"}, "null");
  if (kind === "number") return number.format(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * @param {import("./explore-results.js").Result} result
 * @param {{limit?: number}} [options]
 */
export function resultTable({columns, rows}, {limit = 1000} = {}) {
  const shown = rows.slice(0, limit);
  const table = el(
    "table",
    {class: "explore-table"},
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        columns.map((c) => el("th", {scope: "col", class: `kind-${c.kind}`, title: c.kind}, c.name))
      )
    ),
    el(
      "tbody",
      {},
      shown.map((row) =>
        el(
          "tr",
          {},
          row.map((value, i) => el("td", {class: `kind-${columns[i].kind}`, dir: "auto"}, cell(value, columns[i].kind)))
        )
      )
    )
  );
  return el(
    "div",
    {class: "explore-table-wrap"},
    el("div", {class: "explore-table-scroll", tabindex: "0", role: "region", "aria-label": "Query result"}, table),
    rows.length > limit
      ? el(
          "p",
          {class: "explore-note"},
          `Showing the first ${formatCount(limit)} of ${formatCount(rows.length)} rows; the CSV has them all.`
        )
      : null
  );
}
