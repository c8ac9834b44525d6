// @ts-check
// Promotes reviewed golden files: every tests/golden/expected/**/*-changed.json replaces its expected file.
import {readdirSync, renameSync} from "node:fs";
import {join, relative} from "node:path";

const root = "tests/golden/expected";
/** @param {string} dir @returns {string[]} */
const changedIn = (dir) =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? changedIn(join(dir, e.name)) : e.name.endsWith("-changed.json") ? [join(dir, e.name)] : []
  );
const changed = changedIn(root);
for (const f of changed) renameSync(f, f.replace(/-changed\.json$/, ".json"));
console.log(
  changed.length
    ? `accepted ${changed.length} golden file(s): ${changed.map((f) => relative(root, f)).join(", ")}`
    : "no changed golden files"
);
