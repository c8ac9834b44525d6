// The reader pages' routes, /sources/<doc_id>, one per document in the database: the site's routes come
// from the same database as its data files, so a build needs no seed files.
import {queryRows} from "../../loaders/db/query.js";
import {DATABASE} from "./database.js";

export async function readerPaths(path = DATABASE): Promise<string[]> {
  const rows = await queryRows(path, "SELECT doc_id FROM documents ORDER BY doc_id");
  return rows.map((row) => `/sources/${row.doc_id}`);
}
