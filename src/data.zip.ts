// Every data file the pages read (src/data/files.ts), made in one process over one read-only connection to
// data/migstat.duckdb and written to standard output as a zip archive. Framework serves each member as a file
// of its own: FileAttachment("data/families/border.json") is the member families/border.json.
// One process instead of one per file: starting Node and DuckDB costs far more than the queries.
import {openDatabase} from "./data/database.js";
import {dataFiles} from "./data/files.js";
import {zip} from "./data/zip.js";

const db = await openDatabase();
try {
  process.stdout.write(zip(await dataFiles(db)));
} finally {
  db.close();
}
