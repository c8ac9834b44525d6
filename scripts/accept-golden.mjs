// @ts-check
// Promotes reviewed golden files: every tests/golden/expected/*-changed.json replaces its expected file.
import {readdirSync, renameSync} from "node:fs";
import {join} from "node:path";
const dir = "tests/golden/expected";
const changed = readdirSync(dir).filter((f) => f.endsWith("-changed.json"));
for (const f of changed) renameSync(join(dir, f), join(dir, f.replace("-changed.json", ".json")));
console.log(changed.length ? `accepted ${changed.length} golden file(s): ${changed.join(", ")}` : "no changed golden files");
