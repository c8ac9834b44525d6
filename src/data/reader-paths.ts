// The routes made from the database: the reader pages, /sources/<doc_id>, one per document, and the embed pages,
// /embed/<chart id>, one per chart the site exports (exportCharts: per state when there are several): the site's routes come from the same database as its data
// files, so a build needs no seed files, and a new report's charts get an embed page with nothing edited.
import {queryRows} from "../../loaders/db/query.js";
import {exportCharts} from "../components/specs/site-charts.js";
import {DATABASE, openDatabase} from "./database.js";
import {observationRows} from "./observation-rows.js";

export async function readerPaths(path = DATABASE): Promise<string[]> {
  const rows = await queryRows(path, "SELECT doc_id FROM documents ORDER BY doc_id");
  return rows.map((row) => `/sources/${row.doc_id}`);
}

export async function chartPaths(path = DATABASE): Promise<string[]> {
  const db = await openDatabase(path);
  try {
    return exportCharts(await observationRows(db)).map((chart) => `/embed/${chart.id}`);
  } finally {
    db.close();
  }
}
