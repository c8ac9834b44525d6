// @ts-check
// Bundles vega, arquero, DuckDB-WASM's JavaScript API and @noble/hashes' SHA-256 into local browser modules
// under src/lib/vendor/. The types TypeScript gives the bundles are the .d.ts files beside them, kept in git.
// Neither vega nor arquero works as a Framework node import (vega fails the build on a missing
// tsconfig.json, arquero keeps node:fs imports the browser cannot load), and npm: imports would need a
// CDN. DuckDB-WASM would work as a node import, but Framework bundles it (with apache-arrow) with rollup
// in every clean build, for about 2 s; esbuild takes a tenth of that.
//
// To keep pages light, both bundles leave out what no page uses:
// - vega registers only the transforms of vega-transforms, vega-view-transforms and vega-encode, which
//   cover every Vega-Lite chart of bars, lines, points, areas and rects; the geographic, force,
//   hierarchy, label, regression, voronoi, word-cloud and crossfilter transforms and the map
//   projections are not bundled.
// - arquero's Apache Arrow input and output (fromArrow, toArrow, toArrowIPC) throw: pages read JSON.
//
// The bundles are made again only when this script or package-lock.json changes (or a bundle is missing).
import {build} from "esbuild";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

const OUT_DIR = "src/lib/vendor";
const STAMP = `${OUT_DIR}/.bundled-from`;
const VEGA_DIR = join(process.cwd(), "node_modules/vega");
const LEFT_OUT = ["geo", "force", "label", "tree", "reg", "voronoi", "wordcloud", "xf"];
const PROJECTION = "export {\n  projection\n} from 'vega-projection';";

// vega's own entry, minus the transform packages in LEFT_OUT; fails if that entry changes shape.
function leanVega() {
  const source = readFileSync(join(VEGA_DIR, "index.js"), "utf8");
  const extend = "tx, vtx, encode, geo, force, label, tree, reg, voronoi, wordcloud, xf";
  if (!source.includes(extend) || !source.includes(PROJECTION))
    throw new Error("vega/index.js changed: review what bundle-vendor.mjs leaves out");
  const {version} = JSON.parse(readFileSync(join(VEGA_DIR, "package.json"), "utf8"));
  return source
    .split("\n")
    .filter(
      (line) =>
        !LEFT_OUT.some((name) => line.startsWith(`import * as ${name} from`)) && !line.includes("./package.json")
    )
    .join("\n")
    .replace(extend, "tx, vtx, encode")
    .replace(
      PROJECTION,
      'export function projection() { throw new Error("map projections are not part of this vega bundle"); }'
    )
    .replace("pkg.version", JSON.stringify(version));
}

// vega-embed's named themes (its `theme` option) are left out too: charts take colours from the page.
/** @type {import("esbuild").Plugin} */
const leanVegaPlugin = {
  name: "lean-vega",
  setup(b) {
    b.onResolve({filter: /^vega$/}, () => ({path: "vega", namespace: "lean-vega"}));
    b.onResolve({filter: /^vega-themes$/}, () => ({path: "vega-themes", namespace: "lean-vega"}));
    b.onLoad({filter: /^vega$/, namespace: "lean-vega"}, () => ({
      contents: leanVega(),
      resolveDir: VEGA_DIR,
      loader: "js"
    }));
    b.onLoad({filter: /^vega-themes$/, namespace: "lean-vega"}, () => ({contents: "export {};", loader: "js"}));
  }
};

// Every export of flechette as a function that throws, so arquero's Arrow paths fail with a clear message.
/** @type {import("esbuild").Plugin} */
const noArrowPlugin = {
  name: "no-arrow",
  setup(b) {
    b.onResolve({filter: /^@uwdata\/flechette$/}, () => ({path: "flechette", namespace: "no-arrow"}));
    b.onLoad({filter: /.*/, namespace: "no-arrow"}, async () => {
      const names = Object.keys(await import("@uwdata/flechette")).filter((name) => name !== "default");
      const body = names.map((name) => `export const ${name} = unavailable;`).join("\n");
      return {
        contents: `function unavailable() { throw new Error("Apache Arrow is not part of this arquero bundle"); }\n${body}`,
        loader: "js"
      };
    });
  }
};

const bundles = {
  "vega.js": {
    contents: `export {default as embed} from "vega-embed";
export * as vega from "vega";
export * as vegaLite from "vega-lite";`,
    plugins: [leanVegaPlugin]
  },
  "arquero.js": {contents: `export * from "arquero";`, plugins: [noArrowPlugin]},
  // Loaded by src/lib/duckdb.js as a file, with import(), only when the explore page runs a query.
  "duckdb.js": {contents: `export * from "@duckdb/duckdb-wasm";`, plugins: []},
  // Imported by src/components/cite.js only where Web Crypto is missing (a page embedded over plain http).
  "hashes.js": {contents: `export {sha256} from "@noble/hashes/sha2.js";`, plugins: []}
};

const inputs = createHash("sha256")
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync("package-lock.json"))
  .digest("hex");
const current =
  Object.keys(bundles).every((file) => existsSync(`${OUT_DIR}/${file}`)) &&
  existsSync(STAMP) &&
  readFileSync(STAMP, "utf8").trim() === inputs;
if (!current) {
  mkdirSync(OUT_DIR, {recursive: true});
  for (const [file, {contents, plugins}] of Object.entries(bundles)) {
    await build({
      stdin: {contents, resolveDir: process.cwd(), loader: "js"},
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      legalComments: "eof",
      outfile: `${OUT_DIR}/${file}`,
      plugins,
      logLevel: "warning"
    });
  }
  writeFileSync(STAMP, `${inputs}\n`);
}
