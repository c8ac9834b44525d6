// Every data file the pages read, by its path under data/, made over one database connection.
// A page reads one with FileAttachment("data/<path>"); ../data.zip.ts puts them all in one archive.
import {FAMILIES} from "../../loaders/types.js";
import type {Database} from "./database.js";
import {documentText} from "./document-text.js";
import {exploreFiles} from "./explore.js";
import {observationRows} from "./observation-rows.js";

export async function dataFiles(db: Database): Promise<Record<string, Buffer | string>> {
  const files: Record<string, Buffer | string> = {};
  const json = async (path: string, value: Promise<unknown>) => void (files[path] = JSON.stringify(await value));

  // The seed documents with their metadata, one object per document, for the overview page.
  await json(
    "documents.json",
    db.rows(`SELECT doc_id, title, un_symbol, publisher, date, language, kind, state, sha256, size_bytes, n_observations FROM documents ORDER BY doc_id`)
  );

  // Every seed document with all its metadata and its extraction counts, for the sources and reader pages.
  await json(
    "sources.json",
    db.rows(
      `SELECT doc_id, file, title, un_symbol, publisher, date, language, kind, reporting_period, sha256, size_bytes,
         state, source_url, accessed, licence, producer, n_observations, n_checks_failed, n_unextracted,
         (SELECT count(*) FROM checks c WHERE c.doc_id = d.doc_id AND c.status = 'warn')::INTEGER AS n_checks_warned,
         (SELECT count(*) FROM checks c WHERE c.doc_id = d.doc_id)::INTEGER AS n_checks
       FROM documents d
       ORDER BY doc_id`
    )
  );

  // Every consistency check the loaders ran, one object per check, with the observations it covers.
  await json(
    "checks.json",
    db.rows(`SELECT check_id, doc_id, kind, description, locator, expected, actual, tolerance, status, obs_ids, detail FROM checks ORDER BY check_id`)
  );

  // The observations that consistency checks cover, with their quotes, for the data quality page.
  // value_at and value_to locate the number inside the quote (JS string offsets).
  await json(
    "checked-observations.json",
    db.rows(
      `SELECT obs_id, doc_id, family, indicator, period_label, country, citizenship, sex, age_group, category,
         value, unit, approx, locator, page, quote,
         value_start - char_start AS value_at, value_end - char_start AS value_to,
         (SELECT d.state FROM documents d WHERE d.doc_id = o.doc_id) AS state
       FROM observations o
       WHERE obs_id IN (SELECT obs_id FROM check_observations)
       ORDER BY doc_id, char_start, value_start, obs_id`
    )
  );

  // Statements the general reader saw but could not read with confidence, with their quotes, for the review page.
  // value_at and value_to locate the number inside the quote (JS string offsets).
  await json(
    "candidates.json",
    db.rows(
      `SELECT candidate_id, doc_id, family, indicator, period_label, country, citizenship, sex, age_group, category,
         value, unit, approx, locator, quote, rule, confidence, reason,
         value_start - char_start AS value_at, value_end - char_start AS value_to
       FROM candidates
       ORDER BY doc_id, char_start, value_start, candidate_id`
    )
  );

  // The series of every family for the overview, and of each family for its page (empty when it has none).
  await json("observations.json", observationRows(db));
  for (const family of FAMILIES) await json(`families/${family}.json`, observationRows(db, family));

  // One file per document for its reader page, src/sources/[doc].md.
  for (const {doc_id} of await db.rows("SELECT doc_id FROM documents ORDER BY doc_id")) await json(`texts/${doc_id}.json`, documentText(db, String(doc_id)));

  return Object.assign(files, await exploreFiles(db));
}
