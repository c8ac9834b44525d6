// A quick Vega-Lite chart of a query result: the first text or date column against the first numeric column.
import {embed} from "../lib/vendor/vega.js";
import {themeColors} from "./chart.js";
import {el} from "./dom.js";
import {formatCount} from "./format.js";
import {chartConfig, chartTheme} from "./specs/theme.js";

const MAX_BARS = 40;

// Indexes of the columns to chart, or null when the result has no such pair.
/** @param {import("./explore-results.js").Result["columns"]} columns */
export function pickColumns(columns) {
  const x = columns.findIndex((c) => c.kind === "text" || c.kind === "date");
  const y = columns.findIndex((c) => c.kind === "number");
  return x < 0 || y < 0 ? null : {x, y};
}

/**
 * @param {{x: unknown, y: unknown}[]} values
 * @param {{x: string, y: string, temporal: boolean, repeated: boolean, width: number}} options
 */
function spec(values, {x, y, temporal, repeated, width}) {
  const yTitle = repeated ? `sum of ${y}` : y;
  // The family pages' chart colours, read from the page's theme (light or dark).
  const theme = chartTheme({dark: matchMedia("(prefers-color-scheme: dark)").matches, colors: themeColors()});
  const config = chartConfig(theme);
  const common = {
    width,
    autosize: {type: "fit-x", contains: "padding"},
    data: {values},
    config: {...config, axis: {...config.axis, labelLimit: 220}}
  };
  if (temporal) {
    return {
      ...common,
      height: 260,
      mark: {type: "line", point: true, tooltip: true, color: theme.palette[0]},
      encoding: {
        x: {field: "x", type: "temporal", title: x, axis: {tickCount: Math.max(2, Math.round(width / 90))}},
        y: {field: "y", type: "quantitative", aggregate: "sum", title: yTitle}
      }
    };
  }
  return {
    ...common,
    height: {step: 20},
    mark: {type: "bar", tooltip: true, color: theme.palette[0]},
    encoding: {
      y: {field: "x", type: "nominal", sort: "-x", title: x},
      x: {
        field: "y",
        type: "quantitative",
        aggregate: "sum",
        title: yTitle,
        axis: {tickCount: Math.max(2, Math.round(width / 90))}
      }
    }
  };
}

/**
 * @param {import("./explore-results.js").Result} result
 * @param {{width: number}} options
 */
export async function quickChart({columns, rows}, {width}) {
  const pick = pickColumns(columns);
  if (!pick)
    return el("p", {class: "explore-note"}, "No chart: that needs a text or date column and a numeric column.");
  const x = columns[pick.x],
    y = columns[pick.y];
  const temporal = x.kind === "date";
  let values = rows.filter((r) => r[pick.x] != null && r[pick.y] != null).map((r) => ({x: r[pick.x], y: r[pick.y]}));
  if (!values.length) return el("p", {class: "explore-note"}, `No chart: no row has both ${x.name} and ${y.name}.`);
  const totals = new Map();
  for (const v of values) totals.set(v.x, (totals.get(v.x) ?? 0) + v.y);
  const repeated = totals.size < values.length;
  let note = "";
  if (!temporal && totals.size > MAX_BARS) {
    const kept = new Set(
      [...totals]
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
        .slice(0, MAX_BARS)
        .map(([key]) => key)
    );
    values = values.filter((v) => kept.has(v.x));
    note = ` The ${formatCount(MAX_BARS)} largest of ${formatCount(totals.size)} values of ${x.name} are shown.`;
  }
  const chart = el("div", {class: "explore-chart-view"});
  await embed(chart, spec(values, {x: x.name, y: y.name, temporal, repeated, width}), {
    mode: "vega-lite",
    renderer: "svg",
    actions: false
  });
  return el(
    "figure",
    {class: "explore-chart"},
    chart,
    el(
      "figcaption",
      {},
      `Chart: ${repeated ? "sum of " : ""}${y.name} by ${x.name}, the result's first ${x.kind} and first numeric columns.${note}`
    )
  );
}
