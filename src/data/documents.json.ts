// The seed documents with their metadata, one object per document, for the overview page.
import {fileURLToPath} from "node:url";
import {queryRows} from "../../loaders/db/query.js";

const database = fileURLToPath(new URL("../../data/migstat.duckdb", import.meta.url));

const rows = await queryRows(
  database,
  `SELECT doc_id, title, un_symbol, publisher, date, language, kind, sha256, size_bytes, n_observations
   FROM documents
   ORDER BY doc_id`
);

process.stdout.write(JSON.stringify(rows, null, 2));
