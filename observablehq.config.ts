// Framework configuration: everything the built site loads must come from this project, never a CDN.
import {readdirSync, readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {CHARTS} from "./src/components/specs/charts.js";

// Each seed document has a reader page, src/sources/[doc].md, named by the doc_id in its metadata sidecar.
const seeds = fileURLToPath(new URL("./seeds/", import.meta.url));
const documentIds = readdirSync(seeds)
  .filter((file) => file.endsWith(".meta.json"))
  .map((file) => JSON.parse(readFileSync(`${seeds}${file}`, "utf8")).doc_id);

export default {
  root: "src",
  title: "migstat",
  pages: [
    {name: "Overview", path: "/"},
    {name: "Work permits and residence", path: "/work-permits-residence"},
    {name: "Border", path: "/border"},
    {name: "Detention", path: "/detention"},
    {name: "Remittances", path: "/remittances"},
    {name: "Trafficking", path: "/trafficking"},
    {name: "Other families", path: "/other-families"},
    {name: "Data quality", path: "/data-quality"},
    {name: "Sources", path: "/sources"},
    {name: "Explore", path: "/explore"},
    {name: "Chart gallery", path: "/gallery"}
  ],
  // Reader pages, and an embed page per chart, src/embed/[id].md, named by the chart's id.
  dynamicPaths: [...documentIds.map((id) => `/sources/${id}`), ...CHARTS.map((chart) => `/embed/${chart.id}`)],
  // The default pulls Google Fonts; the page must render with no external request.
  globalStylesheets: [],
  style: "style.css",
  // A favicon of the site's own, so that browsers do not ask for /favicon.ico (a 404 on every page).
  head: '<link rel="icon" href="/favicon.svg" type="image/svg+xml" sizes="any">',
  footer: "migstat: statistics extracted from reports to UN treaty bodies, with provenance for every number.",
  // Extensions default to a build-time download from extensions.duckdb.org; null skips them.
  duckdb: {extensions: {json: null, parquet: null}},
  search: false
};
