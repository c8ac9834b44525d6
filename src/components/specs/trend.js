// The trend of one indicator: its stated totals per period on a time scale. Pure: no DOM, importable from Node.
// Periods sit at their dates, so a year the documents do not state leaves a gap instead of being closed up.
// A series of LINE_MIN periods or more is a line with points (broken where a period is missing); a shorter one
// is bars, each as wide as its period. A partial period (a first half-year) is never joined to the line: it is
// an open mark (a lighter, dashed bar), labelled "H1 (partial)". An approximate value ("about 3") is marked "≈".
import {markValues} from "./builders.js";
import {unitTitle} from "./labels.js";
import {isFlow, isPartial, periodKind} from "./periods.js";
import {sourceLine, wrapText} from "./source.js";
import {chartConfig, chartTheme, partialFill} from "./theme.js";

// The fewest periods drawn as a line; fewer are bars.
export const LINE_MIN = 4;

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

// A period's first and last day as UTC milliseconds, from the row's dates, else from its label; null for a
// total over several years or a stock on a date, which have no place on a time axis.
export function periodBounds(row) {
  if (!isFlow(row)) return null;
  const label = String(row.period_label ?? "");
  let start = row.period_start;
  let end = row.period_end;
  if (!start || !end) {
    const year = label.slice(0, 4);
    if (periodKind(label) === "year") [start, end] = [`${year}-01-01`, `${year}-12-31`];
    else if (periodKind(label) === "half")
      [start, end] = label.endsWith("H1") ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
    else if (periodKind(label) === "academic") [start, end] = [`${year}-09-01`, `${label.slice(5, 9)}-08-31`];
    else return null;
  }
  return {
    start: Date.parse(`${String(start).slice(0, 10)}T00:00:00Z`),
    end: Date.parse(`${String(end).slice(0, 10)}T00:00:00Z`)
  };
}

// Marks in time order with their dates, and the segment each belongs to: a line runs through consecutive full
// periods only, so a missing period or a partial one starts a new segment (a partial period is a segment alone).
export function trendValues(rows, options = {}) {
  const values = markValues(rows, options)
    .map((d, i) => ({d, bounds: periodBounds(rows[i]), approx: Boolean(rows[i].approx)}))
    .flatMap(({bounds, ...m}) => (bounds ? [{...m, bounds}] : []))
    .sort((a, b) => a.bounds.start - b.bounds.start || a.bounds.end - b.bounds.end);
  let segment = 0;
  let previous = null;
  return values.map(({d, bounds, approx}) => {
    const partial = isPartial(d);
    const joined = previous && !partial && !previous.partial && bounds.start <= previous.end + DAY;
    if (previous && !joined) segment++;
    previous = {...bounds, partial};
    return {
      ...d,
      start: iso(bounds.start),
      end: iso(bounds.end),
      // A bar leaves a twelfth of its period free on each side, so that bars of consecutive periods stand apart.
      bar_start: bounds.start + (bounds.end - bounds.start) / 12,
      bar_end: bounds.end - (bounds.end - bounds.start) / 12,
      middle: iso((bounds.start + bounds.end) / 2),
      segment,
      approx,
      mark_label: `${approx ? "≈ " : ""}${d.label_text}`,
      partial_label: partial ? `${String(d.period_label).slice(4)} (partial)` : null,
      aria: `${d.aria}${approx ? " (approximate)" : ""}`
    };
  });
}

/**
 * trend(rows, {id, title, width, dark, colors, annualise, source, note})
 * rows: the stated totals of one indicator in one unit, one or more per period (flows: years, half-years,
 * academic years); rows of other periods are left out (they have no place on a time axis).
 */
export function trend(rows, options = {}) {
  const {id, title = id, width = 640, dark = false, colors, annualise = false, note = []} = options;
  const theme = chartTheme({dark, colors});
  const values = trendValues(rows, {annualise});
  const periods = new Set(values.map((d) => d.period_label));
  const line = periods.size >= LINE_MIN;
  const first = values.length ? Date.parse(values[0].start) : 0;
  const last = values.length ? Math.max(...values.map((d) => Date.parse(d.end))) : 0;
  // Room for a year on each side of a short series, so that a single bar is not as wide as the chart.
  const pad = line ? 120 * DAY : 365 * DAY;
  // (domainMin and domainMax, not domain: Vega-Lite warns of conflicting domains when bars take x and x2.)
  const [domainMin, domainMax] = [first - pad, last + pad + DAY];
  const years = Math.max(1, Math.round((last - first) / (365 * DAY)) + 1);
  const chartWidth = Math.min(width, Math.max(360, 140 + years * 70));
  const color = theme.palette[0];
  // One label per year, under its middle, where a year's point or the middle of its bar is.
  const ticks = [];
  for (let year = new Date(first).getUTCFullYear(); year <= new Date(last).getUTCFullYear(); year++)
    ticks.push(Date.UTC(year, 6, 2));
  const step = years > 12 ? 2 : 1;
  // The scale and axis are given once, in the first layer; the other layers share them.
  const x = {
    type: "temporal",
    title: null,
    scale: {type: "utc", domainMin, domainMax},
    axis: {format: "%Y", values: ticks.filter((_, i) => i % step === 0), labelFlush: false, grid: false}
  };
  const xAlso = (field) => ({field, type: "temporal"});
  const y = {
    field: "plotted",
    type: "quantitative",
    title: unitTitle(rows[0]?.unit),
    scale: {zero: !line || Math.min(...values.map((d) => d.plotted)) < 0.5 * Math.max(...values.map((d) => d.plotted))},
    axis: {format: ",~f", tickMinStep: 1, tickCount: 4}
  };
  const description = {field: "aria", type: "nominal"};
  const tooltip = [
    {field: "period", title: "Period"},
    {field: "plotted_text", title: "Value"},
    {field: "document", title: "Document"},
    {field: "locator_text", title: "Location"}
  ];
  const open = {condition: {test: "datum.partial", value: partialFill(color, theme)}, value: color};
  const layers = line
    ? [
        // The line carries no observation: its points are the marks a reader selects.
        {
          data: {
            values: values.filter((d) => !d.partial).map(({middle, plotted, segment}) => ({middle, plotted, segment}))
          },
          mark: {type: "line", color, strokeWidth: 2, aria: false, interpolate: "linear"},
          encoding: {
            x: {field: "middle", ...x},
            y: {field: "plotted", type: "quantitative"},
            detail: {field: "segment", type: "nominal"}
          }
        },
        {
          mark: {type: "point", filled: true, size: 60, strokeWidth: 2, opacity: 1},
          encoding: {
            x: xAlso("middle"),
            y,
            fill: {condition: {test: "datum.partial", value: theme.background ?? "#ffffff"}, value: color},
            stroke: {value: color},
            strokeDash: {condition: {test: "datum.partial", value: [3, 2]}, value: [1, 0]},
            shape: {condition: {test: "datum.approx", value: "diamond"}, value: "circle"},
            description,
            tooltip
          }
        }
      ]
    : [
        {
          mark: {type: "bar", strokeWidth: 1.5, cornerRadiusEnd: 1},
          encoding: {
            x: {field: "bar_start", ...x},
            x2: {field: "bar_end"},
            y,
            y2: {datum: 0},
            fill: open,
            stroke: {value: color},
            strokeOpacity: {condition: {test: "datum.partial", value: 1}, value: 0},
            strokeDash: {condition: {test: "datum.partial", value: [4, 2]}, value: [1, 0]},
            description,
            tooltip
          }
        }
      ];
  // Every bar's value, and on a line the values that need a word (a partial period's, an approximate one's); above
  // a partial period's value, which part of the year it is ("H1 (partial)").
  // Over a bar the partial label starts at the bar's left edge and runs into the rest of the year, clear of the
  // bar before it.
  /** @returns {any} */
  const label = (dy, field, filter, x = "middle", align = "center") => ({
    ...(filter ? {transform: [{filter}]} : {}),
    mark: {type: "text", baseline: "bottom", align, dy, fontSize: 11, color: theme.muted, aria: false},
    encoding: {x: xAlso(x), y: {field: "plotted", type: "quantitative"}, text: {field}}
  });
  layers.push(label(line ? -8 : -3, "mark_label", line ? "datum.partial || datum.approx" : null));
  layers.push(
    line
      ? label(-22, "partial_label", "datum.partial")
      : label(-17, "partial_label", "datum.partial", "bar_start", "left")
  );
  const notes = [
    ...(values.some((d) => d.partial)
      ? [
          annualise
            ? "Partial-year values are doubled to estimate a full year (an estimate, not a stated figure)."
            : `${line ? "Open points" : "Lighter, dashed bars"}: part of a year only, not a full year.`
        ]
      : []),
    ...(values.some((d) => d.approx)
      ? [`≈${line ? " and diamonds" : ""}: approximate values, as the documents state them.`]
      : []),
    ...(line && segmentsBroken(values) ? ["The line breaks where a period is not stated."] : []),
    ...note
  ];
  const subtitle = [options.source ?? sourceLine(values.map((d) => ({...d, un_symbol: d.document}))), ...notes].flatMap(
    (t) => wrapText(t, chartWidth, 6.2)
  );
  const span = values.length ? `${values[0].period} to ${values[values.length - 1].period}` : "";
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    usermeta: {id, kind: line ? "trend-line" : "trend-bars"},
    description: values.length
      ? `${title}. ${line ? "Line" : "Bar"} chart of ${values.length} figures, ${span}, on a time scale.`
      : `${title}. No figures are stated for this selection.`,
    title: {text: wrapText(title, chartWidth, 8.4), subtitle},
    width: chartWidth,
    height: 200,
    autosize: {type: "fit-x", contains: "padding"},
    data: {name: "marks", values},
    layer: layers,
    config: chartConfig(theme)
  };
}

// Whether the line has a gap: two full-period segments, not counting partial periods, which stand alone anyway.
function segmentsBroken(values) {
  return new Set(values.filter((d) => !d.partial).map((d) => d.segment)).size > 1;
}
