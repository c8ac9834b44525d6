// Framework re-runs a data loader only when the loader file itself changes, so after the database is
// rebuilt it would keep serving old loader output. This deletes the cached loader output whenever the
// database's content hash differs from the one recorded when that output was cached.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";

const DATABASE = "data/migstat.duckdb";
const LOADER_CACHE = "src/.observablehq/cache/data";
// Kept inside the folder it describes, so deleting the folder also forgets the hash.
const STAMP = `${LOADER_CACHE}/.database-sha256`;

const hash = existsSync(DATABASE) ? createHash("sha256").update(readFileSync(DATABASE)).digest("hex") : "missing";
const stamp = existsSync(STAMP) ? readFileSync(STAMP, "utf8").trim() : undefined;

if (stamp !== hash) {
  if (existsSync(LOADER_CACHE)) console.log(`${DATABASE} changed: clearing cached data loader output`);
  rmSync(LOADER_CACHE, {recursive: true, force: true});
  mkdirSync(LOADER_CACHE, {recursive: true});
  writeFileSync(STAMP, `${hash}\n`);
}
