// Every consistency check the loaders ran, one object per check, with the observations it covers.
import {fileURLToPath} from "node:url";
import {queryRows} from "../../loaders/db/query.js";

const database = fileURLToPath(new URL("../../data/migstat.duckdb", import.meta.url));

const rows = await queryRows(
  database,
  `SELECT check_id, doc_id, kind, description, locator, expected, actual, tolerance, status, obs_ids, detail
   FROM checks
   ORDER BY check_id`
);

process.stdout.write(JSON.stringify(rows));
