// The deduplicated series (a figure restated in a later paragraph appears once), each row with its
// provenance: document title, symbol, kind and date, locator, page and the source quote on one line.
// observations.json (every family, for the overview) and families/<family>.json (one family, for its page).
import type {Database, Row} from "./database.js";

export async function observationRows(db: Database, family?: string): Promise<Row[]> {
  const rows = await db.rows(
    `SELECT s.obs_id, s.doc_id, s.family, s.indicator, s.period_label, s.period_start, s.period_end, s.partial,
       s.country, s.citizenship, s.sex, s.age_group, s.category, s.value, s.unit, s.approx, s.locator, s.page,
       s.quote, s.n_failed_checks, d.title, d.un_symbol, d.kind, d.date, d.language
     FROM series s JOIN documents d USING (doc_id)
     ${family === undefined ? "" : "WHERE s.family = $family"}
     ORDER BY s.family, s.indicator, s.period_start, s.period_end, s.doc_id, s.char_start, s.value_start, s.obs_id`,
    family === undefined ? undefined : {family}
  );
  // PDF line breaks and runs of spaces inside a quote become single spaces.
  for (const row of rows) row.quote = typeof row.quote === "string" ? row.quote.replace(/\s+/g, " ").trim() : row.quote;
  return rows;
}
