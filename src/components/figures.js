// Figures that are not points on a time axis, shown one by one: totals over several years
// ("2013–2018 + 2019 H1") and stocks on a date ("as of 30 Jun 2019"). Each figure is a button
// that shows its quote and document below, like a chart's marks.
import {el} from "./dom.js";
import {checksNotice, provenancePanel, tableControls} from "./provenance.js";
import {breakdownLabel, indicatorLabel} from "./specs/labels.js";
import {periodKind, periodText} from "./specs/periods.js";
import {documentShort, formatNumber, locatorText} from "./specs/source.js";

/** @param {Record<string, any>} row */
function periodNote(row) {
  const kind = periodKind(row.period_label);
  if (kind === "stock") return `Stock ${periodText(row.period_label)}`;
  if (kind === "span") return `Total over ${periodText(row.period_label)}`;
  return periodText(row.period_label);
}

/**
 * figureCards(rows, {id, title, checks, label})
 * label(row): the card's heading (by default the indicator and breakdown).
 * @param {Record<string, any>[]} rows
 * @param {{id: string, title: string, checks?: Record<string, any>[], label?: (row: Record<string, any>) => string}} options
 */
export function figureCards(rows, {id, title, checks = [], label}) {
  const panel = provenancePanel("Select a figure to see the sentence it comes from.");
  const heading =
    label ??
    ((row) => `${indicatorLabel(row.indicator)}${breakdownLabel(row) === "Total" ? "" : ` — ${breakdownLabel(row)}`}`);
  let selected;
  const cards = rows.map((row) => {
    const card = el(
      "button",
      {type: "button", class: "stat-card", "data-obs-id": row.obs_id, "aria-pressed": "false"},
      el("span", {class: "stat-label"}, heading(row)),
      el(
        "span",
        {class: "stat-value"},
        `${row.approx ? "≈ " : ""}${formatNumber(row.value)}`,
        el("small", {}, ` ${row.unit ?? ""}`)
      ),
      el("span", {class: "stat-period"}, periodNote(row)),
      el("span", {class: "stat-source"}, `${documentShort(row)}, ${locatorText(row.locator)}`),
      row.n_failed_checks ? el("span", {class: "stat-flag"}, "Check failed") : null
    );
    card.addEventListener("click", () => {
      selected?.setAttribute("aria-pressed", "false");
      selected = card;
      card.setAttribute("aria-pressed", "true");
      panel.show(row, {checks});
    });
    return card;
  });
  const {buttons, table} = tableControls(id, rows, {caption: `${title}: the ${rows.length} figures`});
  return el(
    "figure",
    {class: "figure-cards", "data-chart-id": id},
    el(
      "div",
      {class: "chart-controls"},
      el("span", {class: "figure-title"}, title),
      el("span", {class: "chart-buttons"}, buttons)
    ),
    checksNotice(rows, checks),
    el("div", {class: "stat-cards"}, cards),
    el(
      "figcaption",
      {class: "chart-description"},
      `${title}: ${rows.length} ${rows.length === 1 ? "figure" : "figures"}, each for the period the document states; a total over several years is not spread across them.`
    ),
    table,
    panel
  );
}
