// A chart's spec as a file that travels on its own (SVG, PNG, Vega-Lite JSON): the page's spec at a fixed
// width, with an opaque background, a margin, and a last subtitle line naming the dataset version.
// Pure: used by scripts/export-charts.mjs in Node.
import {documentShort, sourceLine} from "./source.js";
import {chartTheme} from "./theme.js";

// The source line of an image: the documents with their paragraphs and tables, or, when that runs past
// two lines, the documents alone (the CSV beside the image locates each figure). It replaces a page's
// own wording, such as the overview's "select a bar", which means nothing on paper.
/** @param {Record<string, any>[]} rows */
export function exportSource(rows) {
  const full = sourceLine(rows);
  if (full.length <= 180) return full;
  const documents = [...new Set(rows.map(documentShort))];
  return `Sources: ${documents.join("; ")}. The chart's CSV gives the paragraph or table of each figure.`;
}

/**
 * exportSpec(build, rows, {version, dark, width})
 * build: a chart of siteCharts (site-charts.js); rows: the chart's rows (build.select of every observation);
 * version: the rows' dataset version (see ../cite.js); width: by default the chart's exportWidth.
 * @param {import("./charts.js").Chart} build
 * @param {Record<string, any>[]} rows
 * @param {{version?: string, dark?: boolean, width?: number}} [options]
 */
export function exportSpec(build, rows, {version, dark = false, width = build.exportWidth ?? 640} = {}) {
  const spec = build(rows, {width, dark, source: exportSource(rows)});
  const theme = chartTheme({dark});
  const figures = `${rows.length} ${rows.length === 1 ? "figure" : "figures"}`;
  return {
    ...spec,
    usermeta: {...spec.usermeta, version, page: build.page},
    title: {
      ...spec.title,
      subtitle: [...spec.title.subtitle, `Data: migstat, dataset version ${version} (${figures}).`]
    },
    config: {...spec.config, background: theme.background, padding: {top: 16, right: 20, bottom: 16, left: 16}}
  };
}
