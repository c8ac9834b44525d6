// Every seed document with all its metadata and its extraction counts, for the sources page.
import {fileURLToPath} from "node:url";
import {queryRows} from "../../loaders/db/query.js";

const database = fileURLToPath(new URL("../../data/migstat.duckdb", import.meta.url));

const rows = await queryRows(
  database,
  `SELECT doc_id, file, title, un_symbol, publisher, date, language, kind, reporting_period, sha256, size_bytes,
     n_observations, n_checks_failed, n_unextracted,
     (SELECT count(*) FROM checks c WHERE c.doc_id = d.doc_id AND c.status = 'warn')::INTEGER AS n_checks_warned,
     (SELECT count(*) FROM checks c WHERE c.doc_id = d.doc_id)::INTEGER AS n_checks
   FROM documents d
   ORDER BY doc_id`
);

process.stdout.write(JSON.stringify(rows));
