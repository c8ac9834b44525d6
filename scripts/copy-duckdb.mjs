// @ts-check
// Copies DuckDB-WASM's engine (the "eh" build: wasm and its classic worker) from node_modules into
// src/lib/duckdb/, where the explore page references them with FileAttachment(...).href, so the browser
// loads them from this site instead of a CDN. The worker must stay a plain file: passed through
// Framework's module bundler it becomes an ES module that cannot start as a classic worker.
import {copyFileSync, mkdirSync, statSync} from "node:fs";
import {createRequire} from "node:module";
import {basename} from "node:path";

const OUT_DIR = "src/lib/duckdb";
const FILES = ["dist/duckdb-eh.wasm", "dist/duckdb-browser-eh.worker.js"];

const require = createRequire(import.meta.url);
mkdirSync(OUT_DIR, {recursive: true});
for (const file of FILES) {
  const source = require.resolve(`@duckdb/duckdb-wasm/${file}`);
  const target = `${OUT_DIR}/${basename(file)}`;
  // Unchanged files keep their timestamps, so the site is not rebuilt for nothing.
  const same = (() => {
    try {
      const a = statSync(source),
        b = statSync(target);
      return a.size === b.size && a.mtimeMs <= b.mtimeMs;
    } catch {
      return false;
    }
  })();
  if (!same) copyFileSync(source, target);
}
