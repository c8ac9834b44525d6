// @ts-check
// Writes every chart the site shows (exportCharts: the family pages' charts and the curated ones, once per state when
// the database has several) as files that travel on their own, after `observable build`:
//   dist/exports/<id>.svg       the chart with its title, units, source line, notes and dataset version
//   dist/exports/<id>.dark.svg  the same on a dark background (the gallery's dark-mode thumbnail)
//   dist/exports/<id>.png       the light SVG at twice its size
//   dist/exports/<id>.vl.json   the Vega-Lite spec with its data inlined
//   dist/exports/<id>.csv       the chart's rows with their provenance
//   dist/exports/index.json     every chart: title, page, rows, dataset version, sources, citation, files
// The rows are the pages' rows (src/data/observation-rows.ts, as in data/observations.json), from which the
// list of charts is made, each picking its own with its `select`.
// Run with tsx (it imports TypeScript): `tsx scripts/export-charts.mjs [--out DIR] [--db FILE]`.
import {mkdirSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {Resvg} from "@resvg/resvg-js";
import * as vega from "vega";
import * as vegaLite from "vega-lite";
import {openDatabase} from "../src/data/database.js";
import {observationRows} from "../src/data/observation-rows.js";
import {citation, citedDocuments, datasetVersion} from "../src/components/cite.js";
import {toCsv} from "../src/components/provenance.js";
import {exportCharts} from "../src/components/specs/site-charts.js";
import {exportSpec} from "../src/components/specs/export.js";
import {FONT_FAMILY, RESVG_FONT, vegaTextWidth} from "./font-metrics.mjs";
import {unitTitle} from "../src/components/specs/labels.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const {values: args} = parseArgs({
  options: {
    out: {type: "string", default: join(ROOT, "dist/exports")},
    db: {type: "string", default: join(ROOT, "data/migstat.duckdb")}
  }
});

// Vega lays text out with the widths resvg will draw it at, in the fonts the PNG is drawn with (font-metrics.mjs).
// (vega's type declarations leave out textMetrics, which it exports from vega-scenegraph.)
/** @type {any} */ (vega).textMetrics.width = vegaTextWidth(RESVG_FONT);
if (!FONT_FAMILY)
  console.warn(
    "export-charts: neither Liberation Sans nor DejaVu Sans found; the PNGs are drawn with the system's fonts"
  );

/**
 * Renders a Vega-Lite spec to SVG in Node, collecting Vega-Lite's warnings.
 * @param {import("vega-lite").TopLevelSpec} spec
 */
export async function renderSvg(spec) {
  /** @type {string[]} */
  const warnings = [];
  /** @type {(...m: unknown[]) => void} */
  const warn = (...m) => void warnings.push(m.join(" "));
  /** @type {any} */
  const logger = {level: () => logger, warn, error: warn, info() {}, debug() {}};
  const view = new vega.View(vega.parse(vegaLite.compile(spec, {logger}).spec), {renderer: "none"});
  try {
    return {svg: await view.toSVG(), warnings};
  } finally {
    view.finalize();
  }
}

/** @param {string} svg */
export function renderPng(svg) {
  const resvg = new Resvg(svg, {
    fitTo: {mode: "zoom", value: 2},
    font: RESVG_FONT,
    shapeRendering: 2,
    textRendering: 1
  });
  return resvg.render().asPng();
}

async function main() {
  const started = performance.now();
  const out = args.out;
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  // The pages' rows: the same query (observation-rows.ts) over the same read-only connection (database.ts).
  const db = await openDatabase(args.db);
  let rows;
  try {
    rows = await observationRows(db);
  } finally {
    db.close();
  }
  const index = [];
  const problems = [];
  let bytes = 0;
  /** @type {(name: string, content: string | Buffer) => {name: string, bytes: number}} */
  const write = (name, content) => {
    writeFileSync(join(out, name), content);
    bytes += Buffer.byteLength(content);
    return {name, bytes: Buffer.byteLength(content)};
  };
  for (const build of exportCharts(rows)) {
    const selected = build.select(rows);
    const version = await datasetVersion(selected);
    // (export.js is untyped JavaScript, whose options TypeScript infers without `version`.)
    const spec = exportSpec(build, selected, /** @type {any} */ ({version}));
    const light = await renderSvg(spec);
    const dark = await renderSvg(exportSpec(build, selected, /** @type {any} */ ({version, dark: true})));
    for (const warning of [...light.warnings, ...dark.warnings]) problems.push(`${build.id}: ${warning}`);
    const files = {
      svg: write(`${build.id}.svg`, light.svg),
      png: write(`${build.id}.png`, renderPng(light.svg)),
      spec: write(`${build.id}.vl.json`, `${JSON.stringify(spec, null, 1)}\n`),
      csv: write(`${build.id}.csv`, toCsv(selected)),
      dark_svg: write(`${build.id}.dark.svg`, dark.svg)
    };
    const size = light.svg.match(/^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/);
    index.push({
      id: build.id,
      title: build.title,
      page: build.page,
      rows: selected.length,
      version,
      units: [...new Set(selected.map((r) => /** @type {string | null} */ (r.unit)))].map((unit) => ({
        unit,
        title: unitTitle(unit)
      })),
      documents: citedDocuments(selected),
      citation: citation(build, selected, {version}),
      width: size ? Number(size[1]) : null,
      height: size ? Number(size[2]) : null,
      files
    });
  }
  write("index.json", `${JSON.stringify({charts: index}, null, 1)}\n`);
  for (const problem of problems) console.warn(`export-charts: Vega-Lite warned: ${problem}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `export-charts: ${index.length} charts, ${index.length * 5 + 1} files, ${(bytes / 1e6).toFixed(2)} MB in ${out} (${seconds} s)`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
