// The deduplicated series (a figure restated in a later paragraph or another document appears once), each row with its
// provenance: document title, symbol, kind, date and where it was obtained (source_url, accessed), locator, page and
// the source quote on one line. A figure read from a table also says where it sits in its row (see tableCells). Each
// row is the headline of its series point, stated by `n_sources` documents; where several state it, `sources` lists
// each one's statement, the headline first (see sourcesOf), and `source_choice` says why the headline was chosen.
// `state` is the reporting state of the row's document (a series point never mixes states).
// observations.json (every family, for the overview) and families/<family>.json (one family, for its page).
import type {Database, Row} from "./database.js";

// The fields that tell a table's columns apart: a row's cells differ in one or more of them.
export const COLUMN_FIELDS = ["period_label", "country", "citizenship", "sex", "age_group", "category"] as const;

const collapse = (text: string) => text.replace(/\s+/g, " ");

export async function observationRows(db: Database, family?: string): Promise<Row[]> {
  const rows = await db.rows(
    `SELECT s.obs_id, s.doc_id, s.family, s.indicator, s.period_label, s.period_start, s.period_end, s.partial,
       s.country, s.citizenship, s.sex, s.age_group, s.category, s.value, s.unit, s.approx, s.locator, s.page,
       s.quote, s.n_failed_checks, s.n_sources, s.source_choice, d.title, d.un_symbol, d.kind, d.date, d.language,
       d.source_url, d.accessed, d.state,
       s.char_start, s.value_start, s.value_end
     FROM series s JOIN documents d USING (doc_id)
     ${family === undefined ? "" : "WHERE s.family = $family"}
     ORDER BY s.family, s.indicator, s.period_start, s.period_end, s.doc_id, s.char_start, s.value_start, s.obs_id`,
    family === undefined ? undefined : {family}
  );
  tableCells(rows);
  const sources = await sourcesOf(db, family);
  // A figure one document states is its own source: listing it again would add most of the file's size.
  for (const row of rows)
    if (Number(row.n_sources) > 1) row.sources = sources.get(String(row.obs_id));
    else delete row.source_choice;
  // PDF line breaks and runs of spaces inside a quote become single spaces.
  for (const row of rows) {
    row.quote = typeof row.quote === "string" ? collapse(row.quote).trim() : row.quote;
    delete row.char_start;
    delete row.value_start;
    delete row.value_end;
  }
  return rows;
}

/** Every document's statement of each series point (by the headline's obs_id), in ranking order. */
async function sourcesOf(db: Database, family?: string): Promise<Map<string, Row[]>> {
  const rows = await db.rows(
    `SELECT ss.point_id, o.obs_id, o.doc_id, d.title, d.un_symbol, d.kind, d.date, o.value, o.unit, o.approx,
       o.locator, o.page, o.quote
     FROM series_sources ss JOIN observations o USING (obs_id) JOIN documents d USING (doc_id)
     WHERE ss.point_id IN (SELECT point_id FROM series_sources GROUP BY point_id HAVING count(*) > 1)
       ${family === undefined ? "" : "AND o.family = $family"}
     ORDER BY ss.point_id, ss.source_rank`,
    family === undefined ? undefined : {family}
  );
  const byPoint = new Map<string, Row[]>();
  for (const {point_id, ...source} of rows) {
    source.quote = typeof source.quote === "string" ? collapse(source.quote).trim() : source.quote;
    const list = byPoint.get(String(point_id));
    if (list) list.push(source);
    else byPoint.set(String(point_id), [source]);
  }
  return byPoint;
}

/**
 * For each figure read from a table (locator "table:<id>"), where it sits in its row, so that a reader sees
 * more than the flattened row ("Violation of state border 47 75 41"):
 * - cell: [start, end] of the figure in the quote as shown (whitespace collapsed, trimmed);
 * - row_label: the row's text before its first figure ("Violation of state border");
 * - column_fields: the fields in which the figures of the row differ (["period_label"]), whose values for
 *   this figure name its column; empty when the row has one figure.
 * Rows are grouped by document, table and quote start: one group is one printed row.
 */
export function tableCells(rows: Row[]): void {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    if (!String(row.locator ?? "").startsWith("table:") || typeof row.quote !== "string") continue;
    if (typeof row.char_start !== "number" || typeof row.value_start !== "number" || typeof row.value_end !== "number") continue;
    const key = `${row.doc_id}|${row.locator}|${row.char_start}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const group of groups.values()) {
    const varying = COLUMN_FIELDS.filter((field) => new Set(group.map((r) => r[field] ?? null)).size > 1);
    const first = Math.min(...group.map((r) => Number(r.value_start) - Number(r.char_start)));
    for (const row of group) {
      const quote = row.quote as string;
      const from = Number(row.value_start) - Number(row.char_start);
      const to = Number(row.value_end) - Number(row.char_start);
      if (from < 0 || to > quote.length || to <= from) continue;
      // Offsets in the quote as shown: whitespace runs collapsed to one space, leading space trimmed.
      const shown = (end: number) => collapse(quote.slice(0, end)).trimStart().length;
      const start = shown(from);
      row.cell = [start, start + collapse(quote.slice(from, to)).length];
      row.row_label = collapse(quote.slice(0, first)).trim();
      row.column_fields = varying;
    }
  }
}
