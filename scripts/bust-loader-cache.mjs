// @ts-check
// Framework re-runs a data loader only when the loader file itself changes, so after the database is
// rebuilt it would keep serving old loader output. This deletes the cached loader output whenever the
// database's content hash differs from the one recorded when that output was cached: the archive that
// src/data.zip.ts writes, and every file Framework extracted from it (or any other loader wrote) under data/.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";

const DATABASE = "data/migstat.duckdb";
const CACHE = "src/.observablehq/cache";
const LOADER_OUTPUT = [`${CACHE}/data`, `${CACHE}/data.zip`];
// Kept inside the folder it describes, so deleting the folder also forgets the hash.
const STAMP = `${CACHE}/data/.database-sha256`;

const hash = existsSync(DATABASE) ? createHash("sha256").update(readFileSync(DATABASE)).digest("hex") : "missing";
const stamp = existsSync(STAMP) ? readFileSync(STAMP, "utf8").trim() : undefined;

if (stamp !== hash) {
  if (LOADER_OUTPUT.some((path) => existsSync(path)))
    console.log(`${DATABASE} changed: clearing cached data loader output`);
  for (const path of LOADER_OUTPUT) rmSync(path, {recursive: true, force: true});
  mkdirSync(`${CACHE}/data`, {recursive: true});
  writeFileSync(STAMP, `${hash}\n`);
}
