// Generic Vega-Lite spec builders. Pure functions of rows and options: no DOM, importable from Node.
// Every mark carries its observation's obs_id, stated value, period and source, so a renderer can
// show the quote behind it; a partial period (2019 H1) is drawn lighter with a dashed outline and
// labelled "H1 (partial)", and is doubled only when `annualise` is asked for, with a label saying so.
import {breakdownLabel, indicatorLabel, unitTitle} from "./labels.js";
import {annualFactor, isPartial, orderedPeriods, periodShort, periodText} from "./periods.js";
import {documentShort, formatNumber, formatValue, locatorText, sourceLine, TOOLTIP, wrapText} from "./source.js";
import {chartConfig, chartTheme, partialFill} from "./theme.js";
import {sourceLayer, sourceMarksNote, sourceNote, sourceValues} from "./source-marks.js";
import {axisLines} from "./axis-lines.js";

const HIDE = "\u200b";
// The axis label size of chartConfig's default.
const AXIS_FONT_SIZE = 12;
// The fill key of a partial-period bar: its series and this suffix, so that one colour scale gives full and
// partial bars their own colours while the legend lists the series alone.
const PARTIAL = " \u2060(partial)";

// The fields a mark needs: the row's provenance plus what is plotted and how it reads.
/**
 * @param {Record<string, any>[]} rows
 * @param {{annualise?: boolean, series?: (row: Record<string, any>) => string,
 *   category?: (row: Record<string, any>) => string, measure?: string, shortPeriods?: boolean}} [options]
 */
export function markValues(rows, {annualise = false, series, category, measure = "value", shortPeriods = false} = {}) {
  return rows.map((row) => {
    const partial = isPartial(row);
    const factor = annualise ? annualFactor(row) : 1;
    const stated = Number(row.value);
    const measured = measure === "value" ? stated : Number(row[measure]);
    const plotted = measured * factor;
    const period = periodText(row.period_label);
    const periodAxis =
      factor !== 1
        ? `${period.replace(" (partial)", "")} ×${formatNumber(factor)} (annualised)`
        : shortPeriods
          ? periodShort(row.period_label)
          : period;
    const seriesLabel = series ? series(row) : undefined;
    const categoryLabel = category ? category(row) : undefined;
    const statedText = formatValue(row, stated);
    const plottedText =
      factor !== 1
        ? `${formatValue(row, plotted)} (annualised from ${formatNumber(stated)})`
        : measure === "share"
          ? `${formatNumber(Math.round(measured * 1000) / 10)}%`
          : statedText;
    const breakdown = breakdownLabel(row);
    const what = [categoryLabel, seriesLabel].filter(Boolean).join(", ") || (breakdown === "Total" ? "" : breakdown);
    return {
      obs_id: row.obs_id,
      doc_id: row.doc_id,
      indicator: row.indicator,
      indicator_label: indicatorLabel(row.indicator),
      breakdown,
      period_label: row.period_label,
      period,
      period_axis: periodAxis,
      partial,
      annualised: factor !== 1,
      series: seriesLabel,
      category: categoryLabel,
      value: stated,
      plotted,
      share: measure === "share" ? measured : undefined,
      unit: row.unit,
      value_text: statedText,
      plotted_text: plottedText,
      label_text: measure === "share" ? `${Math.round(measured * 100)}%` : formatNumber(plotted),
      document: documentShort(row),
      title: row.title,
      locator: row.locator,
      locator_text: locatorText(row.locator),
      page: row.page ?? null,
      quote: row.quote,
      n_failed_checks: row.n_failed_checks ?? 0,
      source_note: sourceNote(row),
      aria: `${period}${what ? `, ${what}` : ""}: ${plottedText}${partial && factor === 1 ? " (first half of the year only)" : ""}`
    };
  });
}

function unique(values) {
  return [...new Set(values.filter((v) => v != null))];
}

// The series in the order given, then any others in order of appearance.
function seriesDomain(values, order = []) {
  const present = unique(values.map((d) => d.series));
  return [...order.filter((s) => present.includes(s)), ...present.filter((s) => !order.includes(s))];
}

function partialNote(values, annualise) {
  if (!values.some((d) => d.partial)) return [];
  if (annualise)
    return ["Partial-year values are doubled to estimate a full year (annualised: an estimate, not a stated figure)."];
  return ["Lighter, dashed bars: first half of the year only (H1, partial), not a full year."];
}

/**
 * @param {string} title
 * @param {Record<string, any>[]} values
 * @param {number} width
 * @param {{note?: string[], annualise?: boolean, source?: string}} [options]
 */
function titleBlock(title, values, width, {note = [], annualise = false, source} = {}) {
  const subtitle = [
    ...wrapText(source ?? sourceLine(values.map((d) => ({...d, un_symbol: d.document}))), width, 6.2),
    ...note.flatMap((line) => wrapText(line, width, 6.2)),
    ...partialNote(values, annualise).flatMap((line) => wrapText(line, width, 6.2))
  ];
  return {text: wrapText(title, width, 8.4), subtitle};
}

// A colour scale with each series' key and colour, then its partial-period key and lighter shade.
function partialScale(keys, range, theme) {
  return {
    domain: [...keys, ...keys.map((k) => `${k}${PARTIAL}`)],
    range: [...range, ...range.map((c) => partialFill(c, theme))]
  };
}

// Encodings shared by every bar: colour, the partial-period styling and the accessible description.
// A partial bar is filled with a lighter shade of its series' colour (see partialFill) and outlined, dashed, in
// the colour itself. Data rows carry `fill_key`: the series, with PARTIAL appended for a partial period.
function barEncoding(theme, domain, colorTitle, width, neutral = []) {
  // As many legend columns as the longest label allows at this width.
  const longest = Math.max(...domain.map((s) => String(s).length), 4);
  const columns = Math.max(1, Math.min(domain.length, Math.floor(width / (longest * 7.4 + 36))));
  // Neutral series (a stated total beside its parts) are grey; the others take the palette in order.
  let next = 0;
  const range = domain.length
    ? domain.map((s) => (neutral.includes(s) ? theme.faint : theme.palette[next++ % theme.palette.length]))
    : [theme.palette[0]];
  const keys = domain.length ? domain : [""];
  const color = {
    field: "fill_key",
    type: "nominal",
    title: colorTitle ?? null,
    scale: partialScale(keys, range, theme),
    legend:
      domain.length > 1
        ? {orient: "top", direction: "horizontal", columns, labelLimit: Math.max(120, width - 40), values: domain}
        : null
  };
  return {
    color,
    stroke: domain.length
      ? {field: "series", type: "nominal", title: colorTitle ?? null, scale: {domain, range}, legend: null}
      : {value: theme.palette[0]},
    fillOpacity: {value: 1},
    strokeOpacity: {condition: {test: "datum.partial", value: 1}, value: 0},
    strokeDash: {condition: {test: "datum.partial", value: [4, 2]}, value: [1, 0]},
    description: {field: "aria", type: "nominal"},
    tooltip: TOOLTIP
  };
}

// The colour key of a mark (see barEncoding).
const fillKey = (d) => `${d.series ?? ""}${d.partial ? PARTIAL : ""}`;

// A description of the chart in words, for the figure caption and the SVG's aria-label.
function describe(title, values, {what = "figures", annualise = false} = {}) {
  if (!values.length) return `${title}. No figures are stated for this selection.`;
  const periods = unique(values.map((d) => d.period));
  const top = values.reduce((a, b) => (b.plotted > a.plotted ? b : a));
  const span = periods.length > 1 ? `${periods[0]} to ${periods.at(-1)}` : periods[0];
  const where = [top.category, top.series].filter((s) => s && s !== top.period).join(", ");
  const partial = values.some((d) => d.partial)
    ? annualise
      ? " Partial-year values are shown annualised (doubled), as an estimate."
      : " Values for a first half-year are partial and drawn lighter."
    : "";
  return `${title}. Bar chart of ${values.length} ${what}, ${span}. Highest: ${top.plotted_text} (${where ? `${where}, ` : ""}${top.period}).${partial}`;
}

/**
 * Bars of stated values.
 * axis: "period" (one band per period) or "category" (one band per `category(row)`, periods in the title).
 * series(row): colours bars; layout "grouped" puts them side by side, "stacked" on top of each other.
 * horizontal: bands on the y axis. measure: "value", or a field of the rows such as "share".
 */
export function bars(rows, options = {}) {
  const {
    id,
    title = id,
    width = 640,
    height,
    dark = false,
    colors,
    annualise = false,
    axis = "period",
    category,
    categoryOrder,
    series,
    seriesOrder,
    seriesTitle,
    neutral = [],
    layout = series ? "grouped" : "single",
    horizontal = axis === "category",
    measure = "value",
    note = [],
    valueLabels = layout === "single",
    unit = rows[0]?.unit
  } = options;
  const theme = chartTheme({dark, colors});
  const values = markValues(rows, {annualise, series, category, measure});
  const domain = seriesDomain(values, seriesOrder);
  const band = axis === "period" ? "period_axis" : "category";
  const grouped = layout === "grouped" && domain.length > 1;
  const bandOrder =
    axis === "period"
      ? unique(orderedPeriods(rows).map((p) => values.find((d) => d.period_label === p)?.period_axis))
      : categoryOrder
        ? unique([...categoryOrder, ...values.map((d) => d.category)]).filter((c) =>
            values.some((d) => d.category === c)
          )
        : unique([...values].sort((a, b) => b.plotted - a.plotted).map((d) => d.category));
  // Vertical bars stay a readable width: a few periods do not stretch across a wide page.
  const perBand = grouped ? domain.length * 56 + 40 : 140;
  const chartWidth = horizontal ? width : Math.min(width, Math.max(540, 110 + bandOrder.length * perBand));
  const share = measure === "share";
  const valueAxis = {
    field: "plotted",
    type: "quantitative",
    title: share ? "Share of the stated total" : unitTitle(unit),
    stack: layout === "stacked" ? "zero" : null,
    ...(share ? {scale: {domain: [0, 1]}} : {}),
    axis: {
      format: share ? ".0%" : ",~f",
      ...(share ? {} : {tickMinStep: 1}),
      tickCount: Math.max(3, Math.round((horizontal ? width : 240) / 90)),
      labelFlush: true
    }
  };
  const labelLimit = Math.max(90, Math.round(width * 0.38));
  // Horizontal bars' category names, broken into lines that fit beside the axis (looked up by the label).
  const labelLines = horizontal
    ? Object.fromEntries(bandOrder.map((c) => [c, axisLines(c, {maxWidth: labelLimit, fontSize: AXIS_FONT_SIZE})]))
    : {};
  const mostLines = Math.max(1, ...Object.values(labelLines).map((l) => l.length));
  const bandAxis = {
    field: band,
    type: "nominal",
    sort: bandOrder,
    title: axis === "period" ? "Period" : null,
    scale: {paddingInner: layout === "single" || !grouped ? 0.35 : 0.2, paddingOuter: 0.15},
    axis: horizontal
      ? {labelLimit, labelExpr: "labelLines[datum.label] || datum.label"}
      : {labelAngle: 0, labelExpr: "split(replace(datum.label, ' (', '|('), '|')", labelPadding: 4}
  };
  const bandCount = Math.max(1, bandOrder.length) * (grouped && horizontal ? domain.length : 1);
  // A band is tall enough for its bar and for the lines of the longest wrapped name.
  const bandHeight = Math.max(grouped ? 16 : 26, grouped ? 0 : mostLines * (AXIS_FONT_SIZE + 2) + 4);
  const plotHeight =
    height ??
    (horizontal
      ? Math.max(
          90,
          bandCount * bandHeight + 10,
          grouped ? bandOrder.length * (mostLines * (AXIS_FONT_SIZE + 2) + 4) : 0
        )
      : 240);
  const encoding = {
    [horizontal ? "y" : "x"]: bandAxis,
    [horizontal ? "x" : "y"]: valueAxis,
    ...(grouped ? {[horizontal ? "yOffset" : "xOffset"]: {field: "series", type: "nominal", sort: domain}} : {}),
    ...(layout === "stacked" && domain.length ? {order: {field: "series_order", type: "quantitative"}} : {}),
    ...barEncoding(theme, domain, seriesTitle, chartWidth, neutral)
  };
  const data = values.map((d) => ({...d, series_order: domain.indexOf(d.series), fill_key: fillKey(d)}));
  /** @type {Record<string, any>[]} */
  const layers = [
    {mark: {type: "bar", strokeWidth: 1.5, cornerRadiusEnd: 1, ...(layout === "stacked" ? {} : {})}, encoding}
  ];
  if (valueLabels && layout !== "stacked") {
    layers.push({
      mark: horizontal
        ? {type: "text", align: "left", dx: 4, fontSize: 11, color: theme.muted, aria: false}
        : {type: "text", baseline: "bottom", dy: -3, fontSize: 11, color: theme.muted, aria: false},
      encoding: {
        [horizontal ? "y" : "x"]: {field: band, type: "nominal", sort: bandOrder},
        [horizontal ? "x" : "y"]: {field: "plotted", type: "quantitative"},
        ...(grouped ? {[horizontal ? "yOffset" : "xOffset"]: {field: "series", type: "nominal", sort: domain}} : {}),
        text: {field: "label_text"}
      }
    });
  }
  // Each document's value beside a figure several state; a share or a stacked segment has no place for it.
  const sourceData = share || layout === "stacked" ? [] : sourceValues(rows, data);
  const sources = sourceLayer(sourceData, {
    band: {field: band, type: "nominal", sort: bandOrder},
    bandChannel: horizontal ? "y" : "x",
    valueChannel: horizontal ? "x" : "y",
    offset: grouped ? {field: "series", type: "nominal", sort: domain} : null,
    theme,
    beside: true
  });
  if (sources) layers.push(sources);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    usermeta: {id, kind: "bars"},
    description: describe(title, values, {annualise}),
    title: titleBlock(title, [...values, ...sourceData], chartWidth, {
      note: [...note, ...sourceMarksNote(sourceData)],
      annualise
    }),
    width: chartWidth,
    height: plotHeight,
    autosize: {type: "fit-x", contains: "padding"},
    ...(horizontal ? {params: [{name: "labelLines", value: labelLines}]} : {}),
    data: {name: "marks", values: data},
    layer: layers,
    config: chartConfig(theme)
  };
}

export function periodBars(rows, options = {}) {
  return bars(rows, {axis: "period", ...options});
}

export function categoryBars(rows, options = {}) {
  return bars(rows, {axis: "category", horizontal: true, ...options});
}

/**
 * Small multiples: one panel per `panel(row)` (by default the indicator and unit), each with its own period
 * axis and scale, in a grid of aligned panels (every y axis takes the same width, so the plots line up).
 * Figures are never stacked: a sum of stated parts is a total the document may never state. A panel whose
 * rows break one period down (by age group, form, country…) draws them side by side, one colour per
 * breakdown, with its own key; a panel with one figure per period draws them in one colour.
 */
export function multiples(rows, options = {}) {
  const {
    id,
    title = id,
    width = 640,
    dark = false,
    colors,
    annualise = false,
    panel = (row) => `${indicatorLabel(row.indicator)} (${row.unit})`,
    panelWidth = 200,
    note = [],
    source,
    series: seriesOf
  } = options;
  const theme = chartTheme({dark, colors});
  const values = markValues(rows, {annualise, shortPeriods: true, series: seriesOf}).map((d, i) => ({
    ...d,
    panel: panel(rows[i]),
    aria: `${panel(rows[i])}, ${d.aria}`
  }));
  const AXIS = 40; // the width every y axis takes, labels included
  const GAP = 12;
  const columns = Math.max(1, Math.min(6, Math.floor((width + GAP) / (panelWidth + GAP))));
  // Every panel is exactly AXIS + cellWidth wide: its header, axis and key are held to that width.
  const cellWidth = Math.max(60, Math.floor((width - 32 - (columns - 1) * GAP) / columns) - AXIS);
  const names = unique(values.map((d) => d.panel));
  // A panel is grouped when one of its periods holds more than one figure.
  const grouped = new Set(
    names.filter((name) => {
      const periods = values.filter((d) => d.panel === name).map((d) => d.period_label);
      return Boolean(seriesOf) || new Set(periods).size < periods.length;
    })
  );
  // Panels coloured by a series of the caller's (the state, when states are compared), else by breakdown.
  const breakdownOf = (d) => (seriesOf ? d.series : d.breakdown);
  // A panel with more periods than its width can label shows every other label, counting back from
  // the last, and always a partial period's; hidden labels start with a zero-width space that labelExpr blanks.
  const maxLabels = Math.max(2, Math.floor(cellWidth / 26));
  const hidden = new Set();
  for (const name of names) {
    const periods = orderedPeriods(values.filter((d) => d.panel === name));
    if (periods.length <= maxLabels) continue;
    const partial = (p) => values.some((d) => d.panel === name && d.period_label === p && d.partial);
    periods.forEach((p, i) => (periods.length - 1 - i) % 2 && !partial(p) && hidden.add(`${name}|${p}`));
  }
  const axisLabel = (d) => (hidden.has(`${d.panel}|${d.period_label}`) ? `${HIDE}${d.period_axis}` : d.period_axis);
  // Headers are padded to the same number of lines so that the panels of a row line up.
  const headerLines = new Map(names.map((name) => [name, wrapText(name, cellWidth + AXIS + GAP - 4, 6.1).slice(0, 3)]));
  const lines = Math.max(1, ...[...headerLines.values()].map((l) => l.length));
  const header = (name) => [
    ...(headerLines.get(name) ?? []),
    ...Array(lines - (headerLines.get(name)?.length ?? 0)).fill(" ")
  ];
  // Side by side within a period: one bar per breakdown, numbered when a breakdown is stated twice in it
  // (two sentences passed on India's citizens are two figures, not one).
  const seen = new Map();
  // Legend labels wrap at word breaks ("¦", for a labelExpr to split) to the panel's width: about 5 px a character
  // at 9.5 px type, and 8 characters a line at the least in a narrow panel.
  const legendLabel = (series) => wrapText(series, cellWidth - 14, 5.2, 8).join("¦");
  const data = values.map((d) => {
    let series = "";
    if (grouped.has(d.panel)) {
      const key = `${d.panel}|${d.period_label}|${breakdownOf(d)}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      series = count > 1 ? `${breakdownOf(d)} (${count})` : breakdownOf(d);
    }
    // Narrow panels say "’19 H1" and leave "(partial)" to the note above them and the bar's lighter, dashed look.
    const label = cellWidth < 140 ? axisLabel(d).replace(" (partial)", "") : axisLabel(d);
    return {
      ...d,
      period_axis: label,
      series,
      fill_key: `${d.panel}|${legendLabel(series)}${d.partial ? PARTIAL : ""}`
    };
  });
  const periodOrder = unique(
    orderedPeriods(rows).flatMap((p) => data.filter((d) => d.period_label === p).map((d) => d.period_axis))
  );
  const sourceData = sourceValues(rows, data);
  const panelSpec = (name) => {
    const own = data.filter((d) => d.panel === name);
    const series = unique(own.map((d) => d.series));
    const range = series.map((_, i) => theme.palette[i % theme.palette.length]);
    const keys = series.map((s) => `${name}|${legendLabel(s)}`);
    const barWidth = Math.max(
      4,
      Math.min(24, Math.floor(cellWidth / (unique(own.map((d) => d.period_label)).length * (series.length + 1) + 1)))
    );
    return {
      title: {
        text: header(name),
        anchor: "start",
        frame: "bounds",
        fontSize: 11,
        fontWeight: 500,
        offset: 3,
        lineHeight: 12.5,
        color: theme.foreground
      },
      transform: [{filter: {field: "panel", equal: name}}],
      width: cellWidth,
      height: 42,
      mark: {type: "bar", strokeWidth: 1, cornerRadiusEnd: 1, ...(series.length > 1 ? {} : {width: barWidth})},
      encoding: {
        x: {
          field: "period_axis",
          type: "nominal",
          sort: periodOrder,
          title: null,
          scale: {paddingInner: 0.25, paddingOuter: 0.45},
          axis: {
            labelAngle: 0,
            labelFontSize: cellWidth < 140 ? 9.5 : 10,
            labelOverlap: false,
            labelExpr: `indexof(datum.label, '${HIDE}') === 0 ? '' : split(replace(datum.label, ' (', '|('), '|')`
          }
        },
        ...(series.length > 1 ? {xOffset: {field: "series", type: "nominal", sort: series}} : {}),
        y: {
          field: "plotted",
          type: "quantitative",
          title: null,
          stack: null,
          axis: {
            format: "~s",
            tickCount: 3,
            labelFontSize: 10,
            grid: true,
            minExtent: AXIS,
            maxExtent: AXIS,
            labelExpr: "datum.value === 0 ? '0' : datum.label"
          }
        },
        color: {
          field: "fill_key",
          type: "nominal",
          scale: partialScale(keys, range, theme),
          legend:
            series.length > 1
              ? {
                  orient: "bottom",
                  direction: "vertical",
                  title: null,
                  values: keys,
                  labelExpr: "split(split(datum.label, '|')[1], '¦')",
                  labelLimit: cellWidth - 14,
                  labelFontSize: 9.5,
                  symbolSize: 40,
                  rowPadding: 0,
                  offset: 2
                }
              : null
        },
        stroke: {field: "series", type: "nominal", scale: {domain: series, range}, legend: null},
        strokeOpacity: {condition: {test: "datum.partial", value: 1}, value: 0},
        strokeDash: {condition: {test: "datum.partial", value: [3, 2]}, value: [1, 0]},
        description: {field: "aria", type: "nominal"},
        tooltip: TOOLTIP
      }
    };
  };
  // A panel with figures that several documents state draws each document's value over its bars.
  const withSources = (name) => {
    const spec = panelSpec(name);
    const sources = sourceLayer(
      sourceData.filter((d) => d.panel === name),
      {
        band: {field: "period_axis", type: "nominal", sort: periodOrder},
        bandChannel: "x",
        valueChannel: "y",
        offset: spec.encoding.xOffset ?? null,
        theme
      }
    );
    if (!sources) return spec;
    const {title: panelTitle, width: w, height: h, ...bar} = spec;
    return {title: panelTitle, width: w, height: h, layer: [bar, sources]};
  };
  const stacked = [...grouped];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    usermeta: {id, kind: "multiples"},
    description: `${title}. ${names.length} small bar charts, one per series, ${values.length} figures in all.`,
    title: titleBlock(title, [...values, ...sourceData], width, {
      note: [
        `Each panel has its own scale.${stacked.length ? " Figures stated by breakdown are drawn side by side, not added up." : ""}`,
        ...note,
        ...sourceMarksNote(sourceData)
      ],
      annualise,
      source
    }),
    data: {name: "marks", values: data},
    concat: names.map(withSources),
    columns,
    spacing: {row: 10, column: GAP},
    // Columns of one width; each row as tall as its tallest panel (a key under a panel makes its row taller).
    align: {column: "all", row: "each"},
    resolve: {
      scale: {x: "independent", y: "independent", color: "independent", xOffset: "independent", stroke: "independent"},
      axis: {x: "independent", y: "independent"},
      legend: {color: "independent"}
    },
    config: chartConfig(theme, {fontSize: 11})
  };
}
