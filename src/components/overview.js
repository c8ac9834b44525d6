// The overview's headline figures per family and its coverage matrix (indicator × period).
import {el} from "./dom.js";
import {brokenDownBy, isTotal} from "./specs/charts.js";
import {FAMILIES, indicatorLabel, sexLabel} from "./specs/labels.js";
import {comparePeriods, periodKind, periodText} from "./specs/periods.js";
import {documentShort, formatNumber, locatorText} from "./specs/source.js";

// The indicator that stands for each family on the overview.
const HEADLINE_INDICATOR = {
  work_permits: "work_permits_issued",
  residence: "temporary_residence_permits",
  border: "foreigners_arrived",
  detention: "detention_placements",
  remittances: "remittances_received",
  trafficking: "trafficking_victims",
  readmission: "persons_readmitted",
  consular: "national_passports_issued",
  call_centre: "calls_received",
  marriages: "marriages_with_foreigners",
  ngo_funding: "ngo_funding_migration",
  other: "refugee_status_granted"
};

const isFullYear = (row) => ["year", "academic"].includes(periodKind(row.period_label));

// Sums rows per period (for figures stated only by sex); keeps the rows for their sources.
function sumByPeriod(rows) {
  const groups = new Map();
  for (const row of rows) {
    const group = groups.get(row.period_label) ?? {...row, value: 0, parts: []};
    group.value += Number(row.value);
    group.parts.push(row);
    groups.set(row.period_label, group);
  }
  return [...groups.values()];
}

/**
 * The headline of one family: the latest full-year total of its headline indicator and its change on
 * the year before, the half-year after it if stated, or else the latest total over a span or on a date.
 * When a family states yearly figures only by sex, their sum stands in, and the headline says so.
 */
export function headline(rows, family) {
  const indicator = HEADLINE_INDICATOR[family] ?? rows.find((r) => r.family === family)?.indicator;
  const own = rows.filter((r) => r.family === family && r.indicator === indicator);
  if (!own.length) return null;
  let series = own.filter(isTotal);
  let derived = null;
  if (!series.some(isFullYear)) {
    const bySex = own.filter(brokenDownBy("sex"));
    if (bySex.some(isFullYear)) {
      series = sumByPeriod(bySex);
      derived = `sum of the figures stated for ${[...new Set(bySex.map((r) => sexLabel(r.sex).toLowerCase()))].join(" and ")}`;
    }
  }
  series = [...series].sort(comparePeriods);
  const years = series.filter(isFullYear);
  const latest = years.at(-1) ?? series.at(-1);
  const previous = years.length > 1 ? years.at(-2) : null;
  const after = latest
    ? series.find((r) => periodKind(r.period_label) === "half" && String(r.period_start) > String(latest.period_end))
    : null;
  return {
    family,
    indicator,
    latest,
    previous,
    after,
    derived,
    change: previous && previous.value ? (latest.value - previous.value) / previous.value : null
  };
}

function headlineCard(h) {
  const info = FAMILIES.find((f) => f.id === h.family);
  const {latest, previous, after, change} = h;
  const changeText =
    change == null
      ? periodKind(latest.period_label) === "year" || periodKind(latest.period_label) === "academic"
        ? "No earlier year stated to compare"
        : "Stated for the whole span, not per year"
      : `${change > 0 ? "▲" : change < 0 ? "▼" : "■"} ${change > 0 ? "+" : ""}${(change * 100).toFixed(1)}% on ${periodText(previous.period_label)}`;
  return el(
    "a",
    {class: "headline-card", href: `.${info?.page ?? "/"}`, "data-family": h.family},
    el("span", {class: "headline-family"}, info?.name ?? h.family),
    el("span", {class: "headline-indicator"}, indicatorLabel(h.indicator)),
    el("span", {class: "headline-value"}, formatNumber(latest.value), el("small", {}, ` ${latest.unit ?? ""}`)),
    el(
      "span",
      {class: "headline-period"},
      periodKind(latest.period_label) === "span"
        ? `over ${periodText(latest.period_label)}`
        : `in ${periodText(latest.period_label)}`
    ),
    el("span", {class: `headline-change${change == null ? " none" : change >= 0 ? " up" : " down"}`}, changeText),
    after
      ? el(
          "span",
          {class: "headline-partial"},
          `${periodText(after.period_label)}: ${formatNumber(after.value)} (six months only)`
        )
      : null,
    h.derived ? el("span", {class: "headline-note"}, `The report states no yearly total: ${h.derived}.`) : null,
    el("span", {class: "headline-source"}, `${documentShort(latest)}, ${locatorText(latest.locator)}`)
  );
}

export function headlines(rows) {
  const cards = FAMILIES.map((f) => headline(rows, f.id))
    .filter(Boolean)
    .map(headlineCard);
  return el("div", {class: "headlines"}, cards);
}

// Columns of the coverage matrix: every year and half-year stated, in time order.
function coverageColumns(rows) {
  const timed = rows.filter((r) => ["year", "half"].includes(periodKind(r.period_label))).sort(comparePeriods);
  return [...new Set(timed.map((r) => r.period_label))];
}

const STATES = {
  stated: {symbol: "●", text: "stated"},
  partial: {symbol: "◐", text: "stated for part of the year (H1, partial)"},
  missing: {symbol: "·", text: "not stated"}
};

/** Indicator × period: whether each indicator is stated for each year (or half-year), grouped by family. */
export function coverageMatrix(rows) {
  const columns = coverageColumns(rows);
  const head = el(
    "tr",
    {},
    el("th", {scope: "col", class: "coverage-indicator"}, "Indicator"),
    columns.map((c) =>
      el(
        "th",
        {scope: "col", class: "coverage-period"},
        periodKind(c) === "half" ? [c.slice(0, 4), el("br"), `${c.slice(4)}*`] : c
      )
    ),
    el("th", {scope: "col", class: "coverage-other"}, "Other periods (totals, stocks, school years)")
  );
  const body = [];
  for (const family of FAMILIES) {
    const own = rows.filter((r) => r.family === family.id);
    if (!own.length) continue;
    body.push(
      el(
        "tr",
        {class: "coverage-family"},
        el(
          "th",
          {scope: "colgroup", colspan: String(columns.length + 2)},
          el("a", {href: `.${family.page}`}, family.name)
        )
      )
    );
    const indicators = [...new Set(own.map((r) => r.indicator))].sort((a, b) =>
      indicatorLabel(a).localeCompare(indicatorLabel(b))
    );
    for (const indicator of indicators) {
      const mine = own.filter((r) => r.indicator === indicator);
      const labels = new Set(mine.map((r) => r.period_label));
      const other = [
        ...new Set(
          mine
            .filter((r) => !["year", "half"].includes(periodKind(r.period_label)))
            .sort(comparePeriods)
            .map((r) => periodText(r.period_label))
        )
      ];
      body.push(
        el(
          "tr",
          {"data-indicator": indicator},
          el("th", {scope: "row", class: "coverage-indicator"}, indicatorLabel(indicator)),
          columns.map((c) => {
            const state = labels.has(c) ? (periodKind(c) === "half" ? "partial" : "stated") : "missing";
            return el(
              "td",
              {
                class: `coverage-cell ${state}`,
                "data-period": c,
                "data-state": state,
                title: `${indicatorLabel(indicator)}, ${periodText(c)}: ${STATES[state].text}`
              },
              el("span", {"aria-hidden": "true"}, STATES[state].symbol),
              el("span", {class: "visually-hidden"}, STATES[state].text)
            );
          }),
          el("td", {class: "coverage-other"}, other.join("; "))
        )
      );
    }
  }
  return el(
    "div",
    {class: "coverage"},
    el(
      "p",
      {class: "coverage-legend"},
      Object.values(STATES).flatMap((s, i) => [
        i ? " · " : "",
        el("span", {class: "coverage-symbol", "aria-hidden": "true"}, s.symbol),
        ` ${s.text}`
      ]),
      " · * first half of the year only"
    ),
    scrolling(el("table", {class: "coverage-matrix"}, el("thead", {}, head), el("tbody", {}, body)))
  );
}

// The matrix in a box that scrolls sideways when the page is narrower than it (a phone): the box can be scrolled
// from the keyboard, starts at the latest periods, where most indicators are stated (the indicator column stays
// in view), and a line above it says that earlier periods are to the left.
function scrolling(table) {
  const cue = el("p", {class: "scroll-cue", hidden: ""}, "← Earlier periods: scroll the table sideways.");
  const box = el(
    "div",
    {
      class: "table-scroll",
      tabindex: "0",
      role: "region",
      "aria-label": "Coverage by indicator and period (scrolls sideways)"
    },
    table
  );
  let placed = false;
  const observer = new ResizeObserver(() => {
    if (!box.isConnected) return;
    const overflowing = box.scrollWidth > box.clientWidth + 1;
    cue.hidden = !overflowing;
    if (overflowing && !placed) {
      placed = true;
      // The latest period's column at the right edge of the box (the column of other periods lies beyond it).
      const last = [...table.querySelectorAll("th.coverage-period")].at(-1);
      if (last) box.scrollLeft = last.offsetLeft + last.offsetWidth - box.clientWidth;
    }
  });
  observer.observe(box);
  return el("div", {class: "coverage-scroll"}, cue, box);
}
