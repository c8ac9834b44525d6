// The provenance around a chart or a set of figures: the selected figure's quote and document,
// notices for failed checks, and the rows behind it as a table or a CSV download.
// All text from documents is set with textContent (via el), never parsed as HTML.
import {DOCUMENT_FIELDS, FIGURE_FIELDS} from "./cite.js";
import {siteUrl} from "./cite-panel.js";
import {csvText} from "./csv.js";
import {sourcesList} from "./provenance-sources.js";
import {el} from "./dom.js";
import {readerHref} from "./source-format.js";
import {ageLabel, breakdownLabel, capitalise, checkTitle, indicatorLabel, sexLabel} from "./specs/labels.js";
import {periodText} from "./specs/periods.js";
import {documentShort, formatValue, locatorText} from "./specs/source.js";

/**
 * @typedef {Record<string, any>} Row
 * @typedef {Record<string, any>} Check a row of the checks table: check_id, status, obs_ids, description, detail,
 *   locator
 */

// The columns of the table and of the CSV: the figure, then where it was stated.
/** @type {string[]} */
export const CSV_COLUMNS = [...DOCUMENT_FIELDS, "kind", "date", "state", ...FIGURE_FIELDS, "n_failed_checks"];

// By the project's one CSV writer: numbers as they are, text a spreadsheet would run as a formula neutralised.
/**
 * @param {Record<string, unknown>[]} rows
 * @param {string[]} [columns]
 */
export function toCsv(rows, columns = CSV_COLUMNS) {
  return csvText(
    columns,
    rows.map((row) => columns.map((c) => row[c]))
  );
}

/**
 * @param {Row[]} rows
 * @param {string} filename
 */
export function downloadCsv(rows, filename) {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], {type: "text/csv;charset=utf-8"}));
  const link = el("a", {href: url, download: filename});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Checks that failed (or, with `status: "warn"`, warned) on any of the rows.
/**
 * @param {Row[]} rows
 * @param {Check[]} [checks]
 * @param {string} [status]
 */
export function checksTouching(rows, checks = [], status = "fail") {
  const ids = new Set(rows.map((r) => r.obs_id));
  return checks.filter((c) => c.status === status && (c.obs_ids ?? []).some((id) => ids.has(id)));
}

/** @param {Check} check */
function checkItem(check) {
  return el(
    "li",
    {"data-check-id": check.check_id},
    el("span", {class: "check-description"}, checkTitle(check.description)),
    check.detail ? el("span", {class: "check-detail"}, ` ${check.detail}`) : null,
    el("span", {class: "check-locator"}, ` (${locatorText(check.locator)})`)
  );
}

// A visible notice listing the failed checks (and warnings) that touch these rows, or nothing.
/**
 * @param {Row[]} rows
 * @param {Check[]} [checks]
 */
export function checksNotice(rows, checks) {
  const failed = checksTouching(rows, checks, "fail");
  const warned = checksTouching(rows, checks, "warn");
  if (!failed.length && !warned.length) return null;
  return el(
    "div",
    {class: "check-notices"},
    failed.length
      ? el(
          "div",
          {class: "check-notice check-fail", role: "note"},
          el(
            "strong",
            {},
            failed.length === 1
              ? "A consistency check failed on figures shown here:"
              : `${failed.length} consistency checks failed on figures shown here:`
          ),
          el("ul", {}, failed.map(checkItem))
        )
      : null,
    warned.length
      ? el(
          "details",
          {class: "check-notice check-warn", role: "note"},
          el(
            "summary",
            {},
            `The reading of ${warned.length === 1 ? "one table row" : `${warned.length} table rows`} here was ambiguous`
          ),
          el("ul", {}, warned.map(checkItem))
        )
      : null
  );
}

// The rows as an HTML table with their provenance columns.
/**
 * @param {Record<string, any>[]} rows
 * @param {{caption?: string}} [options]
 */
export function rowsTable(rows, {caption} = {}) {
  /** @type {[string, (r: Record<string, any>) => string | Node, string?][]} */
  const columns = [
    ["Indicator", (r) => indicatorLabel(r.indicator)],
    ["Period", (r) => periodText(r.period_label)],
    ["Breakdown", (r) => breakdownLabel(r)],
    ["Value", (r) => formatValue(r), "number"],
    ["Document", (r) => el("span", {title: r.title ?? ""}, documentShort(r))],
    ["Location", (r) => locatorText(r.locator) + (r.page != null ? `, page ${r.page}` : "")],
    ["Quote", (r) => el("span", {dir: "auto", lang: r.language ?? null}, r.quote ?? ""), "quote"],
    ["Observation", (r) => el("code", {}, r.obs_id)]
  ];
  return el(
    "div",
    {class: "table-scroll"},
    el(
      "table",
      {class: "rows-table"},
      caption ? el("caption", {}, caption) : null,
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          columns.map(([label, , cls]) => el("th", {scope: "col", class: cls}, label))
        )
      ),
      el(
        "tbody",
        {},
        rows.map((r) =>
          el(
            "tr",
            {"data-obs-id": r.obs_id, class: r.n_failed_checks ? "has-failed-check" : null},
            columns.map(([label, cell, cls]) => el("td", {"data-label": label, class: cls}, cell(r)))
          )
        )
      )
    )
  );
}

// The column a table figure sits under, in words: the values of the fields its row's figures differ in
// ("2018", "Aged 15–29", "Women"); null for a figure not read from a table.
/** @param {Row} row */
export function columnHeader(row) {
  if (!Array.isArray(row.column_fields)) return null;
  /** @type {Record<string, (value: any) => string>} */
  const words = {
    period_label: (v) => periodText(v),
    sex: (v) => sexLabel(v),
    age_group: (v) => ageLabel(v),
    category: (v) => capitalise(v)
  };
  const parts = row.column_fields
    .filter((field) => row[field] != null)
    .map((field) => (words[field] ?? String)(row[field]));
  return parts.length
    ? parts.join(", ")
    : `${periodText(row.period_label)}${breakdownLabel(row) !== "Total" ? `, ${breakdownLabel(row)}` : ""}`;
}

// The quote, with the figure's own cell marked when it comes from a table row.
/** @param {Row} row */
function quoteBlock(row) {
  const quote = row.quote ?? "";
  const [start, end] = Array.isArray(row.cell) ? row.cell : [];
  const marked = Number.isInteger(start) && Number.isInteger(end) && end > start && end <= quote.length;
  return el(
    "blockquote",
    {class: "provenance-quote", dir: "auto", lang: row.language ?? null},
    marked
      ? [quote.slice(0, start), el("mark", {class: "provenance-cell"}, quote.slice(start, end)), quote.slice(end)]
      : quote
  );
}

// A table figure's row and column, above the whole row with its cell marked.
/** @param {Row} row */
function tablePlace(row) {
  if (!Array.isArray(row.cell)) return null;
  return el(
    "dl",
    {class: "provenance-table"},
    el("dt", {}, "Table row"),
    el("dd", {class: "provenance-row", dir: "auto", lang: row.language ?? null}, row.row_label || "(no label)"),
    el("dt", {}, "Column"),
    el("dd", {class: "provenance-column"}, columnHeader(row))
  );
}

// The panel under a chart that shows where the selected figure comes from, with a link to the figure
// highlighted in its document's reader (sources/<doc>#obs-<id>).
/** @param {string} hint */
export function provenancePanel(hint) {
  const panel = el("section", {
    class: "provenance",
    "aria-live": "polite",
    "aria-label": "Source of the selected figure"
  });
  const showHint = () => panel.replaceChildren(el("p", {class: "provenance-hint"}, hint));
  showHint();
  /**
   * @param {Record<string, any>} row
   * @param {{checks?: Record<string, any>[], plotted?: number}} [options]
   */
  panel.show = (row, {checks = [], plotted} = {}) => {
    const failed = checksTouching([row], checks, "fail");
    const warned = checksTouching([row], checks, "warn");
    panel.dataset.obsId = row.obs_id;
    const parts = [
      el(
        "p",
        {class: "provenance-figure"},
        el("strong", {class: "provenance-value"}, formatValue(row)),
        ` · ${indicatorLabel(row.indicator)} · ${periodText(row.period_label)}`,
        breakdownLabel(row) !== "Total" ? ` · ${breakdownLabel(row)}` : "",
        plotted != null && plotted !== Number(row.value)
          ? el(
              "span",
              {class: "provenance-annualised"},
              ` (drawn annualised as ${formatValue(row, plotted)}, an estimate)`
            )
          : null
      ),
      tablePlace(row),
      quoteBlock(row),
      el(
        "dl",
        {class: "provenance-source"},
        el("dt", {}, "Document"),
        el(
          "dd",
          {},
          el("span", {class: "provenance-title", dir: "auto", lang: row.language ?? null}, row.title ?? "Untitled"),
          row.un_symbol ? ` (${row.un_symbol})` : ""
        ),
        el("dt", {}, "Location"),
        el("dd", {class: "provenance-locator"}, locatorText(row.locator), row.page != null ? `, page ${row.page}` : ""),
        el("dt", {}, "Observation"),
        el("dd", {}, el("code", {}, row.obs_id))
      ),
      row.doc_id
        ? el(
            "p",
            {class: "provenance-reader"},
            el(
              "a",
              {class: "provenance-link", href: siteUrl(readerHref(row.doc_id, {obsId: row.obs_id}))},
              `Read it in the document`
            ),
            ` (${locatorText(row.locator)}${row.page != null ? `, page ${row.page}` : ""}, highlighted)`
          )
        : null,
      sourcesList(row),
      failed.length || warned.length
        ? el(
            "ul",
            {class: "provenance-checks"},
            [...failed, ...warned].map((c) =>
              el(
                "li",
                {class: `check-${c.status}`},
                `${c.status === "fail" ? "Check failed" : "Check warning"}: ${checkTitle(c.description)}${c.detail ? ` (${c.detail})` : ""}`
              )
            )
          )
        : null
    ];
    panel.replaceChildren(...parts.filter((part) => part != null));
  };
  panel.clear = () => {
    delete panel.dataset.obsId;
    showHint();
  };
  return panel;
}

// The Table and CSV buttons and the hidden table they control, for one chart's rows. open({focus}) shows the
// table (and moves the focus to it), for other controls that lead to it.
/**
 * @param {string} id
 * @param {Record<string, any>[]} rows
 * @param {{caption?: string}} [options]
 */
export function tableControls(id, rows, {caption} = {}) {
  const tableId = `${id}-table`;
  const table = el("div", {class: "chart-table", id: tableId, hidden: "", tabindex: "-1"}, rowsTable(rows, {caption}));
  const toggle = el(
    "button",
    {type: "button", class: "chart-button", "aria-expanded": "false", "aria-controls": tableId},
    "Table"
  );
  const show = (/** @type {boolean} */ open) => {
    table.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
  };
  toggle.addEventListener("click", () => show(table.hidden));
  const csv = el(
    "button",
    {type: "button", class: "chart-button", title: `Download these ${rows.length} rows with their sources as CSV`},
    "CSV"
  );
  csv.addEventListener("click", () => downloadCsv(rows, `${id}.csv`));
  const open = ({focus = false} = {}) => {
    show(true);
    if (focus) table.focus();
  };
  return {buttons: [toggle, csv], table, open};
}
