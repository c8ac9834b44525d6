// Bundles vega and arquero into local browser modules under src/lib/vendor/.
// Neither works as a Framework node import (vega fails the build on a missing tsconfig.json,
// arquero keeps node:fs imports the browser cannot load), and npm: imports would need a CDN.
import {build} from "esbuild";
import {mkdirSync} from "node:fs";

const OUT_DIR = "src/lib/vendor";

const bundles = {
  "vega.js": `export {default as embed} from "vega-embed";
export * as vega from "vega";
export * as vegaLite from "vega-lite";`,
  "arquero.js": `export * from "arquero";`
};

mkdirSync(OUT_DIR, {recursive: true});
for (const [file, contents] of Object.entries(bundles)) {
  await build({
    stdin: {contents, resolveDir: process.cwd(), loader: "js"},
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "eof",
    outfile: `${OUT_DIR}/${file}`,
    logLevel: "warning"
  });
}
