// Framework configuration: everything the built site loads must come from this project, never a CDN.
// Framework's own clock (internal to Framework 1.13; re-check it when upgrading).
import {setCurrentDate} from "@observablehq/framework/dist/config.js";
import {chartPaths, readerPaths} from "./src/data/reader-paths.js";

// A build states every file's date (FileAttachment's lastModified, which also enters the hashed names of
// modules that attach files) from its modification time: the time a data loader or a vendor script wrote
// it. Builds of the same database would differ in those dates only, so a build states one fixed date for
// every file instead: SOURCE_DATE_EPOCH (seconds) when set, as reproducible builds do, else 1980-01-01, the
// date src/data/zip.ts gives the data files. The live preview keeps the real dates, which it watches.
if (process.argv.includes("build")) {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  setCurrentDate(
    new Date(Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.UTC(1980, 0, 1))
  );
}

// Connections only to this site, from the pages and from DuckDB's worker, which is started from a blob: URL
// so that it is held to this policy too (src/lib/duckdb.js); no other origin for anything else either.
// Scripts may be inline and may evaluate code (Framework's pages and Vega's expressions), and WebAssembly
// (DuckDB) may be compiled.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "connect-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'"
].join("; ");

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
    {name: "Review", path: "/review"},
    {name: "Sources", path: "/sources"},
    {name: "Explore", path: "/explore"},
    {name: "Chart gallery", path: "/gallery"}
  ],
  // A reader page per document in data/migstat.duckdb, src/sources/[doc].md, read when the build lists its
  // pages (after the loaders wrote the database), and an embed page per chart the site shows, generated ones
  // included, src/embed/[id].md.
  dynamicPaths: async function* () {
    yield* await readerPaths();
    yield* await chartPaths();
  },
  // The default pulls Google Fonts; the page must render with no external request.
  globalStylesheets: [],
  // The Content-Security-Policy, and a favicon of the site's own, so that browsers do not ask for /favicon.ico (a 404 on every page).
  head: `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n<link rel="icon" href="/favicon.svg" type="image/svg+xml" sizes="any">`,
  style: "style.css",
  footer: "migstat: statistics extracted from reports to UN treaty bodies, with provenance for every number.",
  // Extensions default to a build-time download from extensions.duckdb.org; null skips them.
  duckdb: {extensions: {json: null, parquet: null}},
  search: false
};
