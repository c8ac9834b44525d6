// The observations that consistency checks cover, with their quotes, for the data quality page.
// value_at and value_to locate the number inside the quote (JS string offsets).
import {fileURLToPath} from "node:url";
import {queryRows} from "../../loaders/db/query.js";

const database = fileURLToPath(new URL("../../data/migstat.duckdb", import.meta.url));

const rows = await queryRows(
  database,
  `SELECT obs_id, doc_id, family, indicator, period_label, country, citizenship, sex, age_group, category,
     value, unit, approx, locator, page, quote,
     value_start - char_start AS value_at, value_end - char_start AS value_to
   FROM observations
   WHERE obs_id IN (SELECT obs_id FROM check_observations)
   ORDER BY doc_id, char_start, value_start, obs_id`
);

process.stdout.write(JSON.stringify(rows));
