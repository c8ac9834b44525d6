// The charts of a family page, made from the registry and the rows alone: for every indicator of the family with
// figures, in registry order, a trend of its stated totals and one chart per breakdown the documents give.
// A chart of charts.js that shows the same figures (or has the same id) is drawn in the generated one's place, so
// its id, export and embed page stay as they were. Pure: no DOM, importable from Node.
import {categoryBars, periodBars} from "./builders.js";
import {CHART, CHARTS, titled, withId} from "./charts.js";
import {breakdownLabel, dimensionLabel, indicatorInfo, indicatorLabel} from "./labels.js";
import {comparePeriods, isFlow, periodKind, periodText} from "./periods.js";
import {DIMENSIONS, FAMILIES, INDICATORS} from "./registry.js";
import {locatorText, paragraphList} from "./source.js";
import {trend} from "./trend.js";

const DIMENSION_IDS = DIMENSIONS.map((d) => d.id);
const kebab = (id) => String(id).replaceAll("_", "-");

// The dimensions a row is broken down by, in the registry's order ([] for a stated total).
export const dimensionsOf = (row) => DIMENSION_IDS.filter((d) => row[d] != null);

// A chart builder with the properties pages, citations and exports read (as charts.js's `define` gives them).
function generated(id, title, page, rows, build, options = {}) {
  const ids = new Set(rows.map((r) => r.obs_id));
  const matches = (row) => ids.has(row.obs_id);
  const builder = (chartRows, opts = {}) => build(chartRows, {...options, ...opts, id, title});
  return Object.assign(builder, {id, title, page, matches, select: (all) => all.filter(matches), exportWidth: 640});
}

// "A, B and C".
export function listText(items) {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? "");
}

// What periods an indicator's figures are stated for, in words: "Stated for 2017, 2018 and the first half of 2019;
// as a total over 2013–2018 + 2019 H1." Periods in time order; stocks are counts on a date.
export function periodsSentence(rows) {
  const seen = new Map();
  for (const row of [...rows].sort(comparePeriods)) if (!seen.has(row.period_label)) seen.set(row.period_label, row);
  const flows = [];
  const spans = [];
  const stocks = [];
  for (const label of seen.keys()) {
    const half = /^(\d{4})H([12])$/.exec(label);
    if (half) flows.push(`the ${half[2] === "1" ? "first" : "second"} half of ${half[1]}`);
    else if (periodKind(label) === "stock") stocks.push(periodText(label).replace(/^as of /, ""));
    else if (isFlow({period_label: label})) flows.push(label);
    else spans.push(periodText(label));
  }
  const parts = [
    ...(flows.length ? [listText(flows)] : []),
    ...(spans.length ? [`as ${spans.length > 1 ? "totals" : "a total"} over ${listText(spans)}`] : []),
    ...(stocks.length ? [`as ${stocks.length > 1 ? "counts" : "a count"} on ${listText(stocks)}`] : [])
  ];
  if (!parts.length) return "";
  // With no year or half-year, the sentence opens with how the figures are stated: "Stated as a count on 30 Jun 2019."
  return flows.length ? `Stated for ${parts.join("; ")}.` : `Stated ${parts.join("; ")}.`;
}

// "Source: Third periodic report of Azerbaijan (CMW/C/AZE/3), paras. 217–219; table “detention placements”."
export function sourcesText(rows) {
  const documents = new Map();
  for (const row of rows) {
    if (!documents.has(row.doc_id)) documents.set(row.doc_id, {row, paragraphs: [], places: new Set()});
    const entry = documents.get(row.doc_id);
    const locator = String(row.locator ?? "");
    if (/^\d+$/.test(locator)) entry.paragraphs.push(Number(locator));
    else if (locator) entry.places.add(locatorText(locator));
  }
  const parts = [...documents.values()].map(({row, paragraphs, places}) => {
    const name = row.title
      ? `${row.title}${row.un_symbol ? ` (${row.un_symbol})` : ""}`
      : (row.un_symbol ?? row.doc_id);
    const where = [...(paragraphs.length ? [paragraphList(paragraphs)] : []), ...places];
    return where.length ? `${name}, ${where.join("; ")}` : name;
  });
  return `${parts.length > 1 ? "Sources" : "Source"}: ${parts.join(" · ")}.`;
}

/**
 * familySections(rows, families, {page})
 * rows: the observations of the page (the pages' rows, with their documents); families: family ids.
 * Returns one section per indicator with figures, in registry order (indicators the registry does not know come
 * last, by label): {indicator, label, definition, family, rows, charts: [builder with `rows`], figures: rows no
 * chart shows (totals over several years, stocks on a date)}.
 * @param {Record<string, any>[]} rows
 * @param {string[]} families
 * @param {{page?: string}} [options]
 */
export function familySections(rows, families, {page} = {}) {
  const own = rows.filter((r) => families.includes(r.family));
  const registered = INDICATORS.filter((i) => families.includes(i.family)).map((i) => i.id);
  const extra = [...new Set(own.map((r) => r.indicator))]
    .filter((id) => !registered.includes(id))
    .sort((a, b) => indicatorLabel(a).localeCompare(indicatorLabel(b)));
  const pagePath = page ?? FAMILIES.find((f) => f.id === families[0])?.page.replace(/#.*/, "");
  const curated = CHARTS.filter((c) => c.page === pagePath);
  const used = new Set();
  const sections = [];
  for (const indicator of [...registered, ...extra]) {
    const indicatorRows = own.filter((r) => r.indicator === indicator);
    if (!indicatorRows.length) continue;
    const info = indicatorInfo(indicator);
    const label = indicatorLabel(indicator);
    const charts = [];
    const units = [...new Set(indicatorRows.map((r) => r.unit))];
    for (const unit of units) {
      const unitRows = indicatorRows.filter((r) => r.unit === unit);
      const base =
        units.length > 1 ? `${kebab(indicator)}-${kebab(String(unit).replaceAll(" ", "-"))}` : kebab(indicator);
      const totals = unitRows.filter((r) => isFlow(r) && dimensionsOf(r).length === 0);
      if (totals.length)
        charts.push(generated(base, units.length > 1 ? `${label} (${unit})` : label, pagePath, totals, trend));
      const keys = [
        ...new Set(unitRows.filter((r) => dimensionsOf(r).length).map((r) => dimensionsOf(r).join("+")))
      ].sort(byDimensions);
      for (const key of keys) {
        const dims = key.split("+");
        const keyRows = unitRows.filter((r) => dimensionsOf(r).join("+") === key);
        const by = listText(dims.map((d) => dimensionLabel(d).toLowerCase()));
        const id = `${base}-by-${dims.map(kebab).join("-and-")}`;
        const flows = keyRows.filter(isFlow);
        const spans = keyRows.filter((r) => !isFlow(r));
        if (flows.length)
          charts.push(
            generated(id, `${label} by ${by}`, pagePath, flows, periodBars, {
              series: breakdownLabel,
              seriesTitle: capitalised(by),
              valueLabels: flows.length <= 24
            })
          );
        // Figures of one span or date, broken down, are bars side by side; over several spans they stay figures.
        else if (new Set(spans.map((r) => r.period_label)).size === 1)
          charts.push(
            generated(id, `${label} by ${by}, ${periodText(spans[0].period_label)}`, pagePath, spans, categoryBars, {
              category: breakdownLabel
            })
          );
      }
    }
    // A chart of charts.js in the place of a generated one with its figures or its id.
    const placed = charts.map((chart) => {
      const ids = new Set(chart.select(own).map((r) => r.obs_id));
      const same = curated.find(
        (c) =>
          !used.has(c.id) &&
          (c.id === chart.id || (c.select(own).length === ids.size && c.select(own).every((r) => ids.has(r.obs_id))))
      );
      // A generated id that a chart of another page has is numbered, so that each id names one chart.
      if (!same) return CHART[chart.id] ? withId(chart, `${chart.id}-2`) : chart;
      used.add(same.id);
      return titled(same, own);
    });
    const charted = new Set(placed.flatMap((c) => c.select(own).map((r) => r.obs_id)));
    sections.push({
      indicator,
      label,
      definition: info?.definition ?? null,
      family: indicatorRows[0].family,
      rows: indicatorRows,
      charts: placed,
      figures: indicatorRows.filter((r) => !charted.has(r.obs_id))
    });
  }
  // The other charts of charts.js for this page (several indicators, or another selection), each after the section
  // of the first indicator it shows.
  for (const chart of curated) {
    if (used.has(chart.id)) continue;
    const shown = chart.select(own);
    const first = sections.find((s) => shown.some((r) => r.indicator === s.indicator));
    if (!first) continue;
    used.add(chart.id);
    first.charts.push(titled(chart, own));
    const ids = new Set(shown.map((r) => r.obs_id));
    for (const section of sections) section.figures = section.figures.filter((r) => !ids.has(r.obs_id));
  }
  return sections;
}

// Breakdowns in the registry's order of dimensions, fewer first, so that charts keep their order whatever the rows'.
/** @type {(a: string, b: string) => number} */
function byDimensions(a, b) {
  const rank = (/** @type {string} */ key) => key.split("+").map((d) => DIMENSION_IDS.indexOf(d));
  const [x, y] = [rank(a), rank(b)];
  return x.length - y.length || x.reduce((order, d, i) => order || d - y[i], 0);
}

const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);
