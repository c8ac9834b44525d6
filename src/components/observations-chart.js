import {embed} from "../lib/vendor/vega.js";
import {el} from "./dom.js";
import {documentLabel} from "./format.js";

// A horizontal bar chart of how many observations were extracted from each document.
/**
 * @param {Record<string, any>[]} rows
 * @param {{width: number}} options
 */
export async function observationsChart(rows, {width}) {
  const values = rows.map((d) => ({
    label: documentLabel(d),
    title: d.title,
    observations: Number(d.n_observations ?? 0)
  }));
  const spec = {
    width,
    // A height of its own (a bar per document), not a step: with a step height Vega-Lite drops the fit.
    height: values.length * 26,
    autosize: {type: "fit-x", contains: "padding"},
    data: {values},
    mark: {type: "bar", tooltip: true},
    encoding: {
      y: {field: "label", type: "nominal", sort: null, title: null, axis: {labelLimit: Math.max(120, width * 0.45)}},
      x: {
        field: "observations",
        type: "quantitative",
        title: "Observations",
        axis: {tickMinStep: 1, tickCount: Math.max(2, Math.round(width / 100))}
      },
      tooltip: [
        {field: "title", type: "nominal", title: "Document"},
        {field: "observations", type: "quantitative", title: "Observations"}
      ]
    },
    config: {
      background: null,
      view: {stroke: null},
      bar: {height: {band: 0.7}},
      axis: {labelFontSize: 12, titleFontSize: 12}
    }
  };
  const chart = el("div", {class: "chart"});
  await embed(chart, spec, {mode: "vega-lite", renderer: "svg", actions: false});
  return el(
    "figure",
    {class: "observations-chart"},
    el("h2", {}, "Observations per document"),
    el("h3", {}, "Statistics extracted from each seed report"),
    chart,
    el("figcaption", {}, `Source: migstat database, documents table (${rows.length} documents).`)
  );
}
