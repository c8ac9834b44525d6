// @ts-check
// Creates empty version folders in Framework's npm cache so `observable build` and `observable preview`
// never ask the npm registry for versions. Framework's client bundle lazily imports these packages and
// resolves a version for each path it writes; an existing src/.observablehq/cache/_npm/<name>@<version>/
// folder satisfies that lookup. Pages never load these paths: they use local modules in src/lib/ instead.
// This relies on Framework 1.13's cache layout, which is internal; re-check it when upgrading Framework.
import {mkdirSync} from "node:fs";
import {createRequire} from "node:module";

const CACHE = "src/.observablehq/cache/_npm";

// Versions used when a package is not installed; they only name paths that stay unused.
const PACKAGES = {
  "react-dom": "19.1.0",
  react: "19.1.0",
  lodash: "4.17.21",
  arquero: "8.0.3",
  "apache-arrow": "17.0.0",
  d3: "7.9.0",
  echarts: "5.6.0",
  htl: "0.3.1",
  leaflet: "1.9.4",
  "mapbox-gl": "3.13.0",
  "@observablehq/plot": "0.6.17",
  "topojson-client": "3.1.0",
  "@observablehq/sample-datasets": "1.0.1",
  "d3-dsv": "3.0.1",
  "parquet-wasm": "0.6.1"
};

const require = createRequire(import.meta.url);
/** @param {string} name */
function installedVersion(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return undefined;
  }
}

for (const [name, fallback] of Object.entries(PACKAGES)) {
  mkdirSync(`${CACHE}/${name}@${installedVersion(name) ?? fallback}`, {recursive: true});
}
