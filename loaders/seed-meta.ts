/**
 * npm run seed:meta -- seeds/<name>.txt|pdf
 * Writes the sidecar's sha256 and size_bytes for a new or corrected seed, keeping every other
 * field; a new sidecar gets empty fields to fill in, which the loaders refuse until they are.
 */
import {createHash} from "node:crypto";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {basename} from "node:path";
import {metaName} from "./seeds/read-seeds.js";

const file = process.argv[2];
if (!file || !/\.(txt|pdf)$/.test(file) || !existsSync(file)) {
  process.stderr.write("usage: npm run seed:meta -- seeds/<name>.txt|pdf\n");
  process.exit(2);
}
const bytes = readFileSync(file);
const sidecar = file.replace(/[^/]+$/, metaName(basename(file)));
const name = basename(file);
const meta = existsSync(sidecar)
  ? JSON.parse(readFileSync(sidecar, "utf8"))
  : {
      doc_id: name.replace(/\.(txt|pdf)$/, ""),
      file: name,
      title: "",
      un_symbol: null,
      publisher: "",
      date: "",
      language: "",
      kind: "",
      reporting_period: undefined
    };
meta.sha256 = createHash("sha256").update(bytes).digest("hex");
meta.size_bytes = bytes.length;
writeFileSync(sidecar, JSON.stringify(meta, null, 2) + "\n");
process.stderr.write(
  `${sidecar}: sha256 and size_bytes set${meta.title ? "" : "; fill in title, publisher, date, language and kind"}\n`
);
